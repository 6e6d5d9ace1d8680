#pragma once

#include <QWidget>

class QLabel;

namespace ow {

class StatsService;
class TextTableModel;

// 办件预警: the hall's open cases past their promised date (red, "overdue by n working days") and those that have
// used 80 % of their time (amber, "n working days left"), earliest promise first.
class WarningsPanel : public QWidget {
    Q_OBJECT
public:
    explicit WarningsPanel(StatsService& service, QWidget* parent = nullptr);
    TextTableModel& model() { return *m_model; }

private:
    void showWarnings();

    StatsService& m_service;
    TextTableModel* m_model;
    QLabel* m_summaryLabel;
};

} // namespace ow
