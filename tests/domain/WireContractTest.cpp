#include "domain/Appointment.h"
#include "domain/CaseLife.h"
#include "domain/DailyStats.h"
#include "domain/HallHours.h"
#include "domain/HallProfile.h"
#include "domain/Json.h"
#include "domain/QueueSnapshot.h"
#include "domain/Rectification.h"
#include "domain/wire/Admin.h"
#include "domain/wire/Appointments.h"
#include "domain/wire/Auth.h"
#include "domain/wire/Blobs.h"
#include "domain/wire/Cases.h"
#include "domain/wire/Error.h"
#include "domain/wire/HomeVisits.h"
#include "domain/wire/Queue.h"
#include "domain/wire/Rating.h"
#include "domain/wire/Stats.h"
#include "domain/wire/Sync.h"

#include "TestFiles.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <set>
#include <sstream>

using namespace ow;

// The contract between server/openapi.yaml and the types both sides write and read: every schema the file names has
// its type here; a value with every field given writes exactly the properties the file lists (no more, no fewer),
// and reads back into the same JSON. A field renamed on one side, or added to the code and not to the file (or the
// other way round), fails here.
namespace {

// The top-level properties of each schema under components/schemas (block style, as the file is written).
std::map<std::string, std::set<std::string>> schemaProperties(const std::string& yaml) {
    std::map<std::string, std::set<std::string>> out;
    std::istringstream in(yaml);
    std::string line, schema;
    bool inSchemas = false, inProperties = false;
    auto indentOf = [](const std::string& l) { return l.find_first_not_of(' '); };
    auto keyOf = [](const std::string& l, std::size_t indent) {
        const auto colon = l.find(':', indent);
        return colon == std::string::npos ? std::string() : l.substr(indent, colon - indent);
    };
    while (std::getline(in, line)) {
        const auto indent = indentOf(line);
        if (indent == std::string::npos || line[indent] == '#')
            continue;
        if (indent <= 2) {
            inSchemas = indent == 2 && keyOf(line, 2) == "schemas";
            continue;
        }
        if (!inSchemas)
            continue;
        if (indent == 4) {
            schema = keyOf(line, 4);
            out[schema];
            inProperties = false;
        } else if (indent == 6) {
            inProperties = keyOf(line, 6) == "properties";
        } else if (indent == 8 && inProperties) {
            out[schema].insert(keyOf(line, 8));
        }
    }
    return out;
}

// The same JSON whatever the order of its keys.
Poco::Dynamic::Var canonical(const Poco::Dynamic::Var& value) {
    if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
        Poco::JSON::Object::Ptr sorted = new Poco::JSON::Object; // keys kept in order
        for (const auto& [key, inner] : *value.extract<Poco::JSON::Object::Ptr>())
            sorted->set(key, canonical(inner));
        return sorted;
    }
    if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
        Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
        for (const auto& inner : *value.extract<Poco::JSON::Array::Ptr>())
            items->add(canonical(inner));
        return items;
    }
    return value;
}

std::string canonicalText(const std::string& text) {
    return toJsonText(canonical(parseObject(text)).extract<Poco::JSON::Object::Ptr>());
}

std::set<std::string> keysOf(const Poco::JSON::Object::Ptr& object) {
    std::set<std::string> keys;
    for (const auto& [key, value] : *object)
        keys.insert(key);
    return keys;
}

template <typename T> std::function<std::string(const std::string&)> viaType() {
    return [](const std::string& text) { return toJsonText(T::fromJson(parseObject(text)).toJson()); };
}

Ticket fullTicket() {
    Ticket t;
    t.id = "7d1c2b9e-0000-4000-8000-000000000001";
    t.hall = "h1";
    t.category = "A";
    t.number = "A012";
    t.sequence = 12;
    t.priority = Priority::Elderly;
    t.status = TicketStatus::Transferred;
    t.businessDay = "2026-12-04";
    t.issuedAtMs = 1796000000000;
    t.queuedAtMs = 1796000000000;
    t.counter = 3;
    t.targetCounter = 5;
    t.calledAtMs = 1796000300000;
    t.startedAtMs = 1796000310000;
    t.finishedAtMs = 1796000900000;
    t.recallCount = 1;
    t.transferredFrom = "7d1c2b9e-0000-4000-8000-000000000000";
    t.waitingAhead = 4;
    t.holder = "110105********002X";
    return t;
}

DayFigures fullDayFigures() {
    DayFigures f;
    f.ticketsIssued = 120;
    f.served = 100;
    f.noShow = 8;
    f.transferred = 3;
    f.wait = {100, 312.5, 280, 640, 1500};
    f.service = {100, 420.25, 400, 900, 2000};
    f.casesAccepted = 60;
    f.casesNotified = 12;
    f.casesRefused = 2;
    f.casesCompleted = 40;
    f.casesOverdue = 1;
    f.waivedOverdue = 2;
    f.casesCompletedOnTime = 38;
    f.correctionsRequested = 5;
    f.decisions = 20;
    f.handedOver = 15;
    f.posted = 4;
    f.ratings.figures = {100, 80, 76, 4, 3, 2, 2, 1};
    f.ratings.notRated = 9;
    f.ratings.levels[0] = 1;
    f.ratings.levels[4] = 60;
    f.rectificationsOpen = 2;
    f.rectificationsOverdue = 1;
    return f;
}

Rectification fullRectification() {
    Rectification r;
    r.id = "r-1";
    r.ratingId = "g-1";
    r.hall = "h1";
    r.level = 2;
    r.reasons = {"办事效率"};
    r.comment = "等了很久";
    r.counter = 3;
    r.clerk = "c1";
    r.clerkName = "张敏";
    r.category = "A";
    r.channel = "pad";
    r.ticketNumber = "A012";
    r.caseNo = "DEMO-20261204-C3-0001-42";
    r.ratedOn = "2026-12-04";
    r.ratedAtMs = 1796000900000;
    r.followUpDue = "2026-12-07";
    r.fixDue = "2026-12-25";
    r.followUp = Rectification::Step{1796100000000, "2026-12-05", "s1", "已回访", "赵建国"};
    r.fix = Rectification::Step{1796200000000, "2026-12-06", "s1", "已整改"};
    r.appeal = Rectification::Appeal{AppealKind::Mistaken, "误评",       "s1", 1796150000000, false, "s2",
                                     "不予支持",           1796160000000};
    r.version = 4;
    return r;
}

struct Contract {
    std::string sample;                                  // a value with every field given, as the code writes it
    std::function<std::string(const std::string&)> read; // that text read by its type and written again
    std::set<std::string> addedByRoute = {};             // properties a route adds beside the type's own
};

std::map<std::string, Contract> contracts() {
    std::map<std::string, Contract> c;
    {
        DailyStats stats;
        stats.hall = "h1";
        stats.date = "2026-12-04";
        stats.totals = fullDayFigures();
        const auto totals = [](const DailyStats& s) { return toJsonText(dailyStatsToJson(s)->getObject("totals")); };
        c["DayFigures"] = {totals(stats), [totals](const std::string& text) {
                               Poco::JSON::Object::Ptr day = new Poco::JSON::Object;
                               day->set("hall", "h1");
                               day->set("date", "2026-12-04");
                               day->set("totals", parseObject(text));
                               return totals(dailyStatsFromJson(day));
                           }};
    }
    {
        RegionDay day{
            "cd", "成都市", "2026-12-04", {{"h1", "青白江区政务服务中心", "2026-12-04T09:00:00.000Z", 12, 25, {}}}, {}};
        day.halls.front().totals = day.totals = fullDayFigures();
        c["RegionDay"] = {toJsonText(regionDayToJson(day)), [](const std::string& text) {
                              return toJsonText(regionDayToJson(regionDayFromJson(parseObject(text))));
                          }};
    }
    RatingPolicy policy;
    policy.rectification = {5, 10};
    policy.reasons = {"服务态度", "其他"};
    policy.padTimeoutSeconds = 90;
    c["RatingPolicy"] = {toJsonText(ratingPolicyToJson(policy)), [](const std::string& text) {
                             return toJsonText(ratingPolicyToJson(ratingPolicyFromJson(parseObject(text))));
                         }};
    RatingFigureGroup group = fullDayFigures().ratings;
    group.key = "3";
    group.label = "3号窗口";
    c["RatingFigures"] = {toJsonText(ratingFiguresToJson(group)), [](const std::string& text) {
                              return toJsonText(ratingFiguresToJson(ratingFiguresFromJson(parseObject(text))));
                          }};
    c["Rectification"] = {toJsonText(rectificationToJson(fullRectification())),
                          [](const std::string& text) {
                              return toJsonText(rectificationToJson(rectificationFromJson(parseObject(text))));
                          },
                          {"follow_up_overdue", "fix_overdue"}}; // as of the hall's today, which the route knows
    c["BlobStatus"] = {toJsonText(wire::BlobStatus{std::string(64, 'a'), 10, 30, false, "", ""}.toJson()),
                       viaType<wire::BlobStatus>()};
    c["Error"] = {toJsonText(wire::ErrorReply{"illegal_transition", "已过号", {}, {}, {}}.toJson()),
                  viaType<wire::ErrorReply>()};
    c["Ticket"] = {toJsonText(ticketToJson(fullTicket(), true)), [](const std::string& text) {
                       return toJsonText(ticketToJson(ticketFromJson(parseObject(text)), true));
                   }};
    c["TicketEnvelope"] = {toJsonText(wire::TicketEnvelope{fullTicket(), 42}.toJson()),
                           viaType<wire::TicketEnvelope>()};
    {
        QueueSnapshot s;
        s.hall = "h1";
        s.hallName = "示范大厅";
        s.businessDay = "2026-12-04";
        s.seq = 42;
        s.categories = {{"A", "综合", 3, true, "综合窗口"}};
        s.counters = {{3,
                       {"A"},
                       fullTicket(),
                       "综合受理窗口",
                       false,
                       true,
                       1796000100000,
                       QueueSnapshot::Counter::Clerk{"c1", "0311", "张敏"}}};
        s.recentCalls = {{"t-1", "A012", 3, 1796000300000}, {"t-2", "B003", 2, 1796000200000, Priority::Appointment}};
        s.missed = {{"A007", 1796000250000}};
        s.profile = {510113, "028-8398 2000", "12345", "青政服", "请带齐材料"};
        s.upstream = QueueSnapshot::Upstream{false, 120, 1796000000000};
        c["QueueSnapshot"] = {toJsonText(queueSnapshotToJson(s)), [](const std::string& text) {
                                  return toJsonText(queueSnapshotToJson(queueSnapshotFromJson(parseObject(text))));
                              }};
    }
    c["EnrollRequest"] = {toJsonText(wire::EnrollRequest{"ABCD-1234", "一号窗口", "hall"}.toJson()),
                          viaType<wire::EnrollRequest>()};
    c["Enrolled"] = {
        toJsonText(
            wire::Enrolled{"d-1", "tok", "h1", "counter", 3, "C3", "Asia/Shanghai", {{"20261204", 7}}, "r1"}.toJson()),
        viaType<wire::Enrolled>()};
    // Running the hall (管理).
    c["StaffMember"] = {
        toJsonText(wire::StaffMember{"clerk7",
                                     "王芳",
                                     "clerk",
                                     false,
                                     true,
                                     "2026-12-04T01:00:00.000Z",
                                     {{"name", "王芳", "王 芳", "2026-12-04T02:00:00.000Z"},
                                      {"password", std::nullopt, std::nullopt, "2026-12-04T02:00:00.000Z"}},
                                     "0317"}
                       .toJson()),
        viaType<wire::StaffMember>()};
    c["AccountConflict"] = {
        toJsonText(wire::AccountConflict{"role", "clerk", "supervisor", "2026-12-04T02:00:00.000Z"}.toJson()),
        viaType<wire::AccountConflict>()};
    c["ConflictSettled"] = {toJsonText(wire::ConflictSettled{"upstream"}.toJson()), viaType<wire::ConflictSettled>()};
    c["NewStaff"] = {toJsonText(wire::NewStaff{"clerk7", "王芳", "clerk", "Spring-2026!", "0317"}.toJson()),
                     viaType<wire::NewStaff>()};
    c["StaffChange"] = {toJsonText(wire::StaffChange{"王芳", "supervisor", true, std::string("0318")}.toJson()),
                        viaType<wire::StaffChange>()};
    c["PasswordChange"] = {toJsonText(wire::PasswordChange{"Spring-2026!", "Winter-2025!"}.toJson()),
                           viaType<wire::PasswordChange>()};
    c["EnrollCodeRequest"] = {toJsonText(wire::EnrollCodeRequest{"counter", 3}.toJson()),
                              viaType<wire::EnrollCodeRequest>()};
    c["EnrollCode"] = {
        toJsonText(wire::EnrollCode{"ABCD-EFGH-JKLM", "2026-12-11T01:00:00.000Z", "counter", 3}.toJson()),
        viaType<wire::EnrollCode>()};
    c["DeviceInfo"] = {toJsonText(wire::DeviceInfo{"d-1", "counter", "3号窗口", 3, "C3", "2026-12-01T01:00:00.000Z",
                                                   "2026-12-04T01:00:00.000Z", "2026-12-04T02:00:00.000Z"}
                                      .toJson()),
                       viaType<wire::DeviceInfo>()};
    c["CounterSetup"] = {toJsonText(wire::CounterSetup{3, "综合受理窗口", {"A", "B"}, true}.toJson()),
                         viaType<wire::CounterSetup>()};
    c["CounterChange"] = {
        toJsonText(wire::CounterChange{"综合受理窗口", std::vector<std::string>{"A"}, false}.toJson()),
        viaType<wire::CounterChange>()};
    c["CategorySetup"] = {toJsonText(wire::CategorySetup{"D", "公积金", false, "住建"}.toJson()),
                          viaType<wire::CategorySetup>()};
    c["CategoryChange"] = {toJsonText(wire::CategoryChange{"公积金", true, "住建"}.toJson()),
                           viaType<wire::CategoryChange>()};
    {
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("after", "x");
        c["AuditEntry"] = {toJsonText(wire::AuditEntry{7, "2026-12-04T01:00:00.000Z", "admin1", "d-1", "staff.disabled",
                                                       "staff:clerk3", detail}
                                          .toJson()),
                           viaType<wire::AuditEntry>()};
        HallHours hours;
        hours.week[0] = HallHours::Day{{540, 1020}, HallHours::Span{720, 810}, 1140};
        hours.dates = {{"2027-01-01", std::nullopt, "元旦"}};
        c["HallHours"] = {
            toJsonText(hallHoursToJson(hours)),
            [](const std::string& text) { return toJsonText(hallHoursToJson(hallHoursFromJson(parseObject(text)))); },
            {"set"}}; // GET says whether the hall set any
    }
    c["HallProfile"] = {
        toJsonText(hallProfileToJson({510113, "028-8398 2000", "12345", "青政服", "请保管好随身物品"})),
        [](const std::string& text) { return toJsonText(hallProfileToJson(hallProfileFromJson(parseObject(text)))); }};
    // Appointments (预约).
    c["AppointmentPlan"] = {toJsonText(appointmentPlanToJson({"B", {1, 3}, {{540, 570, 4}, {570, 600, 4}}})),
                            [](const std::string& text) {
                                return toJsonText(appointmentPlanToJson(appointmentPlanFromJson(parseObject(text))));
                            }};
    c["SlotInfo"] = {toJsonText(wire::SlotInfo{"09:00", "09:30", 4, 1}.toJson()), viaType<wire::SlotInfo>()};
    c["NoShowPolicy"] = {toJsonText(noShowPolicyToJson({3, 30, 30})), [](const std::string& text) {
                             return toJsonText(noShowPolicyToJson(noShowPolicyFromJson(parseObject(text))));
                         }};
    c["BookingRequest"] = {
        toJsonText(
            wire::BookingRequest{"B", "2026-12-08", "09:00", "王磊", "11010519491231002X", "13800138000"}.toJson()),
        viaType<wire::BookingRequest>()};
    c["Booking"] = {toJsonText(wire::Booking{"a-1", "042917", "2026-12-08", "09:00", "09:30", "B", "王*",
                                             "110105********002X", "138****8000", "booked"}
                                   .toJson()),
                    viaType<wire::Booking>()};
    // Home visits (预约上门).
    c["HomeVisitRequest"] = {
        toJsonText(wire::HomeVisitRequest{"v-1", "李秀英", "11010519491231002X", "13800138000", "红星村三组12号",
                                          "养老保险待遇领取资格认证", "elderly", "卧床，需上门"}
                       .toJson()),
        viaType<wire::HomeVisitRequest>()};
    c["HomeVisitSchedule"] = {toJsonText(wire::HomeVisitSchedule{"c1", "2026-12-08"}.toJson()),
                              viaType<wire::HomeVisitSchedule>()};
    c["HomeVisit"] = {
        toJsonText(wire::HomeVisit{"v-1", "h1", "李秀英", "110105********002X", "13800138000", "红星村三组12号",
                                   "养老保险待遇领取资格认证", "elderly", "卧床", "done", "a1", "赵代办", "dev-1",
                                   "2026-12-04T02:00:00.000Z", "c1", "张敏", "2026-12-08", "已认证"}
                       .toJson()),
        viaType<wire::HomeVisit>()};
    c["LoginRequest"] = {toJsonText(wire::LoginRequest{"c1", "secret"}.toJson()), viaType<wire::LoginRequest>()};
    c["LoggedIn"] = {toJsonText(wire::LoggedIn{"tok", "c1", "clerk", "张敏", "h1", 3, "Asia/Shanghai",
                                               "2026-12-04T10:00:00.000Z", true, "r1"}
                                    .toJson()),
                     viaType<wire::LoggedIn>()};
    c["TicketRequest"] = {toJsonText(wire::TicketRequest{"A", Priority::Green, "11010519491231002X"}.toJson()),
                          viaType<wire::TicketRequest>()};
    c["CounterDuty"] = {toJsonText(wire::CounterDuty{3, true, "2026-12-04T01:00:00.000Z"}.toJson()),
                        viaType<wire::CounterDuty>()};
    // A transfer names a queue or a counter; the file lists both.
    Poco::JSON::Object::Ptr transfer = wire::TransferTarget{"B", std::nullopt}.toJson();
    transfer->set("counter", 5);
    c["TransferTarget"] = {toJsonText(transfer), viaType<wire::TransferTarget>()};
    {
        // The pad's rating, the kiosk's case and the pad's "nobody answered" each write part of the body.
        Poco::JSON::Object::Ptr rating =
            wire::RatingRequest{"t-1", "c-1", "042917", RatingInput{2, {"办事效率"}, "慢"}}.toJson();
        rating->set("not_rated", false);
        c["RatingRequest"] = {toJsonText(rating), [](const std::string& text) {
                                  auto o = wire::RatingRequest::fromJson(parseObject(text)).toJson();
                                  o->set("not_rated", false);
                                  return toJsonText(o);
                              }};
    }
    Poco::JSON::Object::Ptr data = new Poco::JSON::Object(true);
    data->set("id", "c-1");
    const wire::SyncChange change{7, "case", "c-1", 2, "update", data};
    c["SyncChange"] = {toJsonText(change.toJson()), viaType<wire::SyncChange>()};
    c["SyncPush"] = {toJsonText(wire::SyncPush{"d-1", {change}}.toJson()), viaType<wire::SyncPush>()};
    // A conflict names the server's version, a waiting change the missing attachments: one result with both.
    wire::PushResult result{7, wire::PushResult::Status::Conflict, true, "the server holds version 3", 3, {}};
    Poco::JSON::Object::Ptr resultJson = result.toJson();
    resultJson->set("missing", toJsonArray({std::string(64, 'b')}));
    c["PushResult"] = {toJsonText(resultJson), [](const std::string& text) {
                           const auto r = wire::PushResult::fromJson(parseObject(text));
                           auto o = r.toJson();
                           o->set("missing", toJsonArray(r.missing));
                           return toJsonText(o);
                       }};
    c["PushReply"] = {toJsonText(wire::PushReply{{7}, {result}, 99}.toJson()), viaType<wire::PushReply>()};
    const wire::PulledChange pulled{100, "case", "c-1", 3, data};
    c["PulledChange"] = {toJsonText(pulled.toJson()), viaType<wire::PulledChange>()};
    c["PullPage"] = {toJsonText(wire::PullPage{{pulled}, 100, true}.toJson()), viaType<wire::PullPage>()};
    c["TicketLine"] = {toJsonText(wire::TicketLine{"t-1",
                                                   "A012",
                                                   "A",
                                                   "done",
                                                   "c1",
                                                   "张敏",
                                                   {"DEMO-20261204-C3-0001-42"},
                                                   3,
                                                   5,
                                                   1796000000000,
                                                   1796000300000,
                                                   1796000900000,
                                                   300,
                                                   600}
                                      .toJson()),
                       viaType<wire::TicketLine>()};
    c["CaseWarning"] = {toJsonText(wire::CaseWarning{"c-1", "DEMO-1", "GA-JZZ", "c2", "李娜", "2026-11-20",
                                                     "2026-12-01", 2, true, -3, "居住证办理"}
                                       .toJson()),
                        viaType<wire::CaseWarning>()};
    c["SupplyRequest"] = {toJsonText(wire::SupplyRequest{"jzzm", {std::string(64, 'c')}}.toJson()),
                          viaType<wire::SupplyRequest>()};
    c["CorrectionRequest"] = {toJsonText(wire::CorrectionRequest{{"zp"}, "照片背景不是白色"}.toJson()),
                              viaType<wire::CorrectionRequest>()};
    c["ClockStopRequest"] = {toJsonText(wire::ClockStopRequest{"publicity", "公示七日"}.toJson()),
                             viaType<wire::ClockStopRequest>()};
    c["AssignRequest"] = {toJsonText(wire::AssignRequest{"区公安分局", "appr1"}.toJson()),
                          viaType<wire::AssignRequest>()};
    c["DecisionRequest"] = {toJsonText(wire::DecisionRequest{false, "不符合条件"}.toJson()),
                            viaType<wire::DecisionRequest>()};
    c["CompleteRequest"] = {toJsonText(wire::CompleteRequest{"证件已制好"}.toJson()), viaType<wire::CompleteRequest>()};
    c["HandoverRequest"] = {
        toJsonText(wire::HandoverRequest{"post", "王磊", "SF1234567890", "成都市武侯区一环路1号", false}.toJson()),
        viaType<wire::HandoverRequest>()};
    {
        CaseLife life;
        life.department = "区公安分局";
        life.assignedTo = "appr1";
        life.corrections = {{"k-1", {"zp"}, "照片", "2026-09-29", "appr1", "2026-10-09", "clerk1", 3}};
        life.clockStops = {{"s-1", "publicity", "公示七日", "2026-09-20", "appr1", "2026-09-29", "appr1", 7}};
        life.decidedBy = "appr1";
        life.decisionReason = "材料齐全";
        life.handover = Handover{"post", "王磊", false, "SF1", "成都", "2026-10-12", "clerk1", "2026-10-14"};
        life.steps = {{"approved", 1796000000000, "2026-10-09", "appr1", "材料齐全"}};
        c["CaseLife"] = {toJsonText(caseLifeToJson(life)), [](const std::string& text) {
                             return toJsonText(caseLifeToJson(caseLifeFromJson(parseObject(text))));
                         }};
    }
    return c;
}

} // namespace

TEST(WireContract, EverySchemaTheApiNamesHasItsType) {
    const auto schemas = schemaProperties(ow::testing::readTextFile(ONEWINDOW_OPENAPI));
    const auto table = contracts();
    ASSERT_GE(schemas.size(), 20u) << "the schemas of server/openapi.yaml were not found";
    for (const auto& [name, properties] : schemas)
        EXPECT_TRUE(table.count(name)) << name << " is named in openapi.yaml but has no type with its JSON";
    for (const auto& [name, contract] : table)
        EXPECT_TRUE(schemas.count(name)) << name << " is tested here but openapi.yaml does not name it";
}

TEST(WireContract, EachTypeWritesTheFieldsTheApiLists) {
    const auto schemas = schemaProperties(ow::testing::readTextFile(ONEWINDOW_OPENAPI));
    for (const auto& [name, contract] : contracts()) {
        if (!schemas.count(name))
            continue;
        std::set<std::string> written = keysOf(parseObject(contract.sample));
        written.insert(contract.addedByRoute.begin(), contract.addedByRoute.end());
        EXPECT_EQ(written, schemas.at(name)) << name << ": what the code writes and what openapi.yaml lists differ";
    }
}

TEST(WireContract, EachTypeReadsBackWhatItWrites) {
    for (const auto& [name, contract] : contracts())
        EXPECT_EQ(canonicalText(contract.read(contract.sample)), canonicalText(contract.sample)) << name;
}
