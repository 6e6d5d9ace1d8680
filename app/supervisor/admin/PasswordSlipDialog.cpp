#include "app/supervisor/admin/PasswordSlipDialog.h"

#include "printer/PdfFile.h"
#include "widgets/Style.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

PasswordSlipDialog::PasswordSlipDialog(QString user, QString name, QString password, QString when, QWidget* parent)
    : QDialog(parent)
    , m_user(std::move(user))
    , m_name(std::move(name))
    , m_password(std::move(password))
    , m_when(std::move(when)) {
    setWindowTitle(tr("New password for %1").arg(m_user));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeHeaderBar(tr("Password for %1 (%2)").arg(m_name, m_user)));
    auto* shown = new QLabel(m_password);
    shown->setObjectName(QStringLiteral("slipPassword"));
    shown->setAccessibleName(tr("The new password"));
    shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    shown->setAlignment(Qt::AlignCenter);
    QFont big = shown->font();
    big.setFamily(QStringLiteral("DejaVu Sans Mono"));
    big.setPointSize(28);
    big.setBold(true);
    shown->setFont(big);
    layout->addWidget(shown);
    auto* note = new QLabel(tr("Shown this once only: print the slip or write it down for %1. They log in with it "
                               "and must then choose their own password.")
                                .arg(m_name));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto* printButton = buttons->addButton(tr("Print slip…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printSlipButton"));
    connect(printButton, &QPushButton::clicked, this, &PasswordSlipDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 300);
}

void PasswordSlipDialog::paint(QPagedPaintDevice& device) const {
    QPainter p(&device);
    const double dpi = device.logicalDpiX();
    const auto mm = [dpi](double v) { return static_cast<int>(v * dpi / 25.4); };
    int y = mm(20);
    const int x = mm(20);
    const int width = device.width() - 2 * x;
    auto line = [&](const QString& text, double points, bool bold, double gapMm) {
        p.setFont(documentFont(points, bold));
        const QRect box(x, y, width, mm(points * 0.6));
        p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, text);
        y += box.height() + mm(gapMm);
    };
    line(tr("OneWindow account"), 18, true, 6);
    line(tr("Name: %1").arg(m_name), 12, false, 2);
    line(tr("User name: %1").arg(m_user), 12, false, 2);
    line(tr("Password: %1").arg(m_password), 16, true, 6);
    line(tr("Log in at a counter, station or supervisor computer with this password; you will be asked to choose "
            "your own at once. Keep this slip to yourself and destroy it afterwards."),
         10, false, 4);
    line(tr("Issued %1").arg(m_when), 9, false, 0);
}

bool PasswordSlipDialog::savePdf(const QString& path, QString* error) const {
    auto writer = openPdfWriter(path, QPageSize(QPageSize::A5), tr("Password slip"), error);
    if (!writer)
        return false;
    paint(*writer);
    return true;
}

void PasswordSlipDialog::print() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A5));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paint(printer);
}

} // namespace ow
