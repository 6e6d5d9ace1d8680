#include "app/appointments/HomeVisitList.h"

#include "app/common/TextTableModel.h"
#include "sync/HomeVisitService.h"

#include "domain/Json.h"

#include <QFrame>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {
namespace {

QString escaped(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

} // namespace

TextAsker lineAsker(QWidget* parent) {
    return [parent](const QString& title, const QString& prompt) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(parent, title, prompt, QLineEdit::Normal, {}, &ok);
        if (!ok)
            return std::nullopt;
        return text;
    };
}

HomeVisitList::HomeVisitList(HomeVisitService& service, Clock clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(std::move(clock)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model = new TextTableModel(
        {tr("Asked"), tr("Person"), tr("Where"), tr("Service"), tr("Why"), tr("State"), tr("Visit on"), tr("Clerk")},
        this);
    m_table = makeTextTable(m_model, QStringLiteral("homeVisitTable"), tr("Home visits"));
    layout->addWidget(m_table, 3);
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto* cardLayout = new QVBoxLayout(card);
    m_detailLabel = new QLabel(card);
    m_detailLabel->setObjectName(QStringLiteral("homeVisitDetail"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextFormat(Qt::RichText);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLabel->setMinimumHeight(70);
    cardLayout->addWidget(m_detailLabel);
    layout->addWidget(card, 1);

    connect(&m_service, &HomeVisitService::visitsChanged, this, &HomeVisitList::refill);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        emit selectionChanged();
    });
    refill();
}

QString HomeVisitList::stateText(const std::string& state) {
    if (state == "requested")
        return tr("To schedule");
    if (state == "scheduled")
        return tr("Scheduled");
    if (state == "done")
        return tr("Done");
    if (state == "cancelled")
        return tr("Cancelled");
    return QString::fromStdString(state);
}

QString HomeVisitList::reasonText(const std::string& reason) {
    if (reason == "elderly")
        return tr("Aged 80 or over");
    if (reason == "disabled")
        return tr("Severely disabled");
    return tr("Other");
}

const wire::HomeVisit* HomeVisitList::selected() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const auto row = static_cast<std::size_t>(rows.first().row());
    return row < m_service.visits().size() ? &m_service.visits()[row] : nullptr;
}

void HomeVisitList::selectRow(int row) { m_table->selectRow(row); }

void HomeVisitList::markSelectedDone(const TextAsker& ask) {
    const wire::HomeVisit* visit = selected();
    if (!visit || visit->state != "scheduled")
        return;
    const QString id = QString::fromStdString(visit->id);
    const auto outcome = ask(tr("Home visit done"), tr("What was done at the visit?"));
    if (outcome && !outcome->trimmed().isEmpty())
        m_service.markDone(id, outcome->trimmed());
}

void HomeVisitList::cancelSelected(const TextAsker& ask, const QString& question) {
    const wire::HomeVisit* visit = selected();
    if (!visit || !isOpen(*visit))
        return;
    const QString id = QString::fromStdString(visit->id);
    const auto reason = ask(tr("Cancel the home visit"), question);
    if (reason && !reason->trimmed().isEmpty())
        m_service.cancel(id, reason->trimmed());
}

void HomeVisitList::refill() {
    const QString keep = selected() ? QString::fromStdString(selected()->id) : QString();
    std::vector<QStringList> rows;
    std::vector<QString> tones;
    int again = -1;
    for (const wire::HomeVisit& v : m_service.visits()) {
        QString asked = QString::fromStdString(v.requestedAt);
        try { // in the hall's time: "2026-12-04T10:05:00+08:00" → 12-04 10:05
            asked = QString::fromStdString(m_clock.hallTime().localIso(parseUtcIso(v.requestedAt)))
                        .mid(5, 11)
                        .replace(QLatin1Char('T'), QLatin1Char(' '));
        } catch (const BadInput&) {
        }
        rows.push_back({asked, QString::fromStdString(v.name), QString::fromStdString(v.address),
                        QString::fromStdString(v.service), reasonText(v.reason), stateText(v.state),
                        QString::fromStdString(v.date),
                        QString::fromStdString(v.clerkName.empty() ? v.clerk : v.clerkName)});
        // Waiting for the hall to act: said in colour beside the word.
        tones.push_back(v.state == "requested" ? QStringLiteral("warn") : QString());
        if (QString::fromStdString(v.id) == keep)
            again = static_cast<int>(rows.size()) - 1;
    }
    m_model->setRows(std::move(rows), std::move(tones));
    if (again >= 0)
        selectRow(again);
    else if (m_model->rowCount() > 0)
        selectRow(0);
    showDetails();
    emit selectionChanged();
}

void HomeVisitList::showDetails() {
    const wire::HomeVisit* v = selected();
    if (!v) {
        m_detailLabel->setText(tr("No home visit here yet."));
        return;
    }
    QString text =
        tr("<b>%1</b> (%2), phone %3 — %4<br>Service: %5. Why: %6%7<br>Asked by %8.")
            .arg(escaped(v->name), escaped(v->idNumber), escaped(v->phone), escaped(v->address), escaped(v->service),
                 reasonText(v->reason), v->note.empty() ? QString() : QStringLiteral(" — ") + escaped(v->note),
                 escaped(v->requestedByName.empty() ? v->requestedBy : v->requestedByName));
    if (!v->date.empty())
        text += tr("<br>%1 goes on %2.").arg(escaped(v->clerkName.empty() ? v->clerk : v->clerkName), escaped(v->date));
    if (!v->outcome.empty())
        text += (v->state == "cancelled" ? tr("<br>Cancelled: %1") : tr("<br>Outcome: %1")).arg(escaped(v->outcome));
    m_detailLabel->setText(text);
}

} // namespace ow
