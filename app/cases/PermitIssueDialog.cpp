#include "app/cases/PermitIssueDialog.h"

#include "domain/CreditCode.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ow {

PermitIssueDialog::PermitIssueDialog(const QList<PermitChoice>& items, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_choices(items) {
    setObjectName(QStringLiteral("permitIssueDialog"));
    setWindowTitle(tr("Issue the permit"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_item = new QComboBox;
    for (const auto& choice : items)
        m_item->addItem(choice.label, choice.code);
    form->addRow(tr("Permit for"), m_item);
    m_enterprise = new QLabel;
    m_enterprise->setObjectName(QStringLiteral("permitEnterpriseLabel"));
    m_enterprise->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Enterprise"), m_enterprise);
    m_creditCode = new QLineEdit;
    m_creditCode->setObjectName(QStringLiteral("permitCreditCodeEdit"));
    m_creditCode->setPlaceholderText(tr("18 characters, as the registration gave it"));
    m_creditCode->setMaxLength(18);
    m_creditCode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Za-z]{0,18}")), m_creditCode));
    m_creditCode->setAccessibleName(tr("Unified social credit code"));
    m_creditProblem = new QLabel;
    m_creditProblem->setObjectName(QStringLiteral("fieldError")); // the forms' own look of a field's problem
    auto* credit = new QVBoxLayout;
    credit->setContentsMargins(0, 0, 0, 0);
    credit->addWidget(m_creditCode);
    credit->addWidget(m_creditProblem);
    auto* creditBox = new QWidget;
    creditBox->setLayout(credit);
    form->addRow(tr("Unified social credit code"), creditBox);
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
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Issue and print"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const auto rowsShown = [form, creditBox, this](bool enterprise) {
        form->setRowVisible(m_enterprise, enterprise);
        form->setRowVisible(creditBox, enterprise);
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_scope)))
            label->setText(enterprise ? tr("Business scope") : tr("Scope")); // 经营范围 of a company
    };
    connect(m_item, &QComboBox::currentIndexChanged, this, [this, rowsShown] {
        const int index = m_item->currentIndex();
        rowsShown(index >= 0 && !m_choices[index].enterprise.isEmpty());
        itemChosen();
    });
    connect(m_creditCode, &QLineEdit::textChanged, this, &PermitIssueDialog::checkCreditCode);
    rowsShown(!items.isEmpty() && !items.front().enterprise.isEmpty());
    itemChosen();
    resize(560, sizeHint().height());
}

void PermitIssueDialog::itemChosen() {
    const int index = m_item->currentIndex();
    if (index < 0) {
        m_ok->setEnabled(false);
        return;
    }
    const PermitChoice& choice = m_choices[index];
    m_enterprise->setText(choice.enterprise);
    if (m_creditCode->text().isEmpty())
        m_creditCode->setText(choice.creditCode);
    if (m_scope->toPlainText().isEmpty())
        m_scope->setPlainText(choice.scope);
    checkCreditCode();
}

void PermitIssueDialog::checkCreditCode() {
    const int index = m_item->currentIndex();
    const bool enterprise = index >= 0 && !m_choices[index].enterprise.isEmpty();
    const std::string code = m_creditCode->text().trimmed().toUpper().toStdString();
    QString problem;
    if (enterprise && !code.empty())
        switch (CreditCode::check(code)) {
        case CreditCode::Problem::None: break;
        case CreditCode::Problem::Length: problem = tr("%1 of 18 characters").arg(code.size()); break;
        case CreditCode::Problem::Characters: problem = tr("I, O, Z, S and V are not used in a credit code"); break;
        case CreditCode::Problem::CheckCharacter:
            problem = tr("The check character does not match: a character is mistyped");
            break;
        }
    m_creditProblem->setText(problem);
    m_creditProblem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(index >= 0 && (!enterprise || CreditCode::isValid(code)));
}

PermitInput PermitIssueDialog::input() const {
    const int index = m_item->currentIndex();
    const bool enterprise = index >= 0 && !m_choices[index].enterprise.isEmpty();
    return {m_item->currentData().toString(),
            m_scope->toPlainText(),
            m_from->date(),
            m_to->date(),
            m_longTerm->isChecked(),
            enterprise ? m_creditCode->text().trimmed().toUpper() : QString()};
}

void PermitIssueDialog::setScope(const QString& scope) { m_scope->setPlainText(scope); }
void PermitIssueDialog::setLongTerm(bool on) { m_longTerm->setChecked(on); }
void PermitIssueDialog::setValidTo(QDate date) { m_to->setDate(date); }
void PermitIssueDialog::setCreditCode(const QString& code) { m_creditCode->setText(code); }

} // namespace ow
