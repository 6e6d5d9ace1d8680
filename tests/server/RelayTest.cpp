// A hall server relays its day to its upstream (issue 31): the hall's numbers go up in the hall's order, each once,
// never an older state over a newer one; a cut line costs the hall nothing and what waited goes up when it is back;
// the upstream's day of the hall then equals the hall's own.
#include "Relay.h"
#include "Join.h"
#include "RelayStore.h"
#include "Sql.h"
#include "StoreError.h"
#include "TestServer.h"

#include "domain/Json.h"

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

class RelayTest : public ::testing::Test {
protected:
    void SetUp() override {
        upstream.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}}, 2, {"A", "B"});
        server::JoinRequest request;
        request.upstream = url();
        request.code = upstream.context().auth.createEnrollmentCode("h1", DeviceKind::Hall, std::nullopt, nowUtcMs());
        ASSERT_NO_THROW(server::joinUpstream(hall.database(), request, nowUtcMs()));
        relay.emplace(std::move(*server::Relay::forDatabase(hall.database(), [] { return nowUtcMs(); })));
        kiosk = hall.enroll("h1", DeviceKind::Kiosk);
        clerk = hall.clerkAt("h1", 1);
    }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(upstream.port()); }

    // At the hall: `n` numbers taken; of them `served` called and finished at counter 1, one sent on to queue B.
    void hallDay(int n, int served) {
        for (int i = 0; i < n; ++i)
            ASSERT_EQ(http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk).status, 201);
        for (int i = 0; i < served; ++i) {
            const auto called = http.post("/api/v1/counters/1/call-next", "", clerk);
            ASSERT_EQ(called.status, 200) << called.body;
            const std::string id = called.json()->getObject("ticket")->getValue<std::string>("id");
            const char* step = i == 0 ? "transfer" : "finish";
            ASSERT_EQ(
                http.post("/api/v1/tickets/" + id + "/" + step, i == 0 ? R"({"category":"B"})" : "", clerk).status,
                200);
        }
    }
    bool relayAll() {
        for (int round = 0; round < 50; ++round) {
            if (!relay->runOnce())
                return false;
            if (relay->status().backlog == 0)
                return true;
        }
        return false;
    }
    static std::vector<std::vector<std::string>> ticketsOf(server::Database& db) {
        std::string columns;
        for (const auto& c : server::RelayStore::ticketColumns())
            columns += (columns.empty() ? "" : ", ") + c;
        return tableRows(db, "SELECT " + columns + " FROM tickets ORDER BY id");
    }

    TestServer upstream;
    TestServer hall{TestServer::OnSQLite{}}; // a server of its own, joined to the upstream
    HttpClient http{hall.port()};
    std::optional<server::Relay> relay;
    std::string kiosk, clerk;
};

} // namespace

TEST_F(RelayTest, TheHallsNumbersGoUpAndTheUpstreamsDayOfTheHallIsTheHallsOwn) {
    hallDay(12, 5);
    ASSERT_TRUE(relayAll()) << relay->status().problem;
    EXPECT_EQ(ticketsOf(upstream.database()), ticketsOf(hall.database()));
    EXPECT_EQ(server::RelayStore(hall.database()).pendingCount(), 0) << "what the upstream has is forgotten here";

    const std::string hallBoss = hall.supervisorAt("h1", "boss"), upBoss = upstream.supervisorAt("h1", "boss");
    HttpClient up(upstream.port());
    const auto atHall = http.get("/api/v1/stats/daily?hall=h1", hallBoss).json()->getObject("totals");
    const auto atUpstream = up.get("/api/v1/stats/daily?hall=h1", upBoss).json()->getObject("totals");
    for (const char* key : {"tickets_issued", "served", "transferred", "wait_avg_s", "wait_p90_s", "service_avg_s"})
        EXPECT_EQ(atUpstream->get(key).toString(), atHall->get(key).toString()) << key;
    EXPECT_EQ(atUpstream->getValue<int>("tickets_issued"), 12);

    // The region's view says until when the hall's day is there.
    upstream.addRegion("cd", "成都市", {"h1"});
    const auto region = up.get("/api/v1/regions/cd/stats/daily", upstream.regionSupervisorAt("cd", "cdsup"));
    ASSERT_EQ(region.status, 200) << region.body;
    EXPECT_FALSE(region.json()->getArray("halls")->getObject(0)->isNull("relayed_until"));
}

TEST_F(RelayTest, ACutLineCostsTheHallNothingAndWhatWaitedGoesUpOnceWhenItIsBack) {
    hallDay(3, 1);
    ASSERT_TRUE(relayAll());
    upstream.stop(); // the line to the city is cut
    hallDay(4, 2);   // the hall serves on
    EXPECT_FALSE(relay->runOnce());
    const auto cut = relay->status();
    EXPECT_FALSE(cut.connected);
    EXPECT_GT(cut.backlog, 0);
    EXPECT_NE(cut.problem.find("cannot be reached"), std::string::npos) << cut.problem;
    upstream.restart();
    ASSERT_TRUE(relayAll()) << relay->status().problem;
    EXPECT_TRUE(relay->status().connected);
    EXPECT_EQ(ticketsOf(upstream.database()), ticketsOf(hall.database()));
}

TEST_F(RelayTest, EachChangeIsAppliedOnceInOrderAndNeverAnOlderStateOverANewer) {
    hallDay(2, 1);
    server::RelayStore atHall(hall.database());
    const auto changes = atHall.pending(100);
    ASSERT_GE(changes.size(), 4u); // two issued, one called, one transferred (and its new number)
    Poco::JSON::Array::Ptr batch = new Poco::JSON::Array;
    for (const auto& c : changes) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("seq", c.seq);
        o->set("kind", c.kind);
        o->set("row", parseObject(c.row));
        batch->add(o);
    }
    server::RelayStore atUpstream(upstream.database());
    const std::int64_t last = changes.back().seq;
    EXPECT_EQ(atUpstream.apply("h1", batch, 0, nowUtcMs()), last);
    const auto once = ticketsOf(upstream.database());
    // The answer lost, the batch sent again: nothing applied twice.
    EXPECT_EQ(atUpstream.apply("h1", batch, 0, nowUtcMs()), last);
    EXPECT_EQ(ticketsOf(upstream.database()), once);
    // A ticket's first state, sent again under a newer seq, does not overwrite what it became.
    Poco::JSON::Array::Ptr stale = new Poco::JSON::Array;
    Poco::JSON::Object::Ptr old = new Poco::JSON::Object;
    old->set("seq", last + 1);
    old->set("kind", "ticket");
    old->set("row", parseObject(changes.front().row));
    stale->add(old);
    EXPECT_EQ(atUpstream.apply("h1", stale, 0, nowUtcMs()), last + 1);
    EXPECT_EQ(ticketsOf(upstream.database()), once);
    // Another hall's ticket, or a kind not relayed, is refused with the whole batch.
    Poco::JSON::Object::Ptr foreign = new Poco::JSON::Object(*old);
    Poco::JSON::Object::Ptr row = parseObject(changes.front().row);
    row->set("hall", "h2");
    foreign->set("seq", last + 2);
    foreign->set("row", row);
    Poco::JSON::Array::Ptr bad = new Poco::JSON::Array;
    bad->add(foreign);
    EXPECT_THROW(atUpstream.apply("h1", bad, 0, nowUtcMs()), server::StoreError);
    EXPECT_EQ(atUpstream.relayOf("h1")->relayedSeq, last + 1);
}
