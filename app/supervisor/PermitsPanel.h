#pragma once

#include "domain/Clock.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ow {

class PermitRegistry;
class TextTableModel;

// 证照管理 for the supervisor: the hall's permits with how each stands (revoked ones in red, with the word), a search
// by case, and revocation of the selected one with a reason (asked to confirm: it cannot be undone, and every check
// of the permit from then on says "revoked" with that reason).
class PermitsPanel : public QWidget {
    Q_OBJECT
public:
    PermitsPanel(PermitRegistry& registry, const Clock& clock, QWidget* parent = nullptr);

    TextTableModel& model() { return *m_model; }
    void selectRow(int row);
    // Revokes the selected permit without asking (the button asks first).
    void revokeSelected(const QString& reason);
    QString messageText() const;

private:
    void showEntries();
    QString selectedId() const;
    void say(const QString& text, bool error);

    PermitRegistry& m_registry;
    const Clock& m_clock;
    TextTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QLineEdit* m_reason;
    QPushButton* m_revoke;
    QLabel* m_message;
};

} // namespace ow
