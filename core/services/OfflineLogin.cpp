#include "services/OfflineLogin.h"

#include "store/LocalStore.h"

#include "domain/Json.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace ow {
namespace {

QString keyFor(const QString& user) { return QStringLiteral("offline_login/") + user; }

QByteArray derive(const QString& password, const QByteArray& salt, int iterations) {
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
}

} // namespace

void OfflineLogin::remember(const StaffSession& session, const QString& password) {
    QByteArray salt(16, '\0');
    for (auto& b : salt)
        b = static_cast<char>(QRandomGenerator::system()->bounded(256));
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("salt", salt.toHex().toStdString());
    o->set("iterations", kIterations);
    o->set("verifier", derive(password, salt, kIterations).toHex().toStdString());
    o->set("token", session.token.toStdString());
    o->set("name", session.name.toStdString());
    o->set("role", session.role.toStdString());
    m_store.setValue(keyFor(session.user), QString::fromStdString(toJsonText(o)));
}

std::optional<StaffSession> OfflineLogin::check(const QString& user, const QString& password) const {
    const QString stored = m_store.value(keyFor(user));
    if (stored.isEmpty())
        return std::nullopt;
    Poco::JSON::Object::Ptr o;
    int iterations = kIterations;
    try {
        o = parseObject(stored.toStdString());
        iterations = static_cast<int>(optionalIntIn(o, "iterations", 1, 100000000).value_or(kIterations));
    } catch (const std::exception&) {
        return std::nullopt; // a damaged record opens nothing; an online login writes it again
    }
    auto field = [&o](const char* key) {
        return o->has(key) && o->get(key).isString() ? QByteArray::fromStdString(o->getValue<std::string>(key))
                                                     : QByteArray();
    };
    const QByteArray salt = QByteArray::fromHex(field("salt"));
    const QByteArray expected = QByteArray::fromHex(field("verifier"));
    const QByteArray actual = derive(password, salt, iterations);
    // Compared in full whatever the first difference, so timing says nothing about the verifier.
    if (expected.size() != actual.size() || expected.isEmpty())
        return std::nullopt;
    int difference = 0;
    for (int i = 0; i < actual.size(); ++i)
        difference |= actual[i] ^ expected[i];
    if (difference != 0)
        return std::nullopt;
    return StaffSession{field("token"), user, QString::fromUtf8(field("name")), QString::fromUtf8(field("role"))};
}

} // namespace ow
