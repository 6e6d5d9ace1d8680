#pragma once

#include <QPageSize>
#include <QPrinter>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <vector>

class QButtonGroup;
class QHBoxLayout;
class QPagedPaintDevice;
class QPrintPreviewWidget;

namespace ow {

// A printable document: its title, a file name for its PDF, and how it paints itself on a page.
struct PrintableDocument {
    QString title;
    QString fileName; // "receipt-DEMO-20261127-C1-0007-42.pdf"
    std::function<void(QPagedPaintDevice&)> paint;
    QPageSize pageSize = QPageSize(QPageSize::A4); // a permit card is 85.6 × 54 mm
};

// The print preview inside the window (not a dialog): one or more documents, a switch between them, print and
// PDF export. Used after every intake decision for the receipt, the notices and the commitment letter.
class DocumentPreview : public QWidget {
    Q_OBJECT
public:
    explicit DocumentPreview(QWidget* parent = nullptr);
    ~DocumentPreview() override;

    void setDocuments(std::vector<PrintableDocument> documents);
    int count() const { return static_cast<int>(m_documents.size()); }
    int current() const { return m_current; }
    QString currentTitle() const;
    void showDocument(int index);

    // Writes every document as a PDF into `directory`; returns the paths, or an empty list and `error`.
    QStringList writePdfs(const QString& directory, QString* error = nullptr) const;
    // Sends every document to the default printer; false with `error` when there is none or it fails.
    bool print(QString* error = nullptr);

private:
    std::vector<PrintableDocument> m_documents;
    int m_current = 0;
    QPrinter m_printer;
    QPrintPreviewWidget* m_preview;
    QHBoxLayout* m_switches;
    QButtonGroup* m_group;
};

} // namespace ow
