// The supervisor's daily counts on a year of one busy hall in SQLite: ~500,000 tickets, 300,000 cases, 250,000
// ratings (2 % bad, with rectifications). Prints the data sizes, the time of one day's stats (target < 100 ms) and
// of a 30-day range (target < 1 s), each the median of 5 runs.
#include "AuthStore.h"
#include "Database.h"
#include "HallStore.h"
#include "RatingStore.h"
#include "StatsStore.h"

#include "domain/HallTime.h"
#include "domain/WorkCalendar.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

using namespace ow;
using namespace ow::server;
using namespace Poco::Data::Keywords;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kDays = 365;
constexpr int kTicketsPerDay = 1370; // ≈ 500,000 a year
constexpr int kCounters = 12;
const char* const kCategories[] = {"A", "B", "C"};
const std::string kHall = "busy";

double medianMs(const std::function<void()>& run, int times = 3) {
    std::vector<double> ms;
    for (int i = 0; i < times; ++i) {
        const auto start = Clock::now();
        run();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

struct TicketRows {
    std::vector<std::string> id, category, number, status, day, clerk;
    std::vector<int> seq, counter;
    std::vector<std::int64_t> issued, called, started, finished;
};

} // namespace

int main() {
    const auto dir = std::filesystem::temp_directory_path() / ("onewindow-stats-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::printf("stats_bench: a year of one busy hall in %s\n", dir.c_str());
    {
        Database db("sqlite:" + (dir / "server.db").string());
        HallStore halls(db);
        AuthStore auth(db);
        halls.addHall({kHall, "繁忙大厅", "Asia/Shanghai", 3});
        for (const char* c : kCategories)
            halls.addCategory(kHall, c, std::string("类别") + c);
        for (int n = 1; n <= kCounters; ++n)
            halls.addCounter(kHall, n, {"A", "B", "C"});
        for (int n = 1; n <= kCounters; ++n)
            auth.addStaff(kHall, "clerk" + std::to_string(n), StaffRole::Clerk, "办事员" + std::to_string(n),
                          "benchmark1");

        const HallTime hallTime("Asia/Shanghai");
        const Date first = makeDate(2026, 1, 1);
        std::mt19937 random(20261127);
        const auto genStart = Clock::now();
        std::int64_t tickets = 0, cases = 0, ratings = 0, rectifications = 0;
        for (int d = 0; d < kDays; ++d) {
            const std::string day = isoDate(first + std::chrono::days{d});
            const std::int64_t open = hallTime.dayStartUtcMs(day) + 9 * 3600 * 1000;
            TicketRows done, noShow;
            int seqs[3] = {0, 0, 0};
            for (int i = 0; i < kTicketsPerDay; ++i) {
                const int cat = static_cast<int>(random() % 3);
                const int seq = ++seqs[cat];
                const std::int64_t issued = open + static_cast<std::int64_t>(random() % (8 * 3600)) * 1000;
                const std::int64_t called = issued + static_cast<std::int64_t>(random() % 2400) * 1000;
                const int counter = 1 + static_cast<int>(random() % kCounters);
                TicketRows& rows = random() % 100 < 4 ? noShow : done;
                rows.id.push_back(day + "-" + std::to_string(i));
                rows.category.push_back(kCategories[cat]);
                rows.number.push_back(std::string(kCategories[cat]) + std::to_string(seq));
                rows.seq.push_back(seq);
                rows.status.push_back(&rows == &done ? "done" : "no_show");
                rows.day.push_back(day);
                rows.issued.push_back(issued);
                rows.called.push_back(called);
                rows.started.push_back(called + 30000);
                rows.finished.push_back(called + 30000 + static_cast<std::int64_t>(60 + random() % 900) * 1000);
                rows.counter.push_back(counter);
                rows.clerk.push_back("clerk" + std::to_string(counter));
            }
            // Cases: 820 a day for the ticketed services (≈ 300,000 a year); ratings of 685 (≈ 250,000), 2 % bad.
            std::vector<std::string> caseId, caseNo, caseState, caseBody, caseItem, caseClerk, caseTicket, accepted,
                promised, waivedDue, decidedId, decidedState, decidedItem, decidedClerk, decidedTicket;
            std::vector<std::int64_t> completedAt, decidedAt;
            std::vector<std::string> ratingId, ratingTicket, ratingClerk, ratingCategory, ratingDay, rectId, rectRating,
                rectFollowDue, rectFixDue, rectFollowDay, rectFixDay;
            std::vector<int> ratingCounter, ratingLevel;
            std::vector<std::int64_t> ratingAt;
            for (std::size_t i = 0; i < done.id.size(); ++i) {
                if (i < 820) {
                    const std::string id = "case-" + done.id[i];
                    const std::string item = "ITEM-" + std::to_string(random() % 40);
                    const int kind = static_cast<int>(random() % 100);
                    if (kind < 10) { // notified or refused at the counter
                        decidedId.push_back(id);
                        decidedState.push_back(kind < 8 ? "notified" : "refused");
                        decidedItem.push_back(item);
                        decidedClerk.push_back(done.clerk[i]);
                        decidedTicket.push_back(done.id[i]);
                        decidedAt.push_back(done.finished[i]);
                    } else {
                        caseId.push_back(id);
                        caseNo.push_back("NO-" + id);
                        const bool stillOpen = d > kDays - 20 || kind > 97;
                        caseState.push_back(stillOpen ? "accepted" : "completed");
                        // A third of the cases were accepted with a material to supply within five days.
                        const bool withWaived = kind % 3 == 0;
                        const std::string due = isoDate(first + std::chrono::days{d + 5});
                        caseBody.push_back(withWaived
                                               ? R"({"materials":[{"material_id":"m1","state":"waived","due_date":")" +
                                                     due + R"("}]})"
                                               : R"({"materials":[{"material_id":"m1","state":"submitted"}]})");
                        waivedDue.push_back(withWaived ? due : "9999-12-31");
                        caseItem.push_back(item);
                        caseClerk.push_back(done.clerk[i]);
                        caseTicket.push_back(done.id[i]);
                        accepted.push_back(day);
                        promised.push_back(isoDate(first + std::chrono::days{d + 15}));
                        completedAt.push_back(
                            stillOpen ? 0 : done.finished[i] + static_cast<std::int64_t>(random() % 20) * 86400000);
                    }
                }
                if (i < 685) {
                    const int level =
                        random() % 100 < 2 ? 1 + static_cast<int>(random() % 2) : 3 + static_cast<int>(random() % 3);
                    ratingId.push_back("r-" + done.id[i]);
                    ratingTicket.push_back(done.id[i]);
                    ratingCounter.push_back(done.counter[i]);
                    ratingClerk.push_back(done.clerk[i]);
                    ratingCategory.push_back(done.category[i]);
                    ratingLevel.push_back(level);
                    ratingAt.push_back(done.finished[i] + 20000);
                    ratingDay.push_back(day);
                    if (level <= 2) {
                        rectId.push_back("x-" + done.id[i]);
                        rectRating.push_back("r-" + done.id[i]);
                        rectFollowDue.push_back(isoDate(first + std::chrono::days{d + 1}));
                        rectFixDue.push_back(isoDate(first + std::chrono::days{d + 21}));
                        rectFollowDay.push_back(isoDate(first + std::chrono::days{d + 1}));
                        rectFixDay.push_back(isoDate(first + std::chrono::days{d + 10}));
                    }
                }
            }
            db.write([&](Poco::Data::Session& s) {
                s << "INSERT INTO tickets(id, hall, category, number, seq, priority, priority_rank, status, "
                     "business_day,"
                     " issued_at, queued_at, counter, called_at, served_by, started_at, finished_at)"
                     " VALUES(?, 'busy', ?, ?, ?, 'normal', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    use(done.id), use(done.category), use(done.number), use(done.seq), use(done.status), use(done.day),
                    use(done.issued), use(done.issued), use(done.counter), use(done.called), use(done.clerk),
                    use(done.started), use(done.finished), now;
                if (!noShow.id.empty())
                    s << "INSERT INTO tickets(id, hall, category, number, seq, priority, priority_rank, status,"
                         " business_day, issued_at, queued_at, counter, called_at, served_by)"
                         " VALUES(?, 'busy', ?, ?, ?, 'normal', 0, ?, ?, ?, ?, ?, ?, ?)",
                        use(noShow.id), use(noShow.category), use(noShow.number), use(noShow.seq), use(noShow.status),
                        use(noShow.day), use(noShow.issued), use(noShow.issued), use(noShow.counter),
                        use(noShow.called), use(noShow.clerk), now;
                if (!caseId.empty()) {
                    s << "INSERT INTO cases(id, hall, case_no, state, version, body, updated_at, device_id, item, "
                         "clerk,"
                         " ticket_id, accepted_date, promised_date, completed_at, waived_due)"
                         " VALUES(?, 'busy', ?, ?, 1, ?, 0, 'bench', ?, ?, ?, ?, ?, NULLIF(?, 0), NULLIF(?, "
                         "'9999-12-31'))",
                        use(caseId), use(caseNo), use(caseState), use(caseBody), use(caseItem), use(caseClerk),
                        use(caseTicket), use(accepted), use(promised), use(completedAt), use(waivedDue), now;
                }
                if (!decidedId.empty()) {
                    s << "INSERT INTO cases(id, hall, case_no, state, version, body, updated_at, device_id, item, "
                         "clerk,"
                         " ticket_id, decided_at) VALUES(?, 'busy', '', ?, 1, '{}', 0, 'bench', ?, ?, ?, ?)",
                        use(decidedId), use(decidedState), use(decidedItem), use(decidedClerk), use(decidedTicket),
                        use(decidedAt), now;
                }
                if (!ratingId.empty()) {
                    s << "INSERT INTO ratings(id, hall, ticket_id, counter, clerk, category, level, reasons, comment,"
                         " channel, device_id, rated_at, rated_day) VALUES(?, 'busy', ?, ?, ?, ?, ?, '[]', '', 'pad',"
                         " 'bench', ?, ?)",
                        use(ratingId), use(ratingTicket), use(ratingCounter), use(ratingClerk), use(ratingCategory),
                        use(ratingLevel), use(ratingAt), use(ratingDay), now;
                }
                if (!rectId.empty()) {
                    s << "INSERT INTO rectifications(id, rating_id, hall, follow_up_due, fix_due, follow_up_day,"
                         " fix_day) VALUES(?, ?, 'busy', ?, ?, ?, ?)",
                        use(rectId), use(rectRating), use(rectFollowDue), use(rectFixDue), use(rectFollowDay),
                        use(rectFixDay), now;
                }
            });
            tickets += static_cast<std::int64_t>(done.id.size() + noShow.id.size());
            cases += static_cast<std::int64_t>(caseId.size() + decidedId.size());
            ratings += static_cast<std::int64_t>(ratingId.size());
            rectifications += static_cast<std::int64_t>(rectId.size());
        }
        db.write([](Poco::Data::Session& s) { s << "ANALYZE", now; });
        std::printf(
            "generated in %.1f s: %lld tickets, %lld cases, %lld ratings, %lld rectifications; database %.0f MiB\n",
            std::chrono::duration<double>(Clock::now() - genStart).count(), static_cast<long long>(tickets),
            static_cast<long long>(cases), static_cast<long long>(ratings), static_cast<long long>(rectifications),
            static_cast<double>(std::filesystem::file_size(dir / "server.db")) / (1024.0 * 1024.0));

        RatingStore ratingStore(db);
        StatsStore stats(db, ratingStore);
        const std::int64_t nowMs = hallTime.dayStartUtcMs("2027-01-05");
        DailyStats sample;
        const double oneDay = medianMs([&] { sample = stats.daily(kHall, "2026-07-15", nowMs); });
        std::printf(
            "one day (2026-07-15): %.1f ms (target < 100 ms) — %d tickets, %d cases accepted, %d rated, %zu counters\n",
            oneDay, sample.totals.ticketsIssued, sample.totals.casesAccepted, sample.totals.ratings.figures.rated,
            sample.byCounter.size());
        const double today = medianMs([&] { sample = stats.daily(kHall, "2026-12-31", nowMs); });
        std::printf("the last day (2026-12-31): %.1f ms — %d cases overdue\n", today, sample.totals.casesOverdue);
        const double range = medianMs([&] { stats.days(kHall, "2026-06-01", "2026-06-30", nowMs); });
        std::printf("30 days (2026-06-01 … 06-30): %.1f ms (target < 1000 ms)\n", range);
    }
    if (!std::getenv("ONEWINDOW_BENCH_KEEP"))
        std::filesystem::remove_all(dir);
    return 0;
}
