#pragma once

#include <string>
#include <string_view>
#include <vector>

// Every route of the HTTP API in one place: the server's router registers these patterns and the client fills them
// in, so a path is written once. A `{name}` stands for one path segment, as in server/openapi.yaml.
namespace ow::api {

inline constexpr const char* kHealth = "/healthz";
inline constexpr const char* kMetrics = "/metrics";
inline constexpr const char* kEnroll = "/api/v1/devices/enroll";
inline constexpr const char* kSessions = "/api/v1/sessions";
inline constexpr const char* kTickets = "/api/v1/halls/{hall}/tickets";
inline constexpr const char* kCallNext = "/api/v1/counters/{counter}/call-next";
inline constexpr const char* kCounterPause = "/api/v1/counters/{counter}/pause";
inline constexpr const char* kCounterResume = "/api/v1/counters/{counter}/resume";
inline constexpr const char* kTicket = "/api/v1/tickets/{id}";
inline constexpr const char* kTicketAction = "/api/v1/tickets/{id}/{action}";
// A phone left at the kiosk for a waiting number: a text message when few wait before it.
inline constexpr const char* kTicketNotices = "/api/v1/halls/{hall}/ticket-notices";
inline constexpr const char* kQueue = "/api/v1/halls/{hall}/queue";
inline constexpr const char* kEvents = "/api/v1/halls/{hall}/events";
inline constexpr const char* kCatalog = "/api/v1/catalog";
inline constexpr const char* kSyncPush = "/api/v1/sync/push";
inline constexpr const char* kSyncPull = "/api/v1/sync/pull";
inline constexpr const char* kBlobs = "/api/v1/blobs";
inline constexpr const char* kBlob = "/api/v1/blobs/{sha256}";
inline constexpr const char* kBlobStatus = "/api/v1/blobs/{sha256}/status";
inline constexpr const char* kCaseAttachments = "/api/v1/cases/{id}/attachments";
inline constexpr const char* kRatings = "/api/v1/ratings";
inline constexpr const char* kPad = "/api/v1/counters/{counter}/pad";
inline constexpr const char* kRatingPolicy = "/api/v1/halls/{hall}/rating-policy";
inline constexpr const char* kRatingFigures = "/api/v1/halls/{hall}/rating-figures";
inline constexpr const char* kMyRatingFigures = "/api/v1/me/rating-figures";
inline constexpr const char* kRectifications = "/api/v1/halls/{hall}/rectifications";
inline constexpr const char* kRectification = "/api/v1/rectifications/{id}";
inline constexpr const char* kRectificationStep = "/api/v1/rectifications/{id}/{step}"; // follow-up, fix, ...
inline constexpr const char* kAudit = "/api/v1/halls/{hall}/audit";
inline constexpr const char* kStatsDaily = "/api/v1/stats/daily";
inline constexpr const char* kStatsTickets = "/api/v1/stats/tickets";
inline constexpr const char* kStatsWarnings = "/api/v1/stats/warnings";
inline constexpr const char* kRegionDaily = "/api/v1/regions/{region}/stats/daily"; // a region's supervisor
// A hall server's line to its upstream (issue 31).
inline constexpr const char* kHallSetup = "/api/v1/halls/{hall}/setup";
inline constexpr const char* kHallPermitKeys = "/api/v1/halls/{hall}/permit-keys";
inline constexpr const char* kHallRelay = "/api/v1/halls/{hall}/relay";
// The hall's bookings made or changed upstream since a time, for its server (with the phone, for the reminder).
inline constexpr const char* kHallRelayBookings = "/api/v1/halls/{hall}/relay/bookings";
inline constexpr const char* kKeys = "/api/v1/keys";
inline constexpr const char* kCasePermits = "/api/v1/cases/{case}/permits";
inline constexpr const char* kHallPermits = "/api/v1/halls/{hall}/permits";
inline constexpr const char* kPermit = "/api/v1/permits/{id}";
inline constexpr const char* kPermitStatus = "/api/v1/permits/{id}/status";
inline constexpr const char* kPermitRevoke = "/api/v1/permits/{id}/revoke";
inline constexpr const char* kProgress = "/api/v1/progress/{caseNo}";
inline constexpr const char* kCasesByCard = "/api/v1/halls/{hall}/cases/by-card"; // the kiosk, by the card laid
// A case's life after intake.
inline constexpr const char* kMyCases = "/api/v1/me/cases";
inline constexpr const char* kCase = "/api/v1/cases/{case}";
inline constexpr const char* kCaseSupplements = "/api/v1/cases/{case}/supplements";
inline constexpr const char* kCaseCorrections = "/api/v1/cases/{case}/corrections";
inline constexpr const char* kCaseCorrectionReceived = "/api/v1/cases/{case}/corrections/{id}/received";
inline constexpr const char* kCaseClockStops = "/api/v1/cases/{case}/clock-stops";
inline constexpr const char* kCaseClockStopEnded = "/api/v1/cases/{case}/clock-stops/{id}/ended";
inline constexpr const char* kCaseAssign = "/api/v1/cases/{case}/assign";
inline constexpr const char* kCaseDecision = "/api/v1/cases/{case}/decision";
inline constexpr const char* kCaseComplete = "/api/v1/cases/{case}/complete";
inline constexpr const char* kCaseHandover = "/api/v1/cases/{case}/handover";
inline constexpr const char* kCaseDelivered = "/api/v1/cases/{case}/delivered";
// Running the hall from the screens (管理): its administrator, on a supervisor device.
inline constexpr const char* kStaff = "/api/v1/halls/{hall}/staff";
inline constexpr const char* kStaffMember = "/api/v1/staff/{user}";
inline constexpr const char* kStaffPassword = "/api/v1/staff/{user}/password"; // a reset by the administrator
// On a hall server: a field changed both at the hall and upstream, settled by the administrator.
inline constexpr const char* kStaffConflict = "/api/v1/staff/{user}/upstream-conflicts/{field}";
inline constexpr const char* kMyPassword = "/api/v1/me/password"; // a person's own change
inline constexpr const char* kEnrollCodes = "/api/v1/halls/{hall}/enroll-codes";
inline constexpr const char* kDevices = "/api/v1/halls/{hall}/devices";
inline constexpr const char* kDeviceRevoke = "/api/v1/devices/{id}/revoke";
inline constexpr const char* kCounters = "/api/v1/halls/{hall}/counters";
inline constexpr const char* kCounter = "/api/v1/halls/{hall}/counters/{number}";
inline constexpr const char* kCategories = "/api/v1/halls/{hall}/categories";
inline constexpr const char* kCategory = "/api/v1/halls/{hall}/categories/{prefix}";
inline constexpr const char* kHours = "/api/v1/halls/{hall}/hours";
inline constexpr const char* kHallProfile = "/api/v1/halls/{hall}/profile"; // 本厅信息
// Appointments (预约).
inline constexpr const char* kAppointmentPlan = "/api/v1/halls/{hall}/appointment-plan";
inline constexpr const char* kSlots = "/api/v1/halls/{hall}/slots";
inline constexpr const char* kBookableQueues = "/api/v1/halls/{hall}/appointment-queues"; // those with a plan
inline constexpr const char* kAppointments = "/api/v1/halls/{hall}/appointments";
inline constexpr const char* kAppointment = "/api/v1/halls/{hall}/appointments/{code}";
inline constexpr const char* kCheckIn = "/api/v1/halls/{hall}/appointments/{code}/check-in";
inline constexpr const char* kCheckInById = "/api/v1/halls/{hall}/appointment-check-ins"; // the ID card laid
inline constexpr const char* kAppointmentPolicy = "/api/v1/halls/{hall}/appointment-policy";
// Home visits (预约上门): asked for by a station or counter, scheduled by the supervisor, done by a clerk.
inline constexpr const char* kHomeVisits = "/api/v1/halls/{hall}/home-visits";
inline constexpr const char* kHomeVisitSchedule = "/api/v1/halls/{hall}/home-visits/{id}/schedule";
inline constexpr const char* kHomeVisitDone = "/api/v1/halls/{hall}/home-visits/{id}/done";
inline constexpr const char* kHomeVisitCancel = "/api/v1/halls/{hall}/home-visits/{id}/cancel";
// The booking page for phones, and the QR of a booking's code (served by the server, outside the API).
inline constexpr const char* kBookingPage = "/book/{hall}";
inline constexpr const char* kBookingQr = "/book/{hall}/code.svg";

// `pattern` with its {…} segments filled in order by `values`, each percent-encoded as a path segment (RFC 3986:
// everything but unreserved characters). Throws std::invalid_argument when the count does not match.
std::string path(std::string_view pattern, const std::vector<std::string_view>& values = {});
// The step's pattern with the step written in: kRectificationStep with "fix" is "/api/v1/rectifications/{id}/fix".
std::string withStep(std::string_view pattern, std::string_view step);

} // namespace ow::api
