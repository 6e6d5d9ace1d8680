#pragma once

#include "domain/Rating.h"

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ow {

// What a hall decides about 好差评: the reasons offered for a bad rating, the rectification deadlines
// (defaults 1 and 15 working days; some localities use 5 for the follow-up) and how long the pad waits.
struct RatingPolicy {
    RectificationPolicy rectification;
    std::vector<std::string> reasons = defaultBadRatingReasons();
    int padTimeoutSeconds = 60; // no answer in this time records "not rated"
};

// A sentence naming the first thing wrong with a policy, or "" when it can be used.
std::string ratingPolicyProblem(const RatingPolicy& policy);
// {"follow_up_days":1,"fix_days":15,"reasons":[...],"pad_timeout_s":60}
Poco::JSON::Object::Ptr ratingPolicyToJson(const RatingPolicy& policy);
// Missing keys keep their defaults; wrong types and values throw BadInput("invalid_policy").
RatingPolicy ratingPolicyFromJson(const Poco::JSON::Object::Ptr& object);

// 申诉复核: a bad rating shown to be malicious (恶意差评) or given by mistake (误评) is taken out of the figures —
// only when a second supervisor approves the first one's request.
enum class AppealKind { Malicious, Mistaken };
std::string_view toString(AppealKind kind); // "malicious", "mistaken"
std::optional<AppealKind> appealKindFromString(std::string_view text);

enum class RectificationState { Open, FollowedUp, Fixed, Appealing, Voided };
std::string_view toString(RectificationState state); // "open", "followed_up", "fixed", "appealing", "voided"

// 整改 opened by one bad rating: a follow-up (回访) and a fix, each due on a working day; each recorded once,
// by a supervisor, with a note.
struct Rectification {
    struct Step {
        std::int64_t atMs = 0;
        std::string day; // hall's local date, ISO
        std::string by;  // user
        std::string note;
        std::string byName = {}; // the person's name, as screens show it (the user name for support only)
    };
    struct Appeal {
        AppealKind kind = AppealKind::Mistaken;
        std::string reason, requestedBy;
        std::int64_t requestedAtMs = 0;
        std::optional<bool> upheld; // nothing while it waits for the second supervisor
        std::string decidedBy, decisionNote;
        std::int64_t decidedAtMs = 0;
        std::string requestedByName = {}, decidedByName = {}; // the people's names
    };

    std::string id, ratingId, hall;
    int level = 1;
    std::vector<std::string> reasons;
    std::string comment;
    std::optional<int> counter;
    std::string clerk, clerkName, category, channel, ticketNumber, caseNo;
    std::string ratedOn; // hall's local date, ISO
    std::int64_t ratedAtMs = 0;
    std::string followUpDue, fixDue; // ISO dates
    std::optional<Step> followUp, fix;
    std::optional<Appeal> appeal;
    int version = 1;

    RectificationState state() const;
    bool isClosed() const; // fixed or voided
    // Overdue: not done and its day has passed (today in the hall's time zone).
    bool followUpOverdue(std::string_view today) const;
    bool fixOverdue(std::string_view today) const;
};

Poco::JSON::Object::Ptr rectificationToJson(const Rectification& r);
Rectification rectificationFromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput

} // namespace ow
