#include "AdminCommands.h"
#include "ApiServer.h"
#include "LineOnScreens.h"
#include "Relay.h"

#include "CommandLine.h"
#include "Database.h"
#include "SmsGateway.h"
#include "domain/HallTime.h"

#include "domain/Version.h"

#include <Poco/Exception.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <iostream>
#include <malloc.h>
#include <sys/resource.h>
#include <thread>

namespace {

constexpr const char* kUsage = R"(usage:
  onewindow-server serve --db sqlite:PATH --listen HOST:PORT [--tls-cert FILE --tls-key FILE] [--config FILE]
  onewindow-server serve --db postgresql://USER@HOST:PORT/DBNAME[?schema=NAME] --data DIR --listen HOST:PORT
  onewindow-server admin COMMAND --db ... [--data DIR] ...   (onewindow-server admin help)
  [--blob-quota-device-mb 2048] [--blob-quota-hall-mb 40960]   attachments a device, a hall may send in 24 h
  [--request-threads 96] [--request-timeout 10] [--keep-alive 30] [--max-connections-per-address 512]
  [--requests-per-address 32]   connections: threads, timeouts in seconds, caps per client address
  [--max-streams 20000] [--streams-per-device 4]   live event streams on this instance, and per device
A config file holds the same settings as "key = value" lines ("db = ...", "listen = ...", "tls-cert = ...",
"keep-alive = 30", ...); flags win over the file. --data is where
attachments and permit keys are kept: beside an SQLite file by default; required with PostgreSQL, and the same
(shared) directory for every instance. Off a loopback address the server speaks only HTTPS (--tls-cert and
--tls-key, PEM) unless --allow-plain-http (behind a TLS-terminating proxy). /metrics answers this machine only,
or whoever sends "Authorization: Bearer" with the config file's "metrics-token = ...".
Text messages (短信) go to the log unless the config file names an SMS platform: "sms-url = https://...",
"sms-key = ..." (sent as a bearer key), "sms-sign = 一窗通" and a template code per message:
"sms-template-booking_made = SMS_...", "sms-template-booking_reminder = SMS_...",
"sms-template-home_visit_scheduled = SMS_...", and the same for case_finished, case_posted, queue_near.
)";

int serve(const ow::server::CommandLine& cl) {
    const std::string db = cl.requireSetting("db");
    const std::string listen = cl.setting("listen").value_or("127.0.0.1:8080");
    const std::string data = cl.setting("data").value_or("");
    // A whole number between `min` and `max` from the flag or the settings file, else `fallback`.
    const auto number = [&](const std::string& key, long long fallback, long long min, long long max) {
        const std::string text = cl.setting(key).value_or("");
        if (text.empty())
            return fallback;
        std::size_t used = 0;
        long long value = 0;
        try {
            value = std::stoll(text, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != text.size() || value < min || value > max)
            throw std::invalid_argument(key + " takes a whole number from " + std::to_string(min) + " to " +
                                        std::to_string(max));
        return value;
    };
    const auto mebibytes = [&](const std::string& key, std::int64_t fallback) {
        return static_cast<std::int64_t>(number(key, fallback >> 20, 1, 1LL << 30)) << 20;
    };
    const auto colon = listen.rfind(':');
    if (colon == std::string::npos)
        throw std::invalid_argument("--listen takes HOST:PORT");
    ow::server::ApiServer::Options options;
    options.host = listen.substr(0, colon);
    options.port = static_cast<std::uint16_t>(std::stoi(listen.substr(colon + 1)));
    options.tlsCert = cl.setting("tls-cert").value_or("");
    options.tlsKey = cl.setting("tls-key").value_or("");
    options.allowPlainHttp = cl.flagOrSetting("allow-plain-http");
    if (cl.option("metrics-token"))
        throw std::invalid_argument("the metrics token belongs in the --config file: ps shows command lines");
    options.metricsToken = cl.setting("metrics-token").value_or("");
    if (cl.option("sms-key"))
        throw std::invalid_argument("the SMS platform's key belongs in the --config file: ps shows command lines");
    options.sms.url = cl.setting("sms-url").value_or("");
    options.sms.key = cl.setting("sms-key").value_or("");
    options.sms.sign = cl.setting("sms-sign").value_or("一窗通");
    for (const char* kind : ow::server::kMessageKinds)
        if (auto code = cl.setting(std::string("sms-template-") + kind))
            options.sms.templates[kind] = *code;
    options.blobQuota.deviceBytes = mebibytes("blob-quota-device-mb", options.blobQuota.deviceBytes);
    options.blobQuota.hallBytes = mebibytes("blob-quota-hall-mb", options.blobQuota.hallBytes);
    auto& http = options.connections;
    http.threads = static_cast<int>(number("request-threads", http.threads, 4, 1000));
    http.requestTimeout = std::chrono::seconds(number("request-timeout", http.requestTimeout.count(), 1, 600));
    http.keepAlive = std::chrono::seconds(number("keep-alive", http.keepAlive.count(), 1, 600));
    http.maxPerAddress = static_cast<std::size_t>(
        number("max-connections-per-address", static_cast<long long>(http.maxPerAddress), 1, 100000));
    http.busyPerAddress =
        static_cast<std::size_t>(number("requests-per-address", static_cast<long long>(http.busyPerAddress), 1, 1000));
    options.streams.maxStreams =
        static_cast<std::size_t>(number("max-streams", static_cast<long long>(options.streams.maxStreams), 1, 1000000));
    options.streams.maxPerDevice = static_cast<std::size_t>(
        number("streams-per-device", static_cast<long long>(options.streams.maxPerDevice), 1, 100000));

    // Every live screen is a descriptor: take all the system allows (often 1,024 soft of a far larger hard limit).
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }

    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr); // threads started below inherit the mask

    ow::server::Database database(db, data);
    ow::server::ApiServer server(database, options);
    server.start();
    std::cout << "onewindow-server listening on " << server.baseUrl() << " (database " << database.displayName() << ")"
              << std::endl;
    // A hall server (admin join): its changes go up to the city's or province's server in the background.
    auto relay = ow::server::Relay::forDatabase(database, server.context().auth, [] { return ow::nowUtcMs(); });
    if (relay) {
        ow::server::showLineOnScreens(*relay, server.context());
        relay->start();
        std::cout << "onewindow-server relaying hall " << relay->hall() << " to its upstream" << std::endl;
    }
    for (int received = 0; sigwait(&signals, &received) == 0;) {
        if (received != SIGHUP)
            break;
        // Nothing is kept open that a rotation would need reopened: the log is standard output (the journal), and
        // nothing else the server writes is rotated. Settings and certificates are read at start.
        std::cout << "onewindow-server: SIGHUP: nothing to reopen; new settings or certificates take a restart "
                     "(systemctl restart onewindow-server: requests under way are answered first)"
                  << std::endl;
    }
    // Within systemd's stop timeout (15 s in the unit): the live screens are told, the requests under way answered
    // (8 s at most), then everything closed.
    std::cout << "onewindow-server stopping: answering the requests under way" << std::endl;
    if (relay)
        relay->stop(); // a batch under way is answered or times out; what was not confirmed goes up next time
    server.stop(std::chrono::seconds(8));
    std::cout << "onewindow-server stopped" << std::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    // One malloc arena per core instead of glibc's eight: the HTTP worker threads allocate and free each other's
    // memory (pooled database connections, page caches), and with many arenas the freed memory stays scattered
    // and resident — measured by the soak (bench/SoakBench.cpp): RSS kept growing with the default, flat with this.
    mallopt(M_ARENA_MAX, static_cast<int>(std::max(2u, std::thread::hardware_concurrency())));
    try {
        ow::server::CommandLine cl(argc, argv,
                                   {"password-stdin", "help", "json", "card", "allow-plain-http", "version"});
        const auto& words = cl.words();
        if (cl.flag("version")) {
            std::cout << "onewindow-server " << ow::productVersion() << " (" << ow::productCommit() << ")\n";
            return 0;
        }
        if (words.empty() || cl.flag("help")) {
            std::cout << kUsage;
            return words.empty() && !cl.flag("help") ? 2 : 0;
        }
        if (words[0] == "serve")
            return serve(cl);
        if (words[0] == "admin")
            return ow::server::runAdmin(cl, std::cin, std::cout, std::cerr,
                                        std::string(ow::productVersion()) + " (" + ow::productCommit() + ")");
        std::cerr << "unknown command \"" << words[0] << "\"\n" << kUsage;
        return 2;
    } catch (const std::invalid_argument& e) {
        std::cerr << "onewindow-server: " << e.what() << "\n" << kUsage;
        return 2;
    } catch (const Poco::Exception& e) {
        std::cerr << "onewindow-server: " << e.displayText() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "onewindow-server: " << e.what() << "\n";
        return 1;
    }
}
