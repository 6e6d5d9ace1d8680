#include "app/supervisor/admin/HallPage.h"

#include "domain/Region.h"
#include "sync/AdminService.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ow {

HallPage::HallPage(AdminService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service) {
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("What the hall's papers and screens say of it. The county names the departments on the "
                                "permits the hall issues; the telephones stand at the foot of every paper; the prefix "
                                "begins each paper's number; the notice runs along the bottom of the call boards."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    auto field = [form](const QString& label, const char* name, int maxLength) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QString::fromLatin1(name));
        edit->setMaxLength(maxLength);
        form->addRow(label, edit);
        return edit;
    };
    m_division = field(tr("County (GB/T 2260 code)"), "hallDivision", 6);
    m_division->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_division));
    m_division->setPlaceholderText(tr("e.g. 510113"));
    m_divisionName = new QLabel;
    m_divisionName->setObjectName(QStringLiteral("hallDivisionName"));
    form->addRow(QString(), m_divisionName);
    m_phone = field(tr("Enquiries telephone (咨询电话)"), "hallPhone", 20);
    m_complaintPhone = field(tr("Complaints telephone (监督电话)"), "hallComplaintPhone", 20);
    m_complaintPhone->setPlaceholderText(QStringLiteral("12345"));
    m_docPrefix = field(tr("Prefix of the papers' numbers (机关代字)"), "hallDocPrefix", 8);
    m_docPrefix->setPlaceholderText(tr("e.g. 青政服"));
    m_notice = field(tr("Call board notice"), "hallNotice", 60);
    layout->addLayout(form);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("hallPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    layout->addWidget(m_preview);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    auto* saveButton = new QPushButton(tr("Save"));
    connect(saveButton, &QPushButton::clicked, this, &HallPage::save);
    buttons->addWidget(saveButton);
    layout->addLayout(buttons);
    layout->addStretch();
    for (QLineEdit* edit : {m_division, m_phone, m_complaintPhone, m_docPrefix, m_notice})
        connect(edit, &QLineEdit::textChanged, this, &HallPage::showPreview);
    connect(&m_service, &AdminService::profileChanged, this, [this] { setEdited(m_service.profile()); });
    setEdited(m_service.profile());
}

HallProfile HallPage::edited() const {
    return {m_division->text().toInt(), m_phone->text().trimmed().toStdString(),
            m_complaintPhone->text().trimmed().toStdString(), m_docPrefix->text().trimmed().toStdString(),
            m_notice->text().trimmed().toStdString()};
}

void HallPage::setEdited(const HallProfile& profile) {
    m_division->setText(profile.division ? QString::number(profile.division) : QString());
    m_phone->setText(QString::fromStdString(profile.phone));
    m_complaintPhone->setText(QString::fromStdString(profile.complaintPhone));
    m_docPrefix->setText(QString::fromStdString(profile.docPrefix));
    m_notice->setText(QString::fromStdString(profile.notice));
    showPreview();
}

void HallPage::showPreview() {
    const HallProfile p = edited();
    const QString name = p.division ? QString::fromStdString(Region::fullName(p.division)) : QString();
    m_divisionName->setText(p.division == 0  ? tr("No county: departments are printed as the catalog writes them.")
                            : name.isEmpty() ? tr("No division has this code.")
                                             : name);
    m_preview->setText(previewText());
}

QString HallPage::previewText() const {
    const HallProfile p = edited();
    QStringList lines;
    lines << tr("A business licence is issued by: %1")
                 .arg(QString::fromStdString(localAuthority("区市场监督管理局", p.division)));
    const std::string number = documentNumber(p.docPrefix, "受", 2026, "1207-C3-0001");
    lines << tr("An acceptance receipt's number: %1")
                 .arg(number.empty() ? tr("none (no prefix)") : QString::fromStdString(number));
    return lines.join(QLatin1Char('\n'));
}

void HallPage::save() { m_service.saveProfile(edited()); }

} // namespace ow
