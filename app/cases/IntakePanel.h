#pragma once

#include "domain/Case.h"
#include "printer/ReceiptPrinter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <map>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace ow {

class BlobCache;
class CardReaderBar;
class CardReaderService;
class CatalogSource;
class IntakeService;
class DocumentPreview;
class FormView;
class MaterialsChecklist;
class ScanView;
struct ReadCard;
struct ScannedIdentity;
struct PrintableDocument;
struct ReceiptContext;

struct IntakeSetup {
    QString clerkName;                               // printed on receipts and notices
    QString documentsDir;                            // every printed document is also kept here as a PDF
    QString scanSource = QStringLiteral("camera:0"); // or a folder of images / a video file standing in for it
};

// 一窗受理 at the counter: pick the item or bundle (一件事) the citizen came for, fill its one form, check the
// materials, then decide — accept (受理: case number, promised date, receipt and, when a commitment replaced a
// proof, the commitment letter), hand over the one-time notice of everything missing (一次性告知), or refuse
// (不予受理) with the legal reason. The decisions are the IntakeService's (dates on the hall's clock, saved with
// their outbox record before anything is printed); the panel collects the application and shows the documents in
// a print preview. At a village station (the service's desk says so) the agent applies on the villager's behalf
// (代办), with consent.
class IntakePanel : public QWidget {
    Q_OBJECT
public:
    IntakePanel(CatalogSource& catalog, IntakeService& intake, IntakeSetup setup, QWidget* parent = nullptr);
    ~IntakePanel() override;

    void setHall(HallLetterhead hall) { m_hall = std::move(hall); }
    // Where scanned pages are kept until the server has them (the sync engine's attachment cache).
    void setAttachmentStore(BlobCache* blobs) { m_blobs = blobs; }
    // The citizen now being served: the next case is linked to the ticket, and an item of its queue category is
    // offered first.
    void setTicket(const QString& ticketId, const QString& category);
    bool chooseEntry(const QString& code); // an item or bundle code; false when the catalog has none such

    FormView* form() const { return m_form; }
    MaterialsChecklist* materials() const { return m_materials; }
    DocumentPreview* preview() const { return m_preview; }
    bool showingDocuments() const;
    void setConsent(bool given); // station: the villager agreed to the agent applying for them
    QString messageText() const;
    const std::optional<Case>& lastCase() const { return m_lastCase; }
    const QStringList& lastDocuments() const { return m_lastDocuments; }

    ScanView* scanView() const { return m_scan; }
    void openScan();  // F7: the camera, to scan the applicant's card and the materials
    void closeScan(); // back to the application (Esc)
    // Scanned pages of a material: kept as attachments of the case to come, the material marked received.
    void attachScans(const QString& materialId, const QList<QByteArray>& pages);
    void applyIdentity(const ScannedIdentity& identity); // the applicant's fields from their card or passport
    // The desktop ID card reader: a card laid on it fills the applicant (applyCard) while the application is open.
    void setCardReader(CardReaderService& reader);
    CardReaderBar* cardReaderBar() const { return m_cardBar; }
    void applyCard(const ReadCard& card);

    void accept();
    // The first field of the form to fix, shown and focused (the summary's "✖ 表单：N 处需修改" links here); false when
    // there is none.
    bool focusFirstError();
    void notify();
    void refuse(const QString& reason);
    void startNew();

signals:
    void caseSaved(const QString& caseId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Tab as the clerk reads the panel: the item, the form top to bottom, the materials, the decision (the form and
    // the materials are made after the rest, when an item is chosen).
    void orderTabs();
    void rebuildPicker();
    void entryChosen();
    void updateSummary();
    std::vector<std::string> chosenItems() const;
    Case draftCase() const;
    ReceiptContext receiptContext(const Case& c) const;
    // Runs an intake decision: false (with the reason shown) when it was not taken; on success remembers the case.
    bool decide(const std::function<Case()>& decision);
    bool proxy() const;
    bool consentGiven();   // a station's case needs the villager's consent; says so when it is missing
    bool scansBeingKept(); // attached pages not yet written; says so
    void showDocuments(const QString& headline, std::vector<PrintableDocument> documents);
    void showMessage(const QString& text, bool error);
    // Puts a value read from a document (card chip, card photo, passport) into the form, marked as such.
    // Fills a field from a document; what it held before when that was something else (the document may be another
    // person's), else an empty string.
    QString fillFromDocument(const QString& path, const QString& text, const QString& document);
    // Says, as a problem, what a document read differs in from what was entered: "" when nothing does.
    bool warnIfAnotherPersons(const QString& nameBefore, const QString& name, const QString& numberBefore,
                              const QString& number);
    QPushButton* keyedButton(const QString& text, const QKeySequence& key, const char* objectName);
    void exportPdf();

    CatalogSource& m_catalog;
    IntakeService& m_intake;
    IntakeSetup m_setup;
    HallLetterhead m_hall;
    QString m_ticketId;
    QString m_category;
    std::optional<Case> m_lastCase;
    BlobCache* m_blobs = nullptr;
    std::map<std::string, std::vector<std::string>> m_scans;           // material id → attachment SHA-256s
    std::map<QString, std::pair<QString, QString>> m_readFromDocument; // field path → (value read, document)
    QStringList m_lastDocuments;
    CardReaderBar* m_cardBar = nullptr;
    Poco::JSON::Object::Ptr m_readFromCard; // what the chip said, recorded with the case as _read_from_card

    QStackedWidget* m_pages;
    QComboBox* m_picker;
    QLabel* m_entryInfo;
    QScrollArea* m_formArea;
    FormView* m_form = nullptr;
    MaterialsChecklist* m_materials;
    QLabel* m_summary;
    QComboBox* m_refusalReason;
    QCheckBox* m_consent = nullptr;
    QLabel* m_message;
    QLabel* m_headline;
    DocumentPreview* m_preview;
    ScanView* m_scan;
    QList<QWidget*> m_tabGroups; // what Tab goes through, in turn (m_form's place filled in when it is made)
    QTimer m_orderTabs;          // once the form is laid out
};

} // namespace ow
