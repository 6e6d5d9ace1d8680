#pragma once

// A hall server joined to an upstream, both in this process, with its relay run round by round by the test (issue 31).
#include "Relay.h"
#include "TestFiles.h"
#include "TestServer.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace ow::testing {

class JoinedHall : public ::testing::Test {
protected:
    void SetUp() override {
        upstream.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}}, 2, {"A", "B"});
        upstream.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
        ASSERT_NO_THROW(relay.emplace(hall.joinAsHallServer(upstream, "h1")));
        kiosk = hall.enroll("h1", DeviceKind::Kiosk);
        clerk = hall.clerkAt("h1", 1);
    }
    // Both servers stop while the whole fixture still lives: a derived fixture's clock (its `now`) is read by their
    // threads until then.
    void TearDown() override {
        relay.reset();
        hall.stop();
        upstream.stop();
    }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(upstream.port()); }

    // Rounds until nothing waits (false when a round failed).
    bool relayAll() {
        for (int round = 0; round < 50; ++round) {
            if (!relay->runOnce())
                return false;
            if (relay->status().backlog == 0)
                return true;
        }
        return false;
    }
    // Hall h1's server as the upstream's relay route knows it.
    static server::Principal hallServer() {
        server::Principal p;
        p.hall = "h1";
        p.kind = DeviceKind::Hall;
        p.deviceId = "hall-server-h1";
        return p;
    }

    TestServer upstream;
    TestServer hall{TestServer::OnSQLite{}}; // a server of its own, joined to the upstream
    HttpClient http{hall.port()};
    std::optional<server::Relay> relay;
    std::string kiosk, clerk;
};

} // namespace ow::testing
