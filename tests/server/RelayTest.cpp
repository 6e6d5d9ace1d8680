// A hall server relays its day to its upstream (issue 31): the hall's numbers go up in the hall's order, each once,
// never an older state over a newer one; a cut line costs the hall nothing and what waited goes up when it is back;
// the upstream's day of the hall then equals the hall's own.
#include "Relay.h"
#include "AuditLog.h"
#include "Bookings.h"
#include "Crypto.h"
#include "JoinedHall.h"
#include "LineOnScreens.h"
#include "RelayStore.h"
#include "Sql.h"
#include "StoreError.h"
#include "TestFiles.h"

#include "domain/Case.h"
#include "domain/Json.h"
#include "permit/PermitToken.h"

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

class RelayTest : public JoinedHall {
protected:
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
    static std::vector<std::vector<std::string>> ticketsOf(server::Database& db) { return relayedRows(db, "ticket"); }
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

    // The hall runs on its own server: its devices read at the upstream but change nothing there.
    const auto refused =
        up.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", upstream.enroll("h1", DeviceKind::Kiosk));
    EXPECT_EQ(refused.status, 409) << refused.body;
    EXPECT_EQ(refused.errorCode(), "hall_on_own_server");
}

TEST_F(RelayTest, ACutLineCostsTheHallNothingAndWhatWaitedGoesUpOnceWhenItIsBack) {
    server::showLineOnScreens(*relay, hall.context());
    hallDay(3, 1);
    ASSERT_TRUE(relayAll());
    upstream.stop(); // the line to the city is cut
    hallDay(4, 2);   // the hall serves on
    EXPECT_FALSE(relay->runOnce());
    const auto cut = relay->status();
    EXPECT_FALSE(cut.connected);
    EXPECT_GT(cut.backlog, 0);
    EXPECT_NE(cut.problem.find("cannot be reached"), std::string::npos) << cut.problem;
    // The hall's monitoring sees the line cut and what waits; the hall's screens see it in every snapshot.
    const std::string atHall = http.get("/metrics").body;
    EXPECT_NE(atHall.find("onewindow_upstream_connected 0"), std::string::npos) << atHall;
    EXPECT_NE(atHall.find("onewindow_upstream_backlog " + std::to_string(cut.backlog)), std::string::npos);
    const auto snapshot = http.get("/api/v1/halls/h1/queue", kiosk);
    ASSERT_EQ(snapshot.status, 200) << snapshot.body;
    EXPECT_FALSE(snapshot.json()->getObject("upstream")->getValue<bool>("connected"));
    upstream.restart();
    ASSERT_TRUE(relayAll()) << relay->status().problem;
    EXPECT_TRUE(relay->status().connected);
    EXPECT_EQ(ticketsOf(upstream.database()), ticketsOf(hall.database()));
    EXPECT_NE(http.get("/metrics").body.find("onewindow_upstream_connected 1"), std::string::npos);
    // The upstream's monitoring sees each hall's last contact and what it still had to send.
    const std::string atUpstream = HttpClient(upstream.port()).get("/metrics").body;
    EXPECT_NE(atUpstream.find("onewindow_hall_relay_backlog{hall=\"h1\"} 0"), std::string::npos) << atUpstream;
    EXPECT_NE(atUpstream.find("onewindow_hall_relay_age_seconds{hall=\"h1\"}"), std::string::npos);
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
    EXPECT_EQ(atUpstream.apply(hallServer(), upstream.context().auth, batch, 0, nowUtcMs()), last);
    const auto once = ticketsOf(upstream.database());
    // The answer lost, the batch sent again: nothing applied twice.
    EXPECT_EQ(atUpstream.apply(hallServer(), upstream.context().auth, batch, 0, nowUtcMs()), last);
    EXPECT_EQ(ticketsOf(upstream.database()), once);
    // A ticket's first state, sent again under a newer seq, does not overwrite what it became.
    Poco::JSON::Array::Ptr stale = new Poco::JSON::Array;
    Poco::JSON::Object::Ptr old = new Poco::JSON::Object;
    old->set("seq", last + 1);
    old->set("kind", "ticket");
    const auto firstTicket = std::find_if(changes.begin(), changes.end(),
                                          [](const server::RelayStore::Change& c) { return c.kind == "ticket"; });
    old->set("row", parseObject(firstTicket->row));
    stale->add(old);
    EXPECT_EQ(atUpstream.apply(hallServer(), upstream.context().auth, stale, 0, nowUtcMs()), last + 1);
    EXPECT_EQ(ticketsOf(upstream.database()), once);
    // Another hall's ticket, or a kind not relayed, is refused with the whole batch.
    Poco::JSON::Object::Ptr foreign = new Poco::JSON::Object(*old);
    Poco::JSON::Object::Ptr row = parseObject(firstTicket->row);
    row->set("hall", "h2");
    foreign->set("seq", last + 2);
    foreign->set("row", row);
    Poco::JSON::Array::Ptr bad = new Poco::JSON::Array;
    bad->add(foreign);
    EXPECT_THROW(atUpstream.apply(hallServer(), upstream.context().auth, bad, 0, nowUtcMs()), server::StoreError);
    // A text where a whole number belongs, or a row without what the table needs: refused in words, not applied.
    for (const auto& [column, value] : std::vector<std::pair<std::string, Poco::Dynamic::Var>>{
             {"version", Poco::Dynamic::Var("7")}, {"status", Poco::Dynamic::Var()}}) {
        Poco::JSON::Object::Ptr broken = parseObject(firstTicket->row);
        broken->set("id", "t-broken");
        broken->set(column, value);
        Poco::JSON::Object::Ptr change = new Poco::JSON::Object(*old);
        change->set("seq", last + 2);
        change->set("row", broken);
        Poco::JSON::Array::Ptr one = new Poco::JSON::Array;
        one->add(change);
        try {
            atUpstream.apply(hallServer(), upstream.context().auth, one, 0, nowUtcMs());
            ADD_FAILURE() << column << " taken";
        } catch (const server::StoreError& e) {
            EXPECT_NE(std::string(e.what()).find("changes[0].row"), std::string::npos) << e.what();
        }
    }
    // An attachment whose bytes did not come up first is not confirmed.
    Poco::JSON::Object::Ptr blob = new Poco::JSON::Object;
    blob->set("sha256", std::string(64, 'a'));
    blob->set("size", 10);
    Poco::JSON::Object::Ptr unsent = new Poco::JSON::Object;
    unsent->set("seq", last + 2);
    unsent->set("kind", "blob");
    unsent->set("row", blob);
    Poco::JSON::Array::Ptr one = new Poco::JSON::Array;
    one->add(unsent);
    try {
        atUpstream.apply(hallServer(), upstream.context().auth, one, 0, nowUtcMs());
        ADD_FAILURE() << "an attachment never sent was confirmed";
    } catch (const server::StoreError& e) {
        EXPECT_EQ(e.code(), "blob_missing");
    }
    EXPECT_EQ(atUpstream.relayOf("h1")->relayedSeq, last + 1);
    EXPECT_EQ(ticketsOf(upstream.database()), once);
}

TEST_F(RelayTest, RatingsCasesPermitsAndTheHallsAuditChainGoUpAndTheChainVerifiesThere) {
    // At the hall: a number served and rated badly (a rectification opens), a case approved and its permit signed
    // with the hall's own key.
    ASSERT_EQ(http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk).status, 201);
    const auto called = http.post("/api/v1/counters/1/call-next", "", clerk);
    ASSERT_EQ(called.status, 200) << called.body;
    const std::string ticket = called.json()->getObject("ticket")->getValue<std::string>("id");
    ASSERT_EQ(http.post("/api/v1/tickets/" + ticket + "/finish", "", clerk).status, 200);
    const std::string pad = hall.enroll("h1", DeviceKind::Pad, 1);
    const auto rated =
        http.post("/api/v1/ratings", R"({"ticket_id":")" + ticket + R"(","level":1,"reasons":["办事效率"]})", pad);
    ASSERT_EQ(rated.status, 201) << rated.body;

    // Its scans uploaded first, as the counter does: a small page whole, a 2.5 MB one in three pieces.
    MaterialRecord scans;
    scans.materialId = "gszc";
    scans.state = MaterialState::Submitted;
    for (std::size_t size : {std::size_t{3000}, std::size_t{2'500'000}}) {
        std::string bytes(size, '\0');
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>((i * 131 + size) % 251);
        const std::string name = server::sha256Hex(bytes);
        for (std::size_t offset = 0; offset < size; offset += 1 << 20) {
            const std::string piece = bytes.substr(offset, 1 << 20);
            const auto put = http.request(
                "PUT", "/api/v1/blobs/" + name, piece, clerk,
                {{"Content-Range", "bytes " + std::to_string(offset) + "-" + std::to_string(offset + piece.size() - 1) +
                                       "/" + std::to_string(size)}});
            ASSERT_EQ(put.status, 200) << put.body;
        }
        scans.attachments.push_back(name);
    }
    Case c = acceptedCase("relay-c1");
    c.materials = {scans};
    c.state = CaseState::Approved;
    c.items = {"SC-QYSL"};
    c.applicant.kind = Applicant::Kind::Enterprise;
    c.applicant.name = "成都蜀韵文化传播有限公司";
    c.applicant.creditCode = "91510100MA6CGUGA1W";
    c.clerk = "clerk-h1-1";
    const std::string clerkDevice = hall.context().auth.authenticate(clerk, nowUtcMs())->deviceId;
    const auto pushed = pushCase(http, clerk, clerkDevice, 1, c);
    ASSERT_EQ(pushed.status, 200) << pushed.body;
    const auto issued = http.post("/api/v1/cases/relay-c1/permits",
                                  R"({"item":"SC-QYSL","scope":"会议及展览服务","valid_to":"2046-11-26"})", clerk);
    ASSERT_EQ(issued.status, 201) << issued.body;
    const auto completed = http.post("/api/v1/cases/relay-c1/complete", R"({"note":"证照已制好"})", clerk);
    ASSERT_EQ(completed.status, 200) << completed.body;

    ASSERT_TRUE(relayAll()) << relay->status().problem;
    for (const char* kind : {"ticket", "rating", "rectification", "case", "case_step", "permit"}) {
        EXPECT_FALSE(relayedRows(hall.database(), kind).empty()) << kind;
        EXPECT_EQ(relayedRows(upstream.database(), kind), relayedRows(hall.database(), kind)) << kind;
    }
    // The scans came up whole, byte for byte, before the case that names them.
    for (const auto& name : scans.attachments) {
        ASSERT_TRUE(upstream.context().blobs.has(name)) << name;
        EXPECT_EQ(readTextFile(upstream.context().blobs.pathOf(name).string()),
                  readTextFile(hall.context().blobs.pathOf(name).string()));
    }
    // The permit signed at the hall is genuine and valid to whoever asks the upstream.
    const std::string permit = issued.json()->getValue<std::string>("id");
    const auto status = HttpClient(upstream.port())
                            .get("/api/v1/permits/" + permit +
                                 "/status?proof=" + permitProof(issued.json()->getValue<std::string>("token")));
    ASSERT_EQ(status.status, 200) << status.body;
    EXPECT_EQ(status.json()->getValue<std::string>("status"), "valid");
    // Revoked where it was signed, it is revoked to whoever asks the upstream once the change went up.
    const auto revoked = http.post("/api/v1/permits/" + permit + "/revoke", R"({"reason":"申请人提供虚假材料"})",
                                   hall.supervisorAt("h1", "boss"));
    ASSERT_EQ(revoked.status, 200) << revoked.body;
    ASSERT_TRUE(relayAll()) << relay->status().problem;
    EXPECT_EQ(HttpClient(upstream.port())
                  .get("/api/v1/permits/" + permit +
                       "/status?proof=" + permitProof(issued.json()->getValue<std::string>("token")))
                  .json()
                  ->getValue<std::string>("status"),
              "revoked");
    EXPECT_EQ(relayedRows(upstream.database(), "permit"), relayedRows(hall.database(), "permit"));

    // The hall's audit chain is kept upstream as the hall wrote it, and verifies there.
    const std::int64_t entries = std::stoll(tableRows(hall.database(), "SELECT COUNT(*) FROM audit_log").at(0).at(0));
    EXPECT_GT(entries, 0);
    const auto chains =
        upstream.database().read([](Poco::Data::Session& s) { return server::AuditLog::relayedChains(s); });
    EXPECT_EQ(chains, std::vector<std::string>{"h1"});
    const auto verdict =
        upstream.database().read([](Poco::Data::Session& s) { return server::AuditLog::verify(s, std::string("h1")); });
    EXPECT_TRUE(verdict.intact) << verdict.problem;
    EXPECT_EQ(verdict.entries, entries);
    EXPECT_EQ(verdict.lastHash,
              hall.database().read([](Poco::Data::Session& s) { return server::AuditLog::verify(s); }).lastHash);

    // An entry that does not follow the one before it is taken (the relay must not stall) and found by the walk.
    Poco::JSON::Object::Ptr forged = new Poco::JSON::Object;
    forged->set("seq", entries + 1);
    forged->set("at", nowUtcMs());
    forged->set("hall", "h1");
    for (const char* field : {"actor", "device_id", "action", "subject", "detail"})
        forged->set(field, "x");
    forged->set("prev_hash", std::string(64, '0'));
    forged->set("hash", std::string(64, '1'));
    Poco::JSON::Object::Ptr change = new Poco::JSON::Object;
    change->set("seq", server::RelayStore(upstream.database()).relayOf("h1")->relayedSeq + 1);
    change->set("kind", "audit");
    change->set("row", forged);
    Poco::JSON::Array::Ptr batch = new Poco::JSON::Array;
    batch->add(change);
    server::RelayStore(upstream.database()).apply(hallServer(), upstream.context().auth, batch, 0, nowUtcMs());
    const auto broken =
        upstream.database().read([](Poco::Data::Session& s) { return server::AuditLog::verify(s, std::string("h1")); });
    EXPECT_FALSE(broken.intact);
    EXPECT_EQ(broken.firstBad, entries + 1);
}

TEST_F(RelayTest, WhatTheUpstreamDecidesComesDownAndNothingOfTheHallsOwnIsOverwritten) {
    // Before the line: an account added upstream for the hall (the city's command line), one that will leave.
    upstream.context().auth.addStaff("h1", "leaver", StaffRole::Clerk, "将离职", TestServer::kPassword);
    ASSERT_TRUE(relay->runOnce()) << relay->status().problem;
    const std::string counter = hall.enroll("h1", DeviceKind::Counter, 2);
    const std::string login = R"({"user":"leaver","password":")" + std::string(TestServer::kPassword) + "\"}";
    ASSERT_EQ(http.post("/api/v1/sessions", login, counter).status, 201) << "an account added upstream logs in here";

    // Upstream: a newer catalog, the account disabled (someone who left). At the hall meanwhile: the hall's own
    // account, renamed by the hall's administrator.
    auto catalog = parseObject(readTextFile(ONEWINDOW_DEMO_CATALOG));
    const std::int64_t version = catalog->getValue<std::int64_t>("version") + 1;
    catalog->set("version", version);
    upstream.context().catalogs.import(toJsonText(catalog), nowUtcMs());
    server::Principal byCommand;
    byCommand.deviceId = "admin-command";
    byCommand.hall = "h1";
    ASSERT_TRUE(upstream.context().auth.disableStaff("h1", "leaver", byCommand, nowUtcMs()));
    hall.database().write([](Poco::Data::Session& s) {
        server::runSql(s, "UPDATE staff SET name = '窗口一' WHERE user_name = 'clerk-h1-1'");
    });
    relay->askUpstreamAtNextRound();
    ASSERT_TRUE(relay->runOnce()) << relay->status().problem;

    EXPECT_EQ(tableRows(hall.database(), "SELECT MAX(version) FROM catalogs"),
              (std::vector<std::vector<std::string>>{{std::to_string(version)}}));
    EXPECT_EQ(http.get("/api/v1/catalog", kiosk).json()->getValue<std::int64_t>("version"), version);
    EXPECT_EQ(http.post("/api/v1/sessions", login, counter).status, 401) << "a disabled account logs in nowhere";
    EXPECT_EQ(tableRows(hall.database(), "SELECT ended FROM sessions WHERE user_name = 'leaver'"),
              (std::vector<std::vector<std::string>>{{"account_disabled"}}));
    EXPECT_EQ(tableRows(hall.database(), "SELECT name FROM staff WHERE user_name = 'clerk-h1-1'"),
              (std::vector<std::vector<std::string>>{{"窗口一"}}));
    // Each change taken is on the hall's audit record, as the hall server's.
    const auto taken = tableRows(hall.database(), "SELECT action, subject FROM audit_log WHERE action IN"
                                                  " ('catalog.taken', 'staff.added', 'staff.disabled') ORDER BY seq");
    EXPECT_EQ(taken, (std::vector<std::vector<std::string>>{{"staff.added", "staff:leaver"},
                                                            {"catalog.taken", "catalog:" + std::to_string(version)},
                                                            {"staff.disabled", "staff:leaver"}}));
    // The hall's administrator enables the account again (the hall's decision): the next rounds take nothing and
    // overturn nothing.
    const std::string admin = hall.staffAt("h1", "admin1", StaffRole::Admin, DeviceKind::Supervisor);
    const auto enabled = http.request("PATCH", "/api/v1/staff/leaver", R"({"disabled":false})", admin);
    ASSERT_EQ(enabled.status, 200) << enabled.body;
    relay->askUpstreamAtNextRound();
    ASSERT_TRUE(relay->runOnce());
    EXPECT_EQ(http.post("/api/v1/sessions", login, counter).status, 201) << "enabled again at the hall";
    EXPECT_EQ(tableRows(hall.database(), "SELECT COUNT(*) FROM audit_log WHERE action IN"
                                         " ('catalog.taken', 'staff.added', 'staff.disabled')"),
              (std::vector<std::vector<std::string>>{{"3"}}));
}

TEST_F(RelayTest, ADownRoundThatFailsIsItsOwnProblemNotACutLineAndIsTriedAgainInAMinute) {
    std::int64_t now = nowUtcMs();
    auto mine = server::Relay::forDatabase(hall.database(), hall.context().auth, [&] { return now; });
    ASSERT_TRUE(mine->runOnce()) << mine->status().problem;
    // A newer catalog upstream, which this hall's database cannot take for now (a full disk, as SQLite says it).
    hall.database().write([](Poco::Data::Session& s) {
        server::runSql(s, "CREATE TRIGGER full_disk BEFORE INSERT ON catalogs"
                          " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
    });
    auto catalog = parseObject(readTextFile(ONEWINDOW_DEMO_CATALOG));
    const std::int64_t version = catalog->getValue<std::int64_t>("version") + 1;
    catalog->set("version", version);
    upstream.context().catalogs.import(toJsonText(catalog), nowUtcMs());
    hallDay(3, 1);
    mine->askUpstreamAtNextRound();

    EXPECT_TRUE(mine->runOnce()) << "what went up was taken: the line works";
    auto status = mine->status();
    EXPECT_TRUE(status.connected);
    EXPECT_EQ(status.backlog, 0);
    EXPECT_NE(status.downProblem.find("disk is full"), std::string::npos) << status.downProblem;
    EXPECT_EQ(ticketsOf(upstream.database()), ticketsOf(hall.database()));

    hall.database().write([](Poco::Data::Session& s) { server::runSql(s, "DROP TRIGGER full_disk"); });
    now += 30 * 1000;
    ASSERT_TRUE(mine->runOnce());
    EXPECT_FALSE(mine->status().downProblem.empty()) << "not tried again before a minute";
    now += 31 * 1000;
    ASSERT_TRUE(mine->runOnce());
    EXPECT_EQ(mine->status().downProblem, "") << "tried again after a minute, not five";
    EXPECT_EQ(tableRows(hall.database(), "SELECT MAX(version) FROM catalogs"),
              (std::vector<std::vector<std::string>>{{std::to_string(version)}}));
}

TEST_F(RelayTest, TheHallsSetUpGoesUpAsTheHallRunsItAndTheCitysBookingPageOffersTheHallsSlots) {
    const std::string admin = hall.staffAt("h1", "admin1", StaffRole::Admin, DeviceKind::Supervisor);
    auto as = [&](const std::string& method, const std::string& path, const std::string& body) {
        const auto res = http.request(method, path, body, admin);
        EXPECT_LT(res.status, 300) << method << " " << path << ": " << res.body;
    };
    // At the hall's 管理 screens: a queue renamed and closed to the kiosk, a counter added and another one's queues
    // changed (a queue taken off it), the hours, the rating policy, a plan for queue B made and A's made and dropped.
    as("PATCH", "/api/v1/halls/h1/categories/B", R"({"open":false,"name":"企业开办专窗"})");
    as("POST", "/api/v1/halls/h1/counters", R"({"number":3,"name":"帮办窗口","categories":["A","B"]})");
    as("PATCH", "/api/v1/halls/h1/counters/1", R"({"categories":["A"]})");
    std::string week;
    for (int d = 1; d <= 7; ++d)
        week += std::string(d > 1 ? "," : "") + R"({"weekday":)" + std::to_string(d) +
                R"(,"opens":"00:00","closes":"23:59"})";
    as("PUT", "/api/v1/halls/h1/hours", R"({"week":[)" + week + "]}");
    as("PUT", "/api/v1/halls/h1/appointment-plan", kPlanB);
    as("PUT", "/api/v1/halls/h1/appointment-plan",
       std::string(kPlanB).replace(std::string(kPlanB).find("\"B\""), 3, "\"A\""));
    as("DELETE", "/api/v1/halls/h1/appointment-plan?category=A", "");
    ASSERT_TRUE(relayAll()) << relay->status().problem;

    for (const char* kind : {"queue", "counter", "counter_queue", "hours", "rating_policy", "appointment_plan",
                             "appointment_policy", "account"})
        EXPECT_EQ(relayedRows(upstream.database(), kind, "h1"), relayedRows(hall.database(), kind, "h1")) << kind;
    EXPECT_EQ(tableRows(upstream.database(), "SELECT counter, category FROM counter_categories WHERE hall = 'h1'"
                                             " ORDER BY counter, category"),
              (std::vector<std::vector<std::string>>{{"1", "A"}, {"2", "A"}, {"2", "B"}, {"3", "A"}, {"3", "B"}}))
        << "the queue taken off counter 1 is off it upstream too";
    EXPECT_EQ(tableRows(upstream.database(), "SELECT category FROM appointment_plans WHERE hall = 'h1'"),
              (std::vector<std::vector<std::string>>{{"B"}}));
    // The city's public page offers what the hall planned.
    const auto queues = HttpClient(upstream.port()).get("/api/v1/halls/h1/appointment-queues");
    EXPECT_EQ(queues.status, 200) << queues.body;
    EXPECT_NE(queues.body.find("企业开办专窗"), std::string::npos) << queues.body;
}
