#include "sync/CounterService.h"

#include "sync/ApiClient.h"
#include "sync/HallFeed.h"

#include "domain/Json.h"
#include "domain/wire/Queue.h"

namespace ow {

CounterService::CounterService(ApiClient& api, HallFeed& feed, int counter, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_feed(feed)
    , m_counter(counter) {
    // After a restart or a change made elsewhere, the server's snapshot says what this counter is on.
    connect(&m_feed, &HallFeed::snapshotChanged, this, &CounterService::adoptFromSnapshot);
}

void CounterService::adoptFromSnapshot() {
    // While an action is under way, or when the snapshot predates the last answer, the answer is newer.
    if (m_busy || m_feed.seq() < m_seq)
        return;
    for (const auto& c : m_feed.snapshot().counters) {
        if (c.number != m_counter)
            continue;
        setPaused(c.paused, c.pausedSinceMs);
        const bool same = c.current && m_current && c.current->id == m_current->id &&
                          c.current->status == m_current->status && c.current->recallCount == m_current->recallCount;
        if (!same && (c.current.has_value() || m_current.has_value())) {
            std::optional<Ticket> current = c.current;
            // The hall's snapshot leaves a real-name number's holder out; the clerk's own answer had it.
            if (current && m_current && current->id == m_current->id)
                current->holder = m_current->holder;
            setCurrent(std::move(current));
        }
    }
}

void CounterService::applyReply(const ApiReply& reply, std::optional<Ticket> ticket) {
    m_seq = std::max(m_seq, seqFromReply(reply));
    setCurrent(std::move(ticket));
}

void CounterService::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void CounterService::setCurrent(std::optional<Ticket> ticket) {
    m_current = std::move(ticket);
    emit currentChanged();
}

void CounterService::setPaused(bool paused, std::int64_t sinceMs) {
    if (m_paused == paused && m_pausedSinceMs == sinceMs)
        return;
    m_paused = paused;
    m_pausedSinceMs = sinceMs;
    emit pausedChanged();
}

void CounterService::togglePause() {
    if (m_busy)
        return;
    setBusy(true);
    m_api.setCounterPaused(m_counter, !m_paused, [this](const ApiReply& reply) {
        setBusy(false);
        if (handleFailure(reply))
            return;
        try {
            const auto duty = wire::CounterDuty::fromJson(parseObject(reply.body.toStdString()));
            setPaused(duty.paused, duty.pausedSince ? parseUtcIso(*duty.pausedSince) : 0);
        } catch (const std::exception&) {
            emit failed(tr("The server's answer could not be read; the next update of the hall shows the counter."));
        }
    });
}

bool CounterService::handleFailure(const ApiReply& reply) {
    if (reply.ok())
        return false;
    emit failed(reply.userMessage());
    return true;
}

void CounterService::callNext() {
    if (m_busy)
        return;
    setBusy(true);
    m_api.callNext(m_counter, [this](const ApiReply& reply) {
        setBusy(false);
        if (handleFailure(reply))
            return;
        if (reply.status == 204) {
            emit info(tr("Nobody is waiting for this counter."));
            return;
        }
        applyReply(reply, ticketFromReply(reply));
    });
}

void CounterService::act(TicketAction action, const QByteArray& body) {
    if (m_busy)
        return;
    if (!m_current) {
        emit info(tr("There is no current ticket. Press F1 to call the next number."));
        return;
    }
    setBusy(true);
    m_api.ticketAction(QString::fromStdString(m_current->id), action, body, [this, action](const ApiReply& reply) {
        setBusy(false);
        if (handleFailure(reply))
            return;
        auto ticket = ticketFromReply(reply);
        if (!ticket || action == TicketAction::Transfer || isFinal(ticket->status))
            ticket.reset();
        applyReply(reply, ticket);
    });
}

void CounterService::recall() { act(TicketAction::Recall); }
void CounterService::noShow() { act(TicketAction::NoShow); }
void CounterService::start() { act(TicketAction::Start); }
void CounterService::finish() { act(TicketAction::Finish); }

void CounterService::transferToCategory(const QString& category) {
    act(TicketAction::Transfer, jsonBytes(wire::TransferTarget{category.toStdString(), std::nullopt}.toJson()));
}

void CounterService::transferToCounter(int counter) {
    act(TicketAction::Transfer, jsonBytes(wire::TransferTarget{std::nullopt, counter}.toJson()));
}

} // namespace ow
