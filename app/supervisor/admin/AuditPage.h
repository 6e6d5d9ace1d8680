#pragma once

#include <QWidget>

class QDateEdit;
class QCheckBox;
class QComboBox;
class QPushButton;
class QTableView;

namespace ow {

class AdminService;
class Clock;
class TextTableModel;

// 操作记录: the hall's audit record, newest first, by person and between dates, each entry in words (who did what to
// which, with what it was before and after), a page at a time.
class AuditPage : public QWidget {
    Q_OBJECT
public:
    AuditPage(AdminService& service, const Clock& clock, QWidget* parent = nullptr);

    QTableView* table() const { return m_view; }
    void setFilter(const QString& person, const QDate& from, const QDate& to);
    // The action's name for people ("staff.disabled" → 停用人员).
    static QString actionText(const QString& action);

public slots:
    void reload();
    void more();

private:
    void showEntries();
    QString person() const;
    void load(bool more);

    AdminService& m_service;
    const Clock& m_clock;
    QComboBox* m_person = nullptr;
    QCheckBox* m_byDate = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_more = nullptr;
    TextTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace ow
