#include "app/supervisor/HomeVisitsPanel.h"

#include "app/appointments/HomeVisitList.h"
#include "sync/HomeVisitService.h"
#include "widgets/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ow {

HomeVisitsPanel::HomeVisitsPanel(HomeVisitService& service, Clock clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(std::move(clock)) {
    m_ask = lineAsker(this);
    const QDate today = QDate::fromString(QString::fromStdString(m_clock.todayIso()), Qt::ISODate);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("Home visits (预约上门)"), this);
    title->setObjectName(QStringLiteral("sectionLabel"));
    top->addWidget(title);
    top->addStretch(1);
    m_stateCombo = new QComboBox(this);
    m_stateCombo->setAccessibleName(tr("Which visits"));
    m_stateCombo->addItem(tr("All"), QString());
    for (const char* state : {"requested", "scheduled", "done", "cancelled"})
        m_stateCombo->addItem(HomeVisitList::stateText(state), QString::fromLatin1(state));
    top->addWidget(m_stateCombo);
    m_onDayCheck = new QCheckBox(tr("Visits on"), this);
    top->addWidget(m_onDayCheck);
    m_dayEdit = new QDateEdit(today, this);
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dayEdit->setAccessibleName(tr("Day of the visits"));
    top->addWidget(m_dayEdit);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, &m_service, &HomeVisitService::reload);
    top->addWidget(refresh);
    layout->addLayout(top);

    m_list = new HomeVisitList(m_service, m_clock, this);
    layout->addWidget(m_list, 1);

    auto* steps = new QHBoxLayout;
    steps->addWidget(new QLabel(tr("Send"), this));
    m_clerkCombo = new QComboBox(this);
    m_clerkCombo->setAccessibleName(tr("Clerk to send"));
    m_clerkCombo->setMinimumWidth(160);
    steps->addWidget(m_clerkCombo);
    steps->addWidget(new QLabel(tr("on"), this));
    m_visitDateEdit = new QDateEdit(today, this);
    m_visitDateEdit->setCalendarPopup(true);
    m_visitDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_visitDateEdit->setMinimumDate(today);
    m_visitDateEdit->setAccessibleName(tr("Day of the visit"));
    steps->addWidget(m_visitDateEdit);
    m_scheduleButton = new QPushButton(tr("Schedule"), this);
    m_scheduleButton->setObjectName(QStringLiteral("primaryButton"));
    connect(m_scheduleButton, &QPushButton::clicked, this,
            [this] { scheduleSelected(m_clerkCombo->currentData().toString(), m_visitDateEdit->date()); });
    steps->addWidget(m_scheduleButton);
    steps->addSpacing(16);
    m_doneButton = new QPushButton(tr("Mark done…"), this);
    connect(m_doneButton, &QPushButton::clicked, this, &HomeVisitsPanel::markDone);
    steps->addWidget(m_doneButton);
    m_cancelButton = new QPushButton(tr("Cancel visit…"), this);
    connect(m_cancelButton, &QPushButton::clicked, this, &HomeVisitsPanel::cancel);
    steps->addWidget(m_cancelButton);
    steps->addStretch(1);
    layout->addLayout(steps);
    m_messageLabel = makeMessageLabel();
    layout->addWidget(m_messageLabel);

    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &HomeVisitsPanel::applyFilter);
    connect(m_onDayCheck, &QCheckBox::toggled, this, &HomeVisitsPanel::applyFilter);
    connect(m_dayEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_onDayCheck->isChecked())
            applyFilter();
    });
    connect(&m_service, &HomeVisitService::visitsChanged, this, &HomeVisitsPanel::refillClerks);
    connect(&m_service, &HomeVisitService::info, this,
            [this](const QString& text) { showMessage(m_messageLabel, text, false); });
    connect(&m_service, &HomeVisitService::failed, this,
            [this](const QString& text) { showMessage(m_messageLabel, text, true); });
    connect(&m_service, &HomeVisitService::busyChanged, this, &HomeVisitsPanel::updateButtons);
    connect(m_list, &HomeVisitList::selectionChanged, this, &HomeVisitsPanel::updateButtons);
    updateButtons();
}

void HomeVisitsPanel::applyFilter() {
    m_service.setFilter(m_stateCombo->currentData().toString(),
                        m_onDayCheck->isChecked() ? m_dayEdit->date().toString(Qt::ISODate) : QString());
}

void HomeVisitsPanel::showOnly(const QString& state, std::optional<QDate> date) {
    const QSignalBlocker a(m_stateCombo), b(m_onDayCheck), c(m_dayEdit);
    m_stateCombo->setCurrentIndex(std::max(0, m_stateCombo->findData(state)));
    m_onDayCheck->setChecked(date.has_value());
    if (date)
        m_dayEdit->setDate(*date);
    applyFilter();
}

void HomeVisitsPanel::refillClerks() {
    const QString chosen = m_clerkCombo->currentData().toString();
    const QSignalBlocker block(m_clerkCombo);
    m_clerkCombo->clear();
    for (const auto& [user, name] : m_service.clerks())
        m_clerkCombo->addItem(tr("%1 (%2)").arg(name, user), user);
    m_clerkCombo->setCurrentIndex(std::max(0, m_clerkCombo->findData(chosen)));
    updateButtons();
}

void HomeVisitsPanel::scheduleSelected(const QString& clerk, const QDate& date) {
    const wire::HomeVisit* visit = m_list->selected();
    if (!visit || clerk.isEmpty())
        return;
    m_service.schedule(QString::fromStdString(visit->id), clerk, date.toString(Qt::ISODate));
}

void HomeVisitsPanel::markDone() { m_list->markSelectedDone(m_ask); }

void HomeVisitsPanel::cancel() { m_list->cancelSelected(m_ask, tr("Why is the visit cancelled?")); }

QString HomeVisitsPanel::messageText() const { return m_messageLabel->text(); }

void HomeVisitsPanel::updateButtons() {
    const wire::HomeVisit* visit = m_list->selected();
    const bool idle = !m_service.isBusy();
    const bool open = visit && HomeVisitList::isOpen(*visit);
    m_scheduleButton->setEnabled(idle && open && m_clerkCombo->count() > 0);
    m_doneButton->setEnabled(idle && visit && visit->state == "scheduled");
    m_cancelButton->setEnabled(idle && open);
}

} // namespace ow
