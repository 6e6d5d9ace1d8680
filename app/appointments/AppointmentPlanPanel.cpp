#include "app/appointments/AppointmentPlanPanel.h"

#include "sync/AppointmentService.h"
#include "widgets/Style.h"

#include "domain/HallHours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ow {
namespace {

QString cell(const QTableWidget& table, int row, int column) {
    const QTableWidgetItem* item = table.item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

AppointmentPlanPanel::AppointmentPlanPanel(AppointmentService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("Appointments (预约设置)"), this);
    title->setObjectName(QStringLiteral("sectionLabel"));
    top->addWidget(title);
    top->addSpacing(16);
    m_queueCombo = new QComboBox(this);
    m_queueCombo->setAccessibleName(tr("Queue"));
    m_queueCombo->setMinimumWidth(180);
    top->addWidget(m_queueCombo);
    m_stateLabel = new QLabel(this);
    top->addWidget(m_stateLabel, 1);
    layout->addLayout(top);

    auto* planBox = new QGroupBox(tr("The queue's plan"), this);
    auto* planLayout = new QVBoxLayout(planBox);
    auto* days = new QHBoxLayout;
    days->addWidget(new QLabel(tr("On"), planBox));
    const QString names[7] = {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    for (int i = 0; i < 7; ++i) {
        m_weekdays[i] = new QCheckBox(names[i], planBox);
        days->addWidget(m_weekdays[i]);
    }
    days->addStretch(1);
    planLayout->addLayout(days);
    m_table = new QTableWidget(0, 3, planBox);
    m_table->setObjectName(QStringLiteral("planSlots"));
    m_table->setAccessibleName(tr("Slots of the day"));
    m_table->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("People")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    planLayout->addWidget(m_table, 1);
    auto* hint = new QLabel(tr("Times as 09:00. A slot is offered on a day only inside the hall's opening hours and "
                               "outside lunch; closed days offer none."),
                            planBox);
    hint->setWordWrap(true);
    planLayout->addWidget(hint);
    auto* planButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add a slot"), planBox);
    connect(add, &QPushButton::clicked, this, &AppointmentPlanPanel::addSlot);
    auto* remove = new QPushButton(tr("Remove the slot"), planBox);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    m_saveButton = new QPushButton(tr("Save the plan"), planBox);
    m_saveButton->setObjectName(QStringLiteral("primaryButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &AppointmentPlanPanel::save);
    m_stopButton = new QPushButton(tr("Take no more appointments"), planBox);
    connect(m_stopButton, &QPushButton::clicked, this, &AppointmentPlanPanel::stop);
    for (auto* button : {add, remove})
        planButtons->addWidget(button);
    planButtons->addStretch(1);
    planButtons->addWidget(m_stopButton);
    planButtons->addWidget(m_saveButton);
    planLayout->addLayout(planButtons);
    layout->addWidget(planBox, 1);

    auto* policyBox = new QGroupBox(tr("No-show rule of the hall"), this);
    auto* policyLayout = new QHBoxLayout(policyBox);
    auto spin = [&](int min, int max) {
        auto* box = new QSpinBox(policyBox);
        box->setRange(min, max);
        return box;
    };
    m_noShows = spin(0, 20);
    m_withinDays = spin(1, 365);
    m_blockedDays = spin(1, 365);
    m_noShows->setAccessibleName(tr("No-shows"));
    m_withinDays->setAccessibleName(tr("Within days"));
    m_blockedDays->setAccessibleName(tr("Days without booking"));
    policyLayout->addWidget(m_noShows);
    policyLayout->addWidget(new QLabel(tr("appointments not kept within"), policyBox));
    policyLayout->addWidget(m_withinDays);
    policyLayout->addWidget(new QLabel(tr("days: no bookings for"), policyBox));
    policyLayout->addWidget(m_blockedDays);
    policyLayout->addWidget(new QLabel(tr("days (0: never)"), policyBox));
    policyLayout->addStretch(1);
    auto* savePolicyButton = new QPushButton(tr("Save the rule"), policyBox);
    connect(savePolicyButton, &QPushButton::clicked, this, &AppointmentPlanPanel::savePolicy);
    policyLayout->addWidget(savePolicyButton);
    layout->addWidget(policyBox);
    m_messageLabel = makeMessageLabel();
    layout->addWidget(m_messageLabel);

    connect(m_queueCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_service.loadPlan(m_queueCombo->currentData().toString()); });
    connect(&m_service, &AppointmentService::planChanged, this, &AppointmentPlanPanel::showPlan);
    connect(&m_service, &AppointmentService::policyChanged, this, [this] {
        const NoShowPolicy& p = m_service.policy();
        setPolicy(p.noShows, p.withinDays, p.blockedDays);
    });
    connect(&m_service, &AppointmentService::saved, this,
            [this](const QString& text) { showMessage(m_messageLabel, text, false); });
    connect(&m_service, &AppointmentService::failed, this,
            [this](const QString& text) { showMessage(m_messageLabel, text, true); });
    m_service.loadPolicy();
    showPlan();
}

void AppointmentPlanPanel::setQueues(const std::vector<std::pair<QString, QString>>& queues) {
    const QString chosen = m_queueCombo->currentData().toString();
    {
        const QSignalBlocker block(m_queueCombo);
        m_queueCombo->clear();
        for (const auto& [prefix, name] : queues)
            m_queueCombo->addItem(tr("%1 %2").arg(prefix, name), prefix);
        m_queueCombo->setCurrentIndex(std::max(0, m_queueCombo->findData(chosen)));
    }
    if (m_queueCombo->currentData().toString() != chosen)
        m_service.loadPlan(m_queueCombo->currentData().toString());
}

bool AppointmentPlanPanel::chooseQueue(const QString& prefix) {
    const int index = m_queueCombo->findData(prefix);
    if (index < 0)
        return false;
    if (index == m_queueCombo->currentIndex())
        m_service.loadPlan(prefix);
    m_queueCombo->setCurrentIndex(index);
    return true;
}

void AppointmentPlanPanel::showPlan() {
    const auto& plan = m_service.plan();
    m_stateLabel->setText(plan ? tr("Takes appointments") : tr("Takes no appointments: set a plan and save it"));
    m_stopButton->setEnabled(plan.has_value());
    for (int i = 0; i < 7; ++i)
        m_weekdays[i]->setChecked(plan ? plan->weekdays.count(i + 1) > 0 : i < 5);
    std::vector<std::tuple<QString, QString, int>> rows;
    if (plan)
        for (const AppointmentSlot& slot : plan->times)
            rows.emplace_back(QString::fromStdString(clockText(slot.start)),
                              QString::fromStdString(clockText(slot.end)), slot.capacity);
    setSlots(rows);
}

void AppointmentPlanPanel::setWeekdays(const std::vector<int>& weekdays) {
    for (int i = 0; i < 7; ++i)
        m_weekdays[i]->setChecked(std::find(weekdays.begin(), weekdays.end(), i + 1) != weekdays.end());
}

void AppointmentPlanPanel::setSlots(const std::vector<std::tuple<QString, QString, int>>& rows) {
    m_table->setRowCount(0);
    for (const auto& [start, end, capacity] : rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(start));
        m_table->setItem(row, 1, new QTableWidgetItem(end));
        m_table->setItem(row, 2, new QTableWidgetItem(QString::number(capacity)));
    }
}

void AppointmentPlanPanel::addSlot() {
    int start = 9 * 60, length = 30, capacity = 4;
    if (const int last = m_table->rowCount() - 1; last >= 0) {
        const auto from = parseClock(cell(*m_table, last, 0).toStdString());
        const auto to = parseClock(cell(*m_table, last, 1).toStdString());
        if (from && to && *to > *from) {
            start = *to;
            length = *to - *from;
        }
        capacity = std::max(1, cell(*m_table, last, 2).toInt());
    }
    if (start + length > 24 * 60)
        return;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(clockText(start))));
    m_table->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(clockText(start + length))));
    m_table->setItem(row, 2, new QTableWidgetItem(QString::number(capacity)));
}

QString AppointmentPlanPanel::problem() const {
    if (std::none_of(std::begin(m_weekdays), std::end(m_weekdays), [](QCheckBox* c) { return c->isChecked(); }))
        return tr("Choose at least one weekday.");
    if (m_table->rowCount() == 0)
        return tr("Add at least one slot.");
    std::vector<std::pair<int, int>> spans;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto start = parseClock(cell(*m_table, row, 0).toStdString());
        const auto end = parseClock(cell(*m_table, row, 1).toStdString());
        bool number = false;
        const int capacity = cell(*m_table, row, 2).toInt(&number);
        if (!start || !end)
            return tr("Row %1: write the times as 09:00.").arg(row + 1);
        if (*end <= *start)
            return tr("Row %1: the slot must end after it begins.").arg(row + 1);
        if (!number || capacity < 1 || capacity > 500)
            return tr("Row %1: a slot takes 1 to 500 people.").arg(row + 1);
        spans.emplace_back(*start, *end);
    }
    std::sort(spans.begin(), spans.end());
    for (std::size_t i = 1; i < spans.size(); ++i)
        if (spans[i].first < spans[i - 1].second)
            return tr("The slot at %1 overlaps the one before it.")
                .arg(QString::fromStdString(clockText(spans[i].first)));
    return {};
}

void AppointmentPlanPanel::save() {
    const QString category = m_queueCombo->currentData().toString();
    if (category.isEmpty())
        return;
    if (const QString wrong = problem(); !wrong.isEmpty()) {
        showMessage(m_messageLabel, wrong, true);
        return;
    }
    AppointmentPlan plan;
    plan.category = category.toStdString();
    for (int i = 0; i < 7; ++i)
        if (m_weekdays[i]->isChecked())
            plan.weekdays.insert(i + 1);
    for (int row = 0; row < m_table->rowCount(); ++row)
        plan.times.push_back({*parseClock(cell(*m_table, row, 0).toStdString()),
                              *parseClock(cell(*m_table, row, 1).toStdString()), cell(*m_table, row, 2).toInt()});
    std::sort(plan.times.begin(), plan.times.end(),
              [](const AppointmentSlot& a, const AppointmentSlot& b) { return a.start < b.start; });
    m_service.savePlan(plan);
}

void AppointmentPlanPanel::stop() {
    const QString category = m_queueCombo->currentData().toString();
    if (!category.isEmpty() && m_service.plan())
        m_service.removePlan(category);
}

void AppointmentPlanPanel::setPolicy(int noShows, int withinDays, int blockedDays) {
    m_noShows->setValue(noShows);
    m_withinDays->setValue(withinDays);
    m_blockedDays->setValue(blockedDays);
}

void AppointmentPlanPanel::savePolicy() {
    m_service.savePolicy({m_noShows->value(), m_withinDays->value(), m_blockedDays->value()});
}

QString AppointmentPlanPanel::messageText() const { return m_messageLabel->text(); }

QString AppointmentPlanPanel::stateText() const { return m_stateLabel->text(); }

} // namespace ow
