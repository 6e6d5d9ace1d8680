// A hall day at 20× speed for 30 minutes (issue 9): a real onewindow-server process on SQLite with the demo hall,
// and in this process the client side of a whole hall, on the client's own libraries — six counters (a clerk
// logged in at each, calling, starting and finishing), a kiosk issuing numbers, a call display, six rating pads
// answering every finished service, a village station entering cases with an attachment and syncing, and a
// supervisor reloading the day's counts. Every 10 s it samples the server's and its own resident memory and open
// file descriptors (/proc). Printed: the figures per minute, and at the end the baseline (after a warm-up of a
// sixth of the run) against the last sixth, each the median of its samples. Memory is judged without the pages of
// the memory-mapped database file (the kernel's page cache, counted in VmRSS as they are read), which are printed
// beside it. Exit 1 when memory grew by more than 10 %, descriptors grew (by more
// than connections coming and going: 4, or 5 %), the server wrote an error, or a device saw a failure.
// The server starts as a hall's server runs mid-year: with weeks of history (by default 30 days of 500 numbers
// each, called and finished by the queue's own code), so that what its caches settle at is what a day adds to,
// not an empty database filling up.
// usage: soak_bench [minutes=30] [speed=20] [history days=30]
#include "Process.h"

#include "Database.h"
#include "QueueStore.h"

#include "domain/HallTime.h"
#include "domain/Rating.h"
#include "store/BlobCache.h"
#include "store/CaseStore.h"
#include "store/LocalStore.h"
#include "sync/ApiClient.h"
#include "sync/CounterService.h"
#include "sync/HallFeed.h"
#include "sync/PadSession.h"
#include "sync/StatsService.h"
#include "sync/SyncEngine.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <regex>
#include <sstream>

using namespace ow;
using namespace ow::testing;

namespace {

struct Usage {
    long rssKiB = 0, anonKiB = 0;
    long dbMapKiB = 0; // resident pages of a memory-mapped database file (.db): the kernel's page cache, shared
    int fds = 0;
    long ownKiB() const { return rssKiB - dbMapKiB; } // what the process itself holds: heap, stacks, code
};

Usage usageOf(pid_t pid) {
    Usage u;
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmRSS:", 0) == 0)
            u.rssKiB = std::stol(line.substr(6));
        else if (line.rfind("RssAnon:", 0) == 0)
            u.anonKiB = std::stol(line.substr(8));
    }
    // The server reads its database through a memory map: those pages are counted in VmRSS as they are touched,
    // and the kernel takes them back when it needs memory — they say how much of the file was read lately, not
    // what the process holds.
    std::ifstream smaps("/proc/" + std::to_string(pid) + "/smaps");
    bool database = false;
    for (std::string line; std::getline(smaps, line);) {
        if (!line.empty() && std::isxdigit(static_cast<unsigned char>(line[0])) && line.find('-') < 16)
            database = line.size() > 3 && line.compare(line.size() - 3, 3, ".db") == 0;
        else if (database && line.rfind("Rss:", 0) == 0)
            u.dbMapKiB += std::stol(line.substr(4));
    }
    std::error_code ec;
    for (auto it = std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/fd", ec);
         !ec && it != std::filesystem::directory_iterator(); it.increment(ec))
        ++u.fds;
    return u;
}

struct Sample {
    double minute = 0;
    Usage server, client;
    double heapMiB = 0, sqliteMiB = 0; // the server's own account (/metrics): heap in use, SQLite's part of it
};

// A gauge from the server's /metrics, in MiB (0 when it cannot be read).
double gaugeMiB(const std::string& metrics, const std::string& name) {
    std::smatch m;
    if (!std::regex_search(metrics, m, std::regex("\\n" + name + " ([0-9.e+]+)")))
        return 0;
    return std::stod(m[1]) / (1024.0 * 1024.0);
}

std::string fetchMetrics(const QString& url) {
    try {
        const Poco::URI uri(url.toStdString());
        Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/metrics", Poco::Net::HTTPMessage::HTTP_1_1);
        session.sendRequest(request);
        Poco::Net::HTTPResponse response;
        std::string body;
        Poco::StreamCopier::copyToString(session.receiveResponse(response), body);
        return body;
    } catch (const Poco::Exception&) {
        return {};
    }
}

ApiReply await(const std::function<void(ApiClient::Callback)>& send) {
    std::optional<ApiReply> reply;
    QEventLoop loop;
    send([&](const ApiReply& r) {
        reply = r;
        loop.quit();
    });
    if (!reply)
        loop.exec();
    return *reply;
}

QString field(const ApiReply& reply, const char* name) {
    return QJsonDocument::fromJson(reply.body).object().value(QLatin1String(name)).toString();
}

// A device of the hall: enrolled with its one-time code, and (for staff devices) a person logged in.
struct Device {
    std::unique_ptr<ApiClient> api;
    QString deviceId;
};

Device enroll(const QString& url, const std::string& code, const QString& name, const QString& user = {}) {
    Device d;
    d.api = std::make_unique<ApiClient>(url);
    const ApiReply enrolled = await([&](auto done) { d.api->enroll(QString::fromStdString(code), name, done); });
    if (!enrolled.ok())
        throw std::runtime_error("enrolling " + name.toStdString() + ": " + enrolled.userMessage().toStdString());
    d.deviceId = field(enrolled, "device_id");
    d.api->setToken(field(enrolled, "device_token").toUtf8());
    if (!user.isEmpty()) {
        const ApiReply login = await([&](auto done) { d.api->login(user, QStringLiteral("demo1234"), done); });
        if (!login.ok())
            throw std::runtime_error("logging in " + user.toStdString() + ": " + login.userMessage().toStdString());
        d.api->setToken(field(login, "token").toUtf8());
    }
    return d;
}

// One figure over the samples of minutes [from, to].
std::vector<double> window(const std::vector<Sample>& samples, double from, double to,
                           const std::function<double(const Sample&)>& what) {
    std::vector<double> values;
    for (const Sample& s : samples)
        if (s.minute >= from && s.minute <= to)
            values.push_back(what(s));
    return values;
}

// The median: one sample taken while a big query had the database mapped in does not move it.
double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
    return values[values.size() / 2];
}

double most(const std::vector<double>& values) {
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

// `days` of a hall's queue before today, through the queue's own code (numbers, calls, finishes, their events and
// audit entries): 500 numbers a day over the six counters.
void seedHistory(const std::string& db, int days) {
    server::Database database(db);
    server::QueueStore queue(database);
    const std::int64_t dayMs = 24LL * 3600 * 1000;
    const std::int64_t today = nowUtcMs() / dayMs * dayMs;
    for (int d = days; d >= 1; --d) {
        const std::int64_t opens = today - d * dayMs + 1 * 3600 * 1000; // 09:00 in Shanghai
        for (int i = 0; i < 500; ++i) {
            const std::int64_t at = opens + i * 60 * 1000;
            const int counter = 1 + i % 6; // 1–2 serve A, 3–4 B (and A), 5 C (and A), 6 C
            queue.issue("demo", counter <= 2 ? "A" : counter <= 4 ? "B" : "C", Priority::Normal, at);
            server::Principal clerk{"seed-counter-" + std::to_string(counter),
                                    "demo",
                                    DeviceKind::Counter,
                                    counter,
                                    "clerk" + std::to_string(counter),
                                    StaffRole::Clerk,
                                    "办事员",
                                    INT64_MAX,
                                    "C" + std::to_string(counter)};
            if (auto called = queue.callNext(clerk, counter, at + 1000))
                queue.act(clerk, called->ticket.id, TicketAction::Finish, at + 5 * 60 * 1000);
        }
    }
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const double minutes = argc > 1 ? std::atof(argv[1]) : 30;
    const double speed = argc > 2 ? std::atof(argv[2]) : 20;
    const int historyDays = argc > 3 ? std::atoi(argv[3]) : 30;
    auto scaled = [&](double realSeconds) { return std::max(50, static_cast<int>(realSeconds * 1000 / speed)); };

    QTemporaryDir dir;
    const std::string db = "sqlite:" + QDir(dir.path()).filePath(QStringLiteral("server.db")).toStdString();
    const ProcessResult demo = Process::run({ONEWINDOW_SERVER_EXE, "admin", "demo", "--db", db});
    const ProcessResult catalog =
        Process::run({ONEWINDOW_SERVER_EXE, "admin", "import-catalog", ONEWINDOW_DEMO_CATALOG, "--db", db});
    if (demo.exitCode != 0 || catalog.exitCode != 0) {
        std::fprintf(stderr, "soak_bench: setting up the demo hall failed:\n%s%s", demo.err.c_str(),
                     catalog.err.c_str());
        return 1;
    }
    QElapsedTimer seeding;
    seeding.start();
    try {
        seedHistory(db, historyDays);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "soak_bench: writing the history failed: %s\n", e.what());
        return 1;
    }
    std::printf("soak_bench: %d days of history written in %.1f s\n", historyDays, seeding.elapsed() / 1000.0);
    std::map<std::string, std::string> codes; // "counter 1" → code, "kiosk" → code, ...
    {
        std::istringstream lines(demo.out);
        const std::regex codeLine(R"(^\s*(counter \d|pad \d|kiosk|display|station|supervisor) (\S+)\s*$)");
        std::smatch m;
        for (std::string line; std::getline(lines, line);)
            if (std::regex_match(line, m, codeLine))
                codes[m[1]] = m[2];
    }

    Process server({ONEWINDOW_SERVER_EXE, "serve", "--db", db, "--listen", "127.0.0.1:0"});
    QString url;
    for (int i = 0; i < 500 && url.isEmpty(); ++i) {
        std::smatch m;
        const std::string out = server.poll().out;
        if (std::regex_search(out, m, std::regex(R"(listening on (http://\S+))")))
            url = QString::fromStdString(m[1]);
        else
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (url.isEmpty()) {
        std::fprintf(stderr, "soak_bench: the server did not start:\n%s", server.poll().err.c_str());
        return 1;
    }

    std::mt19937 random(7);
    auto between = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(random); };
    std::map<std::string, long> counts;
    std::vector<std::unique_ptr<QObject>> owned; // feeds and services, destroyed before the devices
    std::vector<Device> devices;
    std::vector<std::unique_ptr<LocalStore>> stores;
    auto failure = [&](const QString& who, const QString& message) {
        ++counts["failures"];
        std::fprintf(stderr, "soak_bench: %s: %s\n", qPrintable(who), qPrintable(message));
    };
    auto every = [&](int ms, std::function<void()> tick) {
        auto* timer = new QTimer(&app);
        QObject::connect(timer, &QTimer::timeout, tick);
        timer->start(ms);
    };

    try {
        // Six counters, each with a clerk: call, start, finish at a clerk's pace (a service of 2–8 minutes).
        for (int n = 1; n <= 6; ++n) {
            devices.push_back(enroll(url, codes["counter " + std::to_string(n)], QStringLiteral("窗口%1").arg(n),
                                     QStringLiteral("clerk%1").arg(n)));
            auto feed = std::make_unique<HallFeed>(*devices.back().api, QStringLiteral("demo"));
            feed->start();
            auto counter = std::make_unique<CounterService>(*devices.back().api, *feed, n);
            CounterService* c = counter.get();
            QObject::connect(c, &CounterService::failed,
                             [&, n](const QString& m) { failure(QStringLiteral("counter %1").arg(n), m); });
            std::function<void()> step = [&, c, n] {
                if (c->isBusy())
                    return;
                if (!c->current()) {
                    c->callNext();
                    ++counts["calls asked"];
                } else if (c->current()->status == TicketStatus::Called) {
                    c->start();
                } else {
                    c->finish();
                    ++counts["services finished"];
                }
            };
            auto* timer = new QTimer(&app);
            QObject::connect(timer, &QTimer::timeout, [&, timer, step] {
                step();
                timer->start(scaled(between(40, 160))); // the next step of this clerk
            });
            timer->start(scaled(between(1, 60)));
            owned.push_back(std::move(feed));
            owned.push_back(std::move(counter));
        }
        // The kiosk: a citizen about every 50 s of hall time, for one of the three queues.
        devices.push_back(enroll(url, codes["kiosk"], QStringLiteral("取号机")));
        ApiClient* kiosk = devices.back().api.get();
        every(scaled(50), [&, kiosk] {
            const QString category = QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}.at(
                static_cast<int>(random() % 3));
            kiosk->issueTicket(QStringLiteral("demo"), category, Priority::Normal, [&](const ApiReply& r) {
                if (r.ok())
                    ++counts["tickets issued"];
                else
                    failure(QStringLiteral("kiosk"), r.userMessage());
            });
        });
        // The call display.
        devices.push_back(enroll(url, codes["display"], QStringLiteral("叫号屏")));
        auto display = std::make_unique<HallFeed>(*devices.back().api, QStringLiteral("demo"));
        QObject::connect(display.get(), &HallFeed::snapshotChanged, [&] { ++counts["display updates"]; });
        display->start();
        owned.push_back(std::move(display));
        // Six rating pads: most citizens answer after a few seconds, some not at all (the pad's timeout).
        for (int n = 1; n <= 6; ++n) {
            devices.push_back(enroll(url, codes["pad " + std::to_string(n)], QStringLiteral("评价器%1").arg(n)));
            stores.push_back(
                std::make_unique<LocalStore>(QDir(dir.path()).filePath(QStringLiteral("pad%1.db").arg(n))));
            auto pad =
                std::make_unique<PadSession>(*devices.back().api, QStringLiteral("demo"), n, stores.back().get());
            PadSession* p = pad.get();
            QObject::connect(p, &PadSession::ratingWanted, [&, p](const QString& ticketId, const QString&) {
                QTimer::singleShot(scaled(between(5, 40)), p, [&, p, ticketId] {
                    std::optional<RatingInput> answer;
                    const double roll = between(0, 1);
                    if (roll < 0.85)
                        answer = RatingInput{roll < 0.6 ? 5 : 4, {}, {}};
                    else if (roll < 0.9 && !p->policy().reasons.empty())
                        answer = RatingInput{2, {p->policy().reasons.front()}, "等得太久了"};
                    p->submit(ticketId, answer);
                    ++counts[answer ? "ratings" : "not rated"];
                });
            });
            pad->start();
            owned.push_back(std::move(pad));
        }
        // The village station: a case with a scanned page about every 20 minutes, synced every 30 s (hall time).
        devices.push_back(enroll(url, codes["station"], QStringLiteral("代办站"), QStringLiteral("agent1")));
        stores.push_back(std::make_unique<LocalStore>(QDir(dir.path()).filePath(QStringLiteral("station.db"))));
        auto engine = std::make_unique<SyncEngine>(*devices.back().api, *stores.back(), devices.back().deviceId);
        SyncEngine* sync = engine.get();
        QObject::connect(sync, &SyncEngine::roundFinished, [&](bool ok, const QString& message) {
            if (ok)
                ++counts["sync rounds"];
            else
                failure(QStringLiteral("station sync"), message);
        });
        sync->setAutomatic(true, scaled(30));
        every(scaled(20 * 60), [&, sync] {
            Case c;
            c.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
            c.hall = "demo";
            c.caseNo = "DEMO-SOAK-" + std::to_string(++counts["cases entered"]);
            c.items = {"GA-CSHK"};
            c.applicant.name = "村民" + std::to_string(counts["cases entered"]);
            c.applicant.idNumber = "11010519491231002X";
            c.state = CaseState::Accepted;
            c.channel = "station";
            QByteArray page(60 * 1024, '\0');
            for (auto& ch : page)
                ch = static_cast<char>(random());
            c.materials = {
                {"cszm", MaterialState::Submitted, std::nullopt, {sync->blobs().addBytes(page).toStdString()}, {}}};
            sync->cases().save(c, nowUtcMs());
        });
        owned.push_back(std::move(engine));
        // The supervisor's day: the counts, reloaded about every 5 minutes.
        devices.push_back(enroll(url, codes["supervisor"], QStringLiteral("值班长"), QStringLiteral("super1")));
        auto stats = std::make_unique<StatsService>(*devices.back().api, QStringLiteral("demo"));
        StatsService* st = stats.get();
        QObject::connect(st, &StatsService::loaded, [&] { ++counts["count reloads"]; });
        QObject::connect(st, &StatsService::failed,
                         [&](const QString& m) { failure(QStringLiteral("supervisor"), m); });
        st->load(QString::fromStdString(HallTime("Asia/Shanghai").businessDay(nowUtcMs())));
        every(scaled(5 * 60), [st] { st->reload(); });
        owned.push_back(std::move(stats));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "soak_bench: %s\n", e.what());
        return 1;
    }

    std::vector<Sample> samples;
    std::string serverErrors;
    QElapsedTimer clock;
    clock.start();
    std::printf("soak_bench: %.0f min at %.0f× (%.1f hall hours), server pid %d at %s\n", minutes, speed,
                minutes * speed / 60, server.pid(), qPrintable(url));
    std::printf(
        "  minute  server RSS (db map)   own  (anon)  heap sqlite  fds | client RSS  (anon)   fds | issued  finished  "
        "ratings  cases\n");
    every(10000, [&] {
        Sample s{clock.elapsed() / 60000.0, usageOf(server.pid()), usageOf(getpid())};
        const std::string metrics = fetchMetrics(url);
        s.heapMiB = gaugeMiB(metrics, "onewindow_heap_in_use_bytes");
        s.sqliteMiB = gaugeMiB(metrics, "onewindow_sqlite_memory_bytes");
        samples.push_back(s);
        serverErrors = server.poll().err;
        if (samples.size() % 6 == 0)
            std::printf(
                "  %6.1f  %7.1f MiB (%5.1f) %5.1f  %5.1f %5.1f %5.1f  %5d | %7.1f MiB %5.1f  %5d | %6ld  %8ld  %7ld  "
                "%5ld\n",
                s.minute, s.server.rssKiB / 1024.0, s.server.dbMapKiB / 1024.0, s.server.ownKiB() / 1024.0,
                s.server.anonKiB / 1024.0, s.heapMiB, s.sqliteMiB, s.server.fds, s.client.rssKiB / 1024.0,
                s.client.anonKiB / 1024.0, s.client.fds, counts["tickets issued"], counts["services finished"],
                counts["ratings"], counts["cases entered"]);
        std::fflush(stdout);
        if (s.minute >= minutes)
            app.quit();
    });
    app.exec();

    ::kill(server.pid(), SIGTERM);
    const ProcessResult stopped = server.wait(std::chrono::seconds(30));
    serverErrors = stopped.err;
    owned.clear();
    for (auto& d : devices)
        d.api->waitForIdle();

    const double warm = minutes / 6, last = minutes - minutes / 6;
    bool ok = true;
    std::printf("\n  baseline: minutes %.1f–%.1f; end: minutes %.1f–%.1f\n", warm, 2 * warm, last, minutes);
    // Baseline and end of one figure: the median (or, with `most`, the largest value) of each window.
    auto span = [&](const std::function<double(const Sample&)>& what, double (*of)(std::vector<double>) = median) {
        return std::pair{of(window(samples, warm, 2 * warm, what)), of(window(samples, last, minutes, what))};
    };
    for (bool isServer : {true, false}) {
        auto usage = [isServer](const Sample& s) -> const Usage& { return isServer ? s.server : s.client; };
        const auto [base, end] = span([&](const Sample& s) { return double(usage(s).ownKiB()); });
        const auto [baseAnon, endAnon] = span([&](const Sample& s) { return double(usage(s).anonKiB); });
        const auto [baseRss, endRss] = span([&](const Sample& s) { return double(usage(s).rssKiB); });
        const auto [baseFds, endFds] =
            span([&](const Sample& s) { return double(usage(s).fds); }, [](std::vector<double> v) { return most(v); });
        const double growth = base > 0 ? 100.0 * (end - base) / base : 0;
        // Descriptors come and go with connections; a leak adds one per request or per reconnect, hundreds here.
        const bool flat = growth <= 10.0 && endFds <= baseFds + std::max(4.0, baseFds / 20);
        ok = ok && flat;
        std::printf(
            "  %s RSS without the database's mapped pages %.1f → %.1f MiB (%+.1f %%, target within 10 %%); "
            "anonymous %.1f → %.1f MiB; VmRSS as reported %.1f → %.1f MiB; descriptors (most) %.0f → %.0f  %s\n",
            isServer ? "server" : "client", base / 1024, end / 1024, growth, baseAnon / 1024, endAnon / 1024,
            baseRss / 1024, endRss / 1024, baseFds, endFds, flat ? "flat" : "GREW");
    }
    const auto [baseHeap, endHeap] = span([](const Sample& s) { return s.heapMiB; });
    const auto [baseSqlite, endSqlite] = span([](const Sample& s) { return s.sqliteMiB; });
    std::printf("  server heap in use %.1f → %.1f MiB, of it SQLite %.1f → %.1f MiB (the server's /metrics)\n",
                baseHeap, endHeap, baseSqlite, endSqlite);
    std::printf("  work: ");
    for (const auto& [what, n] : counts)
        std::printf("%s %ld; ", what.c_str(), n);
    std::printf("\n  server exit %d, error lines %zu\n", stopped.exitCode,
                static_cast<std::size_t>(std::count(serverErrors.begin(), serverErrors.end(), '\n')));
    if (!serverErrors.empty())
        std::printf("%s", serverErrors.c_str());
    ok = ok && serverErrors.empty() && counts["failures"] == 0 && stopped.exitCode == 0 &&
         counts["services finished"] > 0;
    std::printf("  %s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
