#include "widgets/DocumentPreview.h"

#include "printer/PdfFile.h"

#include <QButtonGroup>
#include <QDir>
#include <QHBoxLayout>
#include <QPageSize>
#include <QPrintPreviewWidget>
#include <QPrinterInfo>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

DocumentPreview::DocumentPreview(QWidget* parent)
    : QWidget(parent)
    , m_printer(QPrinter::HighResolution) {
    setObjectName(QStringLiteral("documentPreview"));
    m_printer.setPageSize(QPageSize(QPageSize::A4));
    m_printer.setFullPage(true); // the documents keep their own margins, as in their PDFs
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_switches = new QHBoxLayout;
    layout->addLayout(m_switches);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    m_preview = new QPrintPreviewWidget(&m_printer);
    m_preview->setZoomMode(QPrintPreviewWidget::FitInView);
    layout->addWidget(m_preview, 1);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        if (m_current >= 0 && m_current < count())
            m_documents[static_cast<std::size_t>(m_current)].paint(*printer);
    });
    connect(m_group, &QButtonGroup::idClicked, this, &DocumentPreview::showDocument);
}

DocumentPreview::~DocumentPreview() = default;

void DocumentPreview::setDocuments(std::vector<PrintableDocument> documents) {
    for (QAbstractButton* button : m_group->buttons())
        m_group->removeButton(button);
    while (QLayoutItem* item = m_switches->takeAt(0)) { // the switches and the stretch after them
        delete item->widget();
        delete item;
    }
    m_documents = std::move(documents);
    for (int i = 0; i < count(); ++i) {
        auto* button = new QPushButton(m_documents[static_cast<std::size_t>(i)].title);
        button->setObjectName(QStringLiteral("documentSwitch"));
        button->setCheckable(true);
        m_group->addButton(button, i);
        m_switches->insertWidget(i, button);
    }
    m_switches->addStretch();
    showDocument(0);
}

QString DocumentPreview::currentTitle() const {
    return m_current < count() ? m_documents[static_cast<std::size_t>(m_current)].title : QString();
}

void DocumentPreview::showDocument(int index) {
    m_current = index;
    if (index >= 0 && index < count())
        m_printer.setPageSize(m_documents[static_cast<std::size_t>(index)].pageSize);
    if (QAbstractButton* button = m_group->button(index))
        button->setChecked(true);
    m_preview->updatePreview();
}

QStringList DocumentPreview::writePdfs(const QString& directory, QString* error) const {
    QStringList paths;
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = tr("Cannot create the folder %1").arg(directory);
        return {};
    }
    for (const auto& document : m_documents) {
        const QString path = QDir(directory).filePath(document.fileName);
        auto writer = openPdfWriter(path, document.pageSize, document.title, error);
        if (!writer)
            return {};
        document.paint(*writer);
        paths << path;
    }
    return paths;
}

bool DocumentPreview::print(QString* error) {
    // Printing is routine at a counter: straight to the PC's default printer, every document, no dialog.
    const QPrinterInfo target = QPrinterInfo::defaultPrinter();
    if (target.isNull()) {
        if (error)
            *error = tr("No printer is set up on this computer. The documents are kept as PDF; print them from there.");
        return false;
    }
    for (const auto& document : m_documents) {
        QPrinter printer(target, QPrinter::HighResolution);
        printer.setPageSize(document.pageSize);
        printer.setFullPage(true);
        printer.setDocName(document.title);
        document.paint(printer);
        if (printer.printerState() == QPrinter::Error) {
            if (error)
                *error =
                    tr("The printer %1 reported an error while printing %2.").arg(target.printerName(), document.title);
            return false;
        }
    }
    return true;
}

} // namespace ow
