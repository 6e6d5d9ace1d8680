#pragma once

#include "CommandLine.h"

#include <iosfwd>
#include <string>

namespace ow::server {

class HallStore;
class AuthStore;

// Hall "demo": categories A 综合业务, B 企业开办, C 不动产登记; counters 1-6; staff clerk1..clerk6 and super1
// (password demo1234); prints one enrollment code per device kind and counter. Idempotent.
void createDemoHall(HallStore& halls, AuthStore& auth, std::ostream& out);

// `onewindow-server admin <command> --db URL ...`. Returns the process exit code:
// 0 done, 1 refused (with a message on err), 2 usage error, 3 the audit log does not verify. `product`: the version
// and commit of the program, written into backups (passed in: only the programs link the version, which each
// commit changes).
int runAdmin(const CommandLine& cl, std::istream& in, std::ostream& out, std::ostream& err, const std::string& product);

} // namespace ow::server
