#pragma once

#include "services/StaffSession.h"

#include <QString>

#include <optional>

namespace ow {

class LocalStore;

// A village station must open without the network. After a successful online login the station keeps, for that
// person, a salted PBKDF2 verifier of the password and the session; offline, the same password opens the same
// session (its token is used once the network is back; if the server no longer accepts it, sync asks for a new
// login and nothing waiting is lost). Only stations use this; counters always log in online.
class OfflineLogin {
public:
    explicit OfflineLogin(LocalStore& store)
        : m_store(store) {}

    void remember(const StaffSession& session, const QString& password);
    std::optional<StaffSession> check(const QString& user, const QString& password) const;

    static constexpr int kIterations = 100000;

private:
    LocalStore& m_store;
};

} // namespace ow
