#include "domain/Rating.h"

#include <algorithm>
#include <set>

namespace ow {

std::optional<RatingLevel> ratingLevelFromInt(int level) {
    if (level < 1 || level > 5)
        return std::nullopt;
    return static_cast<RatingLevel>(level);
}

const char* ratingLevelName(RatingLevel level) {
    switch (level) {
    case RatingLevel::VerySatisfied: return "非常满意";
    case RatingLevel::Satisfied: return "满意";
    case RatingLevel::Neutral: return "基本满意";
    case RatingLevel::Dissatisfied: return "不满意";
    case RatingLevel::VeryDissatisfied: return "非常不满意";
    }
    return "";
}

const std::vector<std::string>& defaultBadRatingReasons() {
    static const std::vector<std::string> reasons = {"服务态度", "办事效率", "一次性告知不到位", "多次跑动", "其他"};
    return reasons;
}

namespace {

std::size_t utf8Characters(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

} // namespace

RatingProblem checkRating(const RatingInput& input, const std::vector<std::string>& allowedReasons) {
    const auto level = ratingLevelFromInt(input.level);
    if (!level)
        return RatingProblem::Level;
    std::set<std::string> seen;
    for (const std::string& reason : input.reasons)
        if (std::find(allowedReasons.begin(), allowedReasons.end(), reason) == allowedReasons.end() ||
            !seen.insert(reason).second)
            return RatingProblem::UnknownReason;
    if (isBadRating(*level) && input.reasons.empty())
        return RatingProblem::ReasonRequired;
    if (utf8Characters(input.comment) > kMaxRatingComment)
        return RatingProblem::CommentTooLong;
    return RatingProblem::None;
}

RectificationDue rectificationDue(const WorkCalendar& calendar, Date ratedOn, const RectificationPolicy& policy) {
    return {calendar.addWorkingDays(ratedOn, policy.followUpDays), calendar.addWorkingDays(ratedOn, policy.fixDays)};
}

RatingFigures ratingFigures(const std::vector<RatedService>& services, Date today) {
    RatingFigures f;
    auto count = [today](std::optional<Date> done, Date due, int& counted, int& onTime) {
        if (!done && today <= due)
            return; // not done and not late yet: neither on time nor late
        ++counted;
        onTime += done && *done <= due;
    };
    for (const RatedService& s : services) {
        ++f.finished;
        if (!s.level)
            continue;
        ++f.rated;
        if (!isBadRating(*s.level)) {
            ++f.good;
            continue;
        }
        ++f.bad;
        if (s.due) {
            count(s.followedUp, s.due->followUp, f.followUpsDue, f.followUpsOnTime);
            count(s.fixed, s.due->fix, f.rectificationsDue, f.rectificationsOnTime);
        }
    }
    return f;
}

} // namespace ow
