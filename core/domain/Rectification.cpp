#include "domain/Rectification.h"

#include "domain/EnumNames.h"
#include "domain/HallTime.h"
#include "domain/Json.h"

#include <limits>
#include <set>

namespace ow {
namespace {

constexpr EnumNames<AppealKind, 2> kAppealKinds{
    {{AppealKind::Malicious, "malicious"}, {AppealKind::Mistaken, "mistaken"}}};
constexpr EnumNames<RectificationState, 5> kStates{{{RectificationState::Open, "open"},
                                                    {RectificationState::FollowedUp, "followed_up"},
                                                    {RectificationState::Fixed, "fixed"},
                                                    {RectificationState::Appealing, "appealing"},
                                                    {RectificationState::Voided, "voided"}}};

constexpr int kMaxDays = 60;
constexpr std::size_t kMaxReasons = 12;
constexpr std::size_t kMaxReasonBytes = 60; // 20 Chinese characters

int intField(const Poco::JSON::Object::Ptr& object, const std::string& key, int fallback) {
    if (!object->has(key))
        return fallback;
    const auto value = object->get(key);
    if (!value.isInteger())
        throw BadInput("invalid_policy", key + " must be a whole number");
    // Out of an int's range it is out of the policy's too (the range itself is checked with the rest): never
    // Poco's RangeException, which would answer 503.
    try {
        const auto wide = value.convert<std::int64_t>();
        if (wide >= std::numeric_limits<int>::min() && wide <= std::numeric_limits<int>::max())
            return static_cast<int>(wide);
    } catch (const Poco::Exception&) {
    }
    throw BadInput("invalid_policy", key + " is far out of range");
}

Poco::JSON::Object::Ptr stepToJson(const Rectification::Step& step) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("at", utcIso(step.atMs));
    o->set("day", step.day);
    o->set("by", step.by);
    if (!step.byName.empty())
        o->set("by_name", step.byName);
    o->set("note", step.note);
    return o;
}

std::optional<Rectification::Step> stepFromJson(const Poco::JSON::Object::Ptr& object) {
    if (!object)
        return std::nullopt;
    return Rectification::Step{parseUtcIso(requireString(object, "at")), requireString(object, "day"),
                               requireString(object, "by"), optionalString(object, "note").value_or(""),
                               optionalString(object, "by_name").value_or("")};
}

} // namespace

std::string ratingPolicyProblem(const RatingPolicy& policy) {
    const auto& r = policy.rectification;
    if (r.followUpDays < 1 || r.followUpDays > kMaxDays || r.fixDays < 1 || r.fixDays > kMaxDays)
        return "follow_up_days and fix_days must be from 1 to 60 working days";
    if (r.fixDays < r.followUpDays)
        return "the fix cannot be due before the follow-up";
    if (policy.reasons.empty() || policy.reasons.size() > kMaxReasons)
        return "a hall offers from 1 to 12 reasons for a bad rating";
    std::set<std::string> seen;
    for (const auto& reason : policy.reasons)
        if (reason.empty() || reason.size() > kMaxReasonBytes || !seen.insert(reason).second)
            return "each reason is a short text (up to 20 characters), each once";
    if (policy.padTimeoutSeconds < 10 || policy.padTimeoutSeconds > 600)
        return "pad_timeout_s must be from 10 to 600 seconds";
    return {};
}

Poco::JSON::Object::Ptr ratingPolicyToJson(const RatingPolicy& policy) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("follow_up_days", policy.rectification.followUpDays);
    o->set("fix_days", policy.rectification.fixDays);
    o->set("reasons", toJsonArray(policy.reasons));
    o->set("pad_timeout_s", policy.padTimeoutSeconds);
    return o;
}

RatingPolicy ratingPolicyFromJson(const Poco::JSON::Object::Ptr& object) {
    RatingPolicy policy;
    policy.rectification.followUpDays = intField(object, "follow_up_days", policy.rectification.followUpDays);
    policy.rectification.fixDays = intField(object, "fix_days", policy.rectification.fixDays);
    policy.padTimeoutSeconds = intField(object, "pad_timeout_s", policy.padTimeoutSeconds);
    if (object->has("reasons")) {
        try {
            policy.reasons = optionalStrings(object, "reasons");
        } catch (const BadInput& e) {
            throw BadInput("invalid_policy", e.what());
        }
        if (!object->getArray("reasons"))
            throw BadInput("invalid_policy", "reasons must be a list of texts");
    }
    if (const std::string problem = ratingPolicyProblem(policy); !problem.empty())
        throw BadInput("invalid_policy", problem);
    return policy;
}

std::string_view toString(AppealKind kind) { return nameOf(kAppealKinds, kind); }
std::optional<AppealKind> appealKindFromString(std::string_view text) { return valueOf(kAppealKinds, text); }
std::string_view toString(RectificationState state) { return nameOf(kStates, state); }

RectificationState Rectification::state() const {
    if (appeal && appeal->upheld.value_or(false))
        return RectificationState::Voided;
    if (appeal && !appeal->upheld)
        return RectificationState::Appealing;
    if (fix)
        return RectificationState::Fixed;
    if (followUp)
        return RectificationState::FollowedUp;
    return RectificationState::Open;
}

bool Rectification::isClosed() const {
    const auto s = state();
    return s == RectificationState::Fixed || s == RectificationState::Voided;
}

// ISO dates compare as text.
bool Rectification::followUpOverdue(std::string_view today) const {
    return !followUp && state() != RectificationState::Voided && today > std::string_view(followUpDue);
}

bool Rectification::fixOverdue(std::string_view today) const {
    return !fix && state() != RectificationState::Voided && today > std::string_view(fixDue);
}

Poco::JSON::Object::Ptr rectificationToJson(const Rectification& r) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("id", r.id);
    o->set("rating_id", r.ratingId);
    o->set("hall", r.hall);
    o->set("state", std::string(toString(r.state())));
    o->set("level", r.level);
    o->set("reasons", toJsonArray(r.reasons));
    o->set("comment", r.comment);
    if (r.counter)
        o->set("counter", *r.counter);
    o->set("clerk", r.clerk);
    o->set("clerk_name", r.clerkName);
    o->set("category", r.category);
    o->set("channel", r.channel);
    o->set("ticket_number", r.ticketNumber);
    o->set("case_no", r.caseNo);
    o->set("rated_on", r.ratedOn);
    o->set("rated_at", utcIso(r.ratedAtMs));
    o->set("follow_up_due", r.followUpDue);
    o->set("fix_due", r.fixDue);
    if (r.followUp)
        o->set("follow_up", stepToJson(*r.followUp));
    if (r.fix)
        o->set("fix", stepToJson(*r.fix));
    if (r.appeal) {
        Poco::JSON::Object::Ptr a = new Poco::JSON::Object(true);
        a->set("kind", std::string(toString(r.appeal->kind)));
        a->set("reason", r.appeal->reason);
        a->set("requested_by", r.appeal->requestedBy);
        if (!r.appeal->requestedByName.empty())
            a->set("requested_by_name", r.appeal->requestedByName);
        a->set("requested_at", utcIso(r.appeal->requestedAtMs));
        if (r.appeal->upheld) {
            a->set("upheld", *r.appeal->upheld);
            a->set("decided_by", r.appeal->decidedBy);
            if (!r.appeal->decidedByName.empty())
                a->set("decided_by_name", r.appeal->decidedByName);
            a->set("decision_note", r.appeal->decisionNote);
            a->set("decided_at", utcIso(r.appeal->decidedAtMs));
        }
        o->set("appeal", a);
    }
    o->set("version", r.version);
    return o;
}

Rectification rectificationFromJson(const Poco::JSON::Object::Ptr& o) {
    Rectification r;
    r.id = requireString(o, "id");
    r.ratingId = optionalString(o, "rating_id").value_or("");
    r.hall = optionalString(o, "hall").value_or("");
    r.level = static_cast<int>(requireInt(o, "level"));
    r.reasons = optionalStrings(o, "reasons");
    r.comment = optionalString(o, "comment").value_or("");
    if (auto counter = optionalInt(o, "counter"))
        r.counter = static_cast<int>(*counter);
    r.clerk = optionalString(o, "clerk").value_or("");
    r.clerkName = optionalString(o, "clerk_name").value_or("");
    r.category = optionalString(o, "category").value_or("");
    r.channel = optionalString(o, "channel").value_or("");
    r.ticketNumber = optionalString(o, "ticket_number").value_or("");
    r.caseNo = optionalString(o, "case_no").value_or("");
    r.ratedOn = requireString(o, "rated_on");
    r.ratedAtMs = parseUtcIso(requireString(o, "rated_at"));
    r.followUpDue = requireString(o, "follow_up_due");
    r.fixDue = requireString(o, "fix_due");
    r.followUp = stepFromJson(optionalObject(o, "follow_up"));
    r.fix = stepFromJson(optionalObject(o, "fix"));
    if (auto a = optionalObject(o, "appeal")) {
        Rectification::Appeal appeal;
        const auto kind = appealKindFromString(requireString(a, "kind"));
        if (!kind)
            throw BadInput("invalid_field", "appeal.kind must be malicious or mistaken");
        appeal.kind = *kind;
        appeal.reason = optionalString(a, "reason").value_or("");
        appeal.requestedBy = optionalString(a, "requested_by").value_or("");
        appeal.requestedByName = optionalString(a, "requested_by_name").value_or("");
        appeal.requestedAtMs = parseUtcIso(requireString(a, "requested_at"));
        if (a->has("upheld")) {
            appeal.upheld = a->getValue<bool>("upheld");
            appeal.decidedBy = optionalString(a, "decided_by").value_or("");
            appeal.decidedByName = optionalString(a, "decided_by_name").value_or("");
            appeal.decisionNote = optionalString(a, "decision_note").value_or("");
            appeal.decidedAtMs = parseUtcIso(requireString(a, "decided_at"));
        }
        r.appeal = appeal;
    }
    r.version = static_cast<int>(optionalInt(o, "version").value_or(1));
    return r;
}

} // namespace ow
