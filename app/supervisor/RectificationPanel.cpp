#include "app/supervisor/RectificationPanel.h"

#include "app/supervisor/RectificationModel.h"
#include "sync/RectificationService.h"
#include "widgets/Style.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {
namespace {

QString escaped(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

// A person by name; the user name only where the server knew no name (an account since removed).
const std::string& personName(const std::string& name, const std::string& user) { return name.empty() ? user : name; }

} // namespace

RectificationPanel::RectificationPanel(RectificationService& service, QString currentUser, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_user(std::move(currentUser))
    , m_model(new RectificationModel(service, this)) {
    m_ask = [this](const QString& title, const QString& prompt) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, title, prompt, {}, &ok);
        if (!ok)
            return std::nullopt;
        return text;
    };
    m_choose = [this](const QString& title, const QString& prompt, const QStringList& options) -> std::optional<int> {
        bool ok = false;
        const QString choice = QInputDialog::getItem(this, title, prompt, options, 0, false, &ok);
        if (!ok)
            return std::nullopt;
        return static_cast<int>(options.indexOf(choice));
    };

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("Bad ratings to follow up and fix"), this);
    title->setObjectName(QStringLiteral("sectionLabel"));
    top->addWidget(title);
    top->addStretch(1);
    m_allCheck = new QCheckBox(tr("Show closed ones too"), this);
    connect(m_allCheck, &QCheckBox::toggled, &m_service, &RectificationService::setShowAll);
    top->addWidget(m_allCheck);
    auto* refresh = new QPushButton(tr("Refresh (F5)"), this);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refresh, &QPushButton::clicked, &m_service, &RectificationService::reload);
    top->addWidget(refresh);
    layout->addLayout(top);

    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Bad ratings and their rectifications"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RectificationModel::Reasons, QHeaderView::Stretch);
    layout->addWidget(m_table, 3);

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto* cardLayout = new QVBoxLayout(card);
    m_detailLabel = new QLabel(card);
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextFormat(Qt::RichText);
    m_detailLabel->setMinimumHeight(90);
    cardLayout->addWidget(m_detailLabel);
    auto* buttons = new QHBoxLayout;
    m_followUpButton = new QPushButton(tr("Record follow-up…"), card);
    m_fixButton = new QPushButton(tr("Record fix…"), card);
    m_appealButton = new QPushButton(tr("Appeal…"), card);
    m_decideButton = new QPushButton(tr("Decide appeal…"), card);
    m_callBackButton = new QPushButton(tr("Phone number for the call back…"), card);
    m_callBackButton->setToolTip(
        tr("Shows the citizen's whole phone number; each look-up is recorded in the audit log."));
    m_followUpButton->setObjectName(QStringLiteral("primaryButton"));
    connect(m_followUpButton, &QPushButton::clicked, this, &RectificationPanel::followUp);
    connect(m_fixButton, &QPushButton::clicked, this, &RectificationPanel::fix);
    connect(m_appealButton, &QPushButton::clicked, this, &RectificationPanel::appeal);
    connect(m_decideButton, &QPushButton::clicked, this, &RectificationPanel::decide);
    connect(m_callBackButton, &QPushButton::clicked, this, &RectificationPanel::callBack);
    for (auto* button : {m_followUpButton, m_fixButton, m_appealButton, m_decideButton, m_callBackButton})
        buttons->addWidget(button);
    buttons->addStretch(1);
    cardLayout->addLayout(buttons);
    layout->addWidget(card, 1);
    m_messageLabel = makeMessageLabel();
    layout->addWidget(m_messageLabel);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RectificationPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            selectRow(0);
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RectificationPanel::updateDetails);
    connect(&m_service, &RectificationService::failed, this,
            [this](const QString& text) { showMessage(m_messageLabel, text, true); });
    connect(&m_service, &RectificationService::info, this,
            [this](const QString& text) { showMessage(m_messageLabel, text, false); });
    connect(&m_service, &RectificationService::contactRevealed, this,
            [this](const QString&, const QString& name, const QString& phone, const QString& caseNo) {
                showMessage(m_messageLabel,
                            tr("Call %1 on %2 (case %3). This look-up is recorded in the audit log.")
                                .arg(name, phone, caseNo.isEmpty() ? tr("without a number") : caseNo),
                            false);
            });
    updateDetails();
}

void RectificationPanel::selectRow(int row) { m_table->selectRow(row); }

const Rectification* RectificationPanel::selected() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->at(rows.first().row());
}

void RectificationPanel::updateDetails() {
    const Rectification* r = selected();
    for (auto* button : {m_followUpButton, m_fixButton, m_appealButton, m_decideButton, m_callBackButton})
        button->setEnabled(false);
    if (!r) {
        m_detailLabel->setText(m_model->rowCount() == 0 ? tr("No open rectifications. Well done.")
                                                        : tr("Choose a rating in the list."));
        return;
    }
    QStringList lines;
    lines << tr("<b>%1</b>, %2 — %3")
                 .arg(RectificationModel::levelText(r->level), RectificationModel::dateText(r->ratedOn),
                      RectificationModel::stateText(*r).toHtmlEscaped());
    if (!r->comment.empty())
        lines << tr("The citizen wrote: “%1”").arg(escaped(r->comment));
    if (r->followUp)
        lines << tr("Follow-up on %1 by %2: %3")
                     .arg(QString::fromStdString(r->followUp->day),
                          escaped(personName(r->followUp->byName, r->followUp->by)), escaped(r->followUp->note));
    if (r->fix)
        lines << tr("Fixed on %1 by %2: %3")
                     .arg(QString::fromStdString(r->fix->day), escaped(personName(r->fix->byName, r->fix->by)),
                          escaped(r->fix->note));
    if (r->appeal) {
        const QString kind = r->appeal->kind == AppealKind::Malicious ? tr("malicious") : tr("given by mistake");
        lines << tr("Appeal (%1) by %2: %3")
                     .arg(kind, escaped(personName(r->appeal->requestedByName, r->appeal->requestedBy)),
                          escaped(r->appeal->reason));
        if (r->appeal->upheld)
            lines << (*r->appeal->upheld ? tr("Upheld by %1: %2") : tr("Rejected by %1: %2"))
                         .arg(escaped(personName(r->appeal->decidedByName, r->appeal->decidedBy)),
                              escaped(r->appeal->decisionNote));
    }
    m_detailLabel->setText(lines.join(QStringLiteral("<br>")));
    const auto state = r->state();
    const bool workable = state != RectificationState::Voided && state != RectificationState::Appealing;
    m_followUpButton->setEnabled(workable && !r->followUp);
    m_callBackButton->setEnabled(state != RectificationState::Voided);
    m_fixButton->setEnabled(workable && r->followUp && !r->fix);
    m_appealButton->setEnabled(workable);
    const bool ownAppeal = r->appeal && QString::fromStdString(r->appeal->requestedBy) == m_user;
    m_decideButton->setEnabled(state == RectificationState::Appealing && !ownAppeal);
    m_decideButton->setToolTip(ownAppeal ? tr("Your own appeal is decided by a second supervisor.") : QString());
}

void RectificationPanel::followUp() {
    const Rectification* r = selected();
    if (!r)
        return;
    const QString id = QString::fromStdString(r->id);
    if (const auto note = m_ask(tr("Record follow-up"), tr("What did the citizen say at the follow-up (回访)?")))
        m_service.recordFollowUp(id, *note);
}

void RectificationPanel::fix() {
    const Rectification* r = selected();
    if (!r)
        return;
    const QString id = QString::fromStdString(r->id);
    if (const auto note = m_ask(tr("Record fix"), tr("What was changed (整改措施)?")))
        m_service.recordFix(id, *note);
}

void RectificationPanel::appeal() {
    const Rectification* r = selected();
    if (!r)
        return;
    const QString id = QString::fromStdString(r->id);
    const auto kind =
        m_choose(tr("Appeal"), tr("The rating was:"), {tr("malicious (恶意差评)"), tr("given by mistake (误评)")});
    if (!kind)
        return;
    if (const auto reason = m_ask(tr("Appeal"), tr("Why? A second supervisor will decide.")))
        m_service.requestAppeal(id, *kind == 0 ? AppealKind::Malicious : AppealKind::Mistaken, *reason);
}

void RectificationPanel::decide() {
    const Rectification* r = selected();
    if (!r)
        return;
    const QString id = QString::fromStdString(r->id);
    const auto choice = m_choose(tr("Decide appeal"), tr("Your decision:"),
                                 {tr("Uphold: the rating no longer counts"), tr("Reject: the rectification goes on")});
    if (!choice)
        return;
    if (const auto note = m_ask(tr("Decide appeal"), tr("The reason for your decision:")))
        m_service.decideAppeal(id, *choice == 0, *note);
}

void RectificationPanel::callBack() {
    const Rectification* r = selected();
    if (!r)
        return;
    const QString id = QString::fromStdString(r->id);
    if (const auto reason = m_ask(tr("Phone number for the call back"),
                                  tr("Why do you need the citizen's whole phone number? (recorded in the audit log)")))
        m_service.revealContact(id, *reason);
}

QString RectificationPanel::messageText() const { return m_messageLabel->text(); }

} // namespace ow
