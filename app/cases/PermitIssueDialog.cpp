#include "app/cases/PermitIssueDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

PermitIssueDialog::PermitIssueDialog(const QList<QPair<QString, QString>>& items, QDate today, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("permitIssueDialog"));
    setWindowTitle(tr("Issue the permit"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_item = new QComboBox;
    for (const auto& [code, name] : items)
        m_item->addItem(name, code);
    form->addRow(tr("Permit for"), m_item);
    m_scope = new QPlainTextEdit;
    m_scope->setPlaceholderText(tr("What the permit allows (经营范围 / 许可范围); may be left empty"));
    m_scope->setMaximumHeight(90);
    form->addRow(tr("Scope"), m_scope);
    m_from = new QDateEdit(today);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Valid from"), m_from);
    m_to = new QDateEdit(today.addYears(5).addDays(-1));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Valid to"), m_to);
    m_longTerm = new QCheckBox(tr("Long-term (长期有效)"));
    connect(m_longTerm, &QCheckBox::toggled, m_to, &QWidget::setDisabled);
    form->addRow(QString(), m_longTerm);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Issue and print"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!items.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

PermitInput PermitIssueDialog::input() const {
    return {m_item->currentData().toString(), m_scope->toPlainText(), m_from->date(), m_to->date(),
            m_longTerm->isChecked()};
}

void PermitIssueDialog::setScope(const QString& scope) { m_scope->setPlainText(scope); }
void PermitIssueDialog::setLongTerm(bool on) { m_longTerm->setChecked(on); }
void PermitIssueDialog::setValidTo(QDate date) { m_to->setDate(date); }

} // namespace ow
