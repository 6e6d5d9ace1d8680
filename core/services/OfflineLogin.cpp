#include "services/OfflineLogin.h"

#include "store/LocalStore.h"

#include <QJsonDocument>
#include <QJsonObject>
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
    const QJsonObject o{{QStringLiteral("salt"), QString::fromLatin1(salt.toHex())},
                        {QStringLiteral("iterations"), kIterations},
                        {QStringLiteral("verifier"), QString::fromLatin1(derive(password, salt, kIterations).toHex())},
                        {QStringLiteral("token"), QString::fromUtf8(session.token)},
                        {QStringLiteral("name"), session.name},
                        {QStringLiteral("role"), session.role}};
    m_store.setValue(keyFor(session.user), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

std::optional<StaffSession> OfflineLogin::check(const QString& user, const QString& password) const {
    const QString stored = m_store.value(keyFor(user));
    if (stored.isEmpty())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
    const QByteArray salt = QByteArray::fromHex(o.value(QStringLiteral("salt")).toString().toLatin1());
    const QByteArray expected = QByteArray::fromHex(o.value(QStringLiteral("verifier")).toString().toLatin1());
    const QByteArray actual = derive(password, salt, o.value(QStringLiteral("iterations")).toInt(kIterations));
    // Compared in full whatever the first difference, so timing says nothing about the verifier.
    if (expected.size() != actual.size() || expected.isEmpty())
        return std::nullopt;
    int difference = 0;
    for (int i = 0; i < actual.size(); ++i)
        difference |= actual[i] ^ expected[i];
    if (difference != 0)
        return std::nullopt;
    return StaffSession{o.value(QStringLiteral("token")).toString().toUtf8(), user,
                        o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("role")).toString()};
}

} // namespace ow
