#pragma once

#include "domain/Roles.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace ow {

class CaseWorkService;
class TextTableModel;
struct WorkCase;

// 后台审批 and 分办 at the back office: the person's cases (an approver's passed to them, a supervisor's every open
// one) with the working days left, the selected one's materials and history, and its steps — approve, refuse with a
// reason, ask for a correction naming the materials, record the correction received, stop the clock for 公示 or
// 专家评审 (where its items allow) and start it again, pass it on. Everything is
// typed into the panel (no pop-ups): reason or note, approver and department.
class CaseWorkPanel : public QWidget {
    Q_OBJECT
public:
    CaseWorkPanel(CaseWorkService& service, StaffRole role, QWidget* parent = nullptr);

    void selectRow(int row);
    QLineEdit& reasonField() { return *m_reason; }
    QLineEdit& approverField() { return *m_approver; }
    QListWidget& materialList() { return *m_materials; }
    QComboBox& clockStopKind() { return *m_stopKind; }

public slots:
    void approve();
    void refuse();
    void askForCorrection();
    void correctionReceived();
    void passOn();
    void pauseClock(); // 公示, 专家评审, 听证, 检验检测 where the case's items allow it; the reason field says why
    void resumeClock();

private:
    const WorkCase* selected() const;
    void showCases();
    void updateDetails();
    void updateButtons();

    CaseWorkService& m_service;
    StaffRole m_role;
    TextTableModel* m_model;
    QTableView* m_table;
    QLabel* m_detail;
    QListWidget* m_materials; // checkable: what a correction asks for
    QLineEdit* m_reason;
    QLineEdit* m_approver;
    QLineEdit* m_department;
    QComboBox* m_stopKind; // what may stop the selected case's clock
    QPushButton *m_approve, *m_refuse, *m_correction, *m_received, *m_passOn, *m_pause, *m_resume;
    QLabel* m_message;
    std::vector<QString> m_ids; // the table's rows
};

} // namespace ow
