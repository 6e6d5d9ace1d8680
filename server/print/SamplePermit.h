#pragma once

#include "Database.h"

#include <iosfwd>
#include <string>

namespace ow::server {

// `onewindow-print sample-permit --hall ID -o FILE.pdf [--card]`: a permit marked 样例, signed with the hall's newest
// key so that the hall can test its scanners end to end, written as a PDF; its code goes to `out`. Nothing is stored.
// Throws std::runtime_error when the hall or its key is missing or the file cannot be written.
void writeSamplePermit(Database& db, const std::string& hall, const std::string& path, bool card, std::ostream& out);

} // namespace ow::server
