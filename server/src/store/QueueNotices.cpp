#include "QueueNotices.h"

#include "Outbox.h"
#include "QueueStore.h"
#include "Sql.h"
#include "StoreError.h"

#include <Poco/JSON/Object.h>

#include <vector>

namespace ow::server {
namespace {

using Session = Poco::Data::Session;

struct Waiting {
    std::string id, hall, hallName, day, category, number, phone;
    bool waiting = false;
    int rank = 0;
    std::int64_t queuedAt = 0;
};

// The numbers a phone was left for (a partial index holds only them).
std::vector<Waiting> withPhones(Session& s) {
    const SqlRows rows =
        runSql(s, "SELECT t.id, t.hall, h.name, t.business_day, t.category, t.number, t.notify_phone,"
                  " t.status, t.priority_rank, t.queued_at FROM tickets t JOIN halls h ON h.id = t.hall"
                  " WHERE t.notify_phone IS NOT NULL");
    std::vector<Waiting> out;
    for (std::size_t i = 0; i < rows.size(); ++i)
        out.push_back({rows.text(i, 0), rows.text(i, 1), rows.text(i, 2), rows.text(i, 3), rows.text(i, 4),
                       rows.text(i, 5), rows.text(i, 6), rows.text(i, 7) == "waiting",
                       static_cast<int>(rows.integer(i, 8)), rows.integer(i, 9)});
    return out;
}

} // namespace

int QueueNotices::ask(const std::string& hall, const std::string& ticketId, const std::string& phone) {
    return m_db.write([&](Session& s) {
        const SqlRows rows = runSql(s,
                                    "SELECT status, business_day, category, priority_rank, queued_at FROM tickets"
                                    " WHERE id = $1 AND hall = $2",
                                    {ticketId, hall});
        if (rows.empty())
            throw StoreError::notFound("no number \"" + ticketId + "\" in this hall");
        if (rows.text(0, 0) != "waiting")
            throw StoreError::conflict("not_waiting", "this number no longer waits");
        runSql(s, "UPDATE tickets SET notify_phone = $1 WHERE id = $2", {phone, ticketId});
        return QueueStore::waitingAhead(s, hall, rows.text(0, 1), rows.text(0, 2), static_cast<int>(rows.integer(0, 3)),
                                        rows.integer(0, 4));
    });
}

int QueueNotices::oweDue(std::int64_t nowMs) {
    // A look first, on a reader: most rounds find nothing to do and take no write lock.
    const bool any = m_db.read([&](Session& s) {
        for (const Waiting& w : withPhones(s))
            if (!w.waiting || QueueStore::waitingAhead(s, w.hall, w.day, w.category, w.rank, w.queuedAt) <= kAhead)
                return true;
        return false;
    });
    if (!any)
        return 0;
    return m_db.write([&](Session& s) {
        int owed = 0;
        for (const Waiting& w : withPhones(s)) {
            const int ahead =
                w.waiting ? QueueStore::waitingAhead(s, w.hall, w.day, w.category, w.rank, w.queuedAt) : 0;
            if (w.waiting && ahead > kAhead)
                continue;
            if (w.waiting) {
                Poco::JSON::Object::Ptr params = new Poco::JSON::Object(true);
                params->set("hall", w.hallName);
                params->set("number", w.number);
                params->set("ahead", std::to_string(ahead));
                Outbox::enqueue(s, "queue_near:" + w.id, w.hall, "queue_near", w.phone, params, nowMs, nowMs);
                ++owed;
            }
            runSql(s, "UPDATE tickets SET notify_phone = NULL WHERE id = $1", {w.id});
        }
        return owed;
    });
}

} // namespace ow::server
