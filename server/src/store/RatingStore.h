#pragma once

#include "AuthStore.h"
#include "Database.h"

#include "domain/DailyStats.h"
#include "domain/Rating.h"
#include "domain/Rectification.h"
#include "domain/wire/Rating.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ow::server {

// What is rated: a ticket's service (the pad, a kiosk scanning the ticket) or a case (a kiosk scanning the
// receipt; by its id or its case number). `input` empty: the pad asked and nobody answered ("not rated").
using RatingRequest = wire::RatingRequest;

struct StoredRating {
    std::string id, hall, ticketId, caseId, clerk, category, channel;
    int counter = 0;
    std::optional<int> level; // nothing: not rated
    std::vector<std::string> reasons;
    std::string comment;
    std::int64_t ratedAtMs = 0;
    std::string ratedDay;
    std::optional<std::string> rectificationId; // opened by a bad rating
};

// What the pad of a counter shows: the clerk on duty, whether the counter is paused, a finished service still waiting
// for its rating, the policy.
struct PadView {
    int counter = 0;
    std::string clerkUser, clerkName; // empty: nobody logged in at the counter
    std::string clerkStaffNo;         // 工号; empty when the hall gave none
    bool paused = false;
    std::string awaitingTicketId, awaitingNumber;
    std::int64_t awaitingFinishedAtMs = 0;
    RatingPolicy policy;
};

enum class FigureGrouping { None, Counter, Clerk, Item, Day, Category };

struct RatingFigureReport {
    RatingFigureGroup totals;
    std::vector<RatingFigureGroup> groups; // empty for FigureGrouping::None
};

// 好差评 ratings, given by the citizen on the pad of the counter that served them or on a kiosk of the hall —
// never by staff — once per service; a bad one opens a rectification due on the hall's working-day calendar.
class RatingStore {
public:
    explicit RatingStore(Database& db)
        : m_db(db) {}

    // Throws StoreError: NotAllowed for staff or a device that may not rate this service, NotFound for no such
    // ticket or case in the hall, Conflict not_finished / already_rated, Invalid invalid_rating.
    StoredRating rate(const Principal& who, const RatingRequest& request, std::int64_t nowMs);
    // The gate before a rating is read: NotAllowed unless the caller is a rating pad or a kiosk (the citizen's).
    static void admitRater(const Principal& who);

    RatingPolicy policy(const std::string& hall);
    void setPolicy(const Principal& who, const RatingPolicy& policy, std::int64_t nowMs);

    PadView padView(const Principal& pad, int counter, std::int64_t nowMs);

    // Services finished in [from, to] (hall-local ISO dates), grouped; `clerk` limits them to one clerk's.
    // A rating voided on appeal takes its service out of the figures.
    RatingFigureReport figures(const std::string& hall, const std::string& from, const std::string& to,
                               FigureGrouping by, const std::optional<std::string>& clerk, std::int64_t nowMs) {
        return figuresBy(hall, from, to, {by}, clerk, nowMs).at(by);
    }
    // The same for several groupings at once, from one pass over the services; `perDay` splits each group by
    // the services' day (RatingFigureGroup::day), for a range of days.
    std::map<FigureGrouping, RatingFigureReport> figuresBy(const std::string& hall, const std::string& from,
                                                           const std::string& to, const std::vector<FigureGrouping>& by,
                                                           const std::optional<std::string>& clerk, std::int64_t nowMs,
                                                           bool perDay = false);

private:
    Database& m_db;
};

} // namespace ow::server
