#include "RatingStore.h"

#include "AuditLog.h"
#include "CatalogStore.h"
#include "CounterPauses.h"
#include "Crypto.h"
#include "HallStore.h"
#include "Rows.h"
#include "StoreError.h"

#include "domain/CaseNumber.h"
#include "domain/HallTime.h"
#include "domain/Json.h"

#include <Poco/Data/RecordSet.h>

#include <map>

using namespace Poco::Data::Keywords;

namespace ow::server {
namespace {

std::string problemText(RatingProblem problem) {
    switch (problem) {
    case RatingProblem::Level: return "level must be an integer from 1 (非常不满意) to 5 (非常满意)";
    case RatingProblem::ReasonRequired: return "a rating of 不满意 or 非常不满意 needs at least one reason";
    case RatingProblem::UnknownReason: return "reasons must be from the hall's list, each once";
    case RatingProblem::CommentTooLong: return "the comment may have at most 300 characters";
    case RatingProblem::None: break;
    }
    return {};
}

RatingPolicy loadPolicy(Poco::Data::Session& s, const std::string& hall) {
    std::string body;
    s << "SELECT body FROM rating_policies WHERE hall = $1", useRef(hall), into(body), now;
    return body.empty() ? RatingPolicy{} : ratingPolicyFromJson(parseObject(body));
}

// The service a rating is for, as the database has it.
struct Service {
    std::string ticketId, caseId, clerk, category, status;
    std::optional<int> counter;
};

Service ticketService(Poco::Data::Session& s, const Principal& who, const std::string& ticketId) {
    std::string hall;
    Service service;
    Poco::Nullable<int> counter;
    s << "SELECT hall, status, category, counter, COALESCE(served_by, '') FROM tickets WHERE id = $1 AND hall = $2",
        useRef(ticketId), useRef(who.hall), into(hall), into(service.status), into(service.category), into(counter),
        into(service.clerk), now;
    if (hall.empty() || hall != who.hall)
        throw StoreError::notFound("no such service in this hall");
    if (service.status != "done")
        throw StoreError::conflict("not_finished", "a service is rated once it is finished");
    service.ticketId = ticketId;
    if (!counter.isNull())
        service.counter = counter.value();
    return service;
}

// A case by its id or its printed number, with the receipt's query code or the ID number's last four characters
// (whoever rates a case holds its receipt); rated once it has been received. A wrong code is an unknown case.
Service caseService(Poco::Data::Session& s, const Principal& who, const std::string& ref, const std::string& given) {
    const std::string code = lookupCode(given);
    std::string id, state, body;
    s << "SELECT id, state, body FROM cases WHERE hall = $1 AND (id = $2 OR case_no = $3)"
         " AND (query_code = $4 OR id_tail = $5) LIMIT 1",
        useRef(who.hall), useRef(ref), useRef(ref), useRef(code), useRef(code), into(id), into(state), into(body), now;
    if (id.empty())
        throw StoreError::notFound("no such case in this hall, or not with this code");
    if (state == "draft")
        throw StoreError::conflict("not_finished", "a case is rated once it has been received");
    const auto object = parseObject(body);
    Service service;
    service.caseId = id;
    service.clerk = optionalString(object, "clerk").value_or("");
    if (auto items = optionalArray(object, "items"); items && items->size() > 0)
        service.category = items->get(0).toString();
    const std::string ticketId = optionalString(object, "ticket_id").value_or("");
    if (!ticketId.empty()) {
        // The case was taken at a ticket's service: one service, one rating, whichever way it comes.
        std::string category, served;
        Poco::Nullable<int> counter;
        s << "SELECT category, counter, COALESCE(served_by, '') FROM tickets WHERE id = $1 AND hall = $2",
            useRef(ticketId), useRef(who.hall), into(category), into(counter), into(served), now;
        if (!category.empty()) {
            service.ticketId = ticketId;
            service.category = category;
            if (!counter.isNull())
                service.counter = counter.value();
            if (service.clerk.empty())
                service.clerk = served;
        }
    }
    return service;
}

Poco::JSON::Array::Ptr jsonList(const std::vector<std::string>& values) {
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const auto& value : values)
        out->add(value);
    return out;
}

} // namespace

void RatingStore::admitRater(const Principal& who) {
    if (who.isStaff() || (who.kind != DeviceKind::Pad && who.kind != DeviceKind::Kiosk))
        throw StoreError::notAllowed("a rating is given by the citizen, on the counter's rating pad or a kiosk");
}

StoredRating RatingStore::rate(const Principal& who, const RatingRequest& request, std::int64_t nowMs) {
    admitRater(who);
    if (request.ticketId.empty() == request.caseRef.empty())
        throw StoreError::invalid("invalid_rating", "name either the ticket_id or the case_id that is rated");
    if (!request.input && (who.kind != DeviceKind::Pad || request.ticketId.empty()))
        throw StoreError::invalid("invalid_rating", "only the pad records a service as not rated");
    if (!request.caseRef.empty() && who.kind == DeviceKind::Pad)
        throw StoreError::notAllowed("the pad rates the services of its counter; a case is rated at a kiosk");
    return m_db.write([&](Poco::Data::Session& s) {
        const RatingPolicy policy = loadPolicy(s, who.hall);
        if (request.input) {
            if (const RatingProblem problem = checkRating(*request.input, policy.reasons);
                problem != RatingProblem::None)
                throw StoreError::invalid("invalid_rating", problemText(problem));
        }
        const Service service = request.ticketId.empty() ? caseService(s, who, request.caseRef, request.code)
                                                         : ticketService(s, who, request.ticketId);
        if (who.kind == DeviceKind::Pad && (!service.counter || !who.counter || *who.counter != *service.counter))
            throw StoreError::notAllowed("a pad rates only the services of its own counter");

        // One rating per service: a real rating replaces only the pad's "not rated".
        std::string existingId;
        Poco::Nullable<int> existingLevel;
        s << "SELECT id, level FROM ratings WHERE (ticket_id IS NOT NULL AND ticket_id = $1)"
             " OR (case_id IS NOT NULL AND case_id = $2) LIMIT 1",
            bind(service.ticketId), bind(service.caseId), into(existingId), into(existingLevel), now;
        if (!existingId.empty() && (!existingLevel.isNull() || !request.input))
            throw StoreError::conflict("already_rated", "this service has been rated already: one rating per service");

        const HallTime hallTime(hallZone(s, who.hall));
        StoredRating r;
        r.id = existingId.empty() ? newUuid() : existingId;
        r.hall = who.hall;
        r.ticketId = service.ticketId;
        r.caseId = service.caseId;
        r.clerk = service.clerk;
        r.category = service.category;
        r.channel = who.kind == DeviceKind::Pad ? "pad" : "kiosk";
        r.counter = service.counter.value_or(0);
        if (request.input) {
            r.level = request.input->level;
            r.reasons = request.input->reasons;
            r.comment = request.input->comment;
        }
        r.ratedAtMs = nowMs;
        r.ratedDay = hallTime.businessDay(nowMs);
        const std::string reasonsText = toJsonText(jsonList(r.reasons));
        Poco::Nullable<std::string> ticketId, caseId;
        if (!r.ticketId.empty())
            ticketId = r.ticketId;
        if (!r.caseId.empty())
            caseId = r.caseId;
        Poco::Nullable<int> counter, level;
        if (service.counter)
            counter = *service.counter;
        if (r.level)
            level = *r.level;
        try {
            if (existingId.empty()) {
                s << "INSERT INTO ratings(id, hall, ticket_id, case_id, counter, clerk, category, level, reasons,"
                     " comment, channel, device_id, rated_at, rated_day) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, "
                     "$10, $11, $12, $13, $14)",
                    useRef(r.id), useRef(r.hall), use(ticketId), use(caseId), use(counter), useRef(r.clerk),
                    useRef(r.category), use(level), useRef(reasonsText), useRef(r.comment), useRef(r.channel),
                    useRef(who.deviceId), useRef(r.ratedAtMs), useRef(r.ratedDay), now;
            } else {
                s << "UPDATE ratings SET case_id = COALESCE(case_id, $1), level = $2, reasons = $3, comment = $4,"
                     " channel = $5, device_id = $6, rated_at = $7, rated_day = $8 WHERE id = $9 AND hall = $10",
                    use(caseId), use(level), useRef(reasonsText), useRef(r.comment), useRef(r.channel),
                    useRef(who.deviceId), useRef(r.ratedAtMs), useRef(r.ratedDay), useRef(r.id), useRef(r.hall), now;
            }
        } catch (const std::exception& e) {
            if (!isUniqueViolation(e))
                throw;
            throw StoreError::conflict("already_rated", "this service has been rated already: one rating per service");
        }

        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("level", r.level ? Poco::Dynamic::Var(*r.level) : Poco::Dynamic::Var());
        detail->set("channel", r.channel);
        if (r.level && isBadRating(static_cast<RatingLevel>(*r.level))) {
            const auto ratedOn = parseIsoDate(r.ratedDay);
            const RectificationDue due = rectificationDue(currentCalendar(s), *ratedOn, policy.rectification);
            r.rectificationId = newUuid();
            const std::string followUpDue = isoDate(due.followUp), fixDue = isoDate(due.fix);
            s << "INSERT INTO rectifications(id, rating_id, hall, follow_up_due, fix_due) VALUES($1, $2, $3, $4, $5)",
                useRef(*r.rectificationId), useRef(r.id), useRef(r.hall), useRef(followUpDue), useRef(fixDue), now;
            detail->set("rectification", *r.rectificationId);
            detail->set("follow_up_due", followUpDue);
            detail->set("fix_due", fixDue);
        }
        AuditLog::append(s, who, r.level ? "rating.given" : "rating.not_rated", "rating:" + r.id, detail, nowMs);
        return r;
    });
}

RatingPolicy RatingStore::policy(const std::string& hall) {
    return m_db.read([&](Poco::Data::Session& s) { return loadPolicy(s, hall); });
}

void RatingStore::setPolicy(const Principal& who, const RatingPolicy& policy, std::int64_t nowMs) {
    const std::string body = toJsonText(ratingPolicyToJson(policy));
    const std::string user = who.user.value_or("");
    m_db.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO rating_policies(hall, body, updated_at, updated_by) VALUES($1, $2, $3, $4)"
             " ON CONFLICT(hall) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at,"
             " updated_by = excluded.updated_by",
            useRef(who.hall), useRef(body), use(nowMs), useRef(user), now;
        AuditLog::append(s, who, "rating.policy", "hall:" + who.hall, ratingPolicyToJson(policy), nowMs);
    });
}

PadView RatingStore::padView(const Principal& pad, int counter, std::int64_t nowMs) {
    return m_db.read([&](Poco::Data::Session& s) {
        PadView view;
        view.counter = counter;
        view.policy = loadPolicy(s, pad.hall);
        const auto onDuty = clerksOnDuty(s, pad.hall, nowMs);
        if (const auto clerk = onDuty.find(counter); clerk != onDuty.end()) {
            view.clerkUser = clerk->second.user;
            view.clerkStaffNo = clerk->second.staffNo;
            view.clerkName = clerk->second.name;
        }
        const std::string today = HallTime(hallZone(s, pad.hall)).businessDay(nowMs);
        view.paused = pausedCounters(s, pad.hall, today).contains(counter);
        // A service finished here within the pad's waiting time and not rated yet (the pad was restarting).
        const std::int64_t since = nowMs - std::int64_t{view.policy.padTimeoutSeconds} * 1000;
        s << "SELECT t.id, t.number, t.finished_at FROM tickets t LEFT JOIN ratings r ON r.ticket_id = t.id"
             " WHERE t.hall = $1 AND t.business_day = $2 AND t.status = 'done' AND t.counter = $3 AND t.finished_at > "
             "$4"
             " AND r.id IS NULL ORDER BY t.finished_at DESC LIMIT 1",
            useRef(pad.hall), useRef(today), use(counter), bind(since), into(view.awaitingTicketId),
            into(view.awaitingNumber), into(view.awaitingFinishedAtMs), now;
        return view;
    });
}

std::map<FigureGrouping, RatingFigureReport> RatingStore::figuresBy(const std::string& hall, const std::string& from,
                                                                    const std::string& to,
                                                                    const std::vector<FigureGrouping>& groupings,
                                                                    const std::optional<std::string>& clerk,
                                                                    std::int64_t nowMs, bool perDay) {
    return m_db.read([&](Poco::Data::Session& s) {
        const Date today = *parseIsoDate(HallTime(hallZone(s, hall)).businessDay(nowMs));
        // Every finished service of the days: the tickets done, and the cases rated without a ticket.
        Poco::Data::Statement st(s);
        st << "SELECT t.business_day AS day, t.counter AS counter, COALESCE(t.served_by, '') AS clerk,"
              " t.category AS category,"
              " COALESCE((SELECT c.item FROM cases c WHERE c.ticket_id = t.id LIMIT 1), t.category) AS item,"
              " r.level AS level, r.id AS rating, r.voided_as AS voided, x.follow_up_due AS fu_due,"
              " x.fix_due AS fix_due, x.follow_up_day AS fu_day, x.fix_day AS fix_day"
              " FROM tickets t LEFT JOIN ratings r ON r.ticket_id = t.id LEFT JOIN rectifications x ON x.rating_id = "
              "r.id"
              " WHERE t.hall = $1 AND t.business_day BETWEEN $2 AND $3 AND t.status = 'done'"
              " UNION ALL"
              " SELECT r.rated_day, r.counter, COALESCE(r.clerk, ''), r.category, r.category, r.level, r.id, "
              "r.voided_as,"
              " x.follow_up_due, x.fix_due, x.follow_up_day, x.fix_day"
              " FROM ratings r LEFT JOIN rectifications x ON x.rating_id = r.id"
              " WHERE r.hall = $4 AND r.rated_day BETWEEN $5 AND $6 AND r.ticket_id IS NULL",
            useRef(hall), useRef(from), useRef(to), useRef(hall), useRef(from), useRef(to);
        st.execute();
        Poco::Data::RecordSet rs(st);
        struct Group {
            std::vector<RatedService> services;
            RatingFigureGroup out;
        };
        Group all;
        std::map<FigureGrouping, std::map<std::string, Group>> groups;
        std::map<std::string, std::string> clerkNames;
        const Columns col(rs);
        const std::size_t dayCol = col["day"], counterCol = col["counter"], clerkCol = col["clerk"],
                          categoryCol = col["category"], itemCol = col["item"], levelCol = col["level"],
                          ratingCol = col["rating"], voidedCol = col["voided"], fuDueCol = col["fu_due"],
                          fixDueCol = col["fix_due"], fuDayCol = col["fu_day"], fixDayCol = col["fix_day"];
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            if (!rs[voidedCol].isEmpty())
                continue; // an appeal upheld: the service leaves the figures
            std::string clerkUser = rs[clerkCol].convert<std::string>();
            if (clerk && clerkUser != *clerk)
                continue;
            auto keyOf = [&](FigureGrouping by) -> std::string {
                switch (by) {
                case FigureGrouping::None: break;
                case FigureGrouping::Counter:
                    return rs[counterCol].isEmpty() ? std::string() : rs[counterCol].convert<std::string>();
                case FigureGrouping::Clerk: return clerkUser;
                case FigureGrouping::Item: return rs[itemCol].convert<std::string>();
                case FigureGrouping::Day: return rs[dayCol].convert<std::string>();
                case FigureGrouping::Category: return rs[categoryCol].convert<std::string>();
                }
                return {};
            };
            RatedService service;
            int level = 0;
            bool notRated = false;
            if (!rs[levelCol].isEmpty()) {
                level = rs[levelCol].convert<int>();
                service.level = static_cast<RatingLevel>(level);
            } else {
                notRated = !rs[ratingCol].isEmpty();
            }
            if (!rs[fuDueCol].isEmpty()) {
                service.due = RectificationDue{*parseIsoDate(rs[fuDueCol].convert<std::string>()),
                                               *parseIsoDate(rs[fixDueCol].convert<std::string>())};
                if (!rs[fuDayCol].isEmpty())
                    service.followedUp = parseIsoDate(rs[fuDayCol].convert<std::string>());
                if (!rs[fixDayCol].isEmpty())
                    service.fixed = parseIsoDate(rs[fixDayCol].convert<std::string>());
            }
            auto add = [&](Group& g) {
                g.services.push_back(service);
                if (level)
                    ++g.out.levels[level - 1];
                g.out.notRated += notRated;
            };
            add(all);
            for (FigureGrouping by : groupings) {
                if (by == FigureGrouping::None)
                    continue;
                const std::string key = keyOf(by);
                Group& g =
                    groups[by][perDay && by != FigureGrouping::Day ? rs[dayCol].convert<std::string>() + '\x1f' + key
                                                                   : key];
                if (g.services.empty()) {
                    g.out.key = key;
                    if (perDay)
                        g.out.day = rs[dayCol].convert<std::string>();
                }
                add(g);
            }
        }
        if (std::find(groupings.begin(), groupings.end(), FigureGrouping::Clerk) != groupings.end()) {
            Poco::Data::Statement names(s);
            names << "SELECT user_name, name FROM staff WHERE hall = $1", useRef(hall);
            names.execute();
            Poco::Data::RecordSet nameRows(names);
            for (bool more = nameRows.moveFirst(); more; more = nameRows.moveNext())
                clerkNames[nameRows[0].convert<std::string>()] = nameRows[1].convert<std::string>();
        }
        RatingFigureGroup totals = all.out;
        totals.key = totals.label = "all";
        totals.figures = ratingFigures(all.services, today);
        std::map<FigureGrouping, RatingFigureReport> reports;
        for (FigureGrouping by : groupings) {
            RatingFigureReport& report = reports[by];
            report.totals = totals;
            for (auto& [groupKey, group] : groups[by]) {
                const std::string& key = group.out.key;
                group.out.label = by == FigureGrouping::Clerk && clerkNames.count(key) ? clerkNames[key] : key;
                group.out.figures = ratingFigures(group.services, today);
                report.groups.push_back(group.out);
            }
        }
        return reports;
    });
}

} // namespace ow::server
