#pragma once

#include "permit/PermitToken.h"

#include "domain/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ow {

class ApiClient;

// What checking a permit's code found: the offline verdict from the signature and dates, and — when the server
// could be asked — whether the permit has been revoked.
struct PermitCheckResult {
    Q_DECLARE_TR_FUNCTIONS(PermitCheckResult)
public:
    enum class Outcome {
        NotAPermit,   // no code read was a permit code
        Valid,        // genuine, within its dates, and the server says it stands
        ValidOffline, // genuine and within its dates; revocation could not be checked
        Revoked,      // genuine but revoked
        Expired,      // genuine, past its last day (or not yet valid) — by the server's word when it answered
        Forged,       // changed, signed by nobody we trust, or not in the one valid form
        KeyUnknown,   // signed with a key not known here, and the keys could not be fetched now: not decided
    };

    std::optional<PermitCheck> offline;
    QString onlineStatus; // "valid", "expired", "not_yet_valid", "revoked"; empty when not known
    QDateTime revokedAt;
    QDateTime checkedAt;                                     // when the server answered
    QString onlineProblem;                                   // why the server could not tell (offline, not its permit)
    QDateTime keysAsOf;                                      // when the trusted keys were fetched
    std::string timeZone = std::string(Clock::kDefaultZone); // the hall's: the moments above are shown in it
    bool keysOutdated = false; // the code's key is unknown here and fetching the keys again failed

    Outcome outcome() const;
    QString headline() const; // "真实有效" …, for the screen
    QString detail() const;   // the reason and, offline, since when the keys are known
    QString issuer() const;   // the issuer as people read it: its name, else its id (a key from before names)
    bool good() const { return outcome() == Outcome::Valid || outcome() == Outcome::ValidOffline; }
    bool notYetValid() const; // (Expired) before its first day rather than after its last
};

// Checks permit codes the way an officer on the road needs it: offline first with the issuers' public keys
// (fetched from GET /api/v1/keys and kept in a file, so that it works with no network), then online for revocation
// (GET /api/v1/permits/{id}/status) when the server can be reached. A code under a key not yet known fetches the
// keys once more before it is refused.
class PermitChecker : public QObject {
    Q_OBJECT
public:
    PermitChecker(ApiClient& api, QString keyFile, Clock clock = Clock(), QObject* parent = nullptr);

    bool hasKeys() const { return !m_keys.empty(); }
    QDateTime keysAsOf() const { return m_keysAsOf; }
    // The hall's clock: a permit's dates are checked against the hall's day.
    void setClock(Clock clock) { m_clock = std::move(clock); }

public slots:
    void refreshKeys();
    // The texts of the codes read on one picture, or the one the code reader typed.
    void check(const QStringList& codes);

signals:
    void keysChanged();
    void checked(const PermitCheckResult& result);

private:
    void loadKeyFile();
    void fetchKeys(std::function<void(bool)> done);
    void finish(const QStringList& codes, bool keysFresh, bool fetchFailed = false);

    ApiClient& m_api;
    QString m_keyFile;
    PermitKeyRing m_keys;
    QDateTime m_keysAsOf;
    Clock m_clock;
};

} // namespace ow
