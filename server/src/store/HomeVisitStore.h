#pragma once

#include "AuthStore.h"
#include "Database.h"

#include "domain/wire/HomeVisits.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ow::server {

// 预约上门: the visits a hall owes people who cannot come. A station (or a counter, on the telephone) asks; the
// hall's supervisor sends a clerk on a date (the person is told by text message) and may send another or move the
// date; the clerk, or the supervisor, marks it done; the asker or the supervisor cancels it while it is open. Every
// step is audited. A request's id is the asking device's, so that sending it again is the same request.
class HomeVisitStore {
public:
    explicit HomeVisitStore(Database& db)
        : m_db(db) {}

    // `idNumber` already checked and normalized, `phone` 11 digits. A request with this id from the same device is
    // answered as it stands (`created` false); from another, or another hall's, 409 id_taken.
    wire::HomeVisit request(const Principal& by, const wire::HomeVisitRequest& request, const std::string& idNumber,
                            const std::string& phone, std::int64_t nowMs, bool* created = nullptr);

    struct Filter {
        std::optional<std::string> state;  // requested, scheduled, done, cancelled
        std::optional<std::string> date;   // the visit's date
        std::optional<std::string> device; // the asking device's (a station reads its own)
        std::optional<std::string> clerk;  // the clerk sent (a clerk's own visits)
    };
    // The hall's visits: open ones first (requested, then scheduled by date), then the others newest first; at most
    // 500.
    std::vector<wire::HomeVisit> list(const std::string& hall, const Filter& filter);
    std::optional<wire::HomeVisit> find(const std::string& hall, const std::string& id);
    // Who may be sent: the hall's clerks not disabled (user name, name), by name.
    std::vector<std::pair<std::string, std::string>> clerks(const std::string& hall);

    // Sent to a clerk of the hall on a date not before today (400 not_a_clerk, date_past); a requested or scheduled
    // visit (409 not_open); the person is told by text message. Audited.
    wire::HomeVisit schedule(const Principal& by, const std::string& id, const wire::HomeVisitSchedule& schedule,
                             std::int64_t nowMs);
    // A scheduled visit done: by its clerk or a supervisor (403 otherwise), with what happened.
    wire::HomeVisit done(const Principal& by, const std::string& id, const std::string& outcome, std::int64_t nowMs);
    // An open visit cancelled: by the device that asked or a supervisor (403 otherwise), with why.
    wire::HomeVisit cancel(const Principal& by, const std::string& id, const std::string& reason, std::int64_t nowMs);

private:
    Database& m_db;
};

} // namespace ow::server
