#pragma once

#include "AuthStore.h"
#include "Database.h"

#include "domain/Case.h"
#include "domain/CaseSteps.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace ow::server {

// A case's life after intake, step by step through the hall's server (domain/CaseSteps.h says what each step
// checks). Each step reads the case of the caller's hall (by id or printed number), takes the step, stores the new
// version with the columns the figures read, puts it in the change log for every device of the hall (the one that
// took the step included: it pulls what the server wrote), and audits it. Each throws StoreError: NotFound for a case
// of another hall or none, NotAllowed for the wrong person or device, Conflict with the case's state named for a step
// its state does not allow (or when another step changed it meanwhile), Invalid for a wrong request.
class CaseLifeStore {
public:
    explicit CaseLifeStore(Database& db)
        : m_db(db) {}

    Case get(const Principal& who, const std::string& caseRef);
    // The gate before a step's request is read: NotAllowed for a device with nobody logged in or a person who may never
    // take `step` (CaseSteps' mayTakeStep), NotFound when the hall has no such case. The step checks the rest.
    void admit(const Principal& who, const std::string& caseRef, CaseStepKind step);

    // The caller's work (首问负责 and 后台审批): an approver's cases passed to them and still open; a clerk's or
    // agent's own open cases (the ones they took in); a supervisor's, every open case of the hall. Earliest promise
    // first, at most `limit`, each with the working days left to its promise (negative: past it) by the catalog's
    // calendar.
    struct WorkItem {
        Case c;
        int workingDaysLeft = 0;
        std::map<std::string, std::string> names; // its items' codes and its materials' ids → the catalog's names
        std::vector<std::string> clockStops;      // what may stop its clock (its items' clock_stops, each once)
    };
    std::vector<WorkItem> work(const Principal& who, int limit, std::int64_t nowMs);

    Case supply(const Principal& who, const std::string& caseRef, const std::string& material,
                const std::vector<std::string>& attachments, std::int64_t nowMs);
    // The new correction is the last of the case's life.corrections.
    Case requestCorrection(const Principal& who, const std::string& caseRef, const std::vector<std::string>& materials,
                           const std::string& reason, std::int64_t nowMs);
    Case receiveCorrection(const Principal& who, const std::string& caseRef, const std::string& correctionId,
                           std::int64_t nowMs);
    // The new stop is the last of the case's life.clockStops.
    Case stopClock(const Principal& who, const std::string& caseRef, const std::string& kind, const std::string& reason,
                   std::int64_t nowMs);
    Case restartClock(const Principal& who, const std::string& caseRef, const std::string& stopId, std::int64_t nowMs);
    // `approver`, when named, is a user of the hall with the approver role.
    Case assign(const Principal& who, const std::string& caseRef, const std::string& department,
                const std::string& approver, std::int64_t nowMs);
    Case decide(const Principal& who, const std::string& caseRef, bool approve, const std::string& reason,
                std::int64_t nowMs);
    Case complete(const Principal& who, const std::string& caseRef, const std::string& note, std::int64_t nowMs);
    Case handOver(const Principal& who, const std::string& caseRef, const Handover& handover, std::int64_t nowMs);
    Case confirmDelivery(const Principal& who, const std::string& caseRef, std::int64_t nowMs);

    // 超时默认: every open case (accepted or in review, not waiting for a correction) whose items are all flagged
    // deemed_approval and whose promised date has passed in its hall is approved by rule, recorded as such (the
    // permit can then be issued). The server runs it every few minutes; returns how many it approved.
    int approveDeemed(std::int64_t nowMs);

private:
    // Stores the new version of `c` (read at `storedVersion`) with the columns the figures read, logs it for the
    // hall's devices and audits `action`.
    static void keep(Poco::Data::Session& s, const Principal& who, const Case& c, int storedVersion,
                     const std::string& action, std::int64_t nowMs);
    Case step(const Principal& who, const std::string& caseRef, std::int64_t nowMs, const std::string& action,
              const std::function<void(Poco::Data::Session&, Case&, const StepContext&)>& take);

    Database& m_db;
};

} // namespace ow::server
