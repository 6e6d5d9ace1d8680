#pragma once

#include "CommandLine.h"

#include <iosfwd>

namespace ow::server {

// `onewindow-server admin <command> --db URL ...`. Returns the process exit code:
// 0 done, 1 refused (with a message on err), 2 usage error.
int runAdmin(const CommandLine& cl, std::istream& in, std::ostream& out, std::ostream& err);

} // namespace ow::server
