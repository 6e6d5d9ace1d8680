#include "app/cases/IntakePanel.h"

#include "app/cases/CardReaderBar.h"

#include "forms/ui/FormView.h"
#include "forms/ui/MaterialsChecklist.h"
#include "printer/DecisionPrinters.h"
#include "printer/NoticePrinter.h"
#include "printer/ReceiptPrinter.h"
#include "services/CardReaderService.h"
#include "services/CatalogSource.h"
#include "services/IntakeService.h"
#include "store/BlobCache.h"
#include "widgets/DocumentPreview.h"
#include "widgets/FocusOrder.h"
#include "widgets/ScanView.h"
#include "widgets/Style.h"

#include "domain/CaseState.h"
#include "domain/HallTime.h"
#include "domain/IdNumber.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ow {
namespace {

QString text(const std::string& s) { return QString::fromStdString(s); }

std::string stringAt(const Poco::JSON::Object::Ptr& object, const std::string& key) {
    if (!object || !object->has(key) || !object->get(key).isString())
        return {};
    return object->getValue<std::string>(key);
}

} // namespace

IntakePanel::IntakePanel(CatalogSource& catalog, IntakeService& intake, IntakeSetup setup, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_intake(intake)
    , m_setup(std::move(setup)) {
    setObjectName(QStringLiteral("intakePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    m_pages = new QStackedWidget;
    layout->addWidget(m_pages);

    // Page 1: the application.
    auto* entry = new QWidget;
    auto* entryLayout = new QVBoxLayout(entry);
    entryLayout->setContentsMargins(0, 0, 0, 0);
    auto* pickRow = new QHBoxLayout;
    auto* pickLabel = new QLabel(tr("Service &item:"));
    pickLabel->setObjectName(QStringLiteral("sectionLabel"));
    m_picker = new QComboBox;
    m_picker->setObjectName(QStringLiteral("entryPicker"));
    m_picker->setMinimumContentsLength(24);
    pickLabel->setBuddy(m_picker);
    m_entryInfo = new QLabel;
    m_entryInfo->setObjectName(QStringLiteral("hintLabel"));
    entryLayout->setSpacing(6);
    m_entryInfo->setWordWrap(true);
    pickRow->addWidget(pickLabel);
    pickRow->addWidget(m_picker, 1);
    entryLayout->addLayout(pickRow);
    entryLayout->addWidget(m_entryInfo);

    auto* split = new QSplitter(Qt::Horizontal);
    m_formArea = new QScrollArea;
    m_formArea->setObjectName(QStringLiteral("formArea"));
    m_formArea->setWidgetResizable(true);
    m_formArea->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, and the area follows them
    split->addWidget(m_formArea);
    auto* materialsBox = new QWidget;
    auto* materialsLayout = new QVBoxLayout(materialsBox);
    materialsLayout->setContentsMargins(8, 0, 0, 0);
    auto* materialsHead = new QHBoxLayout;
    auto* materialsTitle = new QLabel(tr("Materials"));
    materialsTitle->setObjectName(QStringLiteral("sectionLabel"));
    materialsHead->addWidget(materialsTitle, 1);
    auto* allHere = keyedButton(tr("All received (Ctrl+M)"), QKeySequence(Qt::CTRL | Qt::Key_M), "allReceivedButton");
    materialsHead->addWidget(allHere);
    auto* scanButton = keyedButton(tr("Scan (F7)"), QKeySequence(Qt::Key_F7), "scanButton");
    materialsHead->addWidget(scanButton);
    materialsLayout->addLayout(materialsHead);
    m_materials = new MaterialsChecklist;
    auto* materialsArea = new QScrollArea;
    materialsArea->setWidgetResizable(true);
    materialsArea->setFocusPolicy(Qt::NoFocus);
    materialsArea->setWidget(m_materials);
    materialsLayout->addWidget(materialsArea, 1);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("intakeSummary"));
    m_summary->setWordWrap(true);
    // "✖ 表单：2 处需修改" is a link to the first of them.
    connect(m_summary, &QLabel::linkActivated, this, [this] { focusFirstError(); });
    materialsLayout->addWidget(m_summary);
    split->addWidget(materialsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({560, 380});
    entryLayout->addWidget(split, 1);

    auto* decide = new QHBoxLayout;
    auto* acceptButton =
        keyedButton(tr("Accept (Ctrl+Enter)"), QKeySequence(Qt::CTRL | Qt::Key_Return), "acceptButton");
    acceptButton->setObjectName(QStringLiteral("primaryButton"));
    auto* noticeButton =
        keyedButton(tr("One-time notice (Ctrl+G)"), QKeySequence(Qt::CTRL | Qt::Key_G), "noticeButton");
    m_refusalReason = new QComboBox;
    m_refusalReason->setObjectName(QStringLiteral("refusalReason"));
    m_refusalReason->setEditable(true);
    m_refusalReason->setInsertPolicy(QComboBox::NoInsert);
    m_refusalReason->lineEdit()->setPlaceholderText(tr("Legal reason for a refusal"));
    m_refusalReason->lineEdit()->setAccessibleName(tr("Legal reason for a refusal"));
    m_refusalReason->addItem(QString());
    m_refusalReason->addItem(
        tr("The application is not within this office's competence; apply to the competent office."));
    m_refusalReason->addItem(tr("The applicant is not entitled to apply for this item."));
    m_refusalReason->addItem(tr("The matter does not require an administrative permit."));
    m_refusalReason->setCurrentIndex(0);
    auto* refuseButton = keyedButton(tr("Refuse (Ctrl+R)"), QKeySequence(Qt::CTRL | Qt::Key_R), "refuseButton");
    if (proxy()) {
        m_consent = new QCheckBox(tr("The villager agrees that the agent applies on their behalf (代办授权)"));
        m_consent->setObjectName(QStringLiteral("consentBox"));
        entryLayout->addWidget(m_consent);
    }
    m_tabGroups = {m_picker,  nullptr,      allHere,      scanButton,      m_materials,
                   m_consent, acceptButton, noticeButton, m_refusalReason, refuseButton};
    m_orderTabs.setSingleShot(true);
    connect(&m_orderTabs, &QTimer::timeout, this, &IntakePanel::orderTabs);
    decide->addWidget(acceptButton);
    decide->addWidget(noticeButton);
    decide->addStretch();
    decide->addWidget(m_refusalReason, 2);
    decide->addWidget(refuseButton);
    entryLayout->addLayout(decide);
    m_message = makeMessageLabel();
    entryLayout->addWidget(m_message);
    m_pages->addWidget(entry);

    // Page 2: what the decision printed.
    auto* docs = new QWidget;
    auto* docsLayout = new QVBoxLayout(docs);
    docsLayout->setContentsMargins(0, 0, 0, 0);
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("decisionHeadline"));
    m_headline->setWordWrap(true);
    docsLayout->addWidget(m_headline);
    m_preview = new DocumentPreview;
    docsLayout->addWidget(m_preview, 1);
    auto* docButtons = new QHBoxLayout;
    auto* printButton = keyedButton(tr("Print (Ctrl+P)"), QKeySequence(Qt::CTRL | Qt::Key_P), "printButton");
    printButton->setObjectName(QStringLiteral("primaryButton"));
    auto* pdfButton = keyedButton(tr("Save as PDF (Ctrl+S)"), QKeySequence(Qt::CTRL | Qt::Key_S), "pdfButton");
    auto* nextButton = keyedButton(tr("Next application (Ctrl+N)"), QKeySequence(Qt::CTRL | Qt::Key_N), "nextButton");
    docButtons->addWidget(printButton);
    docButtons->addWidget(pdfButton);
    docButtons->addStretch();
    docButtons->addWidget(nextButton);
    docsLayout->addLayout(docButtons);
    m_pages->addWidget(docs);

    // Page 3: the camera, for the applicant's card and the materials.
    auto* scanPage = new QWidget;
    auto* scanLayout = new QVBoxLayout(scanPage);
    scanLayout->setContentsMargins(0, 0, 0, 0);
    m_scan = new ScanView(m_intake.clock());
    scanLayout->addWidget(m_scan, 1);
    auto* backButton = keyedButton(tr("Back to the application (Esc)"), QKeySequence(Qt::Key_Escape), "scanBackButton");
    auto* scanButtons = new QHBoxLayout;
    scanButtons->addStretch();
    scanButtons->addWidget(backButton);
    scanLayout->addLayout(scanButtons);
    m_pages->addWidget(scanPage);
    connect(scanButton, &QPushButton::clicked, this, &IntakePanel::openScan);
    connect(backButton, &QPushButton::clicked, this, &IntakePanel::closeScan);
    connect(m_scan, &ScanView::pagesAttached, this, &IntakePanel::attachScans);
    connect(m_scan, &ScanView::identityRead, this, &IntakePanel::applyIdentity);

    connect(allHere, &QPushButton::clicked, m_materials, &MaterialsChecklist::receiveAll);
    connect(acceptButton, &QPushButton::clicked, this, &IntakePanel::accept);
    connect(noticeButton, &QPushButton::clicked, this, &IntakePanel::notify);
    connect(refuseButton, &QPushButton::clicked, this, [this] { refuse(m_refusalReason->currentText()); });
    connect(printButton, &QPushButton::clicked, this, [this] {
        QString error;
        const int count = m_preview->count();
        if (m_preview->print(&error))
            m_headline->setText(tr("Sent %n document(s) to the printer.", nullptr, count));
        else
            m_headline->setText(error);
    });
    connect(pdfButton, &QPushButton::clicked, this, &IntakePanel::exportPdf);
    connect(nextButton, &QPushButton::clicked, this, &IntakePanel::startNew);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &IntakePanel::entryChosen);
    connect(m_materials, &MaterialsChecklist::changed, this, &IntakePanel::updateSummary);
    connect(&m_catalog, &CatalogSource::changed, this, &IntakePanel::rebuildPicker);
    rebuildPicker();
}

IntakePanel::~IntakePanel() = default;

QPushButton* IntakePanel::keyedButton(const QString& label, const QKeySequence& key, const char* objectName) {
    auto* button = new QPushButton(label);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setMinimumHeight(40);
    auto* action = new QAction(this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // A key works only on the page whose button it names.
    connect(action, &QAction::triggered, button, [button] {
        if (button->isVisible() && button->isEnabled())
            button->click();
    });
    addAction(action);
    return button;
}

void IntakePanel::rebuildPicker() {
    const QString previous = m_picker->currentData().toString();
    const QSignalBlocker block(m_picker);
    m_picker->clear();
    const auto& document = m_catalog.document();
    if (!document) {
        m_picker->addItem(tr("No service catalog on this computer yet"), QString());
        m_picker->setEnabled(false);
        showMessage(tr("The service catalog has not been downloaded yet. Connect to the server once; after that "
                       "intake works offline too."),
                    true);
        return;
    }
    m_picker->setEnabled(true);
    for (const auto& bundle : document->catalog.bundles)
        m_picker->addItem(
            tr("[One matter] %1 (%n item(s))", nullptr, static_cast<int>(bundle.items.size())).arg(text(bundle.name)),
            text(bundle.code));
    m_picker->insertSeparator(m_picker->count());
    for (const auto& item : document->catalog.items)
        m_picker->addItem(QStringLiteral("%1 — %2").arg(text(item.name), text(item.department)), text(item.code));
    int at = m_picker->findData(previous);
    m_picker->setCurrentIndex(at >= 0 ? at : 0);
    entryChosen();
}

bool IntakePanel::chooseEntry(const QString& code) {
    const int at = m_picker->findData(code);
    if (at < 0)
        return false;
    m_picker->setCurrentIndex(at);
    return true;
}

void IntakePanel::setTicket(const QString& ticketId, const QString& category) {
    if (ticketId == m_ticketId)
        return; // the same citizen (called → in service): keep what the clerk has chosen and typed
    m_ticketId = ticketId;
    m_category = category;
    const auto& document = m_catalog.document();
    if (!document || category.isEmpty() || showingDocuments())
        return;
    // Offer the first bundle, else the first item, of the ticket's queue category.
    for (const auto& bundle : document->catalog.bundles)
        if (const ServiceItem* first = document->catalog.item(bundle.items.front());
            first && text(first->category) == category && chooseEntry(text(bundle.code)))
            return;
    for (const auto& item : document->catalog.items)
        if (text(item.category) == category && chooseEntry(text(item.code)))
            return;
}

std::vector<std::string> IntakePanel::chosenItems() const {
    const auto& document = m_catalog.document();
    const std::string code = m_picker->currentData().toString().toStdString();
    if (!document || code.empty())
        return {};
    if (const Bundle* bundle = document->catalog.bundle(code))
        return bundle->items;
    return {code};
}

void IntakePanel::entryChosen() {
    const auto& document = m_catalog.document();
    const std::vector<std::string> items = chosenItems();
    if (!document || items.empty())
        return;
    const std::string code = m_picker->currentData().toString().toStdString();
    const Bundle* bundle = document->catalog.bundle(code);
    const std::string title = bundle ? bundle->name : document->catalog.item(code)->name;

    // The values typed so far carry over: fields with the same id mean the same thing in every form.
    const Poco::JSON::Object::Ptr carried = m_form ? m_form->values() : Poco::JSON::Object::Ptr();
    auto* form = new FormView(document->intakeForm(items, code, title), text(m_intake.clock().todayIso()));
    form->setFileKeeper([this](const QString& file) {
        if (!m_blobs)
            throw std::runtime_error("no attachment store on this computer");
        return m_blobs->add(file);
    });
    if (carried)
        form->setValues(carried);
    m_formArea->setWidget(form); // deletes the previous form
    m_form = form;
    connect(m_form, &FormView::changed, this, &IntakePanel::updateSummary);
    connect(m_form, &FormView::changed, &m_orderTabs, qOverload<>(&QTimer::start)); // an entry added or removed

    std::vector<std::pair<std::string, QString>> names;
    QStringList limits;
    for (const auto& itemCode : items) {
        const ServiceItem* item = document->catalog.item(itemCode);
        names.emplace_back(itemCode, text(item->name));
        limits << tr("%1: %2 %3")
                      .arg(text(item->name))
                      .arg(item->promisedLimit.days)
                      .arg(item->promisedLimit.unit == DayUnit::Working ? tr("working days") : tr("days"));
    }
    m_entryInfo->setText(tr("Promised time — %1").arg(limits.join(QStringLiteral("；"))));
    m_materials->setMaterials(document->catalog.mergedMaterials(items), std::move(names));
    m_message->hide();
    updateSummary();
    m_orderTabs.start();
}

void IntakePanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_orderTabs.start(); // laid out now
}

void IntakePanel::orderTabs() {
    QList<QWidget*> groups = m_tabGroups;
    groups[1] = m_form;
    setReadingTabOrder(groups);
}

void IntakePanel::updateSummary() {
    const auto& document = m_catalog.document();
    if (!document || !m_form)
        return;
    const auto problems = checkMaterials(m_materials->materials(), m_materials->records());
    const int formErrors = static_cast<int>(m_form->errors().size());
    const QString promised = text(isoDate(m_intake.promisedIfAcceptedToday(chosenItems())));
    QStringList parts;
    parts << (formErrors == 0 ? tr("✔ Form complete")
                              : QStringLiteral("<a href=\"#first-error\">%1</a>")
                                    .arg(tr("✖ Form: %n field(s) to fix", nullptr, formErrors).toHtmlEscaped()));
    parts << (problems.empty() ? tr("✔ Materials complete")
                               : tr("✖ %n material(s) missing", nullptr, static_cast<int>(problems.size())));
    parts << tr("If accepted today: done by %1").arg(promised);
    m_summary->setText(parts.join(QStringLiteral("<br>")));
    setStyleProperty(m_summary, "state",
                     formErrors == 0 && problems.empty() ? QStringLiteral("ok") : QStringLiteral("pending"));
}

Case IntakePanel::draftCase() const {
    const std::string code = m_picker->currentData().toString().toStdString();
    Case c = m_intake.draft(chosenItems());
    if (m_catalog.document()->catalog.bundle(code))
        c.bundle = code;
    c.formValues = m_form->values();
    const auto applicant = c.formValues->getObject("applicant");
    c.applicant.name = stringAt(applicant, "name");
    c.applicant.idNumber = stringAt(applicant, "id_number");
    c.applicant.phone = stringAt(applicant, "phone");
    c.materials = m_materials->records();
    for (MaterialRecord& record : c.materials) {
        const auto scans = m_scans.find(record.materialId);
        if (scans != m_scans.end())
            record.attachments.insert(record.attachments.end(), scans->second.begin(), scans->second.end());
    }
    if (proxy()) { // who applied for whom, and that the villager agreed (全程留痕)
        Poco::JSON::Object::Ptr proxy = new Poco::JSON::Object;
        proxy->set("agent", c.clerk);
        proxy->set("consent", m_consent && m_consent->isChecked());
        proxy->set("at", utcIso(c.createdAtMs));
        c.formValues->set("_proxy", proxy);
    }
    // Which values came from the applicant's document rather than the keyboard (and were not changed since),
    // for whoever checks the case later.
    Poco::JSON::Object::Ptr read = new Poco::JSON::Object;
    for (const auto& [path, value] : m_readFromDocument) {
        const auto* edit = qobject_cast<QLineEdit*>(m_form->editor(path));
        if (edit && edit->text() == value.first)
            read->set(path.toStdString(), value.second.toStdString());
    }
    if (read->size() > 0)
        c.formValues->set("_read_from_document", read);
    // What the chip of the applicant's card said, while the applicant is still that card's holder.
    if (m_readFromCard && m_readFromCard->getValue<std::string>("id_number") == c.applicant.idNumber)
        c.formValues->set("_read_from_card", m_readFromCard);
    c.ticketId = m_ticketId.toStdString();
    return c;
}

ReceiptContext IntakePanel::receiptContext(const Case& c) const {
    return ReceiptContext::forCase(c, m_catalog.document() ? &*m_catalog.document() : nullptr, m_hall,
                                   m_setup.clerkName);
}

bool IntakePanel::consentGiven() {
    if (!m_consent || m_consent->isChecked())
        return true;
    showMessage(tr("Tick the villager's consent first: an agent applies only with it."), true);
    m_consent->setFocus();
    return false;
}

bool IntakePanel::proxy() const { return m_intake.desk().station; }

bool IntakePanel::decide(const std::function<Case()>& decision) {
    try {
        m_lastCase = decision();
    } catch (const IntakeError& e) {
        const QString detail = QString::fromUtf8(e.what());
        switch (e.kind()) {
        case IntakeError::Kind::MaterialsMissing:
            showMessage(tr("%n required material(s) are missing, so the application cannot be accepted. Mark them "
                           "waived or replaced by commitment where the catalog allows it, or give the one-time notice "
                           "(Ctrl+G).",
                           nullptr, static_cast<int>(e.problems().size())),
                        true);
            break;
        case IntakeError::Kind::NothingMissing:
            showMessage(tr("Nothing is missing: the application can be accepted (Ctrl+Enter)."), true);
            break;
        case IntakeError::Kind::NoApplicantName:
            showMessage(tr("Enter the applicant's name first: the notice is addressed to them."), true);
            if (QWidget* name = m_form->editor(QStringLiteral("applicant.name")))
                name->setFocus();
            break;
        case IntakeError::Kind::NoRefusalReason:
            showMessage(tr("A refusal needs its legal reason: choose or type it next to the Refuse button."), true);
            m_refusalReason->setFocus();
            break;
        case IntakeError::Kind::NoCatalog:
            showMessage(tr("The service catalog is not on this computer yet; it arrives with the network."), true);
            break;
        case IntakeError::Kind::NoCaseNumber:
            showMessage(tr("No case number could be reserved on this computer (%1). Nothing was saved.").arg(detail),
                        true);
            break;
        case IntakeError::Kind::NotSuppliable: // 后补 is the steps bar's, not intake's
        case IntakeError::Kind::NotSaved:
            showMessage(tr("The case could not be saved on this computer (%1). Nothing was printed; please try again.")
                            .arg(detail),
                        true);
            break;
        }
        return false;
    }
    emit caseSaved(text(m_lastCase->id));
    return true;
}

bool IntakePanel::focusFirstError() {
    if (!m_form || m_form->isValid())
        return false;
    m_form->showAllErrors();
    QWidget* first = m_form->editor(text(m_form->errors().front().path));
    if (!first)
        return false;
    m_formArea->ensureWidgetVisible(first);
    first->setFocus();
    return true;
}

void IntakePanel::accept() {
    if (!m_form)
        return;
    if (scansBeingKept())
        return;
    if (!consentGiven())
        return;
    m_form->showAllErrors();
    if (!m_form->isValid()) {
        showMessage(tr("The form has %n field(s) to fix, marked in red. Nothing was saved.", nullptr,
                       static_cast<int>(m_form->errors().size())),
                    true);
        focusFirstError();
        return;
    }
    if (!decide([this] { return m_intake.accept(draftCase(), m_materials->materials()); }))
        return;
    const Case c = *m_lastCase;
    const ReceiptContext context = receiptContext(c);
    const QString date = text(c.acceptedDate);
    std::vector<PrintableDocument> documents;
    documents.push_back({tr("Acceptance receipt"), QStringLiteral("receipt-%1.pdf").arg(text(c.caseNo)),
                         [c, context](QPagedPaintDevice& device) { ReceiptPrinter::paint(c, context, device); }});
    if (CommitmentPrinter::needed(c))
        documents.push_back(
            {tr("Letter of commitment"), QStringLiteral("commitment-%1.pdf").arg(text(c.caseNo)),
             [c, context, date](QPagedPaintDevice& device) { CommitmentPrinter::paint(c, context, date, device); }});
    showDocuments(tr("Accepted. Case number %1, promised by %2.").arg(text(c.caseNo), text(c.promisedDate)),
                  std::move(documents));
}

void IntakePanel::notify() {
    if (!m_form)
        return;
    if (scansBeingKept())
        return;
    if (!consentGiven())
        return;
    std::vector<MaterialProblem> problems;
    if (!decide([&] { return m_intake.notify(draftCase(), m_materials->materials(), &problems); }))
        return;
    const Case c = *m_lastCase;
    const ReceiptContext context = receiptContext(c);
    const QString date = text(m_intake.clock().todayIso());
    showDocuments(tr("One-time notice: %n material(s) to bring. The applicant needs only one more visit.", nullptr,
                     static_cast<int>(problems.size())),
                  {{tr("One-time notice"), QStringLiteral("notice-%1.pdf").arg(text(c.id)),
                    [c, problems, context, date](QPagedPaintDevice& device) {
                        NoticePrinter::paint(c, problems, context, date, device);
                    }}});
}

void IntakePanel::refuse(const QString& reason) {
    if (!m_form)
        return;
    if (!consentGiven())
        return;
    if (!decide([&] { return m_intake.refuse(draftCase(), reason.toStdString()); }))
        return;
    const Case c = *m_lastCase;
    const ReceiptContext context = receiptContext(c);
    const QString date = text(m_intake.clock().todayIso());
    showDocuments(
        tr("Refused: the notice of refusal states the reason and the applicant's rights."),
        {{tr("Notice of refusal"), QStringLiteral("refusal-%1.pdf").arg(text(c.id)),
          [c, context, date](QPagedPaintDevice& device) { RefusalPrinter::paint(c, context, date, device); }}});
}

void IntakePanel::showDocuments(const QString& headline, std::vector<PrintableDocument> documents) {
    m_headline->setText(headline);
    m_preview->setDocuments(std::move(documents));
    QString error;
    m_lastDocuments = m_preview->writePdfs(m_setup.documentsDir, &error);
    if (m_lastDocuments.isEmpty())
        m_headline->setText(headline + QLatin1Char(' ') + tr("(The PDF copy could not be kept: %1)").arg(error));
    m_pages->setCurrentIndex(1);
}

bool IntakePanel::showingDocuments() const { return m_pages->currentIndex() == 1; }

void IntakePanel::setConsent(bool given) {
    if (m_consent)
        m_consent->setChecked(given);
}

bool IntakePanel::scansBeingKept() {
    // Pages attached a moment ago are still being written: the case waits for them rather than going without.
    if (!m_scan->isEncoding())
        return false;
    showMessage(tr("The scanned pages are still being saved; try again in a moment."), true);
    return true;
}

void IntakePanel::openScan() {
    QList<QPair<QString, QString>> materials;
    for (const MergedMaterial& m : m_materials->materials())
        materials.append({QString::fromStdString(m.material.id), QString::fromStdString(m.material.name)});
    m_scan->setMaterials(materials);
    m_pages->setCurrentIndex(2);
    // A camera by default; ONEWINDOW_SCAN_SOURCE may name another camera, a folder of images or a video file.
    m_scan->start(qEnvironmentVariable("ONEWINDOW_SCAN_SOURCE", m_setup.scanSource));
    m_scan->setFocus();
}

void IntakePanel::closeScan() {
    m_scan->stop();
    m_pages->setCurrentIndex(0);
}

void IntakePanel::attachScans(const QString& materialId, const QList<QByteArray>& pages) {
    if (!m_blobs) {
        showMessage(tr("Scans cannot be kept on this computer (no attachment store)."), true);
        return;
    }
    auto& kept = m_scans[materialId.toStdString()];
    try {
        for (const QByteArray& page : pages)
            kept.push_back(m_blobs->addBytes(page).toStdString());
    } catch (const std::exception& e) {
        showMessage(tr("The scan could not be kept on this computer: %1").arg(QString::fromUtf8(e.what())), true);
        return;
    }
    m_materials->setState(materialId.toStdString(), MaterialState::Submitted);
    showMessage(tr("%n scanned page(s) kept with the material; they go to the hall with the case.", nullptr,
                   static_cast<int>(pages.size())),
                false);
}

QString IntakePanel::fillFromDocument(const QString& path, const QString& text, const QString& document) {
    // Filled in and said so: the clerk compares a picture's reading with the card before accepting.
    auto* edit = qobject_cast<QLineEdit*>(m_form ? m_form->editor(path) : nullptr);
    if (!edit || text.isEmpty())
        return {};
    const QString before = edit->text().trimmed();
    edit->setText(text);
    m_readFromDocument[path] = {text, document};
    const bool chip = document == QLatin1String("id_card_chip");
    edit->setToolTip(chip ? tr("Read from the card's chip") : tr("Read from the document: compare it with the card."));
    edit->setStyleSheet(chip ? QStringLiteral("background:#ebfbee;") : QStringLiteral("background:#eef6ff;"));
    return before.compare(text, Qt::CaseInsensitive) == 0 ? QString() : before;
}

bool IntakePanel::warnIfAnotherPersons(const QString& nameBefore, const QString& name, const QString& numberBefore,
                                       const QString& number) {
    QStringList differs;
    if (!nameBefore.isEmpty())
        differs << tr("the name %1 (entered: %2)").arg(name, nameBefore);
    if (!numberBefore.isEmpty())
        differs << tr("the number %1 (entered: %2)")
                       .arg(QString::fromStdString(IdNumber::masked(number.toStdString())),
                            QString::fromStdString(IdNumber::masked(numberBefore.toStdString())));
    if (differs.isEmpty())
        return false;
    showMessage(tr("The document read is not the applicant's as entered: %1. The form now holds what the document "
                   "says; if it is not the applicant's own, take the applicant's.")
                    .arg(differs.join(tr("; "))),
                true);
    return true;
}

void IntakePanel::applyIdentity(const ScannedIdentity& identity) {
    const QString numberBefore =
        identity.document == QLatin1String("id_card")
            ? fillFromDocument(QStringLiteral("applicant.id_number"), identity.idNumber, identity.document)
            : QString();
    const QString nameBefore = fillFromDocument(QStringLiteral("applicant.name"), identity.name, identity.document);
    if (warnIfAnotherPersons(nameBefore, identity.name, numberBefore, identity.idNumber))
        return;
    showMessage(
        identity.document == QLatin1String("id_card")
            ? tr("ID number %1 read from the card (born %2); check it against the card.")
                  .arg(QString::fromStdString(IdNumber::masked(identity.idNumber.toStdString())), identity.birthDate)
            : tr("Passport %1 of %2 read from its machine readable lines; check it against the passport.")
                  .arg(identity.idNumber, identity.name),
        false);
}

void IntakePanel::setCardReader(CardReaderService& reader) {
    m_cardBar = new CardReaderBar(reader);
    static_cast<QVBoxLayout*>(m_pages->widget(0)->layout())->insertWidget(0, m_cardBar);
    connect(m_cardBar, &CardReaderBar::cardLaid, this, &IntakePanel::applyCard);
}

void IntakePanel::applyCard(const ReadCard& card) {
    if (m_pages->currentIndex() != 0)
        return; // the documents of a decision, or the camera, are on screen: not an application to fill
    const bool citizenNumber = card.hasCitizenNumber();
    const QString chip = QStringLiteral("id_card_chip");
    const QString cardName = card.name.isEmpty() ? card.englishName : card.name;
    const QString nameBefore = fillFromDocument(QStringLiteral("applicant.name"), cardName, chip);
    const QString numberBefore =
        citizenNumber ? fillFromDocument(QStringLiteral("applicant.id_number"), card.idNumber, chip) : QString();

    Poco::JSON::Object::Ptr read = new Poco::JSON::Object;
    const auto put = [&read](const char* key, const QString& value) {
        if (!value.isEmpty())
            read->set(key, value.toStdString());
    };
    put("card_type", card.cardType);
    put("name", card.name);
    put("english_name", card.englishName);
    put("sex", card.sex);
    put("nation", card.nation);
    put("nationality", card.nationality);
    put("birth_date", card.birthDate);
    put("address", card.address);
    put("id_number", card.idNumber);
    put("authority", card.authority);
    put("valid_from", card.validFrom);
    put("valid_to", card.validTo);
    put("pass_number", card.passNumber);
    read->set("expired", card.expired);
    read->set("read_at", m_intake.clock().nowLocalIso());
    // The photo kept as the chip gave it (its format needs a licensed decoder).
    read->set("photo_wlt", card.photo.toBase64().toStdString());
    m_readFromCard = citizenNumber ? read : nullptr;

    if (card.expired)
        showMessage(tr("This %1 expired on %2: it is not a valid identity document any more.")
                        .arg(card.cardTitle, card.validTo),
                    true);
    else if (!card.numberProblem.isEmpty())
        showMessage(tr("The number on this card needs checking: %1.").arg(card.numberProblem), true);
    else if (warnIfAnotherPersons(nameBefore, cardName, numberBefore, card.idNumber))
        return;
    else if (!citizenNumber)
        showMessage(tr("A %1: its number is not a citizen's identity number; the name was filled in, the number was "
                       "not.")
                        .arg(card.cardTitle),
                    true);
    else
        showMessage(tr("The applicant's name and number were read from the card's chip."), false);
}

void IntakePanel::startNew() {
    m_scans.clear();
    m_readFromDocument.clear();
    m_readFromCard = nullptr;
    if (m_cardBar)
        m_cardBar->clearCard();
    m_pages->setCurrentIndex(0);
    setConsent(false);
    m_lastDocuments.clear();
    m_refusalReason->setCurrentIndex(0);
    if (m_form)
        m_form->setValues(new Poco::JSON::Object);
    entryChosen();
}

void IntakePanel::exportPdf() {
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Save the documents as PDF in"));
    if (directory.isEmpty())
        return;
    QString error;
    const QStringList written = m_preview->writePdfs(directory, &error);
    m_headline->setText(written.isEmpty() ? error : tr("Saved: %1").arg(written.join(QStringLiteral(", "))));
}

void IntakePanel::showMessage(const QString& text, bool error) { ow::showMessage(m_message, text, error); }

QString IntakePanel::messageText() const { return m_message->isHidden() ? QString() : m_message->text(); }

} // namespace ow
