#include "app/supervisor/PermitsPanel.h"

#include "app/common/TextTableModel.h"
#include "printer/PermitPrinter.h"
#include "sync/PermitRegistry.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

QString statusText(const QString& status) {
    if (status == QLatin1String("valid"))
        return PermitsPanel::tr("Valid");
    if (status == QLatin1String("expired"))
        return PermitsPanel::tr("Expired");
    if (status == QLatin1String("not_yet_valid"))
        return PermitsPanel::tr("Not yet valid");
    if (status == QLatin1String("revoked"))
        return PermitsPanel::tr("✖ Revoked");
    return status;
}

} // namespace

PermitsPanel::PermitsPanel(PermitRegistry& registry, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_clock(clock)
    , m_model(new TextTableModel({tr("State"), tr("Permit number"), tr("Permit"), tr("Holder"), tr("Case number"),
                                  tr("Valid"), tr("Issued"), tr("Revocation")},
                                 this)) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("permitSearch"));
    m_search->setPlaceholderText(tr("Case number, to see its permits; empty for the newest"));
    m_search->setAccessibleName(tr("Case number"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_registry.reload(m_search->text()); });
    top->addWidget(m_search, 1);
    auto* refresh = new QPushButton(tr("Search / refresh"));
    connect(refresh, &QPushButton::clicked, this, [this] { m_registry.reload(m_search->text()); });
    top->addWidget(refresh);
    layout->addLayout(top);
    m_view = makeTextTable(m_model, QStringLiteral("permitTable"), tr("Permits"));
    layout->addWidget(m_view, 1);
    auto* bottom = new QHBoxLayout;
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("revokeReason"));
    m_reason->setPlaceholderText(tr("Why the selected permit is revoked (shown to everyone who checks it)"));
    m_reason->setAccessibleName(tr("Why the selected permit is revoked"));
    m_reason->setMaxLength(500);
    bottom->addWidget(m_reason, 1);
    m_revoke = new QPushButton(tr("Revoke the selected permit"));
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        if (id.isEmpty())
            return;
        if (QMessageBox::question(this, tr("Revoke permit"),
                                  tr("Revoke permit %1? This cannot be undone: every check of it will say it is "
                                     "revoked, with your reason.")
                                      .arg(id)) == QMessageBox::Yes)
            revokeSelected(m_reason->text());
    });
    bottom->addWidget(m_revoke);
    layout->addLayout(bottom);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    connect(&m_registry, &PermitRegistry::entriesChanged, this, &PermitsPanel::showEntries);
    connect(&m_registry, &PermitRegistry::failed, this, [this](const QString& text) { say(text, true); });
    connect(&m_registry, &PermitRegistry::revoked, this, [this](const QString& id) {
        m_reason->clear();
        say(tr("Permit %1 is revoked. Checks of it now say so.").arg(id), false);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_revoke->setEnabled(!selectedId().isEmpty()); });
    m_revoke->setEnabled(false);
    showEntries();
}

void PermitsPanel::showEntries() {
    std::vector<QStringList> rows;
    std::vector<QString> tones;
    for (const auto& [p, status] : m_registry.entries()) {
        rows.push_back({statusText(status), q(p.id), q(p.typeName), q(permitHolderText(p.holderName, p.holderId)),
                        q(p.caseNo), PermitPrinter::validity(p),
                        tr("%1 by %2")
                            .arg(q(m_clock.hallTime().localDateTime(p.issuedAtMs)),
                                 q(p.issuedByName.empty() ? p.issuedBy : p.issuedByName)),
                        p.revoked ? tr("%1 by %2: %3")
                                        .arg(q(m_clock.hallTime().localDateTime(p.revoked->atMs)),
                                             q(p.revoked->byName.empty() ? p.revoked->by : p.revoked->byName),
                                             q(p.revoked->reason))
                                  : QString()});
        tones.push_back(status == QLatin1String("revoked") ? QStringLiteral("bad")
                        : status == QLatin1String("valid") ? QString()
                                                           : QStringLiteral("warn"));
    }
    m_model->setRows(std::move(rows), std::move(tones));
    m_revoke->setEnabled(!selectedId().isEmpty());
}

QString PermitsPanel::selectedId() const {
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->data(m_model->index(rows.first().row(), 1), Qt::DisplayRole).toString();
}

void PermitsPanel::selectRow(int row) { m_view->selectRow(row); }

void PermitsPanel::revokeSelected(const QString& reason) {
    const QString id = selectedId();
    if (!id.isEmpty())
        m_registry.revoke(id, reason);
}

void PermitsPanel::say(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setProperty("tone", error ? QStringLiteral("error") : QStringLiteral("info"));
    m_message->style()->polish(m_message);
    m_message->show();
}

QString PermitsPanel::messageText() const { return m_message->text(); }

} // namespace ow
