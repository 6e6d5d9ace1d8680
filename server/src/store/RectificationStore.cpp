#include "RectificationStore.h"

#include "AuditLog.h"
#include "HallStore.h"
#include "Rows.h"
#include "StoreError.h"

#include "domain/Case.h"
#include "domain/HallTime.h"
#include "domain/Json.h"

#include <Poco/Data/RecordSet.h>

using namespace Poco::Data::Keywords;

namespace ow::server {
namespace {

constexpr std::size_t kMaxNote = 1500; // bytes: 500 Chinese characters

const char* const kSelect =
    "SELECT x.id AS id, x.rating_id AS rating_id, x.hall AS hall, r.level AS level, r.reasons AS reasons,"
    " r.comment AS comment, r.counter AS counter, COALESCE(r.clerk, '') AS clerk, COALESCE(st.name, '') AS clerk_name,"
    " r.category AS category, r.channel AS channel, COALESCE(t.number, '') AS ticket_number,"
    " COALESCE(c.case_no, '') AS case_no, r.rated_day AS rated_day, r.rated_at AS rated_at,"
    " x.follow_up_due AS follow_up_due, x.fix_due AS fix_due,"
    " x.follow_up_at AS follow_up_at, x.follow_up_day AS follow_up_day, x.follow_up_by AS follow_up_by,"
    " x.follow_up_note AS follow_up_note, x.fix_at AS fix_at, x.fix_day AS fix_day, x.fix_by AS fix_by,"
    " x.fix_note AS fix_note, x.appeal_kind AS appeal_kind, x.appeal_reason AS appeal_reason,"
    " x.appeal_by AS appeal_by, x.appeal_at AS appeal_at, x.appeal_upheld AS appeal_upheld,"
    " x.appeal_decided_by AS appeal_decided_by, x.appeal_decision_note AS appeal_decision_note,"
    " x.appeal_decided_at AS appeal_decided_at, x.version AS version,"
    // The people by name, for the screens: the supervisors who followed up, fixed, appealed and decided.
    " (SELECT name FROM staff WHERE user_name = x.follow_up_by) AS follow_up_by_name,"
    " (SELECT name FROM staff WHERE user_name = x.fix_by) AS fix_by_name,"
    " (SELECT name FROM staff WHERE user_name = x.appeal_by) AS appeal_by_name,"
    " (SELECT name FROM staff WHERE user_name = x.appeal_decided_by) AS appeal_decided_by_name"
    " FROM rectifications x JOIN ratings r ON r.id = x.rating_id LEFT JOIN tickets t ON t.id = r.ticket_id"
    " LEFT JOIN cases c ON c.id = r.case_id LEFT JOIN staff st ON st.user_name = r.clerk";

// A step recorded (follow-up or fix): its columns <prefix>_at, _day, _by and _note.
std::optional<Rectification::Step> step(Poco::Data::RecordSet& rs, const Columns& col, const std::string& prefix) {
    const auto at = number(rs, col[prefix + "_at"]);
    if (!at)
        return std::nullopt;
    return Rectification::Step{*at, text(rs, col[prefix + "_day"]), text(rs, col[prefix + "_by"]),
                               text(rs, col[prefix + "_note"]), text(rs, col[prefix + "_by_name"])};
}

Rectification fromRow(Poco::Data::RecordSet& rs, const Columns& col) {
    Rectification r;
    r.id = text(rs, col["id"]);
    r.ratingId = text(rs, col["rating_id"]);
    r.hall = text(rs, col["hall"]);
    r.level = static_cast<int>(number(rs, col["level"]).value_or(0));
    if (auto reasons = parseObject("{\"r\":" + text(rs, col["reasons"]) + "}")->getArray("r"))
        for (unsigned i = 0; i < reasons->size(); ++i)
            r.reasons.push_back(reasons->getElement<std::string>(i));
    r.comment = text(rs, col["comment"]);
    r.counter = smallNumber(rs, col["counter"]);
    r.clerk = text(rs, col["clerk"]);
    r.clerkName = text(rs, col["clerk_name"]);
    r.category = text(rs, col["category"]);
    r.channel = text(rs, col["channel"]);
    r.ticketNumber = text(rs, col["ticket_number"]);
    r.caseNo = text(rs, col["case_no"]);
    r.ratedOn = text(rs, col["rated_day"]);
    r.ratedAtMs = number(rs, col["rated_at"]).value_or(0);
    r.followUpDue = text(rs, col["follow_up_due"]);
    r.fixDue = text(rs, col["fix_due"]);
    r.followUp = step(rs, col, "follow_up");
    r.fix = step(rs, col, "fix");
    if (const std::string kind = text(rs, col["appeal_kind"]); !kind.empty()) {
        Rectification::Appeal a;
        a.kind = appealKindFromString(kind).value_or(AppealKind::Mistaken);
        a.reason = text(rs, col["appeal_reason"]);
        a.requestedBy = text(rs, col["appeal_by"]);
        a.requestedByName = text(rs, col["appeal_by_name"]);
        a.requestedAtMs = number(rs, col["appeal_at"]).value_or(0);
        if (auto upheld = number(rs, col["appeal_upheld"])) {
            a.upheld = *upheld != 0;
            a.decidedBy = text(rs, col["appeal_decided_by"]);
            a.decidedByName = text(rs, col["appeal_decided_by_name"]);
            a.decisionNote = text(rs, col["appeal_decision_note"]);
            a.decidedAtMs = number(rs, col["appeal_decided_at"]).value_or(0);
        }
        r.appeal = a;
    }
    r.version = static_cast<int>(number(rs, col["version"]).value_or(0));
    return r;
}

std::optional<Rectification> load(Poco::Data::Session& s, const std::string& id) {
    Poco::Data::Statement st(s);
    st << std::string(kSelect) + " WHERE x.id = $1", useRef(id);
    st.execute();
    Poco::Data::RecordSet rs(st);
    if (!rs.moveFirst())
        return std::nullopt;
    return fromRow(rs, Columns(rs));
}

Rectification loadInHall(Poco::Data::Session& s, const Principal& who, const std::string& id) {
    auto r = load(s, id);
    if (!r || r->hall != who.hall)
        throw StoreError::notFound("no such rectification in this hall");
    return *r;
}

void requireNote(const std::string& note, const char* what) {
    if (note.find_first_not_of(" \t\r\n") == std::string::npos)
        throw StoreError::invalid("invalid_field", std::string(what) + " is required");
    if (note.size() > kMaxNote)
        throw StoreError::invalid("invalid_field", std::string(what) + " may have at most 500 characters");
}

void requireWorkable(const Rectification& r) {
    if (r.state() == RectificationState::Voided)
        throw StoreError::conflict("closed", "the rating was taken out on appeal; nothing more to record");
    if (r.state() == RectificationState::Appealing)
        throw StoreError::conflict("under_appeal", "an appeal waits for a second supervisor's decision");
}

Poco::JSON::Object::Ptr noteDetail(const std::string& key, const std::string& value) {
    Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
    detail->set(key, value);
    return detail;
}

} // namespace

void requireSupervisor(const Principal& who, const std::string& hall) {
    if (!who.isStaff() || !who.role || (*who.role != StaffRole::Supervisor && *who.role != StaffRole::Admin))
        throw StoreError::notAllowed("rectifications are handled by a supervisor");
    if (who.hall != hall)
        throw StoreError::notAllowed("this device belongs to another hall");
}

std::vector<Rectification> RectificationStore::list(const std::string& hall, Listing which, int limit) {
    return m_db.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement st(s);
        std::string sql = std::string(kSelect) + " WHERE x.hall = $1";
        if (which == Listing::Open)
            sql += " AND x.fix_at IS NULL AND COALESCE(x.appeal_upheld, 0) = 0";
        sql += " ORDER BY r.rated_at DESC, x.id DESC LIMIT $2";
        st << sql, useRef(hall), use(limit);
        st.execute();
        Poco::Data::RecordSet rs(st);
        const Columns col(rs);
        std::vector<Rectification> out;
        for (bool more = rs.moveFirst(); more; more = rs.moveNext())
            out.push_back(fromRow(rs, col));
        return out;
    });
}

Rectification RectificationStore::get(const Principal& who, const std::string& id) {
    requireSupervisor(who, who.hall);
    return m_db.read([&](Poco::Data::Session& s) { return loadInHall(s, who, id); });
}

// The follow-up or the fix: once each, by a supervisor of the hall, with a note, on a rectification that is
// neither voided nor waiting for an appeal's decision.
Rectification RectificationStore::recordStep(const Principal& who, const std::string& id, Step step,
                                             const std::string& note, std::int64_t nowMs) {
    const bool fix = step == Step::Fix;
    requireSupervisor(who, who.hall);
    requireNote(note, fix ? "what was changed" : "what the citizen said at the follow-up");
    return m_db.write([&](Poco::Data::Session& s) {
        const Rectification r = loadInHall(s, who, id);
        requireWorkable(r);
        if (fix ? r.fix.has_value() : r.followUp.has_value())
            throw StoreError::conflict("already_recorded", fix ? "the fix has been recorded already"
                                                               : "the follow-up has been recorded already");
        if (fix && !r.followUp)
            throw StoreError::conflict("follow_up_first", "follow up with the citizen before recording the fix");
        const std::string day = hallDay(s, who.hall, nowMs), user = *who.user;
        // Column names come from this fixed choice, never from input.
        const std::string column = fix ? "fix" : "follow_up";
        s << "UPDATE rectifications SET " + column + "_at = $1, " + column + "_day = $2, " + column + "_by = $3, " +
                 column + "_note = $4, version = version + 1 WHERE id = $5 AND hall = $6",
            use(nowMs), useRef(day), useRef(user), useRef(note), useRef(id), useRef(who.hall), now;
        AuditLog::append(s, who, fix ? "rectification.fix" : "rectification.follow_up", "rectification:" + id,
                         noteDetail("note", note), nowMs);
        return *load(s, id);
    });
}

Rectification RectificationStore::requestAppeal(const Principal& who, const std::string& id, AppealKind kind,
                                                const std::string& reason, std::int64_t nowMs) {
    requireSupervisor(who, who.hall);
    requireNote(reason, "the reason for the appeal");
    return m_db.write([&](Poco::Data::Session& s) {
        const Rectification r = loadInHall(s, who, id);
        requireWorkable(r);
        const std::string kindName(toString(kind)), user = *who.user;
        s << "UPDATE rectifications SET appeal_kind = $1, appeal_reason = $2, appeal_by = $3, appeal_at = $4,"
             " appeal_upheld = NULL, appeal_decided_by = NULL, appeal_decision_note = NULL, appeal_decided_at = NULL,"
             " version = version + 1 WHERE id = $5 AND hall = $6",
            useRef(kindName), useRef(reason), useRef(user), use(nowMs), useRef(id), useRef(who.hall), now;
        Poco::JSON::Object::Ptr detail = noteDetail("kind", kindName);
        detail->set("reason", reason);
        AuditLog::append(s, who, "rating.appeal", "rectification:" + id, detail, nowMs);
        return *load(s, id);
    });
}

Rectification RectificationStore::decideAppeal(const Principal& who, const std::string& id, bool uphold,
                                               const std::string& note, std::int64_t nowMs) {
    requireSupervisor(who, who.hall);
    requireNote(note, "the reason for the decision");
    return m_db.write([&](Poco::Data::Session& s) {
        const Rectification r = loadInHall(s, who, id);
        if (r.state() != RectificationState::Appealing)
            throw StoreError::conflict("no_appeal", "there is no appeal waiting for a decision");
        if (r.appeal->requestedBy == *who.user)
            throw StoreError::notAllowed("an appeal is decided by a second supervisor, not the one who made it");
        const int upheld = uphold ? 1 : 0;
        const std::string user = *who.user;
        s << "UPDATE rectifications SET appeal_upheld = $1, appeal_decided_by = $2, appeal_decision_note = $3,"
             " appeal_decided_at = $4, version = version + 1 WHERE id = $5 AND hall = $6",
            bind(upheld), useRef(user), useRef(note), use(nowMs), useRef(id), useRef(who.hall), now;
        if (uphold) {
            const std::string kind(toString(r.appeal->kind));
            s << "UPDATE ratings SET voided_as = $1 WHERE id = $2 AND hall = $3", useRef(kind), useRef(r.ratingId),
                useRef(who.hall), now;
        }
        Poco::JSON::Object::Ptr detail = noteDetail("note", note);
        detail->set("upheld", uphold);
        AuditLog::append(s, who, uphold ? "rating.appeal_upheld" : "rating.appeal_rejected", "rectification:" + id,
                         detail, nowMs);
        return *load(s, id);
    });
}

RectificationStore::Contact RectificationStore::revealContact(const Principal& who, const std::string& id,
                                                              const std::string& reason, std::int64_t nowMs) {
    requireSupervisor(who, who.hall);
    requireNote(reason, "why the number is needed");
    return m_db.write([&](Poco::Data::Session& s) {
        loadInHall(s, who, id);
        // The case the rating is of: rated by its receipt, or the case taken at the rated ticket's service.
        std::vector<std::string> bodies;
        s << "SELECT c.body FROM rectifications x JOIN ratings r ON r.id = x.rating_id JOIN cases c"
             " ON c.id = r.case_id OR (r.ticket_id IS NOT NULL AND c.ticket_id = r.ticket_id)"
             " WHERE x.id = $1 ORDER BY c.updated_at DESC LIMIT 1",
            useRef(id), into(bodies), now;
        Contact contact;
        if (!bodies.empty()) {
            const Case c = caseFromJson(parseObject(bodies.front()));
            contact = {c.applicant.name, c.applicant.phone, c.caseNo};
        }
        if (contact.phone.empty())
            throw StoreError::notFound("no phone number was recorded with the rated service");
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        Poco::JSON::Array::Ptr fields = new Poco::JSON::Array;
        fields->add(std::string("phone"));
        detail->set("fields", fields);
        detail->set("case", contact.caseNo);
        detail->set("reason", reason);
        AuditLog::append(s, who, "pii.reveal", "rectification:" + id, detail, nowMs);
        return contact;
    });
}

} // namespace ow::server
