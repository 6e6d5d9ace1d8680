// The server keeps the case rules itself, whatever a device sends: the state machine against the stored version,
// decisions only by the people and devices the catalog item allows (never an agent or a village station), permits
// only for cases approved that way, case numbers that are the hall's and the device's and used once, and no
// device touching another hall's case.
#include "TestFiles.h"
#include "TestServer.h"

#include "domain/Case.h"
#include "domain/CaseNumber.h"
#include "domain/Json.h"

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

constexpr const char* kPermit =
    R"({"item":"SC-QYSL","valid_from":"2026-11-27","valid_to":"2046-11-26","credit_code":"91510100MA6CGUGA1W"})";

class CaseRulesTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
        server.addHall("h2", {{"A", "综合业务"}}, 1, {"A"});
        server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
        server.context().permitKeys.generate("h1", std::string("h1-2026"), nowUtcMs());
        clerk = server.clerkAt("h1", 1);
    }

    // A case of the permit item SC-QYSL, numbered by `counter` of h1.
    Case permitCase(const std::string& id, CaseState state, int counter = 1) {
        Case c = acceptedCase(id, "h1", counter);
        c.items = {"SC-QYSL"};
        c.state = state;
        c.formValues = parseObject(R"({"enterprise_name": "成都青白江云帆软件有限公司"})"); // the licence's holder
        return c;
    }

    // Pushes version base+1 of `c` from the device of `token`: the result's status and reason.
    std::pair<std::string, std::string> push(const std::string& token, const Case& c, int base = 0) {
        const std::string device = server.context().auth.authenticate(token, nowUtcMs())->deviceId;
        auto res = pushCase(http, token, device, ++seq, c, base);
        EXPECT_EQ(res.status, 200) << res.body;
        if (res.status != 200)
            return {};
        const auto result = res.json()->getArray("results")->getObject(0);
        return {result->getValue<std::string>("status"), result->optValue<std::string>("reason", "")};
    }

    std::string stateOnServer(const std::string& id) {
        if (puller.empty())
            puller = server.clerkAt("h1", 2);
        auto res = http.get("/api/v1/sync/pull?cursor=0&limit=1000", puller);
        std::string state;
        const auto changes = res.json()->getArray("changes");
        for (unsigned i = 0; i < changes->size(); ++i)
            if (changes->getObject(i)->getValue<std::string>("id") == id)
                state = changes->getObject(i)->getObject("data")->getValue<std::string>("state");
        return state;
    }

    std::int64_t seq = 0;
    TestServer server;
    HttpClient http{server.port()};
    std::string clerk, puller;
};

} // namespace

TEST_F(CaseRulesTest, AnAgentAtAVillageStationTakesApplicationsButNeverApproves) {
    const std::string agent = server.staffAt("h1", "agent1", StaffRole::Agent, DeviceKind::Station);
    const std::string code = server.context().auth.authenticate(agent, nowUtcMs())->caseNumberCode;
    Case c = acceptedCase("village-1");
    c.items = {"SC-QYSL"};
    c.formValues = parseObject(R"({"enterprise_name": "成都青白江云帆软件有限公司"})");
    c.caseNo = CaseNumber{"H1", "20261127", code, 1}.text();

    c.state = CaseState::Approved; // pushed approved at once
    auto [status, reason] = push(agent, c);
    EXPECT_EQ(status, "rejected");
    EXPECT_NE(reason.find("approve"), std::string::npos) << reason;

    c.state = CaseState::Accepted; // taken, as a station does
    EXPECT_EQ(push(agent, c).first, "applied");
    c.state = CaseState::Approved; // then "approved" from the village
    EXPECT_EQ(push(agent, c, 1).first, "rejected");
    c.state = CaseState::InReview; // nor reviewed there
    EXPECT_EQ(push(agent, c, 1).first, "rejected");
    EXPECT_EQ(stateOnServer("village-1"), "accepted");
    EXPECT_EQ(server.context().sync.counts().quarantined, 3);
    const auto permit = http.post("/api/v1/cases/village-1/permits", kPermit, clerk);
    EXPECT_EQ(permit.status, 409) << permit.body;
    EXPECT_EQ(permit.errorCode(), "not_approved");

    // The hall's clerk approves it (审查 and 批准 in one save at the counter): then the permit is signed.
    c.state = CaseState::Approved;
    EXPECT_EQ(push(clerk, c, 1).first, "applied");
    const auto signed_ = http.post("/api/v1/cases/village-1/permits", kPermit, clerk);
    EXPECT_EQ(signed_.status, 201) << signed_.body;
}

TEST_F(CaseRulesTest, IllegalTransitionsAreQuarantinedWithTheirReason) {
    Case refused = permitCase("closed", CaseState::Refused);
    refused.caseNo.clear();
    ASSERT_EQ(push(clerk, refused).first, "applied");
    Case reopened = permitCase("closed", CaseState::Accepted);
    reopened.caseNo.clear();
    auto [status, reason] = push(clerk, reopened, 1);
    EXPECT_EQ(status, "rejected");
    EXPECT_NE(reason.find("closed"), std::string::npos) << reason;

    ASSERT_EQ(push(clerk, permitCase("done", CaseState::Delivered)).first, "applied"); // every step a clerk's
    EXPECT_EQ(push(clerk, permitCase("done", CaseState::InReview), 1).first, "rejected");
    EXPECT_EQ(stateOnServer("done"), "delivered");
    EXPECT_EQ(stateOnServer("closed"), "refused");
}

TEST_F(CaseRulesTest, ACaseCompletedAfterADenialGetsNoPermit) {
    ASSERT_EQ(push(clerk, permitCase("denied", CaseState::Denied)).first, "applied");
    ASSERT_EQ(push(clerk, permitCase("denied", CaseState::Completed), 1).first, "applied");
    const auto res = http.post("/api/v1/cases/denied/permits", kPermit, clerk);
    EXPECT_EQ(res.status, 409) << res.body;
    EXPECT_EQ(res.errorCode(), "not_approved");
    ASSERT_EQ(push(clerk, permitCase("granted", CaseState::Completed)).first, "applied"); // approved on the way
    EXPECT_EQ(http.post("/api/v1/cases/granted/permits", kPermit, clerk).status, 201);
}

TEST_F(CaseRulesTest, TheCatalogItemSaysWhoApproves) {
    auto catalog = parseObject(readTextFile(ONEWINDOW_DEMO_CATALOG));
    catalog->set("version", catalog->getValue<int>("version") + 1);
    catalog->getArray("items")->getObject(0)->set("approval", parseObject(R"({"roles":["supervisor"]})"));
    ASSERT_EQ(catalog->getArray("items")->getObject(0)->getValue<std::string>("code"), "SC-QYSL");
    server.context().catalogs.import(toJsonText(catalog), nowUtcMs());

    ASSERT_EQ(push(clerk, permitCase("big", CaseState::Accepted)).first, "applied");
    auto [status, reason] = push(clerk, permitCase("big", CaseState::Approved), 1);
    EXPECT_EQ(status, "rejected");
    EXPECT_NE(reason.find("catalog"), std::string::npos) << reason;
    EXPECT_EQ(push(clerk, permitCase("big", CaseState::Denied), 1).first, "rejected"); // a denial is a decision too
    const std::string chief = server.staffAt("h1", "chief", StaffRole::Supervisor, DeviceKind::Counter, 2);
    EXPECT_EQ(push(chief, permitCase("big", CaseState::Approved), 1).first, "applied");

    // A catalog cannot hand decisions to agents or stations.
    catalog->set("version", catalog->getValue<int>("version") + 1);
    catalog->getArray("items")->getObject(0)->set("approval",
                                                  parseObject(R"({"roles":["agent"],"devices":["station"]})"));
    EXPECT_THROW(server.context().catalogs.import(toJsonText(catalog), nowUtcMs()), CatalogErrors);
}

TEST_F(CaseRulesTest, ACaseNumberIsTheHallsAndTheDevicesGivenOnceAndKept) {
    Case c = permitCase("n1", CaseState::Accepted);
    const std::string good = c.caseNo;
    const auto rejected = [&](const std::string& number) {
        Case other = c;
        other.caseNo = number;
        return push(clerk, other);
    };
    EXPECT_EQ(rejected(good.substr(0, good.size() - 2) + (good.substr(good.size() - 2) == "00" ? "01" : "00")).first,
              "rejected");                                                               // check digits
    EXPECT_EQ(rejected(CaseNumber{"H2", "20261127", "C1", 1}.text()).first, "rejected"); // another hall's
    EXPECT_EQ(rejected(CaseNumber{"H1", "20261127", "C2", 1}.text()).first, "rejected"); // counter 2's, from counter 1
    EXPECT_EQ(rejected("").first, "rejected");                                           // accepted without one
    ASSERT_EQ(push(clerk, c).first, "applied");

    Case twin = permitCase("n2", CaseState::Accepted);
    twin.caseNo = good;
    auto [status, reason] = push(clerk, twin);
    EXPECT_EQ(status, "rejected");
    EXPECT_NE(reason.find("already"), std::string::npos) << reason;

    Case renumbered = c;
    renumbered.state = CaseState::InReview;
    renumbered.caseNo = CaseNumber{"H1", "20261127", "C1", 999}.text();
    EXPECT_EQ(push(clerk, renumbered, 1).first, "rejected");
    // Another counter moves the case on under the number it was accepted with.
    Case moved = c;
    moved.state = CaseState::InReview;
    if (puller.empty())
        puller = server.clerkAt("h1", 2);
    EXPECT_EQ(push(puller, moved, 1).first, "applied");
    // The public progress page finds it by that number.
    EXPECT_EQ(http.get("/api/v1/progress/" + good + "?code=" + c.queryCode).status, 200);
}

TEST_F(CaseRulesTest, NoDeviceTouchesAnotherHallsCase) {
    const std::string h2clerk = server.clerkAt("h2", 1);
    Case theirs = acceptedCase("shared-id", "h2", 1);
    ASSERT_EQ(push(h2clerk, theirs).first, "applied");

    Case mine = permitCase("shared-id", CaseState::InReview); // same id, as a case of h1
    EXPECT_EQ(push(clerk, mine, 1).first, "rejected");
    EXPECT_EQ(push(clerk, permitCase("shared-id", CaseState::Accepted)).first, "rejected");
    EXPECT_EQ(http.get("/api/v1/cases/shared-id/attachments", clerk).status, 404);
    auto pulled = http.get("/api/v1/sync/pull?cursor=0", server.clerkAt("h2", 1));
    const auto data = pulled.json()->getArray("changes")->getObject(0)->getObject("data");
    EXPECT_EQ(data->getValue<std::string>("state"), "accepted");
    EXPECT_EQ(data->getValue<int>("version"), 1);
}
