#include "app/supervisor/admin/QueuesPage.h"

#include "app/common/TextTableModel.h"
#include "domain/Ticket.h"
#include "sync/AdminService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

QString selectedText(QTableView* view, TextTableModel* model, int column) {
    const auto rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : model->data(model->index(rows.first().row(), column)).toString();
}

} // namespace

QueuesPage::QueuesPage(AdminService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_queueModel(new TextTableModel({tr("Prefix"), tr("Queue"), tr("Department"), tr("Numbers at the kiosk")}, this))
    , m_counterModel(new TextTableModel({tr("Counter"), tr("Name"), tr("Calls the queues"), tr("Today")}, this)) {
    auto* layout = new QHBoxLayout(this);

    auto* queueBox = new QGroupBox(tr("Queues (号票类别)"));
    auto* queueLayout = new QVBoxLayout(queueBox);
    m_queues = makeTextTable(m_queueModel, QStringLiteral("queueTable"), tr("Queues"));
    queueLayout->addWidget(m_queues, 1);
    auto* queueButtons = new QHBoxLayout;
    auto* addQueueButton = new QPushButton(tr("Add…"));
    addQueueButton->setObjectName(QStringLiteral("addQueueButton"));
    m_editQueue = new QPushButton(tr("Change…"));
    m_toggleQueue = new QPushButton(tr("Stop numbers"));
    m_toggleQueue->setObjectName(QStringLiteral("toggleQueueButton"));
    for (QPushButton* b : {addQueueButton, m_editQueue, m_toggleQueue})
        queueButtons->addWidget(b);
    queueLayout->addLayout(queueButtons);
    layout->addWidget(queueBox, 2);

    auto* counterBox = new QGroupBox(tr("Counters (窗口)"));
    auto* counterLayout = new QVBoxLayout(counterBox);
    m_counters = makeTextTable(m_counterModel, QStringLiteral("counterTable"), tr("Counters"));
    counterLayout->addWidget(m_counters, 1);
    auto* counterButtons = new QHBoxLayout;
    auto* addCounterButton = new QPushButton(tr("Add…"));
    addCounterButton->setObjectName(QStringLiteral("addCounterButton"));
    m_editCounter = new QPushButton(tr("Change…"));
    m_toggleCounter = new QPushButton(tr("Close for today"));
    m_toggleCounter->setObjectName(QStringLiteral("toggleCounterButton"));
    for (QPushButton* b : {addCounterButton, m_editCounter, m_toggleCounter})
        counterButtons->addWidget(b);
    counterLayout->addLayout(counterButtons);
    auto* note = new QLabel(tr("A counter closed for today calls nobody and opens again by itself tomorrow. A queue "
                               "without numbers still has its waiting people called."));
    note->setWordWrap(true);
    counterLayout->addWidget(note);
    layout->addWidget(counterBox, 3);

    connect(addQueueButton, &QPushButton::clicked, this, &QueuesPage::addQueue);
    connect(m_editQueue, &QPushButton::clicked, this, &QueuesPage::editQueue);
    connect(m_toggleQueue, &QPushButton::clicked, this, &QueuesPage::toggleQueueOpen);
    connect(addCounterButton, &QPushButton::clicked, this, &QueuesPage::addCounter);
    connect(m_editCounter, &QPushButton::clicked, this, &QueuesPage::editCounter);
    connect(m_toggleCounter, &QPushButton::clicked, this, &QueuesPage::toggleCounterClosed);
    connect(m_queues, &QTableView::doubleClicked, this, &QueuesPage::editQueue);
    connect(m_counters, &QTableView::doubleClicked, this, &QueuesPage::editCounter);
    connect(m_queues->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueuesPage::updateButtons);
    connect(m_counters->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueuesPage::updateButtons);
    connect(&m_service, &AdminService::queuesChanged, this, &QueuesPage::showQueues);
    showQueues();
}

void QueuesPage::showQueues() {
    const QString keepQueue = selectedQueue();
    const int keepCounter = selectedCounter();
    std::vector<QStringList> rows;
    std::vector<QString> tones;
    for (const auto& c : m_service.categories()) {
        rows.push_back({q(c.prefix), q(c.name), q(c.group), c.open ? tr("Given") : tr("Stopped")});
        tones.push_back(c.open ? QString() : QStringLiteral("warn"));
    }
    m_queueModel->setRows(std::move(rows), std::move(tones));
    rows.clear();
    tones.clear();
    for (const auto& c : m_service.counters()) {
        QStringList names;
        for (const auto& prefix : c.categories) {
            QString name = q(prefix);
            for (const auto& category : m_service.categories())
                if (category.prefix == prefix)
                    name = QStringLiteral("%1 %2").arg(q(prefix), q(category.name));
            names << name;
        }
        rows.push_back({QString::number(c.number), q(c.name), names.join(QStringLiteral("、")),
                        c.closedToday ? tr("Closed") : tr("Open")});
        tones.push_back(c.closedToday ? QStringLiteral("warn") : QString());
    }
    m_counterModel->setRows(std::move(rows), std::move(tones));
    for (int row = 0; row < m_queueModel->rowCount(); ++row)
        if (m_queueModel->data(m_queueModel->index(row, 0)).toString() == keepQueue)
            m_queues->selectRow(row);
    for (int row = 0; row < m_counterModel->rowCount(); ++row)
        if (m_counterModel->data(m_counterModel->index(row, 0)).toInt() == keepCounter)
            m_counters->selectRow(row);
    updateButtons();
}

QString QueuesPage::selectedQueue() const { return selectedText(m_queues, m_queueModel, 0); }

int QueuesPage::selectedCounter() const { return selectedText(m_counters, m_counterModel, 0).toInt(); }

void QueuesPage::updateButtons() {
    const QString prefix = selectedQueue();
    m_editQueue->setEnabled(!prefix.isEmpty());
    m_toggleQueue->setEnabled(!prefix.isEmpty());
    for (const auto& c : m_service.categories())
        if (q(c.prefix) == prefix)
            m_toggleQueue->setText(c.open ? tr("Stop numbers") : tr("Give numbers again"));
    const int number = selectedCounter();
    m_editCounter->setEnabled(number > 0);
    m_toggleCounter->setEnabled(number > 0);
    for (const auto& c : m_service.counters())
        if (c.number == number)
            m_toggleCounter->setText(c.closedToday ? tr("Open again today") : tr("Close for today"));
}

bool QueuesPage::askQueue(wire::CategorySetup& queue, bool isNew) {
    QDialog dialog(this);
    dialog.setWindowTitle(isNew ? tr("Add a queue") : tr("Change queue %1").arg(q(queue.prefix)));
    auto* form = new QFormLayout(&dialog);
    auto* prefix = new QLineEdit(q(queue.prefix));
    prefix->setObjectName(QStringLiteral("queuePrefix"));
    prefix->setMaxLength(3);
    prefix->setEnabled(isNew); // the numbers' letter stays what it is
    prefix->setPlaceholderText(tr("D (1-3 capital letters: the numbers' first letter)"));
    auto* name = new QLineEdit(q(queue.name));
    name->setObjectName(QStringLiteral("queueName"));
    name->setPlaceholderText(tr("公积金"));
    // The departments the hall has, to choose from or to type a new one.
    auto* group = new QComboBox;
    group->setObjectName(QStringLiteral("queueGroup"));
    group->setEditable(true);
    group->addItem(QString());
    for (const auto& c : m_service.categories())
        if (!c.group.empty() && group->findText(q(c.group)) < 0)
            group->addItem(q(c.group));
    group->setCurrentText(q(queue.group));
    form->addRow(tr("Prefix"), prefix);
    form->addRow(tr("Name"), name);
    form->addRow(tr("Department"), group);
    auto* note = new QLabel(tr("With departments (公安, 税务 …), the kiosk first offers the departments, then their "
                               "queues. Leave it empty in a small hall."));
    note->setWordWrap(true);
    form->addRow(note);
    auto* error = new QLabel;
    error->setWordWrap(true);
    form->addRow(error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        if (!isValidCategoryPrefix(prefix->text().trimmed().toUpper().toStdString()) ||
            name->text().trimmed().isEmpty()) {
            error->setText(tr("Give a prefix of 1-3 letters A-Z and a name."));
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    queue.prefix = prefix->text().trimmed().toUpper().toStdString();
    queue.name = name->text().trimmed().toStdString();
    queue.group = group->currentText().trimmed().toStdString();
    return true;
}

void QueuesPage::addQueue() {
    wire::CategorySetup queue;
    if (askQueue(queue, true))
        m_service.addCategory(queue);
}

void QueuesPage::editQueue() {
    const QString prefix = selectedQueue();
    for (const auto& c : m_service.categories()) {
        if (q(c.prefix) != prefix)
            continue;
        wire::CategorySetup edited = c;
        if (!askQueue(edited, false))
            return;
        wire::CategoryChange change;
        if (edited.name != c.name && !edited.name.empty())
            change.name = edited.name;
        if (edited.group != c.group)
            change.group = edited.group;
        if (change.name || change.group)
            m_service.changeCategory(prefix, change);
        return;
    }
}

void QueuesPage::toggleQueueOpen() {
    const QString prefix = selectedQueue();
    for (const auto& c : m_service.categories())
        if (q(c.prefix) == prefix)
            m_service.changeCategory(prefix, {std::nullopt, !c.open});
}

bool QueuesPage::askCounter(wire::CounterSetup& counter, bool isNew) {
    QDialog dialog(this);
    dialog.setWindowTitle(isNew ? tr("Add a counter") : tr("Change counter %1").arg(counter.number));
    auto* form = new QFormLayout(&dialog);
    auto* number = new QSpinBox;
    number->setObjectName(QStringLiteral("counterNumber"));
    number->setRange(1, 999);
    int next = 1;
    for (const auto& c : m_service.counters())
        next = std::max(next, c.number + 1);
    number->setValue(isNew ? std::min(next, 999) : counter.number);
    number->setEnabled(isNew);
    auto* name = new QLineEdit(q(counter.name));
    name->setObjectName(QStringLiteral("counterName"));
    name->setPlaceholderText(tr("e.g. 综合受理窗口 (may stay empty)"));
    form->addRow(tr("Number"), number);
    form->addRow(tr("Name"), name);
    std::vector<std::pair<QCheckBox*, std::string>> ticks;
    auto* queues = new QVBoxLayout;
    for (const auto& c : m_service.categories()) {
        auto* tick = new QCheckBox(QStringLiteral("%1 %2").arg(q(c.prefix), q(c.name)));
        tick->setChecked(std::find(counter.categories.begin(), counter.categories.end(), c.prefix) !=
                         counter.categories.end());
        queues->addWidget(tick);
        ticks.emplace_back(tick, c.prefix);
    }
    form->addRow(tr("Calls the queues"), queues);
    auto* error = new QLabel;
    form->addRow(error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        if (std::none_of(ticks.begin(), ticks.end(), [](const auto& t) { return t.first->isChecked(); })) {
            error->setText(tr("A counter calls at least one queue."));
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    counter.number = number->value();
    counter.name = name->text().trimmed().toStdString();
    counter.categories.clear();
    for (const auto& [tick, prefix] : ticks)
        if (tick->isChecked())
            counter.categories.push_back(prefix);
    return true;
}

void QueuesPage::addCounter() {
    wire::CounterSetup counter;
    if (askCounter(counter, true))
        m_service.addCounter(counter);
}

void QueuesPage::editCounter() {
    const int number = selectedCounter();
    for (const auto& c : m_service.counters()) {
        if (c.number != number)
            continue;
        wire::CounterSetup changed = c;
        if (!askCounter(changed, false))
            return;
        wire::CounterChange change;
        if (changed.name != c.name)
            change.name = changed.name;
        if (changed.categories != c.categories)
            change.categories = changed.categories;
        if (change.name || change.categories)
            m_service.changeCounter(number, change);
        return;
    }
}

void QueuesPage::toggleCounterClosed() {
    const int number = selectedCounter();
    for (const auto& c : m_service.counters())
        if (c.number == number) {
            wire::CounterChange change;
            change.closedToday = !c.closedToday;
            m_service.changeCounter(number, change);
        }
}

} // namespace ow
