// The server built without PostgreSQL (ONEWINDOW_WITH_POSTGRESQL=OFF): SQLite only; a postgresql:// database is
// refused with this sentence rather than a missing library.
#include "Postgres.h"

#include <stdexcept>

namespace ow::server::postgres {
namespace {

[[noreturn]] void refuse() {
    throw std::runtime_error("this onewindow-server was built without PostgreSQL (ONEWINDOW_WITH_POSTGRESQL=OFF); "
                             "use an sqlite: database or a build with PostgreSQL");
}

} // namespace

bool built() { return false; }
std::unique_ptr<Poco::Data::Session> connect(const Target&, bool) { refuse(); }
void control(Poco::Data::Session&, const std::string&) { refuse(); }
void runTogether(Poco::Data::Session&, const std::vector<SqlStatement>&, std::vector<SqlRows>&) { refuse(); }
void forgetPrepared(Poco::Data::Session&) {}
bool isUniqueViolation(const std::exception&) { return false; }
bool isConstraintViolation(const std::exception&) { return false; }
bool isRetryable(const std::exception_ptr&) { return false; }

Listener::Listener(std::string connectInfo, std::string channel)
    : m_connectInfo(std::move(connectInfo))
    , m_channel(std::move(channel)) {}
Listener::~Listener() = default;
void Listener::drop() {}
bool Listener::ensure(std::string& error) {
    error = "built without PostgreSQL";
    return false;
}
bool Listener::wait(int, const std::function<void(const char*)>&) { return false; }

} // namespace ow::server::postgres
