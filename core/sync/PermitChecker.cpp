#include "sync/PermitChecker.h"

#include "sync/ApiClient.h"

#include "domain/Json.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>
#include <QUrl>

namespace ow {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

} // namespace

PermitCheckResult::Outcome PermitCheckResult::outcome() const {
    if (!offline)
        return Outcome::NotAPermit;
    if (offline->verdict == PermitVerdict::UnknownKey && keysOutdated)
        return Outcome::KeyUnknown;
    if (!offline->genuine())
        return Outcome::Forged;
    if (onlineStatus == QLatin1String("revoked"))
        return Outcome::Revoked;
    // The dates are days of the issuing hall's calendar: the server that answered judges them in the hall's time
    // zone and by its own clock; only offline does this PC's date decide.
    if (!onlineStatus.isEmpty())
        return onlineStatus == QLatin1String("valid") ? Outcome::Valid : Outcome::Expired;
    return offline->verdict == PermitVerdict::Valid ? Outcome::ValidOffline : Outcome::Expired;
}

bool PermitCheckResult::notYetValid() const {
    if (!onlineStatus.isEmpty())
        return onlineStatus == QLatin1String("not_yet_valid");
    return offline && offline->verdict == PermitVerdict::NotYetValid;
}

QString PermitCheckResult::headline() const {
    switch (outcome()) {
    case Outcome::NotAPermit: return tr("This is not a permit code");
    case Outcome::Valid: return tr("Genuine and valid");
    case Outcome::ValidOffline: return tr("Genuine (revocation not checked)");
    case Outcome::Revoked: return tr("Revoked");
    case Outcome::Expired: return notYetValid() ? tr("Genuine, not yet valid") : tr("Genuine, expired");
    case Outcome::Forged: return tr("Not genuine");
    case Outcome::KeyUnknown: return tr("Cannot be checked here now");
    }
    return {};
}

QString PermitCheckResult::issuer() const {
    if (!offline)
        return {};
    return q(offline->issuerName.empty() ? offline->claims.issuer : offline->issuerName);
}

QString PermitCheckResult::detail() const {
    const HallTime hall(HallTime::isKnownZone(timeZone) ? std::string_view(timeZone) : Clock::kDefaultZone);
    auto at = [&hall](const QDateTime& moment) { return q(hall.localDateTime(moment.toMSecsSinceEpoch())); };
    switch (outcome()) {
    case Outcome::NotAPermit: return tr("Hold the QR code of the permit to the reader, or open a photo of it.");
    case Outcome::Valid:
        return tr("The signature of %1 holds and the hall's server confirms the permit stands (checked %2).")
            .arg(issuer(), at(checkedAt));
    case Outcome::ValidOffline:
        return tr("The signature of %1 holds. Whether it has been revoked could not be checked (%2); the keys are "
                  "those fetched on %3.")
            .arg(issuer(), onlineProblem, keysAsOf.isValid() ? at(keysAsOf) : tr("—"));
    case Outcome::Revoked: return tr("Revoked on %1.").arg(at(revokedAt));
    case Outcome::Expired:
        return notYetValid() ? tr("Valid only from %1.").arg(q(offline->claims.validFrom))
                             : tr("It was valid until %1.").arg(q(offline->claims.validTo));
    case Outcome::KeyUnknown:
        return tr("It is signed with a key this computer does not know yet, and the keys cannot be updated now (those "
                  "here were fetched on %1). Check it again once the network is back.")
            .arg(keysAsOf.isValid() ? at(keysAsOf) : tr("—"));
    case Outcome::Forged:
        switch (offline->verdict) {
        case PermitVerdict::UnknownKey: return tr("It is signed with a key of no issuer this hall trusts.");
        case PermitVerdict::WrongAlgorithm: return tr("It is not signed the way permits are signed.");
        case PermitVerdict::WrongIssuer: return tr("It claims an issuer other than the one who signed it.");
        default: return tr("The code has been changed or forged: its signature does not match.");
        }
    }
    return {};
}

PermitChecker::PermitChecker(ApiClient& api, QString keyFile, Clock clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_keyFile(std::move(keyFile))
    , m_clock(std::move(clock)) {
    loadKeyFile();
}

// The key file: {"fetched_at": ISO time, "jwks": {"keys": [...]}}. A damaged file is as good as none.
void PermitChecker::loadKeyFile() {
    if (m_keyFile.isEmpty())
        return; // kept in memory only
    QFile file(m_keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    try {
        const auto o = parseObject(file.readAll().toStdString());
        m_keys = PermitKeyRing::fromJwks(o->getObject("jwks"));
        m_keysAsOf = QDateTime::fromString(q(optionalString(o, "fetched_at").value_or("")), Qt::ISODate);
    } catch (const std::exception&) {
        m_keys = {};
    }
}

void PermitChecker::fetchKeys(std::function<void(bool)> done) {
    m_api.get(apiPath(api::kKeys), [this, done = std::move(done)](const ApiReply& reply) {
        bool ok = false;
        if (reply.ok()) {
            try {
                const auto jwks = parseObject(reply.body.toStdString());
                PermitKeyRing ring = PermitKeyRing::fromJwks(jwks);
                m_keys = std::move(ring);
                m_keysAsOf = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc());
                Poco::JSON::Object::Ptr file = new Poco::JSON::Object(true);
                file->set("fetched_at", m_keysAsOf.toString(Qt::ISODate).toStdString());
                file->set("jwks", jwks);
                QSaveFile out(m_keyFile);
                if (!m_keyFile.isEmpty() && QDir().mkpath(QFileInfo(m_keyFile).absolutePath()) &&
                    out.open(QIODevice::WriteOnly)) {
                    out.write(QByteArray::fromStdString(toJsonText(file)));
                    out.commit();
                }
                ok = true;
                emit keysChanged();
            } catch (const std::exception&) {
                ok = false; // keep the keys we had
            }
        }
        done(ok);
    });
}

void PermitChecker::refreshKeys() {
    fetchKeys([](bool) {});
}

void PermitChecker::check(const QStringList& codes) { finish(codes, false); }

void PermitChecker::finish(const QStringList& codes, bool keysFresh, bool fetchFailed) {
    std::vector<std::string> texts;
    for (const QString& code : codes)
        texts.push_back(code.trimmed().toStdString());
    PermitCheckResult result;
    result.offline = checkFirstPermit(texts, m_keys, m_clock.todayIso());
    result.timeZone = m_clock.timeZone();
    result.keysAsOf = m_keysAsOf;
    if (result.offline && result.offline->verdict == PermitVerdict::UnknownKey && !keysFresh) {
        // A key made after this PC last fetched them: fetch once more, then decide.
        fetchKeys([this, codes](bool fetched) { finish(codes, true, !fetched); });
        return;
    }
    result.keysOutdated = fetchFailed;
    if (!result.offline || !result.offline->genuine()) {
        emit checked(result);
        return;
    }
    const QString id = q(result.offline->claims.id);
    const QString proof = QString::fromStdString(permitProof(result.offline->token));
    m_api.get(apiPath(api::kPermitStatus, {id}) + QStringLiteral("?proof=") + proof,
              [this, result](const ApiReply& reply) mutable {
                  if (reply.ok()) {
                      try {
                          const auto o = parseObject(reply.body.toStdString());
                          result.onlineStatus = q(requireString(o, "status"));
                          result.revokedAt =
                              QDateTime::fromString(q(optionalString(o, "revoked_at").value_or("")), Qt::ISODateWithMs);
                          result.checkedAt = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc());
                      } catch (const std::exception&) {
                          result.onlineProblem = tr("the server's answer could not be read");
                      }
                  } else if (reply.status == 404) {
                      result.onlineProblem = tr("the hall's server does not know this permit");
                  } else {
                      result.onlineProblem = reply.offline() ? tr("no connection to the server") : reply.userMessage();
                  }
                  emit checked(result);
              });
}

} // namespace ow
