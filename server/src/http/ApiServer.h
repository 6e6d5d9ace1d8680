#pragma once

#include "HttpConnections.h"
#include "Notifier.h"
#include "RuleSweep.h"
#include "ServerContext.h"

#include <Poco/SharedPtr.h>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace ow::server {

class Router;

// The HTTP + WebSocket server over one database. Tests start it on port 0 on 127.0.0.1.
class ApiServer {
public:
    struct Options {
        std::string host = "127.0.0.1";
        std::uint16_t port = 0;
        // Request threads, timeouts and the caps per address (HttpConnections.h says what each is for). A hall
        // behind one NAT address has its devices' connections counted together.
        HttpConnections::Options connections;
        // HTTPS: the server's certificate (chain) and private key, PEM files. Without them the server speaks plain
        // HTTP, which it does only on a loopback address unless allowPlainHttp says otherwise (a hall behind a
        // TLS-terminating proxy on the same machine, a closed test network).
        std::string tlsCert, tlsKey;
        bool allowPlainHttp = false;
        BlobStore::Quota blobQuota; // attachment bytes per device and per hall in 24 hours
        EventHub::Limits streams;   // the live event streams
        // How often the rules that act by themselves run (超时默认: approval by rule past the promised date); 0: never.
        int ruleSweepSeconds = 300;
        // /metrics is served to loopback addresses, and elsewhere only with "Authorization: Bearer <this>" (empty:
        // loopback only). From the config file (metrics-token = …), not the command line, where ps shows it.
        std::string metricsToken;
        // PBKDF2 iterations of the password hashes it makes; 0: kDefaultKdfIterations (what a hall runs with).
        unsigned kdfIterations = 0;
        // Text messages (短信): the SMS platform (no URL: the log) and how often the outbox is looked at besides
        // being woken when a message is owed; 0: never (tests deliver by hand).
        SmsGatewayConfig sms;
        int notifyPeriodMs = 5000;
    };

    ApiServer(Database& db, const Options& options);
    ~ApiServer();

    void start();
    // Ends the live event streams, answers the requests under way for up to `grace` (taking no new ones), then stops.
    void stop(std::chrono::milliseconds grace = std::chrono::milliseconds(0));
    std::uint16_t port() const;
    std::string baseUrl() const;
    HttpConnections::Counts connections() const;
    std::vector<std::pair<std::string, std::string>> routes() const; // method and pattern of each route
    ServerContext& context() { return m_context; }

private:
    ServerContext m_context;
    Options m_options;
    Poco::SharedPtr<Router> m_router;
    std::unique_ptr<HttpConnections> m_http;
    RuleSweep m_rules;
    std::unique_ptr<Notifier> m_notifier;
    RuleSweep m_messages; // runs the notifier's rounds
};

} // namespace ow::server
