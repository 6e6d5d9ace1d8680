// 证照 on the server: issued for approved cases only and signed with the hall's newest key, verifiable offline with
// the served keys, revoked by a supervisor (audited, seen at once by the public status route), and the public case
// progress a receipt's code opens.
#include "TestFiles.h"
#include "TestServer.h"

#include "AuditLog.h"
#include "domain/Case.h"
#include "domain/CaseNumber.h"
#include "domain/CreditCode.h"
#include "domain/HallTime.h"
#include "domain/Json.h"
#include "permit/PermitToken.h"

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

// 2026-11-27 10:00 in Shanghai.
constexpr std::int64_t kNow = 1795744800000;
constexpr std::int64_t kDay = 24 * 3600 * 1000;

class PermitTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.context().clock = [this] { return now; };
        server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
        server.addHall("h2", {{"A", "综合业务"}}, 1, {"A"});
        server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), now);
        server.context().permitKeys.generate("h1", std::string("h1-2026"), now);
        clerk = server.clerkAt("h1", 1);
        otherClerk = server.clerkAt("h1", 2);
        boss = server.supervisorAt("h1", "boss");
        counterDevice = server.context().auth.authenticate(clerk, now)->deviceId;
    }

    Case makeCase(const std::string& id, CaseState state, int sequence) {
        Case c;
        c.id = id;
        c.caseNo = CaseNumber{"H1", "20261127", "C1", sequence}.text();
        c.hall = "h1";
        c.items = {"SC-QYSL"};
        c.state = state;
        c.applicant.kind = Applicant::Kind::Enterprise;
        c.applicant.name = "成都蜀韵文化传播有限公司";
        c.applicant.creditCode = "91510100MA6CGUGA1W";
        c.applicant.phone = "13812345678";
        c.acceptedDate = "2026-11-27";
        c.promisedDate = "2026-11-30";
        c.clerk = "clerk-h1-1";
        return c;
    }
    void push(const Case& c, int baseVersion = 0) {
        auto res = pushCase(http, clerk, counterDevice, ++seq, c, baseVersion);
        ASSERT_EQ(res.status, 200) << res.body;
        ASSERT_EQ(res.json()->getArray("results")->getObject(0)->getValue<std::string>("status"), "applied")
            << res.body;
    }
    HttpResult issue(const std::string& caseRef, const std::string& body, const std::string& token) {
        return http.post("/api/v1/cases/" + caseRef + "/permits", body, token);
    }
    PermitKeyRing servedKeys() { return PermitKeyRing::fromJwks(http.get("/api/v1/keys").json()); }
    // The public status, asked as whoever holds the code does (its proof); `token` is the permit's code.
    std::string status(const std::string& id, const std::string& token) {
        auto res = http.get("/api/v1/permits/" + id + "/status?proof=" + permitProof(token));
        EXPECT_EQ(res.status, 200) << res.body;
        return res.status == 200 ? res.json()->getValue<std::string>("status") : std::string();
    }

    std::int64_t now = kNow;
    std::int64_t seq = 0;
    TestServer server;
    HttpClient http{server.port()};
    std::string clerk, otherClerk, boss, counterDevice;
};

constexpr const char* kRequest =
    R"({"item":"SC-QYSL","scope":"文化艺术交流活动策划；会议及展览服务","valid_from":"2026-11-27","valid_to":"2046-11-26"})";

TEST_F(PermitTest, AnApprovedCaseGetsOneSignedPermitThatVerifiesOfflineWithTheServedKeys) {
    push(makeCase("c-accepted", CaseState::Accepted, 1));
    auto refused = issue("c-accepted", kRequest, clerk);
    EXPECT_EQ(refused.status, 409) << refused.body;
    EXPECT_EQ(refused.errorCode(), "not_approved");
    EXPECT_EQ(issue("c-unknown", kRequest, clerk).status, 404);

    const Case approved = makeCase("c1", CaseState::Approved, 2);
    push(approved);
    // Bad requests, each with its reason; nothing is issued by them.
    EXPECT_EQ(issue("c1", R"({"item":"GA-JZZ","valid_to":"2027-01-01"})", clerk).status, 400);  // not the case's item
    EXPECT_EQ(issue("c1", R"({"item":"SC-QYSL"})", clerk).status, 400);                         // no end, not long-term
    EXPECT_EQ(issue("c1", R"({"item":"SC-QYSL","valid_to":"2026-02-30"})", clerk).status, 400); // no such day
    EXPECT_EQ(issue("c1", R"({"item":"SC-QYSL","valid_from":"2026-12-01","valid_to":"2026-11-30"})", clerk).status,
              400);
    EXPECT_EQ(issue("c1", R"({"item":"SC-QYSL","valid_to":"2027-01-01","long_term":true})", clerk).status, 400);
    EXPECT_EQ(issue("c1", "{not json", clerk).status, 400);
    EXPECT_EQ(issue("c1", kRequest, server.enroll("h1", DeviceKind::Kiosk)).status, 403); // not a person of the hall
    server.context().permitKeys.generate("h2", std::nullopt, now);
    EXPECT_EQ(issue("c1", kRequest, server.clerkAt("h2", 1)).status, 404); // another hall's case

    auto first = issue(approved.caseNo, kRequest, clerk); // by the printed number too
    ASSERT_EQ(first.status, 201) << first.body;
    const auto permit = permitFromJson(first.json());
    EXPECT_EQ(permit.id, "H1-2026-000001");
    EXPECT_EQ(permit.typeName, "营业执照");
    EXPECT_EQ(permit.authority, "区市场监督管理局");
    EXPECT_EQ(permit.holderName, "成都蜀韵文化传播有限公司");
    EXPECT_EQ(permit.holderId, "91510100MA6CGUGA1W");
    EXPECT_EQ(permit.kid, "h1-2026");
    EXPECT_EQ(first.json()->getValue<std::string>("status"), "valid");
    EXPECT_LE(permit.token.size(), kMaxPermitCodeChars);

    // A scanner with only the public keys proves it genuine and reads what is printed.
    const PermitCheck check = verifyPermit(permit.token, servedKeys(), "2026-11-27");
    ASSERT_EQ(check.verdict, PermitVerdict::Valid) << check.reason;
    EXPECT_EQ(check.claims.id, permit.id);
    EXPECT_EQ(check.claims.type, "SC-QYSL");
    EXPECT_EQ(check.claims.holder, "成都蜀韵文化传播有限公司 (91510100MA6CGUGA1W)");
    EXPECT_EQ(check.claims.issuer, "h1");
    EXPECT_EQ(check.claims.validTo, "2046-11-26");

    // Asking again (a retry after a lost answer) gives the same permit, not a second one.
    auto again = issue("c1", kRequest, otherClerk);
    ASSERT_EQ(again.status, 200) << again.body;
    EXPECT_EQ(again.json()->getValue<std::string>("id"), permit.id);
    EXPECT_EQ(again.json()->getValue<std::string>("token"), permit.token);

    // The hall's staff read it; every device of the hall learns of it by sync, the issuing one too.
    EXPECT_EQ(http.get("/api/v1/permits/" + permit.id, otherClerk).status, 200);
    EXPECT_EQ(http.get("/api/v1/permits/" + permit.id, server.clerkAt("h2", 1)).status, 404);
    auto listed = http.get("/api/v1/halls/h1/permits?case=" + approved.caseNo, boss);
    ASSERT_EQ(listed.status, 200) << listed.body;
    EXPECT_EQ(listed.json()->getArray("permits")->size(), 1u);
    auto pulled = http.get("/api/v1/sync/pull?cursor=0", clerk);
    ASSERT_EQ(pulled.status, 200) << pulled.body;
    bool seen = false;
    const auto changes = pulled.json()->getArray("changes");
    for (unsigned i = 0; i < changes->size(); ++i)
        if (changes->getObject(i)->getValue<std::string>("entity") == "permit")
            seen = permitFromJson(changes->getObject(i)->getObject("data")).token == permit.token;
    EXPECT_TRUE(seen) << pulled.body;
}

// 营业执照 is the enterprise's: the company the form names holds it, with the credit code its registration gave, the
// particulars the catalog's item lists (类型, 法定代表人, 注册资本, 住所) and the scope from the form; the authority is
// the item's department as the hall's county names it; the clerk and the supervisor by name.
TEST_F(PermitTest, ABusinessLicenceNamesTheEnterpriseItsParticularsAndTheCountysAuthority) {
    server.context().halls.setProfile("h1", {510113, "028-8398 2000", "12345", "青政服", ""}, now);
    Case c = makeCase("c-setup", CaseState::Approved, 1);
    c.applicant = {Applicant::Kind::Person, "王磊", "11010519491231002X", "", "13812345678"};
    c.formValues = parseObject(R"({"enterprise_name": "成都青白江云帆软件有限公司", "enterprise_type": "llc",
        "legal_representative": "王磊", "capital": 100, "address": "成都市青白江区大弯街道凤凰大道100号",
        "scope": ["software", "consulting"]})");
    push(c);
    const std::string first17 = "91510113MA7B2C3D4";
    const std::string code = first17 + CreditCode::checkCharacter(first17);
    std::string mistyped = code;
    mistyped[17] = mistyped[17] == '0' ? '1' : '0';
    const std::string request = R"({"item":"SC-QYSL","valid_from":"2026-11-27","long_term":true)";
    // Without its credit code, or with one whose check character fails, no licence: nothing is issued by them.
    auto refused = issue("c-setup", request + "}", clerk);
    ASSERT_EQ(refused.status, 400) << refused.body;
    EXPECT_NE(refused.body.find("credit_code"), std::string::npos) << refused.body;
    EXPECT_EQ(issue("c-setup", request + R"(,"credit_code":")" + mistyped + "\"}", clerk).status, 400);

    auto issued = issue("c-setup", request + R"(,"credit_code":")" + code + "\"}", clerk);
    ASSERT_EQ(issued.status, 201) << issued.body;
    const Permit p = permitFromJson(issued.json());
    EXPECT_TRUE(p.enterprise);
    EXPECT_EQ(p.holderName, "成都青白江云帆软件有限公司");
    EXPECT_EQ(p.holderId, code);
    EXPECT_EQ(p.authority, "成都市青白江区市场监督管理局");
    EXPECT_EQ(p.scope, "软件开发；信息咨询");
    const std::vector<std::pair<std::string, std::string>> particulars{{"类型", "有限责任公司"},
                                                                       {"法定代表人", "王磊"},
                                                                       {"注册资本", "100万元"},
                                                                       {"住所", "成都市青白江区大弯街道凤凰大道100号"}};
    EXPECT_EQ(p.particulars, particulars);
    EXPECT_EQ(p.issuedByName, "办事员1");
    // The code carries the enterprise, not the person who applied for it.
    const PermitCheck check = verifyPermit(p.token, servedKeys(), "2026-11-27");
    ASSERT_EQ(check.verdict, PermitVerdict::Valid) << check.reason;
    EXPECT_EQ(check.claims.holder, "成都青白江云帆软件有限公司 (" + code + ")");
    // The scanner's keys name the issuing hall for people, not only by its id.
    EXPECT_FALSE(check.issuerName.empty());

    // Revoked by a supervisor, named as such.
    auto revoked = http.post("/api/v1/permits/" + p.id + "/revoke", R"({"reason":"登记事项有误"})", boss);
    ASSERT_EQ(revoked.status, 200) << revoked.body;
    EXPECT_EQ(revoked.json()->getValue<std::string>("revoked_by_name"), "supervisor boss");
}

TEST_F(PermitTest, ARevocationIsAuditedAndTheStatusShowsItAtOnceAsDoTheDates) {
    push(makeCase("c1", CaseState::Completed, 1));
    auto issued = issue("c1", R"({"item":"SC-QYSL","valid_from":"2026-11-27","valid_to":"2026-12-31"})", clerk);
    ASSERT_EQ(issued.status, 201) << issued.body;
    const std::string id = issued.json()->getValue<std::string>("id");
    const std::string code = issued.json()->getValue<std::string>("token");
    EXPECT_EQ(status(id, code), "valid");
    // Without the code, or with another one, a permit's number is as unknown as one never issued: the same answer.
    const auto unknown = http.get("/api/v1/permits/H1-2026-999999/status?proof=" + permitProof(code));
    EXPECT_EQ(unknown.status, 404);
    for (const std::string& query : {std::string(), "?proof=" + permitProof(code + "x"), "?proof=" + code}) {
        const auto res = http.get("/api/v1/permits/" + id + "/status" + query);
        EXPECT_EQ(res.status, 404) << query;
        EXPECT_EQ(res.body, unknown.body) << query;
    }

    const std::string revoke = "/api/v1/permits/" + id + "/revoke";
    EXPECT_EQ(http.post(revoke, R"({"reason":"材料虚假"})", clerk).status, 403); // a clerk cannot
    EXPECT_EQ(http.post(revoke, R"({"reason":"  "})", boss).status, 400);        // a reason is required
    EXPECT_EQ(http.post(revoke, R"({"reason":"x"})", server.supervisorAt("h2", "boss2")).status, 404);
    EXPECT_EQ(status(id, code), "valid");
    auto revoked = http.post(revoke, R"({"reason":"申请人提供虚假材料，依法撤销"})", boss);
    ASSERT_EQ(revoked.status, 200) << revoked.body;
    EXPECT_EQ(revoked.json()->getValue<std::string>("status"), "revoked");
    auto shown = http.get("/api/v1/permits/" + id + "/status?proof=" + permitProof(code));
    EXPECT_EQ(shown.json()->getValue<std::string>("status"), "revoked");
    EXPECT_TRUE(shown.json()->has("revoked_at"));
    EXPECT_EQ(shown.body.find("虚假材料"), std::string::npos) << "the public status never gives the reason";
    EXPECT_EQ(shown.body.find("蜀韵"), std::string::npos) << "the public status names no holder";
    EXPECT_EQ(http.post(revoke, R"({"reason":"again"})", boss).errorCode(), "already_revoked");

    // The revoked code is still genuine offline — only the online status knows better.
    EXPECT_EQ(verifyPermit(revoked.json()->getValue<std::string>("token"), servedKeys(), "2026-11-27").verdict,
              PermitVerdict::Valid);

    std::vector<server::AuditRecord> records;
    for (auto& r :
         server.database().read([](Poco::Data::Session& s) { return server::AuditLog::recent(s, "h1", 100); }))
        if (r.action.rfind("permit.", 0) == 0)
            records.push_back(r);
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].action, "permit.revoke");
    EXPECT_EQ(records[0].actor, "boss");
    EXPECT_NE(records[0].detail.find("虚假材料"), std::string::npos);
    EXPECT_EQ(records[1].action, "permit.issue");
    EXPECT_TRUE(server.database().read([](Poco::Data::Session& s) { return server::AuditLog::verify(s); }).intact);

    // A replacement can be issued once the old one is revoked; it gets the next number.
    auto replacement = issue("c1", R"({"item":"SC-QYSL","valid_to":"2027-01-31"})", clerk);
    ASSERT_EQ(replacement.status, 201) << replacement.body;
    const std::string next = replacement.json()->getValue<std::string>("id");
    const std::string nextCode = replacement.json()->getValue<std::string>("token");
    EXPECT_EQ(next, "H1-2026-000002");
    EXPECT_EQ(replacement.json()->getValue<std::string>("valid_from"), "2026-11-27"); // today in the hall
    now = kNow + 70 * kDay;                                                           // 2027-02-05
    EXPECT_EQ(status(next, nextCode), "expired");
    EXPECT_EQ(status(id, code), "revoked");
    auto later = issue("c1", R"({"item":"SC-QYSL","valid_from":"2027-03-01","long_term":true})",
                       server.clerkAt("h1", 1)); // a new session: the old one ended weeks ago
    EXPECT_EQ(later.status, 200);                // the standing permit (expired, not revoked) is the case's permit
}

TEST_F(PermitTest, OldPermitsKeepVerifyingAfterTheKeyRotatesAndNewOnesUseTheNewKey) {
    push(makeCase("c1", CaseState::Approved, 1));
    Case second = makeCase("c2", CaseState::Approved, 2);
    second.applicant = {Applicant::Kind::Person, "王磊", "11010519491231002X", "", "13812345678"};
    second.formValues = parseObject(R"({"enterprise_name": "云帆软件"})"); // a company registered for him
    push(second);
    auto before = issue("c1", kRequest, clerk);
    ASSERT_EQ(before.status, 201) << before.body;
    now += 1000;
    server.context().permitKeys.generate("h1", std::string("h1-2027"), now);
    std::string request = kRequest;
    request.insert(request.size() - 1, R"(,"credit_code":"91510100MA6CGUGA1W")");
    auto after = issue("c2", request, clerk);
    ASSERT_EQ(after.status, 201) << after.body;
    EXPECT_EQ(after.json()->getValue<std::string>("kid"), "h1-2027");
    EXPECT_EQ(after.json()->getValue<std::string>("holder_in_code"), "云帆软件 (91510100MA6CGUGA1W)");
    const PermitKeyRing keys = servedKeys();
    EXPECT_EQ(verifyPermit(before.json()->getValue<std::string>("token"), keys, "2026-11-27").kid, "h1-2026");
    EXPECT_EQ(verifyPermit(before.json()->getValue<std::string>("token"), keys, "2026-11-27").verdict,
              PermitVerdict::Valid);
    EXPECT_EQ(verifyPermit(after.json()->getValue<std::string>("token"), keys, "2026-11-27").verdict,
              PermitVerdict::Valid);
    // A hall without a key is told what to do.
    auto noKey = http.post("/api/v1/cases/x/permits", kRequest, server.clerkAt("h2", 1));
    EXPECT_EQ(noKey.errorCode(), "no_permit_key");
}

TEST_F(PermitTest, ALongEnterpriseNameIsShortenedInTheCodeSoItStaysAtVersionTwelve) {
    Case c = makeCase("c1", CaseState::Approved, 1);
    c.applicant.name = "四川省成都市高新技术产业开发区天府软件园数字政务服务创新研究院有限责任公司";
    push(c);
    auto issued = issue("c1", kRequest, clerk);
    ASSERT_EQ(issued.status, 201) << issued.body;
    const auto permit = permitFromJson(issued.json());
    EXPECT_LE(permit.token.size(), kMaxPermitCodeChars);
    EXPECT_EQ(permit.holderName, c.applicant.name); // printed whole
    EXPECT_EQ(permit.holderInCode.rfind("四川省成都市", 0), 0u);
    EXPECT_NE(permit.holderInCode.find("… (91510100MA6CGUGA1W)"), std::string::npos) << permit.holderInCode;
    EXPECT_EQ(verifyPermit(permit.token, servedKeys(), "2026-11-27").claims.holder, permit.holderInCode);
}

TEST_F(PermitTest, AReceiptNumberOpensThePublicProgressWithNothingPersonalButAMaskedName) {
    Case c = makeCase("c1", CaseState::Accepted, 7);
    c.applicant = {Applicant::Kind::Person, "欧阳娜娜", "11010519491231002X", "", "13812345678"};
    c.items = {"BDC-ZYDJ"};
    MaterialRecord waived;
    waived.materialId = "wspz";
    waived.state = MaterialState::Waived;
    waived.dueDate = "2026-12-04";
    MaterialRecord given;
    given.materialId = "smf-sfz";
    given.state = MaterialState::Submitted;
    c.materials = {waived, given};
    c.queryCode = "042917";
    push(c);
    // No token: the citizen at the kiosk, with the receipt's query code.
    const std::string path = "/api/v1/progress/" + c.caseNo;
    auto res = http.get(path + "?code=042917");
    ASSERT_EQ(res.status, 200) << res.body;
    const auto o = res.json();
    EXPECT_EQ(o->getValue<std::string>("state"), "accepted");
    EXPECT_EQ(o->getValue<std::string>("applicant"), "欧***");
    EXPECT_EQ(o->getArray("items")->getElement<std::string>(0), "不动产转移登记（二手房）");
    EXPECT_EQ(o->getValue<std::string>("promised_date"), "2026-11-30");
    const auto missing = o->getArray("missing");
    ASSERT_EQ(missing->size(), 1u);
    EXPECT_EQ(missing->getObject(0)->getValue<std::string>("due_date"), "2026-12-04");
    for (const char* secret : {"欧阳娜娜", "11010519491231002X", "002X", "042917", "13812345678", "clerk-h1-1"})
        EXPECT_EQ(res.body.find(secret), std::string::npos) << secret;
    // Or with the last four characters of the applicant's ID number, in either case.
    EXPECT_EQ(http.get(path + "?code=002x").status, 200);

    // Without the code, or with a wrong one, the case is as unknown as a number never given: the same answer.
    const auto unknown = http.get("/api/v1/progress/" + CaseNumber{"H1", "20261127", "C1", 99}.text() + "?code=042917");
    EXPECT_EQ(unknown.status, 404);
    for (const std::string& query : {std::string(), std::string("?code="), std::string("?code=042918"),
                                     std::string("?code=1002X"), std::string("?code=%27%20OR%201=1")}) {
        const auto wrongCode = http.get(path + query);
        EXPECT_EQ(wrongCode.status, 404) << query;
        EXPECT_EQ(wrongCode.body, unknown.body) << query;
    }

    std::string wrong = c.caseNo;
    wrong[wrong.size() - 4] = wrong[wrong.size() - 4] == '7' ? '8' : '7'; // a mistyped digit: the check fails
    EXPECT_EQ(http.get("/api/v1/progress/" + wrong).errorCode(), "invalid_case_number");
    EXPECT_EQ(http.get("/api/v1/progress/%27%20OR%201=1").status, 400);

    c.state = CaseState::Approved;
    push(c, 1);
    ASSERT_EQ(issue("c1", R"({"item":"BDC-ZYDJ","long_term":true})", clerk).status, 201);
    auto withPermit = http.get(path + "?code=042917");
    const auto permits = withPermit.json()->getArray("permits");
    ASSERT_EQ(permits->size(), 1u);
    EXPECT_EQ(permits->getObject(0)->getValue<std::string>("type_name"), "不动产权证书");
    EXPECT_EQ(permits->getObject(0)->getValue<std::string>("status"), "valid");
}

} // namespace

TEST_F(PermitTest, WalkingADaysCaseNumbersYieldsNothingAndAFloodIsSlowedWhileAnotherAddressIsServed) {
    Case c = makeCase("c1", CaseState::Accepted, 1);
    c.queryCode = "042917";
    push(c);
    // An outsider walks the day's numbers with guessed codes: nothing but 404, then 429 once 100 guesses from the
    // address have failed within 10 minutes.
    int notFound = 0, limited = 0;
    std::string retryAfter;
    for (int sequence = 2; sequence <= 121; ++sequence) {
        const auto res = http.get("/api/v1/progress/" + CaseNumber{"H1", "20261127", "C1", sequence}.text() +
                                  "?code=" + std::to_string(100000 + sequence));
        notFound += res.status == 404;
        if (res.status == 429) {
            ++limited;
            retryAfter = res.retryAfter;
        }
    }
    EXPECT_EQ(notFound, 100);
    EXPECT_EQ(limited, 20);
    EXPECT_FALSE(retryAfter.empty());
    // The applicant at another address (the kiosk on the hall's other line) is served meanwhile.
    HttpClient elsewhere(server.port(), "127.0.0.2");
    EXPECT_EQ(elsewhere.get("/api/v1/progress/" + c.caseNo + "?code=042917").status, 200);
    // Ten wrong codes for one number within the hour close it for lookups, from anywhere: the applicant asks at a
    // counter (the clerk finds the case by number or name).
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(elsewhere.get("/api/v1/progress/" + c.caseNo + "?code=00000" + std::to_string(i)).status, 404);
    EXPECT_EQ(elsewhere.get("/api/v1/progress/" + c.caseNo + "?code=042917").status, 429);
    now += 61 * 60 * 1000; // an hour later
    EXPECT_EQ(elsewhere.get("/api/v1/progress/" + c.caseNo + "?code=042917").status, 200);
    // The refusals are counted for Prometheus, by limiter.
    const auto metrics = http.get("/metrics");
    EXPECT_NE(metrics.body.find("onewindow_rate_limited_total{limit=\"lookup-address\"} 20"), std::string::npos)
        << metrics.body;
    EXPECT_NE(metrics.body.find("onewindow_rate_limited_total{limit=\"lookup-case\"} 1"), std::string::npos);
}

// The kiosk finds a citizen's open cases in its hall by the card laid on its reader; the progress of each opens with
// the number's last four characters. Delivered cases, other people's cases sharing the last four and other halls'
// cases are not listed; nobody but the hall's kiosk may ask; a number without open cases is a counted failure.
TEST_F(PermitTest, TheKioskFindsACitizensOpenCasesByTheirCard) {
    const std::string number = "11010519491231002X";
    Case open = makeCase("c1", CaseState::Accepted, 7);
    open.applicant = {Applicant::Kind::Person, "欧阳娜娜", number, "", "13812345678"};
    open.items = {"BDC-ZYDJ"};
    push(open);
    Case done = makeCase("c2", CaseState::Delivered, 8);
    done.applicant = open.applicant;
    push(done);
    Case other = makeCase("c3", CaseState::Accepted, 9); // another person, the same last four characters
    other.applicant = {Applicant::Kind::Person, "李四", "51010419900107002X", "", ""};
    push(other);
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);

    auto res = http.post("/api/v1/halls/h1/cases/by-card", R"({"id_number":")" + number + "\"}", kiosk);
    ASSERT_EQ(res.status, 200) << res.body;
    const auto cases = res.json()->getArray("cases");
    ASSERT_EQ(cases->size(), 1u) << res.body;
    EXPECT_EQ(cases->getObject(0)->getValue<std::string>("case_no"), open.caseNo);
    EXPECT_EQ(cases->getObject(0)->getArray("items")->getElement<std::string>(0), "不动产转移登记（二手房）");
    for (const char* secret : {"欧阳娜娜", "11010519491231002X", "13812345678", "clerk-h1-1"})
        EXPECT_EQ(res.body.find(secret), std::string::npos) << secret;
    EXPECT_EQ(http.get("/api/v1/progress/" + open.caseNo + "?code=002X").status, 200);

    EXPECT_EQ(http.post("/api/v1/halls/h1/cases/by-card", R"({"id_number":"110105194912310021"})", kiosk).status, 400);
    EXPECT_EQ(http.post("/api/v1/halls/h1/cases/by-card", R"({"id_number":"110105197001010011"})", kiosk).status, 404);
    EXPECT_EQ(http.post("/api/v1/halls/h1/cases/by-card", R"({"id_number":")" + number + "\"}", clerk).status, 403);
    EXPECT_EQ(http.post("/api/v1/halls/h2/cases/by-card", R"({"id_number":")" + number + "\"}", kiosk).status, 403);
    const std::string otherKiosk = server.enroll("h2", DeviceKind::Kiosk);
    EXPECT_EQ(http.post("/api/v1/halls/h2/cases/by-card", R"({"id_number":")" + number + "\"}", otherKiosk).status,
              404);
}
