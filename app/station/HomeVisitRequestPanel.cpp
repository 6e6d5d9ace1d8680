#include "app/station/HomeVisitRequestPanel.h"

#include "app/appointments/HomeVisitList.h"
#include "sync/HomeVisitService.h"
#include "widgets/Style.h"

#include "domain/Appointment.h"
#include "domain/IdNumber.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUuid>
#include <QVBoxLayout>

namespace ow {
namespace {

constexpr const char* kReasons[] = {"elderly", "disabled", "other"};

} // namespace

HomeVisitRequestPanel::HomeVisitRequestPanel(HomeVisitService& service, Clock clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock) {
    m_ask = lineAsker(this);
    auto* layout = new QHBoxLayout(this);

    auto* formCard = new QFrame(this);
    formCard->setObjectName(QStringLiteral("card"));
    auto* formBox = new QVBoxLayout(formCard);
    auto* title = new QLabel(tr("Ask the hall to come (预约上门)"), formCard);
    title->setObjectName(QStringLiteral("sectionLabel"));
    formBox->addWidget(title);
    auto* hint = new QLabel(tr("For villagers who cannot come to the hall: aged 80 or over, or severely disabled. "
                               "The hall sends a clerk and tells the villager the day by text message."),
                            formCard);
    hint->setWordWrap(true);
    formBox->addWidget(hint);
    auto* form = new QFormLayout;
    m_nameEdit = new QLineEdit(formCard);
    m_idEdit = new QLineEdit(formCard);
    m_idEdit->setMaxLength(18);
    m_phoneEdit = new QLineEdit(formCard);
    m_phoneEdit->setPlaceholderText(tr("11-digit mobile: the clerk calls before coming"));
    m_addressEdit = new QLineEdit(formCard);
    m_addressEdit->setPlaceholderText(tr("Village, group, house number"));
    m_serviceCombo = new QComboBox(formCard);
    m_serviceCombo->setEditable(true);
    m_serviceCombo->setInsertPolicy(QComboBox::NoInsert);
    m_noteEdit = new QPlainTextEdit(formCard);
    m_noteEdit->setPlaceholderText(tr("What the clerk should know (bedridden, hard of hearing, best time…)"));
    m_noteEdit->setMaximumHeight(80);
    m_reasons = new QButtonGroup(this);
    auto* reasonRow = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        auto* button = new QRadioButton(HomeVisitList::reasonText(kReasons[i]), formCard);
        m_reasons->addButton(button, i);
        reasonRow->addWidget(button);
    }
    m_reasons->button(0)->setChecked(true);
    reasonRow->addStretch(1);
    form->addRow(tr("Name"), m_nameEdit);
    form->addRow(tr("ID number"), m_idEdit);
    form->addRow(tr("Phone"), m_phoneEdit);
    form->addRow(tr("Address"), m_addressEdit);
    form->addRow(tr("Service"), m_serviceCombo);
    form->addRow(tr("Why"), reasonRow);
    form->addRow(tr("Note"), m_noteEdit);
    formBox->addLayout(form);
    m_sendButton = new QPushButton(tr("Send to the hall"), formCard);
    m_sendButton->setObjectName(QStringLiteral("primaryButton"));
    connect(m_sendButton, &QPushButton::clicked, this, &HomeVisitRequestPanel::send);
    formBox->addWidget(m_sendButton);
    m_messageLabel = makeMessageLabel();
    formBox->addWidget(m_messageLabel);
    formBox->addStretch(1);
    layout->addWidget(formCard, 2);

    auto* right = new QVBoxLayout;
    auto* top = new QHBoxLayout;
    auto* listTitle = new QLabel(tr("Requests from this station"), this);
    listTitle->setObjectName(QStringLiteral("sectionLabel"));
    top->addWidget(listTitle);
    top->addStretch(1);
    m_cancelButton = new QPushButton(tr("Cancel request…"), this);
    connect(m_cancelButton, &QPushButton::clicked, this, &HomeVisitRequestPanel::cancelSelected);
    top->addWidget(m_cancelButton);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, &m_service, &HomeVisitService::reload);
    top->addWidget(refresh);
    right->addLayout(top);
    m_list = new HomeVisitList(m_service, m_clock, this);
    right->addWidget(m_list, 1);
    layout->addLayout(right, 3);

    // A changed form is another request: it gets its own id when sent.
    for (auto* edit : {m_nameEdit, m_idEdit, m_phoneEdit, m_addressEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_pendingId.clear(); });
    connect(m_serviceCombo, &QComboBox::currentTextChanged, this, [this] { m_pendingId.clear(); });
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, [this] { m_pendingId.clear(); });
    connect(m_reasons, &QButtonGroup::idClicked, this, [this] { m_pendingId.clear(); });
    connect(&m_service, &HomeVisitService::sent, this, [this](const QString& id) {
        if (id == m_pendingId)
            clearForm();
    });
    connect(&m_service, &HomeVisitService::info, this,
            [this](const QString& text) { showMessage(m_messageLabel, text, false); });
    connect(&m_service, &HomeVisitService::failed, this,
            [this](const QString& text) { showMessage(m_messageLabel, text, true); });
    connect(&m_service, &HomeVisitService::busyChanged, this, &HomeVisitRequestPanel::updateButtons);
    connect(m_list, &HomeVisitList::selectionChanged, this, &HomeVisitRequestPanel::updateButtons);
    updateButtons();
}

void HomeVisitRequestPanel::setServices(const QStringList& names) {
    const QString typed = m_serviceCombo->currentText();
    m_serviceCombo->clear();
    m_serviceCombo->addItems(names);
    m_serviceCombo->setCurrentText(typed);
}

void HomeVisitRequestPanel::fill(const QString& name, const QString& idNumber, const QString& phone,
                                 const QString& address, const QString& service, const QString& reason,
                                 const QString& note) {
    m_nameEdit->setText(name);
    m_idEdit->setText(idNumber);
    m_phoneEdit->setText(phone);
    m_addressEdit->setText(address);
    m_serviceCombo->setCurrentText(service);
    for (int i = 0; i < 3; ++i)
        if (reason == QLatin1String(kReasons[i]))
            m_reasons->button(i)->setChecked(true);
    m_noteEdit->setPlainText(note);
    m_pendingId.clear();
}

QString HomeVisitRequestPanel::problem() const {
    if (m_nameEdit->text().trimmed().isEmpty())
        return tr("Enter the villager's name.");
    if (!IdNumber::isValid(m_idEdit->text().trimmed().toStdString(), m_clock.todayIso()))
        return tr("The ID number is not valid: check it against the card.");
    if (normalizeMobile(m_phoneEdit->text().toStdString()).empty())
        return tr("Enter a mobile number of 11 digits: the clerk calls before coming.");
    if (m_addressEdit->text().trimmed().isEmpty())
        return tr("Enter where the villager lives.");
    if (m_serviceCombo->currentText().trimmed().isEmpty())
        return tr("Choose or type the service to be done.");
    if (m_reasons->checkedId() == 2 && m_noteEdit->toPlainText().trimmed().isEmpty())
        return tr("Say in the note why the villager cannot come.");
    return {};
}

void HomeVisitRequestPanel::send() {
    if (const QString wrong = problem(); !wrong.isEmpty()) {
        showMessage(m_messageLabel, wrong, true);
        return;
    }
    if (m_pendingId.isEmpty())
        m_pendingId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    wire::HomeVisitRequest request;
    request.id = m_pendingId.toStdString();
    request.name = m_nameEdit->text().trimmed().toStdString();
    request.idNumber = m_idEdit->text().trimmed().toUpper().toStdString();
    request.phone = m_phoneEdit->text().trimmed().toStdString();
    request.address = m_addressEdit->text().trimmed().toStdString();
    request.service = m_serviceCombo->currentText().trimmed().toStdString();
    request.reason = kReasons[std::max(0, m_reasons->checkedId())];
    request.note = m_noteEdit->toPlainText().trimmed().toStdString();
    m_service.request(request);
}

void HomeVisitRequestPanel::cancelSelected() {
    m_list->cancelSelected(m_ask, tr("Why is the visit no longer needed?"));
}

QString HomeVisitRequestPanel::messageText() const { return m_messageLabel->text(); }

void HomeVisitRequestPanel::clearForm() {
    for (auto* edit : {m_nameEdit, m_idEdit, m_phoneEdit, m_addressEdit})
        edit->clear();
    m_serviceCombo->setCurrentText(QString());
    m_noteEdit->clear();
    m_reasons->button(0)->setChecked(true);
    m_pendingId.clear();
}

void HomeVisitRequestPanel::updateButtons() {
    m_sendButton->setEnabled(!m_service.isBusy());
    const wire::HomeVisit* visit = m_list->selected();
    m_cancelButton->setEnabled(!m_service.isBusy() && visit && HomeVisitList::isOpen(*visit));
}

} // namespace ow
