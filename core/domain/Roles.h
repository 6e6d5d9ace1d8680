#pragma once

#include <optional>
#include <string_view>

namespace ow {

// What an enrolled device is (DESIGN: counter, station, supervisor, kiosk, display, pad). A hall server relaying to
// the city's or province's server is enrolled there as its hall's device of kind `hall` (issue 31).
enum class DeviceKind { Counter, Station, Supervisor, Kiosk, Display, Pad, Hall };
// What a logged-in person may do.
// An approver (审批人) decides the cases passed to the back office (后台分办); a clerk takes them in at the window.
enum class StaffRole { Clerk, Agent, Supervisor, Admin, Approver };

std::string_view toString(DeviceKind kind);
std::optional<DeviceKind> deviceKindFromString(std::string_view text);
std::string_view toString(StaffRole role);
std::optional<StaffRole> staffRoleFromString(std::string_view text);

// Devices at which a person logs in; the others (kiosk, display, pad) act as themselves.
bool hostsStaffSessions(DeviceKind kind);

} // namespace ow
