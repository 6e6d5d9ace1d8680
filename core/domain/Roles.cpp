#include "domain/Roles.h"

#include "domain/EnumNames.h"

namespace ow {
namespace {

constexpr EnumNames<DeviceKind, 7> kKinds{{
    {DeviceKind::Counter, "counter"},
    {DeviceKind::Station, "station"},
    {DeviceKind::Supervisor, "supervisor"},
    {DeviceKind::Kiosk, "kiosk"},
    {DeviceKind::Display, "display"},
    {DeviceKind::Pad, "pad"},
    {DeviceKind::Hall, "hall"},
}};

constexpr EnumNames<StaffRole, 5> kRoles{{
    {StaffRole::Clerk, "clerk"},
    {StaffRole::Agent, "agent"},
    {StaffRole::Supervisor, "supervisor"},
    {StaffRole::Admin, "admin"},
    {StaffRole::Approver, "approver"},
}};

} // namespace

std::string_view toString(DeviceKind kind) { return nameOf(kKinds, kind); }
std::optional<DeviceKind> deviceKindFromString(std::string_view text) { return valueOf(kKinds, text); }
std::string_view toString(StaffRole role) { return nameOf(kRoles, role); }
std::optional<StaffRole> staffRoleFromString(std::string_view text) { return valueOf(kRoles, text); }

bool hostsStaffSessions(DeviceKind kind) {
    return kind == DeviceKind::Counter || kind == DeviceKind::Station || kind == DeviceKind::Supervisor;
}

} // namespace ow
