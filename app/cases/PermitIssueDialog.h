#pragma once

#include "sync/PermitService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ow {

// One of the case's items that issues something, as the dialog offers it.
struct PermitChoice {
    QString code;
    QString label;           // "营业执照 — 企业设立登记"
    QString enterprise = {}; // the enterprise the permit names (营业执照): then its credit code is asked for
    QString creditCode = {}; // known already (an enterprise that applied itself)
    QString scope = {};      // the scope the form gives, offered to the clerk
};

// What a permit grants, filled by the clerk before it is issued: which of the case's items (those with a result
// to issue), the scope, and the dates — or long-term (长期有效); for an enterprise's permit, the credit code its
// registration gave (checked as it is typed).
class PermitIssueDialog : public QDialog {
    Q_OBJECT
public:
    PermitIssueDialog(const QList<PermitChoice>& items, QDate today, QWidget* parent = nullptr);

    PermitInput input() const;
    void setScope(const QString& scope);
    void setLongTerm(bool on);
    void setValidTo(QDate date);
    void setCreditCode(const QString& code);

private:
    void itemChosen();
    void checkCreditCode();

    QList<PermitChoice> m_choices;
    QComboBox* m_item;
    QLabel* m_enterprise;
    QLineEdit* m_creditCode;
    QLabel* m_creditProblem;
    QPushButton* m_ok;
    QPlainTextEdit* m_scope;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_longTerm;
};

} // namespace ow
