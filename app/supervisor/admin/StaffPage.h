#pragma once

#include "domain/wire/Admin.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ow {

class AdminService;
class Clock;
class TextTableModel;

// 人员: the hall's staff accounts. Add one (its first password made here, shown once and printable), change a name
// or role, disable someone who left (their sessions end at once) or enable them again, and reset a forgotten
// password — each with a sentence for what happened. At a hall with its own server, a field changed both here and
// upstream is shown in amber, and settled field by field (keep the hall's, or take the upstream's).
class StaffPage : public QWidget {
    Q_OBJECT
public:
    StaffPage(AdminService& service, const Clock& clock, QWidget* parent = nullptr);

    QTableView* table() const { return m_view; }
    // The settling dialog while it is open (tests and the screenshots press its buttons).
    QDialog* settleDialog() const { return m_settleDialog; }
    void selectUser(const QString& user);
    QString selectedUser() const;
    // The role's name for people (窗口人员, 督查 …).
    static QString roleText(const QString& role);

    // What the buttons do once the dialogs are answered (tests call them directly).
    void addStaff(const QString& user, const QString& name, const QString& role, const QString& staffNo = {});
    void setDisabled(const QString& user, bool disabled);
    void resetPassword(const QString& user);
    void settle(const QString& user, const QString& field, bool keepHall);
    // How a field's value kept on one side reads for the administrator (a password's is never shown).
    static QString conflictValueText(const QString& field, const std::optional<std::string>& value);

public slots:
    void addStaff(); // the dialog
    static QLineEdit* staffNumberEdit(const QString& number);
    void editSelected();
    void toggleDisabled(); // asks first
    void resetSelected();  // asks first
    void settleSelected(); // the dialog: each field with both values

private:
    void showStaff();
    void updateButtons();
    const wire::StaffMember* selectedMember() const; // the selected row's account, if any

    AdminService& m_service;
    const Clock& m_clock;
    TextTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_settle = nullptr;
    QLabel* m_conflictNote = nullptr;
    QPointer<QDialog> m_settleDialog;
};

} // namespace ow
