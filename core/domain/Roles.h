#pragma once

#include <optional>
#include <string_view>

namespace ow {

// What an enrolled device is (DESIGN: counter, station, supervisor, kiosk, display, pad).
enum class DeviceKind { Counter, Station, Supervisor, Kiosk, Display, Pad };
// What a logged-in person may do.
enum class StaffRole { Clerk, Agent, Supervisor, Admin };

std::string_view toString(DeviceKind kind);
std::optional<DeviceKind> deviceKindFromString(std::string_view text);
std::string_view toString(StaffRole role);
std::optional<StaffRole> staffRoleFromString(std::string_view text);

// Devices at which a person logs in; the others (kiosk, display, pad) act as themselves.
bool hostsStaffSessions(DeviceKind kind);

} // namespace ow
