#pragma once

#include "AuthStore.h"
#include "Database.h"

#include "domain/QueueSnapshot.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ow::server {

// A counter as its clerk has it: paused (暂停服务) since when, by whom; or serving.
struct CounterDuty {
    int counter = 0;
    bool paused = false;
    std::int64_t pausedSinceMs = 0; // while paused
    std::string pausedBy;           // while paused: the clerk's login
    bool changed = false;           // of pause and resume: this call paused or resumed it
};

// A counter's pauses: the clerk at a counter pauses it (a break, a meeting, a machine at fault) and resumes it. A
// paused counter calls nobody (QueueStore::callNext: 409 counter_paused) — the number it is on may still be finished —
// its screen, its pad and the supervisor's floor show it paused, and the supervisor's day counts the time. Asked
// again, pause and resume answer the state as it is (a clerk's retry over a bad line). A pause lasts for the hall's
// day it began in: the next day the counter opens serving, the pause counted to that day's end.
class CounterPauses {
public:
    explicit CounterPauses(Database& db)
        : m_db(db) {}

    CounterDuty pause(const Principal& clerk, int counter, std::int64_t nowMs);
    CounterDuty resume(const Principal& clerk, int counter, std::int64_t nowMs);
    CounterDuty duty(const std::string& hall, int counter, std::int64_t nowMs);

private:
    Database& m_db;
};

// Inside a transaction: the counters of `hall` paused on its day `day`, each with the start of its pause.
std::map<int, std::int64_t> pausedCounters(Poco::Data::Session& s, const std::string& hall, const std::string& day);
// Inside a transaction: the clerk on duty at each counter of `hall` that has one — whoever logged in last, and is
// still logged in, at a counter PC of that counter.
std::map<int, QueueSnapshot::Counter::Clerk> clerksOnDuty(Poco::Data::Session& s, const std::string& hall,
                                                          std::int64_t nowMs);
// The pauses of `hall` on its day `day`: each one's counter, clerk and seconds (a pause still lasting counted to
// `nowMs`, one left open on a past day to that day's end).
struct PauseSpan {
    int counter = 0;
    std::string by;
    std::int64_t seconds = 0;
};
std::vector<PauseSpan> pausesOfDay(Poco::Data::Session& s, const std::string& hall, const std::string& day,
                                   std::int64_t nowMs);

} // namespace ow::server
