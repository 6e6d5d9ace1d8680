#pragma once

#include "AuthStore.h"
#include "Database.h"

#include "domain/Rectification.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ow::server {

// 整改 of bad ratings, handled by the hall's supervisors: the follow-up (回访), the fix, and the appeal (申诉复核)
// that one supervisor requests and a second one decides. Every step lands in the audit log.
class RectificationStore {
public:
    explicit RectificationStore(Database& db)
        : m_db(db) {}

    enum class Listing { Open, All };
    // Newest rating first; `Open`: not fixed and not voided.
    std::vector<Rectification> list(const std::string& hall, Listing which, int limit);
    Rectification get(const Principal& who, const std::string& id); // NotFound outside the caller's hall

    // Each throws StoreError: NotAllowed for anyone but a supervisor of the hall, NotFound, Conflict when the
    // step is not possible now (already recorded, fix before follow-up, under appeal, closed), Invalid for a missing
    // note or reason.
    Rectification recordFollowUp(const Principal& who, const std::string& id, const std::string& note,
                                 std::int64_t nowMs) {
        return recordStep(who, id, Step::FollowUp, note, nowMs);
    }
    Rectification recordFix(const Principal& who, const std::string& id, const std::string& note, std::int64_t nowMs) {
        return recordStep(who, id, Step::Fix, note, nowMs);
    }
    Rectification requestAppeal(const Principal& who, const std::string& id, AppealKind kind, const std::string& reason,
                                std::int64_t nowMs);
    // The second supervisor: upheld voids the rating (out of the figures) and closes the rectification;
    // rejected sends it back to work.
    Rectification decideAppeal(const Principal& who, const std::string& id, bool uphold, const std::string& note,
                               std::int64_t nowMs);

    // 回访: the whole phone number of the citizen who gave the rating, for a supervisor to call back — everywhere
    // else a supervisor sees it masked. Each reveal is an audit entry ("pii.reveal": who, which case, why).
    struct Contact {
        std::string name, phone, caseNo;
    };
    Contact revealContact(const Principal& who, const std::string& id, const std::string& reason, std::int64_t nowMs);

private:
    enum class Step { FollowUp, Fix };
    Rectification recordStep(const Principal& who, const std::string& id, Step step, const std::string& note,
                             std::int64_t nowMs);

    Database& m_db;
};

// A supervisor (or administrator) logged in at a device of `hall`; throws StoreError NotAllowed otherwise.
void requireSupervisor(const Principal& who, const std::string& hall);

} // namespace ow::server
