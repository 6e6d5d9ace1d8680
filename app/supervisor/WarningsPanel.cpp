#include "app/supervisor/WarningsPanel.h"

#include "app/common/TextTableModel.h"
#include "sync/StatsService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

WarningsPanel::WarningsPanel(StatsService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new TextTableModel({tr("State"), tr("Case number"), tr("Service item"), tr("Staff"), tr("Counter"),
                                  tr("Accepted on"), tr("Promised by")},
                                 this)) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("sectionLabel"));
    top->addWidget(m_summaryLabel);
    top->addStretch(1);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, &m_service, &StatsService::loadWarnings);
    top->addWidget(refresh);
    layout->addLayout(top);
    auto* view = new QTableView(this);
    view->setAccessibleName(tr("Cases near or past their promised date"));
    view->setModel(m_model);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(view, 1);
    connect(&m_service, &StatsService::warningsLoaded, this, &WarningsPanel::showWarnings);
    showWarnings();
}

void WarningsPanel::showWarnings() {
    std::vector<QStringList> rows;
    std::vector<QString> tones;
    int overdue = 0;
    for (const CaseWarningRow& w : m_service.warnings()) {
        overdue += w.overdue;
        rows.push_back({w.overdue ? tr("Overdue by %n working day(s)", nullptr, -w.workingDaysLeft)
                                  : tr("Due soon: %n working day(s) left", nullptr, w.workingDaysLeft),
                        w.caseNo, w.item, w.clerkName, w.counter ? QString::number(*w.counter) : QStringLiteral("—"),
                        w.acceptedDate, w.promisedDate});
        tones.push_back(w.overdue ? QStringLiteral("bad") : QStringLiteral("warn"));
    }
    m_summaryLabel->setText(tr("%1 overdue, %2 due soon").arg(overdue).arg(static_cast<int>(rows.size()) - overdue));
    m_model->setRows(std::move(rows), std::move(tones));
}

} // namespace ow
