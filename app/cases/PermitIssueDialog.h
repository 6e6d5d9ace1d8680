#pragma once

#include "sync/PermitService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace ow {

// What a permit grants, filled by the clerk before it is issued: which of the case's items (those with a result
// to issue), the scope, and the dates — or long-term (长期有效).
class PermitIssueDialog : public QDialog {
    Q_OBJECT
public:
    // `items`: (code, "营业执照 — 企业设立登记") of the case's items that issue something.
    PermitIssueDialog(const QList<QPair<QString, QString>>& items, QDate today, QWidget* parent = nullptr);

    PermitInput input() const;
    void setScope(const QString& scope);
    void setLongTerm(bool on);
    void setValidTo(QDate date);

private:
    QComboBox* m_item;
    QPlainTextEdit* m_scope;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_longTerm;
};

} // namespace ow
