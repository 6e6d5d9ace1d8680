#pragma once

#include "domain/WorkCalendar.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ow {

// 好差评 (国办发〔2019〕51号, GB/T 39734-2020): one rating per service, five levels, 5 the best. 非常满意, 满意 and
// 基本满意 count as good (好评); 不满意 and 非常不满意 are bad (差评), need at least one reason and open a
// rectification (整改).
enum class RatingLevel { VeryDissatisfied = 1, Dissatisfied = 2, Neutral = 3, Satisfied = 4, VerySatisfied = 5 };

std::optional<RatingLevel> ratingLevelFromInt(int level); // 1–5, else nothing
const char* ratingLevelName(RatingLevel level);           // "非常满意" …
inline bool isBadRating(RatingLevel level) { return level <= RatingLevel::Dissatisfied; }

// The reasons a citizen can pick for a bad rating when the hall has not configured its own.
const std::vector<std::string>& defaultBadRatingReasons(); // 服务态度, 办事效率, 一次性告知不到位, 多次跑动, 其他

struct RatingInput {
    int level = 0;
    std::vector<std::string> reasons;
    std::string comment; // UTF-8
};

enum class RatingProblem { None, Level, ReasonRequired, UnknownReason, CommentTooLong };
constexpr std::size_t kMaxRatingComment = 300; // characters

// What is wrong with a rating as given; reasons must come from `allowedReasons` (each at most once).
RatingProblem checkRating(const RatingInput& input, const std::vector<std::string>& allowedReasons);

// 整改 after a bad rating: a follow-up (回访) and a fix, each due a number of working days after the rating.
struct RectificationPolicy {
    int followUpDays = 1;
    int fixDays = 15;
};
struct RectificationDue {
    Date followUp;
    Date fix;
};
RectificationDue rectificationDue(const WorkCalendar& calendar, Date ratedOn, const RectificationPolicy& policy);

// One finished service, as the supervisor's figures see it.
struct RatedService {
    std::optional<RatingLevel> level;    // nothing: not rated (the pad timed out, the citizen left)
    std::optional<RectificationDue> due; // a bad rating's deadlines
    std::optional<Date> followedUp, fixed;
};

struct RatingFigures {
    int finished = 0, rated = 0, good = 0, bad = 0;
    int followUpsDue = 0, followUpsOnTime = 0;           // among bad ratings whose follow-up is done or overdue
    int rectificationsDue = 0, rectificationsOnTime = 0; // the same for the fix
    double ratingRate() const { return finished ? static_cast<double>(rated) / finished : 0.0; }
    double goodRate() const { return rated ? static_cast<double>(good) / rated : 0.0; }
};

// The figures of a set of services (a counter's, a clerk's, an item's, a day's) as of `today`: a follow-up or fix
// counts once it is done or its day has passed; on time when done by its due date.
RatingFigures ratingFigures(const std::vector<RatedService>& services, Date today);

} // namespace ow
