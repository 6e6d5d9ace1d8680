// Who may call what, as one table: every route of server/openapi.yaml, called by every kind of caller — nobody, a
// forged token, a revoked device, each kind of device without a person, each staff role, staff of another hall and a
// disabled account — against a server with two halls, on SQLite and (as .postgresql) on PostgreSQL. The expected
// answers are written below by hand, one row per route, and reviewed by reading them; a route the OpenAPI file names
// and the table does not fails the test, so a new route must be placed in it.
#include "Crypto.h"
#include "OpenApiRoutes.h"
#include "TestServer.h"

#include "domain/Case.h"
#include "domain/CaseNumber.h"
#include "domain/HallTime.h"
#include "domain/Json.h"
#include "permit/PermitToken.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace ow;
using namespace ow::testing;

namespace {

// The callers, in the order of the table's columns. Everything is of hall h1 unless it says h2.
enum Caller {
    Nobody,       // no Authorization header
    Forged,       // a well-formed device token the server never gave
    Revoked,      // the token of a counter PC revoked since (admin revoke-device)
    CounterPc,    // the PC of counter 1, nobody logged in
    StationPc,    // a village agency station's PC, nobody logged in
    SupervisorPc, // a supervisor's PC, nobody logged in
    Kiosk,        // the hall's ticket kiosk
    Display,      // the call display
    Pad,          // the rating pad of counter 1
    Clerk,        // a clerk logged in at counter 1
    Agent,        // an agent (代办员) logged in at the station
    Supervisor,   // a supervisor logged in at a supervisor's PC
    Admin,        // the hall's administrator, at a supervisor's PC
    Approver,     // an approver (审批人), at a supervisor's PC
    OtherClerk,   // a clerk of hall h2 at h2's counter 1
    OtherSuper,   // a supervisor of hall h2
    Disabled,     // a clerk of h1 logged in at counter 2, whose account was disabled since
    RegionSuper,  // the supervisor of region r1 (which holds h1), at the region's PC
    HallServer,   // h3's own server, enrolled here (its upstream) as a device of kind hall
    kCallers
};

// One route: the path as called (values of hall h1: ${ticket}, ${case}, … are filled in) with its body, and the answer
// each caller must get, one character per caller in the order above, grouped as the header line says:
//   n nobody, f forged, r revoked | c counter PC, s station PC, v supervisor PC, k kiosk, d display, p pad (nobody
//   logged in) | c clerk, a agent, S supervisor, M admin, A approver (of h1) | x clerk, X supervisor of h2 | z disabled
//   | g the supervisor of a region holding h1 | h the hall server of h1
//   + allowed: past the gate (2xx, or 400/409 for the empty or repeated body: never 401, 403 or 404)
//   1 401 (who is asking is not known: no token, or one unknown, revoked or of a disabled account)
//   3 403 (known, not allowed: the wrong kind of device, nobody logged in, a role that may never do it, or a route of
//     another hall by its name)
//   4 404 (a thing of another hall, asked by its id by someone who could do it in their own: not said to exist)
struct Row {
    const char* route; // as openapi.yaml names it
    const char* path;
    const char* body;
    const char* expect;
};

// clang-format off
const Row kTable[] = {
    //                                                             nfr csvkdp caSMA xX z g h
    {"GET /healthz", "/healthz", nullptr,
                                                                  "+++ ++++++ +++++ ++ + + +"},
    // /metrics: from this machine (every caller here is on loopback), or with the metrics token.
    {"GET /metrics", "/metrics", nullptr,
                                                                  "+++ ++++++ +++++ ++ + + +"},
    {"POST /api/v1/devices/enroll", "/api/v1/devices/enroll", "{}",
                                                                  "+++ ++++++ +++++ ++ + + +"},
    // A person logs in at a counter, station or supervisor PC; never over another person's session.
    {"POST /api/v1/sessions", "/api/v1/sessions", "{}",
                                                                  "111 +++333 33333 33 1 3 3"},
    // Numbers: the kiosk, or a clerk at a counter (a number for someone at the window).
    {"POST /api/v1/halls/{hall}/tickets", "/api/v1/halls/h1/tickets", "{}",
                                                                  "111 333+33 +3333 33 1 3 3"},
    // A citizen's open cases by the card laid on the kiosk's reader: the hall's kiosk only.
    {"POST /api/v1/halls/{hall}/cases/by-card", "/api/v1/halls/h1/cases/by-card", "{}",
                                                                  "111 333+33 33333 33 1 3 3"},
    // Counter 1 of the caller's own hall: h2's clerk calls at h2's counter 1.
    {"POST /api/v1/counters/{counter}/call-next", "/api/v1/counters/1/call-next", "",
                                                                  "111 333333 +3333 +3 1 3 3"},
    // Paused and resumed by the clerk at the counter (resumed at once: the rows after call at counter 1).
    {"POST /api/v1/counters/{counter}/pause", "/api/v1/counters/1/pause", "",
                                                                  "111 333333 +3333 +3 1 3 3"},
    {"POST /api/v1/counters/{counter}/resume", "/api/v1/counters/1/resume", "",
                                                                  "111 333333 +3333 +3 1 3 3"},
    {"GET /api/v1/tickets/{id}", "/api/v1/tickets/${ticket}", nullptr,
                                                                  "111 ++++++ +++++ 44 1 3 3"},
    {"POST /api/v1/tickets/{id}/{action}", "/api/v1/tickets/${ticket}/finish", "",
                                                                  "111 333333 +3333 44 1 3 3"},
    {"GET /api/v1/halls/{hall}/queue", "/api/v1/halls/h1/queue", nullptr,
                                                                  "111 ++++++ +++++ 33 1 3 3"},
    {"GET /api/v1/catalog", "/api/v1/catalog", nullptr,
                                                                  "111 ++++++ +++++ ++ 1 3 3"},
    // Cases are pushed by a person at a counter or station, each to their own hall.
    {"POST /api/v1/sync/push", "/api/v1/sync/push", "{}",
                                                                  "111 333333 ++333 +3 1 3 3"},
    {"GET /api/v1/sync/pull", "/api/v1/sync/pull", nullptr,
                                                                  "111 333333 +++++ ++ 1 3 3"},
    //                                                             nfr csvkdp caSMA xX z g h
    {"POST /api/v1/blobs", "/api/v1/blobs", "{}",
                                                                  "111 333333 ++333 +3 1 3 3"},
    // A hall server relays the attachments its devices uploaded there, piece by piece, by the same routes.
    {"PUT /api/v1/blobs/{sha256}", "/api/v1/blobs/${blob}", "scan",
                                                                  "111 333333 ++333 +3 1 3 +"},
    {"GET /api/v1/blobs/{sha256}/status", "/api/v1/blobs/${blob}/status", nullptr,
                                                                  "111 333333 ++333 +3 1 3 +"},
    {"GET /api/v1/cases/{id}/attachments", "/api/v1/cases/${caseId}/attachments", nullptr,
                                                                  "111 333333 +++++ 44 1 3 3"},
    // A rating comes from the pad (or a kiosk for a receipt's case); the PC of the counter sends "not rated".
    {"POST /api/v1/ratings", "/api/v1/ratings", "{}",
                                                                  "111 333+3+ 33333 33 1 3 3"},
    {"GET /api/v1/counters/{counter}/pad", "/api/v1/counters/1/pad", nullptr,
                                                                  "111 +3333+ +3333 +3 1 3 3"},
    {"GET /api/v1/halls/{hall}/rating-policy", "/api/v1/halls/h1/rating-policy", nullptr,
                                                                  "111 ++++++ +++++ 33 1 3 3"},
    {"PUT /api/v1/halls/{hall}/rating-policy", "/api/v1/halls/h1/rating-policy", "{}",
                                                                  "111 333333 33++3 33 1 3 3"},
    {"GET /api/v1/halls/{hall}/rating-figures", "/api/v1/halls/h1/rating-figures", nullptr,
                                                                  "111 333333 33++3 33 1 3 3"},
    {"GET /api/v1/me/rating-figures", "/api/v1/me/rating-figures", nullptr,
                                                                  "111 333333 +++++ ++ 1 3 3"},
    {"GET /api/v1/halls/{hall}/rectifications", "/api/v1/halls/h1/rectifications", nullptr,
                                                                  "111 333333 33++3 33 1 3 3"},
    {"GET /api/v1/rectifications/{id}", "/api/v1/rectifications/${rect}", nullptr,
                                                                  "111 333333 33++3 34 1 3 3"},
    //                                                             nfr csvkdp caSMA xX z g h
    {"POST /api/v1/rectifications/{id}/follow-up", "/api/v1/rectifications/${rect}/follow-up", "{}",
                                                                  "111 333333 33++3 34 1 3 3"},
    {"POST /api/v1/rectifications/{id}/fix", "/api/v1/rectifications/${rect}/fix", "{}",
                                                                  "111 333333 33++3 34 1 3 3"},
    {"POST /api/v1/rectifications/{id}/contact", "/api/v1/rectifications/${rect}/contact", "{}",
                                                                  "111 333333 33++3 34 1 3 3"},
    {"POST /api/v1/rectifications/{id}/appeal", "/api/v1/rectifications/${rect}/appeal", "{}",
                                                                  "111 333333 33++3 34 1 3 3"},
    {"POST /api/v1/rectifications/{id}/appeal-decision", "/api/v1/rectifications/${rect}/appeal-decision", "{}",
                                                                  "111 333333 33++3 34 1 3 3"},
    {"GET /api/v1/halls/{hall}/audit", "/api/v1/halls/h1/audit", nullptr,
                                                                  "111 333333 33++3 33 1 3 3"},
    {"GET /api/v1/stats/daily", "/api/v1/stats/daily?hall=h1", nullptr,
                                                                  "111 333333 33++3 33 1 + 3"},
    {"GET /api/v1/stats/tickets", "/api/v1/stats/tickets?hall=h1", nullptr,
                                                                  "111 333333 33++3 33 1 + 3"},
    {"GET /api/v1/stats/warnings", "/api/v1/stats/warnings?hall=h1", nullptr,
                                                                  "111 333333 33++3 33 1 + 3"},
    // 区域: a region's day, read by its supervisor (or one of a region it lies in) at the region's PC; nothing of a
    // hall is open to that PC but its days (the three above, for a hall in the region).
    {"GET /api/v1/regions/{region}/stats/daily", "/api/v1/regions/r1/stats/daily", nullptr,
                                                                  "111 333333 33333 33 1 + 3"},
    // A hall server's line to this server, its upstream: the hall as kept here, and its permit key's public half
    // (the empty body refused past the gate). Nothing else of the hall opens to its token.
    {"GET /api/v1/halls/{hall}/setup", "/api/v1/halls/h3/setup", nullptr,
                                                                  "111 333333 33333 33 1 3 +"},
    {"POST /api/v1/halls/{hall}/permit-keys", "/api/v1/halls/h3/permit-keys", "{}",
                                                                  "111 333333 33333 33 1 3 +"},
    {"POST /api/v1/halls/{hall}/relay", "/api/v1/halls/h3/relay", "{}",
                                                                  "111 333333 33333 33 1 3 +"},
    {"GET /api/v1/halls/{hall}/relay/bookings", "/api/v1/halls/h3/relay/bookings", nullptr,
                                                                  "111 333333 33333 33 1 3 +"},
    // Public: the keys that verify permits, a permit's status with its code's proof, a case's progress with its code.
    {"GET /api/v1/keys", "/api/v1/keys", nullptr,
                                                                  "+++ ++++++ +++++ ++ + + +"},
    {"POST /api/v1/cases/{case}/permits", "/api/v1/cases/${caseNo}/permits", "{}",
                                                                  "111 333333 +++++ 44 1 3 3"},
    {"GET /api/v1/halls/{hall}/permits", "/api/v1/halls/h1/permits", nullptr,
                                                                  "111 333333 +++++ 33 1 3 3"},
    //                                                             nfr csvkdp caSMA xX z g h
    {"GET /api/v1/permits/{id}", "/api/v1/permits/${permit}", nullptr,
                                                                  "111 333333 +++++ 44 1 3 3"},
    {"GET /api/v1/permits/{id}/status", "/api/v1/permits/${permit}/status?proof=${proof}", nullptr,
                                                                  "+++ ++++++ +++++ ++ + + +"},
    {"POST /api/v1/permits/{id}/revoke", "/api/v1/permits/${permit}/revoke", "{}",
                                                                  "111 333333 33++3 34 1 3 3"},
    {"GET /api/v1/progress/{caseNo}", "/api/v1/progress/${caseNo}?code=${code}", nullptr,
                                                                  "+++ ++++++ +++++ ++ + + +"},
    {"GET /api/v1/me/cases", "/api/v1/me/cases", nullptr,
                                                                  "111 333333 +++++ ++ 1 3 3"},
    {"GET /api/v1/cases/{case}", "/api/v1/cases/${caseNo}", nullptr,
                                                                  "111 333333 +++++ 44 1 3 3"},
    {"POST /api/v1/cases/{case}/supplements", "/api/v1/cases/${caseNo}/supplements", "{}",
                                                                  "111 333333 ++333 43 1 3 3"},
    {"POST /api/v1/cases/{case}/corrections", "/api/v1/cases/${caseNo}/corrections", "{}",
                                                                  "111 333333 +3+++ 44 1 3 3"},
    {"POST /api/v1/cases/{case}/corrections/{id}/received", "/api/v1/cases/${caseNo}/corrections/${correction}/received", "",
                                                                  "111 333333 +++++ 44 1 3 3"},
    {"POST /api/v1/cases/{case}/clock-stops", "/api/v1/cases/${stopCase}/clock-stops", "{}",
                                                                  "111 333333 33+++ 34 1 3 3"},
    {"POST /api/v1/cases/{case}/clock-stops/{id}/ended", "/api/v1/cases/${stopCase}/clock-stops/${stop}/ended", "",
                                                                  "111 333333 +3+++ 44 1 3 3"},
    {"POST /api/v1/cases/{case}/assign", "/api/v1/cases/${caseNo}/assign", "{}",
                                                                  "111 333333 +3++3 44 1 3 3"},
    //                                                             nfr csvkdp caSMA xX z g h
    {"POST /api/v1/cases/{case}/decision", "/api/v1/cases/${caseNo}/decision", "{}",
                                                                  "111 333333 +3+++ 44 1 3 3"},
    {"POST /api/v1/cases/{case}/complete", "/api/v1/cases/${caseNo}/complete", "{}",
                                                                  "111 333333 +3+++ 44 1 3 3"},
    {"POST /api/v1/cases/{case}/handover", "/api/v1/cases/${caseNo}/handover", "{}",
                                                                  "111 333333 ++333 43 1 3 3"},
    {"POST /api/v1/cases/{case}/delivered", "/api/v1/cases/${caseNo}/delivered", "",
                                                                  "111 333333 +3+++ 44 1 3 3"},
    // The hall's live events (a WebSocket; asked here without the upgrade): any device of the hall.
    {"GET /api/v1/halls/{hall}/events", "/api/v1/halls/h1/events", nullptr,
                                                                  "111 ++++++ +++++ 33 1 3 3"},
    // Running the hall (管理): its administrator at a supervisor's PC; the hours are read by every device of the hall;
    // a person's own password by any person logged in.
    //                                                             nfr csvkdp caSMA xX z g h
    {"GET /api/v1/halls/{hall}/staff", "/api/v1/halls/h1/staff", nullptr,
                                                                  "111 333333 333+3 33 1 3 3"},
    {"POST /api/v1/halls/{hall}/staff", "/api/v1/halls/h1/staff", "{}",
                                                                  "111 333333 333+3 33 1 3 3"},
    {"PATCH /api/v1/staff/{user}", "/api/v1/staff/sup1", "{}",
                                                                  "111 333333 333+3 33 1 3 3"},
    {"POST /api/v1/staff/{user}/password", "/api/v1/staff/sup1/password", "{}",
                                                                  "111 333333 333+3 33 1 3 3"},
    {"POST /api/v1/staff/{user}/upstream-conflicts/{field}", "/api/v1/staff/sup1/upstream-conflicts/name", "{}",
                                                                  "111 333333 333+3 33 1 3 3"},
    {"POST /api/v1/me/password", "/api/v1/me/password", "{}",
                                                                  "111 333333 +++++ ++ 1 + 3"},
    {"POST /api/v1/halls/{hall}/enroll-codes", "/api/v1/halls/h1/enroll-codes", "{}",
                                                                  "111 333333 333+3 33 1 3 3"},
    {"GET /api/v1/halls/{hall}/devices", "/api/v1/halls/h1/devices", nullptr,
                                                                  "111 333333 333+3 33 1 3 3"},
    // A spare kiosk of h1, revoked by the administrator when the row reaches them.
    {"POST /api/v1/devices/{id}/revoke", "/api/v1/devices/${spare}/revoke", "",
                                                                  "111 333333 333+3 33 1 3 3"},
    {"GET /api/v1/halls/{hall}/categories", "/api/v1/halls/h1/categories", nullptr,
                                                                  "111 333333 333+3 33 1 3 3"},
    {"POST /api/v1/halls/{hall}/categories", "/api/v1/halls/h1/categories", "{}",
                                                                  "111 333333 333+3 33 1 3 3"},
    {"PATCH /api/v1/halls/{hall}/categories/{prefix}", "/api/v1/halls/h1/categories/A", "{}",
                                                                  "111 333333 333+3 33 1 3 3"},
    {"GET /api/v1/halls/{hall}/counters", "/api/v1/halls/h1/counters", nullptr,
                                                                  "111 333333 333+3 33 1 3 3"},
    {"POST /api/v1/halls/{hall}/counters", "/api/v1/halls/h1/counters", "{}",
                                                                  "111 333333 333+3 33 1 3 3"},
    {"PATCH /api/v1/halls/{hall}/counters/{number}", "/api/v1/halls/h1/counters/1", "{}",
                                                                  "111 333333 333+3 33 1 3 3"},
    {"GET /api/v1/halls/{hall}/hours", "/api/v1/halls/h1/hours", nullptr,
                                                                  "111 ++++++ +++++ 33 1 3 3"},
    {"PUT /api/v1/halls/{hall}/hours", "/api/v1/halls/h1/hours", "{}",
                                                                  "111 333333 333+3 33 1 3 3"},
    {"GET /api/v1/halls/{hall}/profile", "/api/v1/halls/h1/profile", nullptr,
                                                                  "111 ++++++ +++++ 33 1 3 3"},
    {"PUT /api/v1/halls/{hall}/profile", "/api/v1/halls/h1/profile", "{}",
                                                                  "111 333333 333+3 33 1 3 3"},
    {"PUT /api/v1/catalog", "/api/v1/catalog", "{}",
                                                                  "111 333333 333+3 33 1 3 3"},
    // Appointments: planned by the hall's supervisors and administrator; slots, bookings and cancelling are public
    // (a booking with a token is a person at a counter or station booking for someone).
    {"GET /api/v1/halls/{hall}/appointment-plan", "/api/v1/halls/h1/appointment-plan?category=A", nullptr,
                                                                  "111 333333 44444 33 1 3 3"},
    {"DELETE /api/v1/halls/{hall}/appointment-plan", "/api/v1/halls/h1/appointment-plan?category=A", nullptr,
                                                                  "111 333333 33443 33 1 3 3"},
    {"PUT /api/v1/halls/{hall}/appointment-plan", "/api/v1/halls/h1/appointment-plan", "{}",
                                                                  "111 333333 33++3 33 1 3 3"},
    // A phone left for a number: at the kiosk only (an empty body is refused past the gate).
    {"POST /api/v1/halls/{hall}/ticket-notices", "/api/v1/halls/h1/ticket-notices", "{}",
                                                                  "111 333+33 33333 33 1 3 3"},
    {"GET /api/v1/halls/{hall}/appointment-queues", "/api/v1/halls/h1/appointment-queues", nullptr,
                                                                  "+++ ++++++ +++++ ++ + + +"},
    {"GET /api/v1/halls/{hall}/slots", "/api/v1/halls/h1/slots?date=2026-09-29&category=A", nullptr,
                                                                  "+++ ++++++ +++++ ++ + + +"},
    {"POST /api/v1/halls/{hall}/appointments", "/api/v1/halls/h1/appointments", "{}",
                                                                  "+11 333333 ++333 33 1 3 3"},
    {"DELETE /api/v1/halls/{hall}/appointments/{code}", "/api/v1/halls/h1/appointments/000000", nullptr,
                                                                  "+++ ++++++ +++++ ++ + + +"},
    // Checking in: the kiosk, or a clerk at a counter (no such code here: 404 past the gate). The day's bookings and
    // the no-show policy: the people of the hall; the policy set by its supervisors and administrator.
    {"POST /api/v1/halls/{hall}/appointments/{code}/check-in", "/api/v1/halls/h1/appointments/000000/check-in", "",
                                                                  "111 333433 43333 33 1 3 3"},
    {"POST /api/v1/halls/{hall}/appointment-check-ins", "/api/v1/halls/h1/appointment-check-ins", "{}",
                                                                  "111 333+33 +3333 33 1 3 3"},
    {"GET /api/v1/halls/{hall}/appointments", "/api/v1/halls/h1/appointments?date=2026-09-29", nullptr,
                                                                  "111 333333 +++++ 33 1 3 3"},
    {"GET /api/v1/halls/{hall}/appointment-policy", "/api/v1/halls/h1/appointment-policy", nullptr,
                                                                  "111 333333 +++++ 33 1 3 3"},
    {"PUT /api/v1/halls/{hall}/appointment-policy", "/api/v1/halls/h1/appointment-policy", "{}",
                                                                  "111 333333 33++3 33 1 3 3"},
    // Home visits (预约上门): asked for at a station or counter, read by the people of the hall, scheduled by its
    // supervisors and administrator, done by a clerk (its own) or a supervisor, cancelled where asked or by a
    // supervisor (no such visit here: the empty body is refused first).
    {"POST /api/v1/halls/{hall}/home-visits", "/api/v1/halls/h1/home-visits", "{}",
                                                                  "111 333333 ++333 33 1 3 3"},
    {"GET /api/v1/halls/{hall}/home-visits", "/api/v1/halls/h1/home-visits", nullptr,
                                                                  "111 333333 +++++ 33 1 3 3"},
    {"POST /api/v1/halls/{hall}/home-visits/{id}/schedule", "/api/v1/halls/h1/home-visits/v-1/schedule", "{}",
                                                                  "111 333333 33++3 33 1 3 3"},
    {"POST /api/v1/halls/{hall}/home-visits/{id}/done", "/api/v1/halls/h1/home-visits/v-1/done", "{}",
                                                                  "111 333333 +3++3 33 1 3 3"},
    {"POST /api/v1/halls/{hall}/home-visits/{id}/cancel", "/api/v1/halls/h1/home-visits/v-1/cancel", "{}",
                                                                  "111 333333 ++++3 33 1 3 3"},
    // The booking page and a code's QR: for anyone's phone.
    {"GET /book/{hall}", "/book/h1", nullptr,                     "+++ ++++++ +++++ ++ + + +"},
    {"GET /book/{hall}/code.svg", "/book/h1/code.svg?code=123456", nullptr,
                                                                  "+++ ++++++ +++++ ++ + + +"},
};
// clang-format on

// "111 ++++++ +++++ 33 1 3" → one character per caller.
std::string compact(const std::string& expect) {
    std::string out;
    for (char c : expect)
        if (c != ' ')
            out += c;
    return out;
}

char outcome(int status) {
    switch (status) {
    case 401: return '1';
    case 403: return '3';
    case 404: return '4';
    default: return '+';
    }
}

std::int64_t at(const std::string& isoUtc) { return parseUtcIso(isoUtc); }

class AuthorizationMatrix : public ::testing::Test {
protected:
    void SetUp() override {
        now = at("2026-09-28T02:00:00Z"); // Monday 10:00 in Shanghai
        server.context().clock = [this] { return now; };
        server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
        server.addHall("h2", {{"A", "综合业务"}}, 1, {"A"});
        server.addHall("h3", {{"A", "综合业务"}}, 1, {"A"}); // served by its own server (HallServer)
        server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), now);
        server.context().permitKeys.generate("h1", std::string("h1-2026"), now);
        server.context().permitKeys.generate("h2", std::string("h2-2026"), now);

        auto& auth = server.context().auth;
        tokens[Forged] = "dev_" + std::string(64, 'a');
        tokens[Revoked] = server.enroll("h1", DeviceKind::Counter, 2);
        tokens[CounterPc] = server.enroll("h1", DeviceKind::Counter, 1);
        tokens[StationPc] = server.enroll("h1", DeviceKind::Station);
        tokens[SupervisorPc] = server.enroll("h1", DeviceKind::Supervisor);
        tokens[Kiosk] = server.enroll("h1", DeviceKind::Kiosk);
        tokens[Display] = server.enroll("h1", DeviceKind::Display);
        tokens[Pad] = server.enroll("h1", DeviceKind::Pad, 1);
        tokens[Clerk] = server.clerkAt("h1", 1);
        tokens[Agent] = server.staffAt("h1", "agent1", StaffRole::Agent, DeviceKind::Station);
        tokens[Supervisor] = server.supervisorAt("h1", "sup1");
        tokens[Admin] = server.staffAt("h1", "admin1", StaffRole::Admin, DeviceKind::Supervisor);
        tokens[Approver] = server.staffAt("h1", "appr1", StaffRole::Approver, DeviceKind::Supervisor);
        tokens[OtherClerk] = server.clerkAt("h2", 1);
        tokens[OtherSuper] = server.supervisorAt("h2", "sup2");
        tokens[Disabled] = server.staffAt("h1", "gone", StaffRole::Clerk, DeviceKind::Counter, 2);
        server.addRegion("r1", "青白江区", {"h1"});
        tokens[RegionSuper] = server.regionSupervisorAt("r1", "rsup");
        tokens[HallServer] = server.enroll("h3", DeviceKind::Hall);

        makeResources();

        // Revoked and disabled last, after they worked: what was allowed stops.
        const server::Principal admin = *auth.authenticate(tokens[Admin], now);
        ASSERT_EQ(http(Revoked).get("/api/v1/catalog", tokens[Revoked]).status, 200);
        ASSERT_EQ(http(Disabled).get("/api/v1/catalog", tokens[Disabled]).status, 200);
        ASSERT_TRUE(auth.revokeDevice("h1", auth.authenticate(tokens[Revoked], now)->deviceId, admin, now));
        ASSERT_TRUE(auth.disableStaff("h1", "gone", admin, now));
        EXPECT_FALSE(auth.disableStaff("h2", "gone", admin, now)); // not an account of h2
    }

    // Each caller from a loopback address of its own, so that the public routes' limits of one do not touch another.
    HttpClient& http(int caller) {
        auto& client = clients[caller];
        if (!client)
            client = std::make_unique<HttpClient>(server.port(), "127.0.0." + std::to_string(10 + caller));
        return *client;
    }

    void pushAs(int caller, const Case& c) {
        const std::string device = server.context().auth.authenticate(tokens[caller], now)->deviceId;
        const auto res = pushCase(http(caller), tokens[caller], device, ++seq, c);
        ASSERT_EQ(res.status, 200) << res.body;
        ASSERT_EQ(res.json()->getArray("results")->getObject(0)->getValue<std::string>("status"), "applied")
            << res.body;
    }
    Case takeIn(const std::string& id, const std::string& item, CaseState state = CaseState::Accepted) {
        Case c = acceptedCase(id, "h1", 1);
        c.items = {item};
        c.state = state;
        c.clerk = "clerk-h1-1";
        c.acceptedDate = "2026-09-28";
        c.promisedDate = "2026-09-30";
        c.applicant.kind = Applicant::Kind::Enterprise;
        c.applicant.name = "成都蜀韵文化传播有限公司";
        c.applicant.creditCode = "91510100MA6CGUGA1W";
        pushAs(Clerk, c);
        return c;
    }
    HttpResult post(int caller, const std::string& path, const std::string& body = "{}") {
        return http(caller).post(path, body, tokens[caller]);
    }
    std::string created(const HttpResult& res, const std::string& field) {
        EXPECT_LT(res.status, 300) << res.body;
        return res.status < 300 ? res.json()->getValue<std::string>(field) : std::string();
    }

    // What the paths name, all of hall h1: a waiting ticket, a case waiting for a correction, a case paused for 公示,
    // a permit, a rectification opened by a bad rating, a scan's hash.
    void makeResources() {
        vars["blob"] = server::sha256Hex("scan");
        const std::string spare = server.enroll("h1", DeviceKind::Kiosk);
        vars["spare"] = server.context().auth.authenticate(spare, now)->deviceId;
        // A served ticket rated bad on the pad opens a rectification; a second ticket waits.
        ASSERT_EQ(post(Kiosk, "/api/v1/halls/h1/tickets", R"({"category":"A"})").status, 201);
        const auto called = post(Clerk, "/api/v1/counters/1/call-next", "");
        ASSERT_EQ(called.status, 200) << called.body;
        const std::string served = called.json()->getObject("ticket")->getValue<std::string>("id");
        ASSERT_EQ(post(Clerk, "/api/v1/tickets/" + served + "/finish", "").status, 200);
        ASSERT_EQ(post(Pad, "/api/v1/ratings", R"({"ticket_id":")" + served + R"(","level":1,"reasons":["办事效率"]})")
                      .status,
                  201);
        const auto rects = http(Supervisor).get("/api/v1/halls/h1/rectifications?state=open", tokens[Supervisor]);
        ASSERT_EQ(rects.status, 200) << rects.body;
        ASSERT_EQ(rects.json()->getArray("rectifications")->size(), 1u) << rects.body;
        vars["rect"] = rects.json()->getArray("rectifications")->getObject(0)->getValue<std::string>("id");
        vars["ticket"] = created(post(Kiosk, "/api/v1/halls/h1/tickets", R"({"category":"A"})"), "id");

        // A residence permit case passed to the approver, who asks for a correction.
        Case residence = acceptedCase("m-1", "h1", 1);
        residence.items = {"GA-JZZ"};
        residence.clerk = "clerk-h1-1";
        residence.acceptedDate = "2026-09-28";
        residence.promisedDate = "2026-09-30";
        residence.materials = {{"sqr-sfz", MaterialState::Submitted, std::nullopt, {}, ""},
                               {"jzzm", MaterialState::Waived, std::string("2026-10-12"), {}, ""},
                               {"zp", MaterialState::Submitted, std::nullopt, {}, ""}};
        pushAs(Clerk, residence);
        vars["caseId"] = residence.id;
        vars["caseNo"] = residence.caseNo;
        vars["code"] = residence.queryCode;
        ASSERT_EQ(post(Clerk, "/api/v1/cases/" + residence.caseNo + "/assign", R"({"approver":"appr1"})").status, 200);
        auto res = post(Approver, "/api/v1/cases/" + residence.caseNo + "/corrections",
                        R"({"materials":["zp"],"reason":"照片背景不是白色"})");
        ASSERT_EQ(res.status, 200) << res.body;
        vars["correction"] = caseFromJson(res.json()).life.corrections.back().id;

        // A property transfer paused for 公示 by the approver.
        const Case property = takeIn("m-2", "BDC-ZYDJ");
        vars["stopCase"] = property.caseNo;
        ASSERT_EQ(post(Clerk, "/api/v1/cases/" + property.caseNo + "/assign", R"({"approver":"appr1"})").status, 200);
        res = post(Approver, "/api/v1/cases/" + property.caseNo + "/clock-stops",
                   R"({"kind":"publicity","reason":"转移登记公告十个工作日"})");
        ASSERT_EQ(res.status, 200) << res.body;
        vars["stop"] = caseFromJson(res.json()).life.clockStops.back().id;

        // A business licence approved and issued.
        const Case licence = takeIn("m-3", "SC-QYSL", CaseState::Approved);
        res = post(Clerk, "/api/v1/cases/" + licence.caseNo + "/permits",
                   R"({"item":"SC-QYSL","scope":"会议及展览服务","valid_from":"2026-09-28","valid_to":"2046-09-27"})");
        ASSERT_EQ(res.status, 201) << res.body;
        vars["permit"] = res.json()->getValue<std::string>("id");
        vars["proof"] = permitProof(res.json()->getValue<std::string>("token"));
    }

    std::string fill(std::string path) const {
        for (const auto& [name, value] : vars) {
            const std::string key = "${" + name + "}";
            for (auto pos = path.find(key); pos != std::string::npos; pos = path.find(key))
                path.replace(pos, key.size(), value);
        }
        EXPECT_EQ(path.find("${"), std::string::npos) << path;
        return path;
    }

    std::int64_t now = 0;
    std::int64_t seq = 0;
    TestServer server;
    std::string tokens[kCallers];
    std::unique_ptr<HttpClient> clients[kCallers];
    std::map<std::string, std::string> vars;
};

} // namespace

TEST_F(AuthorizationMatrix, EveryRouteAnswersEveryCallerAsTheTableSays) {
    static const char* const kNames[kCallers] = {"nobody",        "forged token",   "revoked device",
                                                 "counter PC",    "station PC",     "supervisor PC",
                                                 "kiosk",         "display",        "pad",
                                                 "clerk",         "agent",          "supervisor",
                                                 "admin",         "approver",       "h2 clerk",
                                                 "h2 supervisor", "disabled clerk", "region supervisor",
                                                 "hall server"};
    std::set<std::string> inTable;
    for (const Row& row : kTable) {
        EXPECT_TRUE(inTable.insert(row.route).second) << row.route << " is in the table twice";
        const std::string expect = compact(row.expect);
        ASSERT_EQ(expect.size(), static_cast<std::size_t>(kCallers)) << row.route << ": one answer per caller";
        const std::string method = std::string(row.route).substr(0, std::string(row.route).find(' '));
        std::string got;
        for (int caller = 0; caller < kCallers; ++caller) {
            const auto res = http(caller).request(method, fill(row.path), row.body ? row.body : "", tokens[caller]);
            EXPECT_LT(res.status, 500) << row.route << " as " << kNames[caller] << ": " << res.body;
            got += outcome(res.status);
            EXPECT_EQ(got.back(), expect[static_cast<std::size_t>(caller)])
                << row.route << " as " << kNames[caller] << ": " << res.status << " " << res.body;
        }
        EXPECT_EQ(got, expect) << row.route;
    }
    const std::set<std::string> documented = openApiRoutes(ONEWINDOW_OPENAPI);
    for (const auto& route : documented)
        EXPECT_TRUE(inTable.count(route)) << route << " is in openapi.yaml but not in the authorization table";
    for (const auto& route : inTable)
        EXPECT_TRUE(documented.count(route)) << route << " is in the table but not in openapi.yaml";
}
