#include "QueueStore.h"

#include "AuditLog.h"
#include "CounterPauses.h"
#include "HallStore.h"

#include "Crypto.h"
#include "Sql.h"
#include "StoreError.h"

#include "domain/HallTime.h"

#include <Poco/Data/RecordSet.h>

#include <map>
#include <memory>
#include <mutex>

using namespace Poco::Data::Keywords;
using Poco::Data::Session;

namespace ow::server {
namespace {

constexpr const char* kTicketColumns =
    "id, hall, category, number, seq, priority, status, business_day, issued_at, queued_at, counter,"
    " target_counter, called_at, started_at, finished_at, recall_count, transferred_from, queue_seq, holder";

// The tickets of rows selected as kTicketColumns.
std::vector<Ticket> readTickets(const SqlRows& rows) {
    std::vector<Ticket> out;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        auto text = [&](std::size_t col) { return rows.text(row, col); };
        auto integer = [&](std::size_t col) { return rows.integer(row, col); };
        auto optionalInt = [&](std::size_t col) -> std::optional<int> {
            if (auto v = rows.optionalInteger(row, col))
                return static_cast<int>(*v);
            return std::nullopt;
        };
        Ticket t;
        t.id = text(0);
        t.hall = text(1);
        t.category = text(2);
        t.number = text(3);
        t.sequence = static_cast<int>(integer(4));
        t.priority = priorityFromString(text(5)).value_or(Priority::Normal);
        t.status = ticketStatusFromString(text(6)).value_or(TicketStatus::Waiting);
        t.businessDay = text(7);
        t.issuedAtMs = integer(8);
        t.queuedAtMs = integer(9);
        t.counter = optionalInt(10);
        t.targetCounter = optionalInt(11);
        t.calledAtMs = rows.optionalInteger(row, 12);
        t.startedAtMs = rows.optionalInteger(row, 13);
        t.finishedAtMs = rows.optionalInteger(row, 14);
        t.recallCount = static_cast<int>(integer(15));
        t.transferredFrom = rows.optionalText(row, 16);
        t.queueOrder = integer(17);
        t.holder = rows.optionalText(row, 18).value_or("");
        out.push_back(std::move(t));
    }
    return out;
}

// A ticket and the version of its row, which a change must still find when it writes.
struct VersionedTicket {
    Ticket ticket;
    std::int64_t version = 0;
};

// A ticket of `hall` (the caller's: another hall's ticket is not found).
std::optional<VersionedTicket> ticketById(Session& s, const std::string& hall, const std::string& id) {
    const SqlRows rows = runSql(
        s, std::string("SELECT ") + kTicketColumns + ", version FROM tickets WHERE id = $1 AND hall = $2", {id, hall});
    if (rows.empty())
        return std::nullopt;
    return VersionedTicket{readTickets(rows).front(), rows.integer(0, 19)};
}

struct HallRow {
    std::string timezone;
    int recallLimit = 3;
};

HallRow loadHallRow(Session& s, const std::string& hall) {
    const SqlRows rows = runSql(s, "SELECT timezone, recall_limit FROM halls WHERE id = $1", {hall});
    if (rows.empty())
        throw StoreError::notFound("no hall \"" + hall + "\"");
    return {rows.text(0, 0), static_cast<int>(rows.integer(0, 1))};
}

// Hall settings change rarely (by an administrator); each write would otherwise read them again.
HallRow hallRow(Session& s, const std::string& hall) {
    static std::mutex mutex;
    static std::map<std::string, std::pair<HallRow, std::int64_t>> cache;
    const std::int64_t now = nowUtcMs();
    {
        std::lock_guard lock(mutex);
        if (auto it = cache.find(hall); it != cache.end() && it->second.second > now)
            return it->second.first;
    }
    HallRow row = loadHallRow(s, hall);
    std::lock_guard lock(mutex);
    cache[hall] = {row, now + 30000};
    return row;
}

// Hall time zones are few and never change while a request runs; look each one up once.
const HallTime& hallTime(const std::string& zone) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<HallTime>> zones;
    std::lock_guard lock(mutex);
    auto& slot = zones[zone];
    if (!slot)
        slot = std::make_unique<HallTime>(zone);
    return *slot;
}

// A ticket as a write left it, and the number its event gets where the write's batch commits.
struct Pending {
    Ticket ticket;
    std::shared_ptr<const std::int64_t> seq;
};

TicketChange settled(Pending pending) { return {std::move(pending.ticket), *pending.seq}; }

} // namespace

// The hall's event log, written where a batch commits: one statement numbers the batch's events in commit order
// (live clients order what they see by that number and drop anything older than what they have seen), and the
// batch's announcements go out together.
class QueueStore::EventLog : public Database::CommitSink {
public:
    explicit EventLog(QueueStore& store)
        : m_store(store) {}

    struct Entry {
        Ticket ticket;
        std::string kind;
        std::int64_t at = 0;
        std::optional<std::string> staff, device;
        std::optional<std::string> announceAs; // the event name live clients are told, when they are
        std::shared_ptr<std::int64_t> seq;
    };

    std::string lookUp() const override { return "SELECT COALESCE(MAX(id), 0) FROM ticket_events"; }

    void flush(Session& s, std::vector<std::any>& items, const SqlRows& newest) override {
        // The ids follow on from the newest: the batch is alone here (Database::flushAtCommit), so nobody takes
        // them in between.
        std::int64_t id = newest.integer(0, 0);
        std::vector<QueueEvent> told;
        std::vector<SqlParam> values;
        for (std::any& item : items) {
            auto& e = std::any_cast<Entry&>(item);
            *e.seq = ++id;
            for (SqlParam value : {SqlParam(id), SqlParam(e.ticket.id), SqlParam(e.ticket.hall), SqlParam(e.kind),
                                   SqlParam(e.at), SqlParam(e.ticket.counter), SqlParam(e.staff), SqlParam(e.device)})
                values.push_back(std::move(value));
            if (e.announceAs)
                told.push_back({e.ticket.hall, *e.announceAs, e.ticket.id, *e.seq});
        }
        Database::insertWithCommit(s, "ticket_events(id, ticket_id, hall, kind, at, counter, staff, device_id)", 8,
                                   values);
        if (m_store.m_announce && !told.empty())
            m_store.m_announce(s, told);
    }

private:
    QueueStore& m_store;
};

namespace {

// Appends to the hall's event log where the write commits (and to the audit log, for a person's or a device's
// action); tells live clients as `announceAs`, when given. The event's number is known once the write commits.
Pending recordEvent(Session& s, QueueStore::EventLog& log, const Ticket& t, const std::string& kind, std::int64_t at,
                    const Principal* actor, std::optional<std::string> announceAs = std::nullopt) {
    QueueStore::EventLog::Entry entry;
    entry.ticket = t;
    entry.kind = kind;
    entry.at = at;
    if (actor) {
        entry.device = actor->deviceId;
        entry.staff = actor->user;
    }
    entry.announceAs = std::move(announceAs);
    entry.seq = std::make_shared<std::int64_t>(0);
    Pending pending{t, entry.seq};
    Database::atCommit(s, log, std::move(entry));
    if (actor) { // who did what to which number, in the audit log's chain
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("number", t.number);
        if (t.counter)
            detail->set("counter", *t.counter);
        AuditLog::append(s, *actor, "ticket." + kind, "ticket:" + t.id, detail, at);
    }
    return pending;
}

// Checked-in appointments whose slot has begun go before walk-ins from now on (domain/Ticket.h, rankAt): their
// stored rank raised, found by a partial index of the few waiting early.
void promoteDueAppointments(Session& s, const std::string& hall, const std::string& day, std::int64_t nowMs) {
    runSql(s,
           "UPDATE tickets SET priority_rank = 1 WHERE hall = $1 AND business_day = $2 AND status = 'waiting'"
           " AND priority = 'appointment' AND priority_rank = 0 AND queued_at <= $3",
           {hall, day, nowMs});
}

void throwIfBusy(Session& s, const std::string& hall, int counter) {
    const auto busy =
        readTickets(runSql(s,
                           std::string("SELECT ") + kTicketColumns +
                               " FROM tickets WHERE hall = $1 AND counter = $2 AND status IN ('called', 'serving')",
                           {hall, counter}));
    if (!busy.empty())
        throw StoreError::conflict("counter_busy", "counter " + std::to_string(counter) + " is still on ticket " +
                                                       busy.front().number + "; finish it or mark it no-show first");
}

void requireClerkAt(const Principal& actor, int counter) {
    server::requireClerkAt(actor, counter, "call and serve tickets");
}

} // namespace

TicketChange QueueStore::issue(const std::string& hall, const std::string& category, Priority priority,
                               std::int64_t nowMs, const Principal* by, const std::string& holder) {
    return issueWith(
        hall,
        [&](Session&) {
            return NumberTerms{category, priority, holder, std::nullopt, false};
        },
        [](Session&, const Ticket&) {}, nowMs, by);
}

TicketChange QueueStore::issueWith(const std::string& hall, const std::function<NumberTerms(Session&)>& decide,
                                   const std::function<void(Session&, const Ticket&)>& issued, std::int64_t nowMs,
                                   const Principal* by) {
    NumberTerms terms;
    // Row-locked, alone: the day's number row of the category is locked until the commit (so that each number is
    // issued once), and a batch issuing two categories would take two such rows — in an order another may reverse.
    TicketChange change = settled(m_db.write(Database::Isolation::RowLockedAlone, [&](Session& s) {
        terms = decide(s);
        const std::string& category = terms.category;
        const HallRow h = hallRow(s, hall);
        const SqlRows found =
            runSql(s, "SELECT closed FROM categories WHERE hall = $1 AND prefix = $2", {hall, category});
        if (found.empty())
            throw StoreError::notFound("hall \"" + hall + "\" has no queue category \"" + category + "\"");
        // A queue the administrator closed gives no numbers at the kiosk; a clerk may still give one.
        if (found.integer(0, 0) != 0 && by && by->kind == DeviceKind::Kiosk && !terms.evenIfClosed)
            throw StoreError::conflict("queue_closed", "the queue \"" + category + "\" is closed: no new numbers");
        Ticket t;
        t.id = newUuid();
        t.hall = hall;
        t.category = category;
        t.priority = terms.priority;
        t.businessDay = hallTime(h.timezone).businessDay(nowMs);
        t.issuedAtMs = nowMs;
        t.queuedAtMs = terms.queuedAtMs.value_or(nowMs);
        t.holder = terms.holder;
        const std::string& holder = terms.holder;
        t.sequence = static_cast<int>(
            runSql(s,
                   "INSERT INTO ticket_sequences(hall, business_day, category, last_seq) VALUES($1, $2, $3, 1)"
                   " ON CONFLICT(hall, business_day, category) DO UPDATE SET last_seq = ticket_sequences.last_seq + 1"
                   " RETURNING last_seq",
                   {hall, t.businessDay, category})
                .integer(0, 0));
        t.number = formatTicketNumber(category, t.sequence);
        promoteDueAppointments(s, hall, t.businessDay, nowMs);
        const std::string priorityName(toString(t.priority));
        // queue_seq (issue order) breaks ties between tickets issued in the same millisecond.
        runSql(s,
               std::string("INSERT INTO tickets(id, hall, category, number, seq, priority, priority_rank, status,"
                           " business_day, issued_at, queued_at, holder, queue_seq) VALUES($1, $2, $3, $4, $5, $6, $7,"
                           " 'waiting', $8, $9, $10, $11, ") +
                   (dialectOf(s) == Dialect::SQLite ? "(SELECT COALESCE(MAX(rowid), 0) + 1 FROM tickets))"
                                                    : "nextval('tickets_queue_seq'))"),
               {t.id, hall, category, t.number, t.sequence, priorityName, rankAt(t.priority, t.queuedAtMs, nowMs),
                t.businessDay, nowMs, t.queuedAtMs,
                holder.empty() ? std::optional<std::string>() : std::optional<std::string>(holder)});
        issued(s, t);
        return recordEvent(s, *m_events, t, "issued", nowMs, by, "issued");
    }));
    Ticket& ticket = change.ticket;
    // People ahead, for the slip: counted after the commit, on a reader, so the count never holds up a call.
    m_db.read([&](Session& s) {
        ticket.waitingAhead = waitingAhead(s, ticket.hall, ticket.businessDay, ticket.category,
                                           rankAt(ticket.priority, ticket.queuedAtMs, nowMs), ticket.queuedAtMs);
    });
    return change;
}

int QueueStore::waitingAhead(Session& s, const std::string& hall, const std::string& businessDay,
                             const std::string& category, int rank, std::int64_t queuedAtMs) {
    // Answered from the covering index alone, and bounded: a slip says "999" at most. The ticket counts itself,
    // hence the - 1.
    const SqlRows ahead = runSql(s,
                                 "SELECT COUNT(*) - 1 FROM (SELECT 1 FROM tickets WHERE hall = $1 AND business_day = $2"
                                 " AND status = 'waiting' AND category = $3 AND target_counter IS NULL"
                                 " AND (priority_rank > $4 OR (priority_rank = $4 AND queued_at <= $5)) LIMIT 1000)"
                                 " AS ahead",
                                 {hall, businessDay, category, rank, queuedAtMs});
    return std::max<int>(0, static_cast<int>(ahead.integer(0, 0)));
}

std::optional<TicketChange> QueueStore::callNext(const Principal& actor, int counter, std::int64_t nowMs) {
    requireClerkAt(actor, counter);
    // Row-locked: the ticket is taken FOR UPDATE SKIP LOCKED, and a counter has one active ticket (unique index).
    auto called = m_db.write(Database::Isolation::RowLocked, [&](Session& s) -> std::optional<Pending> {
        const HallRow h = hallRow(s, actor.hall);
        const std::string day = hallTime(h.timezone).businessDay(nowMs);
        promoteDueAppointments(s, actor.hall, day, nowMs);
        if (!runSql(s, "SELECT 1 FROM counters WHERE hall = $1 AND number = $2 AND closed_on = $3",
                    {actor.hall, counter, day})
                 .empty())
            throw StoreError::conflict("counter_closed", "counter " + std::to_string(counter) +
                                                             " is closed for today by the hall's administrator");
        if (pausedCounters(s, actor.hall, day).contains(counter))
            throw StoreError::conflict("counter_paused",
                                       "counter " + std::to_string(counter) +
                                           " is paused (暂停服务); resume it to call the next number");
        // The first waiting ticket this counter serves (priority first, then the oldest), called in one statement.
        // On PostgreSQL it is taken FOR UPDATE SKIP LOCKED: a ticket another transaction holds is passed over, never
        // waited for. A counter still on a ticket breaks the unique index of active tickets per counter.
        const std::string user = actor.user.value_or("");
        const std::string next =
            std::string(
                "UPDATE tickets SET status = 'called', counter = $1, called_at = $2, served_by = $3,"
                " version = version + 1 WHERE id = (SELECT id FROM tickets WHERE hall = $4 AND business_day = $5"
                " AND status = 'waiting' AND ((target_counter IS NULL AND category IN"
                " (SELECT category FROM counter_categories WHERE hall = $6 AND counter = $7))"
                " OR target_counter = $8) ORDER BY priority_rank DESC, queued_at, queue_seq LIMIT 1") +
            (dialectOf(s) == Dialect::PostgreSQL ? " FOR UPDATE SKIP LOCKED" : "") + ") RETURNING " + kTicketColumns;
        std::vector<Ticket> taken;
        try {
            taken = readTickets(runSql(s, next, {counter, nowMs, user, actor.hall, day, actor.hall, counter, counter}));
        } catch (const std::exception& e) {
            if (!isUniqueViolation(e))
                throw;
            throw StoreError::conflict("counter_busy", "counter " + std::to_string(counter) +
                                                           " is still on a ticket; finish it or mark it no-show first");
        }
        if (taken.empty()) {
            throwIfBusy(s, actor.hall, counter); // nobody waits — or the counter has not finished its ticket
            return std::nullopt;
        }
        const std::string event(eventName(TicketAction::Call));
        return recordEvent(s, *m_events, taken.front(), event, nowMs, &actor, event);
    });
    if (!called)
        return std::nullopt;
    return settled(std::move(*called));
}

namespace {

// Start, finish or no-show by the clerk at the ticket's own counter — nearly every action — in one statement: the
// ticket changes only from a status the action may leave (domain nextStatus), in the clerk's hall, at the clerk's
// counter. Nothing when it did not change: the long way then reads the ticket and says why not.
std::optional<Ticket> actInOneStatement(Session& s, const Principal& actor, const std::string& ticketId,
                                        TicketAction action, std::int64_t nowMs) {
    const char* stamp = action == TicketAction::Start                                      ? "started_at"
                        : action == TicketAction::Finish || action == TicketAction::NoShow ? "finished_at"
                                                                                           : nullptr;
    if (!stamp || actor.kind != DeviceKind::Counter || !actor.isStaff() || !actor.counter)
        return std::nullopt;
    std::optional<TicketStatus> to;
    std::string from;
    for (TicketStatus status : {TicketStatus::Waiting, TicketStatus::Called, TicketStatus::Serving, TicketStatus::Done,
                                TicketStatus::NoShow, TicketStatus::Transferred}) {
        const auto next = nextStatus(status, action);
        if (!next)
            continue;
        if (to && *to != *next)
            return std::nullopt; // where it goes depends on where it is: the long way
        to = next;
        from += (from.empty() ? "'" : ", '") + std::string(toString(status)) + "'";
    }
    if (!to)
        return std::nullopt;
    const auto changed = readTickets(
        runSql(s,
               std::string("UPDATE tickets SET status = $1, ") + stamp + " = $2, version = version + 1 WHERE id = $3" +
                   " AND hall = $4 AND counter = $5 AND status IN (" + from + ") RETURNING " + kTicketColumns,
               {std::string(toString(*to)), nowMs, ticketId, actor.hall, *actor.counter}));
    if (changed.empty())
        return std::nullopt;
    return changed.front();
}

} // namespace

TicketChange QueueStore::act(const Principal& actor, const std::string& ticketId, TicketAction action,
                             std::int64_t nowMs, const TransferTarget& target) {
    // Row-locked: the change is written only over the version it read.
    return settled(m_db.write(Database::Isolation::RowLocked, [&](Session& s) {
        if (auto changed = actInOneStatement(s, actor, ticketId, action, nowMs)) {
            const std::string event(eventName(action));
            return recordEvent(s, *m_events, *changed, event, nowMs, &actor, event);
        }
        auto found = ticketById(s, actor.hall, ticketId);
        if (!found)
            throw StoreError::notFound("no ticket \"" + ticketId + "\" in this hall");
        Ticket t = found->ticket;
        if (!t.counter)
            throw StoreError::conflict("illegal_transition",
                                       "ticket " + t.number + " is " + std::string(toString(t.status)) +
                                           " and has not been called; it cannot " + std::string(toString(action)));
        requireClerkAt(actor, *t.counter);
        const auto next = nextStatus(t.status, action);
        if (!next)
            throw StoreError::conflict("illegal_transition", "ticket " + t.number + " is " +
                                                                 std::string(toString(t.status)) + "; it cannot " +
                                                                 std::string(toString(action)));
        const HallRow h = hallRow(s, t.hall);
        switch (action) {
        case TicketAction::Recall:
            if (t.recallCount >= h.recallLimit)
                throw StoreError::conflict("recall_limit", "ticket " + t.number + " has been recalled " +
                                                               std::to_string(t.recallCount) +
                                                               " times, the limit; mark it no-show");
            ++t.recallCount;
            t.calledAtMs = nowMs;
            break;
        case TicketAction::Start: t.startedAtMs = nowMs; break;
        case TicketAction::NoShow:
        case TicketAction::Finish:
        case TicketAction::Transfer: t.finishedAtMs = nowMs; break;
        case TicketAction::Call: throw StoreError::invalid("invalid_action", "use call-next to call a ticket");
        }
        const std::string event(eventName(action));
        Ticket moved;
        if (action == TicketAction::Transfer) {
            if (target.category.has_value() == target.counter.has_value())
                throw StoreError::invalid("invalid_field", "transfer needs either \"category\" or \"counter\"");
            moved = t;
            moved.id = newUuid();
            moved.status = TicketStatus::Waiting;
            moved.counter.reset();
            moved.calledAtMs.reset();
            moved.startedAtMs.reset();
            moved.finishedAtMs.reset();
            moved.recallCount = 0;
            moved.transferredFrom = t.id;
            if (target.category) {
                if (!exists(s, "SELECT COUNT(*) FROM categories WHERE hall = $1 AND prefix = $2", t.hall,
                            *target.category))
                    throw StoreError::notFound("no queue category \"" + *target.category + "\"");
                moved.category = *target.category;
            } else {
                if (!exists(s, "SELECT COUNT(*) FROM counters WHERE hall = $1 AND number = $2", t.hall,
                            *target.counter))
                    throw StoreError::notFound("no counter " + std::to_string(*target.counter));
                if (*target.counter == *t.counter)
                    throw StoreError::invalid("invalid_field", "a ticket cannot be transferred to its own counter");
                moved.targetCounter = target.counter;
            }
        }
        t.status = *next;
        const std::string status(toString(t.status));
        // Only the version read above may be changed: a write that changed the ticket in between wins, this one
        // is refused (on SQLite the single writer never lets that happen; on PostgreSQL writers run side by side).
        const std::size_t changed =
            runSql(s,
                   "UPDATE tickets SET status = $1, recall_count = $2, called_at = $3, started_at = $4,"
                   " finished_at = $5, version = version + 1 WHERE id = $6 AND hall = $7 AND version = $8",
                   {status, t.recallCount, t.calledAtMs, t.startedAtMs, t.finishedAtMs, t.id, t.hall, found->version})
                .affected();
        if (changed != 1)
            throw StoreError::conflict("race", "the ticket changed meanwhile; try again");
        if (action != TicketAction::Transfer)
            return recordEvent(s, *m_events, t, event, nowMs, &actor, event);
        recordEvent(s, *m_events, t, event, nowMs, &actor);
        const std::string priorityName(toString(moved.priority));
        runSql(s,
               "INSERT INTO tickets(id, hall, category, number, seq, priority, priority_rank, status, business_day,"
               " issued_at, queued_at, target_counter, transferred_from, queue_seq, holder)"
               " VALUES($1, $2, $3, $4, $5, $6, $7, 'waiting', $8, $9, $10, $11, $12, $13, $14)",
               {moved.id, moved.hall, moved.category, moved.number, moved.sequence, priorityName,
                priorityRank(moved.priority), moved.businessDay, moved.issuedAtMs, moved.queuedAtMs,
                moved.targetCounter, t.id, moved.queueOrder,
                moved.holder.empty() ? std::optional<std::string>() : std::optional<std::string>(moved.holder)});
        // Told as the route tells its own clients: the transfer, with the new ticket.
        return recordEvent(s, *m_events, moved, "requeued", nowMs, &actor, event);
    }));
}

QueueStore::QueueStore(Database& db)
    : m_db(db)
    , m_events(std::make_unique<EventLog>(*this)) {}

QueueStore::~QueueStore() = default;

std::optional<Ticket> QueueStore::find(const std::string& hall, const std::string& ticketId) {
    return m_db.read([&](Session& s) -> std::optional<Ticket> {
        if (auto found = ticketById(s, hall, ticketId))
            return found->ticket;
        return std::nullopt;
    });
}

std::int64_t QueueStore::lastEventSeq(const std::string& hall) {
    return m_db.read([&](Session& s) {
        std::int64_t seq = 0;
        s << "SELECT COALESCE(MAX(id), 0) FROM ticket_events WHERE hall = $1", bind(hall), into(seq), now;
        return seq;
    });
}

QueueSnapshot QueueStore::snapshot(const std::string& hall, std::int64_t nowMs) {
    return m_db.read([&](Session& s) {
        QueueSnapshot snap;
        snap.hall = hall;
        std::vector<std::string> names, zones;
        s << "SELECT name, timezone FROM halls WHERE id = $1", bind(hall), into(names), into(zones), now;
        if (names.empty())
            throw StoreError::notFound("no hall \"" + hall + "\"");
        snap.hallName = names.front();
        snap.businessDay = hallTime(zones.front()).businessDay(nowMs);

        std::vector<std::string> prefixes, categoryNames, groups;
        std::vector<int> waiting, closed;
        s << "SELECT c.prefix, c.name, (SELECT COUNT(*) FROM tickets t WHERE t.hall = c.hall AND"
             " t.business_day = $1 AND t.status = 'waiting' AND t.category = c.prefix), c.closed,"
             " COALESCE(c.group_name, '') FROM categories c WHERE c.hall = $2 ORDER BY c.prefix",
            bind(snap.businessDay), bind(hall), into(prefixes), into(categoryNames), into(waiting), into(closed),
            into(groups), now;
        for (std::size_t i = 0; i < prefixes.size(); ++i)
            snap.categories.push_back({prefixes[i], categoryNames[i], waiting[i], closed[i] == 0, groups[i]});

        std::vector<int> numbers, counterOf;
        std::vector<std::string> categoryOf, counterNames, closedOn;
        s << "SELECT number, name, COALESCE(closed_on, '') FROM counters WHERE hall = $1 ORDER BY number", bind(hall),
            into(numbers), into(counterNames), into(closedOn), now;
        s << "SELECT counter, category FROM counter_categories WHERE hall = $1 ORDER BY counter, category", bind(hall),
            into(counterOf), into(categoryOf), now;
        const auto activeTickets =
            readTickets(runSql(s,
                               std::string("SELECT ") + kTicketColumns +
                                   " FROM tickets WHERE hall = $1 AND status IN ('called', 'serving')",
                               {hall}));
        const auto paused = pausedCounters(s, hall, snap.businessDay);
        const auto onDuty = clerksOnDuty(s, hall, nowMs);
        for (std::size_t k = 0; k < numbers.size(); ++k) {
            const int n = numbers[k];
            QueueSnapshot::Counter c;
            c.number = n;
            c.name = counterNames[k];
            c.closed = closedOn[k] == snap.businessDay;
            if (const auto p = paused.find(n); p != paused.end()) {
                c.paused = true;
                c.pausedSinceMs = p->second;
            }
            if (const auto clerk = onDuty.find(n); clerk != onDuty.end())
                c.clerk = clerk->second;
            for (std::size_t i = 0; i < counterOf.size(); ++i)
                if (counterOf[i] == n)
                    c.categories.push_back(categoryOf[i]);
            for (const auto& t : activeTickets)
                if (t.counter == n)
                    c.current = t;
            snap.counters.push_back(std::move(c));
        }

        std::vector<std::string> ids, callNumbers, priorities;
        std::vector<int> callCounters;
        std::vector<std::int64_t> at;
        s << "SELECT e.ticket_id, t.number, e.counter, e.at, t.priority FROM ticket_events e JOIN tickets t"
             " ON t.id = e.ticket_id WHERE e.hall = $1 AND t.business_day = $2 AND e.kind IN ('called', 'recalled')"
             " ORDER BY e.id DESC LIMIT 10",
            bind(hall), bind(snap.businessDay), into(ids), into(callNumbers), into(callCounters), into(at),
            into(priorities), now;
        for (std::size_t i = 0; i < ids.size(); ++i)
            snap.recentCalls.push_back({ids[i], callNumbers[i], callCounters[i], at[i],
                                        priorityFromString(priorities[i]).value_or(Priority::Normal)});
        // 过号: a no-show ends the ticket (finished_at is when); found by the waiting index's prefix.
        const SqlRows missed = runSql(s,
                                      "SELECT number, finished_at FROM tickets WHERE hall = $1 AND business_day = $2"
                                      " AND status = 'no_show' ORDER BY finished_at DESC LIMIT 12",
                                      {hall, snap.businessDay});
        for (std::size_t i = 0; i < missed.size(); ++i)
            snap.missed.push_back({missed.text(i, 0), missed.integer(i, 1)});
        snap.profile = hallProfile(s, hall);
        return snap;
    });
}

} // namespace ow::server
