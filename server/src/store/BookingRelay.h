#pragma once

#include "Database.h"

#include <Poco/Data/Session.h>
#include <Poco/JSON/Object.h>

#include <cstdint>
#include <string>
#include <vector>

namespace ow::server {

// The bookings of a hall with a server of its own, made on both sides (issue 31): at the hall (a clerk booking for
// someone at the desk, the kiosk checking in) and upstream (the city's public booking page, a cancellation there).
// Each side's bookings reach the other — up with the relay (kind appointment, without the phone), down by the hall
// server asking the upstream every half minute (GET /halls/{hall}/relay/bookings, with the phone, which the hall
// needs for the day-before reminder it sends) — and are merged so that both sides end alike whatever the order:
// - a booking's state only moves forward: booked < not come (no_show) < cancelled < checked in — the person who
//   came wins over a sweep or a cancellation on the other side, a cancellation over a no-show;
// - the same person's two active bookings for one queue and day, made on each side while the line was cut: the one
//   made first stays, the other is cancelled (both sides decide alike);
// - a slot's count is the count of its bookings not cancelled; when both sides gave away the last place while apart
//   the slot holds one more than planned rather than refuse a booking already confirmed to a person.
// Codes do not meet: a hall server gives codes beginning 0–4, its upstream 5–9 for that hall.
namespace bookings {

// The columns of a booking as they go up (all but the phone).
const std::vector<std::string>& upColumns();

// Inside a write: a booking of the hall as the other side has it, merged into this side's (the rules above).
// `nowMs`: when a booking of this side is cancelled for the other's. StoreError Invalid for a row that does not read.
void take(Poco::Data::Session& s, const Poco::JSON::Object::Ptr& row, std::int64_t nowMs);

// Upstream: the hall's bookings changed at or after `sinceMs` (past `afterId` among those changed at `sinceMs`), for
// its server (with the phone), oldest change first, at most `limit`: {"bookings":[…],"more":true when the page is
// full}.
Poco::JSON::Object::Ptr changedSince(Database& db, const std::string& hall, std::int64_t sinceMs,
                                     const std::string& afterId, std::size_t limit);

// The first digits a new booking's code may begin with here: "01234" at a hall server, "56789" upstream for a hall
// with a server of its own, every digit otherwise.
std::string codeDigits(Poco::Data::Session& s, const std::string& hall);

} // namespace bookings
} // namespace ow::server
