#include "sync/AdminService.h"

#include "sync/ApiClient.h"

#include "domain/Json.h"
#include "domain/Staff.h"
#include "domain/wire/Error.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace ow {
namespace {

template <typename T> std::vector<T> listOf(const Poco::JSON::Object::Ptr& answer, const char* key) {
    return objectsOf<T>(answer, key, T::fromJson);
}

} // namespace

QString adminRefusal(const ApiReply& reply) {
    const QString code = reply.errorCode();
    if (code == QLatin1String("user_taken"))
        return AdminService::tr("This user name is taken (user names are unique on the server). Choose another.");
    if (code == QLatin1String("weak_password"))
        return AdminService::tr("The password does not follow the rules: at least %1 characters, not containing the "
                                "user name, mixing letters with digits or other characters.")
            .arg(kMinPasswordLength);
    if (code == QLatin1String("own_account"))
        return AdminService::tr("You cannot disable your own account, give up your own role or reset your own "
                                "password here: another administrator does that (your own password: 我的密码).");
    if (code == QLatin1String("own_device"))
        return AdminService::tr("This computer cannot revoke itself; do it from another one.");
    if (code == QLatin1String("exists"))
        return AdminService::tr("The hall has this already; change the one that is there.");
    if (code == QLatin1String("stale_version"))
        return AdminService::tr("This catalog's version is not newer than the current one; raise \"version\" in the "
                                "file.");
    if (reply.status == 403)
        return AdminService::tr("Only the hall's administrator may do this, logged in on a supervisor computer.");
    if (reply.status == 404)
        return AdminService::tr("The hall has no such account, device, queue or counter (it may have been changed "
                                "meanwhile); the list has been reloaded.");
    return {};
}

AdminService::AdminService(ApiClient& api, QString hall, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_hall(std::move(hall)) {}

QString AdminService::newPassword() {
    static const QString letters = QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz");
    static const QString digits = QStringLiteral("23456789");
    for (;;) {
        QString out;
        for (int i = 0; i < 12; ++i) {
            const QString& from = i % 4 == 3 ? digits : letters;
            out += from.at(static_cast<int>(QRandomGenerator::system()->bounded(static_cast<quint32>(from.size()))));
        }
        if (!passwordProblem("", out.toStdString()))
            return out;
    }
}

void AdminService::setPending(int delta) {
    const bool was = isBusy();
    m_pending += delta;
    if (was != isBusy())
        emit busyChanged(isBusy());
}

void AdminService::call(const QByteArray& method, const QString& path, const QByteArray& body,
                        std::function<void(const Poco::JSON::Object::Ptr&)> done,
                        std::function<QString(const ApiReply&)> refusal) {
    setPending(1);
    m_api.send(
        method, path, body,
        [this, self = QPointer(this), done = std::move(done), refusal = std::move(refusal)](const ApiReply& reply) {
            if (!self)
                return;
            setPending(-1);
            if (!reply.ok()) {
                QString own = refusal ? refusal(reply) : QString();
                if (own.isEmpty())
                    own = adminRefusal(reply);
                emit failed(own.isEmpty() ? reply.userMessage() : own);
                return;
            }
            try {
                done(reply.body.trimmed().isEmpty() ? Poco::JSON::Object::Ptr(new Poco::JSON::Object)
                                                    : parseObject(reply.body.toStdString()));
            } catch (const std::exception&) {
                emit failed(tr("The server's answer could not be read. Please try again."));
            }
        });
}

void AdminService::reloadAll() {
    reloadStaff();
    reloadDevices();
    reloadQueues();
    reloadHours();
    reloadProfile();
}

void AdminService::reloadStaff() {
    call("GET", apiPath(api::kStaff, {m_hall}), {}, [this](const Poco::JSON::Object::Ptr& answer) {
        m_staff = listOf<wire::StaffMember>(answer, "staff");
        emit staffChanged();
    });
}

void AdminService::addStaff(const wire::NewStaff& staff) {
    const QString name = QString::fromStdString(staff.name);
    const QString user = QString::fromStdString(staff.user);
    const QString password = QString::fromStdString(staff.password);
    call("POST", apiPath(api::kStaff, {m_hall}), jsonBytes(staff.toJson()),
         [this, user, name, password](const Poco::JSON::Object::Ptr&) {
             emit info(tr("The account %1 (%2) has been made.").arg(user, name));
             emit passwordSet(user, name, password);
             reloadStaff();
         });
}

void AdminService::changeStaff(const QString& user, const wire::StaffChange& change) {
    call("PATCH", apiPath(api::kStaffMember, {user}), jsonBytes(change.toJson()),
         [this, user, change](const Poco::JSON::Object::Ptr&) {
             if (change.disabled)
                 emit info(*change.disabled ? tr("%1 is disabled: their sessions have ended.").arg(user)
                                            : tr("%1 may log in again.").arg(user));
             else
                 emit info(tr("The account %1 has been changed.").arg(user));
             reloadStaff();
         });
}

void AdminService::resetPassword(const QString& user, const QString& password) {
    QString name;
    for (const auto& m : m_staff)
        if (QString::fromStdString(m.user) == user)
            name = QString::fromStdString(m.name);
    call("POST", apiPath(api::kStaffPassword, {user}),
         jsonBytes(wire::PasswordChange{password.toStdString(), ""}.toJson()),
         [this, user, name, password](const Poco::JSON::Object::Ptr&) {
             emit info(tr("%1 has a new password; their sessions have ended. They choose their own at the next "
                          "login.")
                           .arg(user));
             emit passwordSet(user, name, password);
             reloadStaff();
         });
}

void AdminService::settleConflict(const QString& user, const QString& field, bool keepHall) {
    call("POST", apiPath(api::kStaffConflict, {user, field}),
         jsonBytes(wire::ConflictSettled{keepHall ? "hall" : "upstream"}.toJson()),
         [this, user, keepHall](const Poco::JSON::Object::Ptr&) {
             emit info(keepHall ? tr("%1: the hall's value stays, and goes to the upstream platform.").arg(user)
                                : tr("%1: the upstream platform's value is taken here.").arg(user));
             reloadStaff();
         });
}

void AdminService::reloadDevices() {
    call("GET", apiPath(api::kDevices, {m_hall}), {}, [this](const Poco::JSON::Object::Ptr& answer) {
        m_devices = listOf<wire::DeviceInfo>(answer, "devices");
        emit devicesChanged();
    });
}

void AdminService::makeEnrollCode(const QString& kind, std::optional<int> counter) {
    call(
        "POST", apiPath(api::kEnrollCodes, {m_hall}),
        jsonBytes(wire::EnrollCodeRequest{kind.toStdString(), counter}.toJson()),
        [this](const Poco::JSON::Object::Ptr& answer) { emit enrollCodeMade(wire::EnrollCode::fromJson(answer)); },
        [](const ApiReply& reply) {
            return reply.status == 404 ? tr("The hall has no such counter; add the counter first.") : QString();
        });
}

void AdminService::revokeDevice(const QString& id) {
    call("POST", apiPath(api::kDeviceRevoke, {id}), {}, [this](const Poco::JSON::Object::Ptr&) {
        emit info(tr("The device is revoked: it can do nothing more, and its screens have been closed."));
        reloadDevices();
    });
}

void AdminService::reloadQueues() {
    call("GET", apiPath(api::kCategories, {m_hall}), {}, [this](const Poco::JSON::Object::Ptr& answer) {
        m_categories = listOf<wire::CategorySetup>(answer, "categories");
        call("GET", apiPath(api::kCounters, {m_hall}), {}, [this](const Poco::JSON::Object::Ptr& counters) {
            m_counters = listOf<wire::CounterSetup>(counters, "counters");
            emit queuesChanged();
        });
    });
}

void AdminService::addCategory(const wire::CategorySetup& category) {
    call("POST", apiPath(api::kCategories, {m_hall}), jsonBytes(category.toJson()),
         [this](const Poco::JSON::Object::Ptr&) {
             emit info(tr("The queue has been added; the kiosks offer it now."));
             reloadQueues();
         });
}

void AdminService::changeCategory(const QString& prefix, const wire::CategoryChange& change) {
    call("PATCH", apiPath(api::kCategory, {m_hall, prefix}), jsonBytes(change.toJson()),
         [this](const Poco::JSON::Object::Ptr&) {
             emit info(tr("The queue has been changed; counters, kiosks and boards show it now."));
             reloadQueues();
         });
}

void AdminService::addCounter(const wire::CounterSetup& counter) {
    call("POST", apiPath(api::kCounters, {m_hall}), jsonBytes(counter.toJson()),
         [this](const Poco::JSON::Object::Ptr&) {
             emit info(tr("The counter has been added. Enroll its computer with a code from 设备."));
             reloadQueues();
         });
}

void AdminService::changeCounter(int number, const wire::CounterChange& change) {
    call("PATCH", apiPath(api::kCounter, {m_hall, QString::number(number)}), jsonBytes(change.toJson()),
         [this](const Poco::JSON::Object::Ptr&) {
             emit info(tr("The counter has been changed; its screens show it now."));
             reloadQueues();
         });
}

void AdminService::reloadHours() {
    call("GET", apiPath(api::kHours, {m_hall}), {}, [this](const Poco::JSON::Object::Ptr& answer) {
        if (optionalBool(answer, "set").value_or(false))
            m_hours = hallHoursFromJson(answer);
        else
            m_hours.reset();
        emit hoursChanged();
    });
}

void AdminService::saveHours(const HallHours& hours) {
    call("PUT", apiPath(api::kHours, {m_hall}), jsonBytes(hallHoursToJson(hours)),
         [this](const Poco::JSON::Object::Ptr& answer) {
             m_hours = hallHoursFromJson(answer);
             emit hoursChanged();
             emit info(tr("The hours have been saved; the kiosks follow them now."));
         });
}

void AdminService::reloadProfile() {
    call("GET", apiPath(api::kHallProfile, {m_hall}), {}, [this](const Poco::JSON::Object::Ptr& answer) {
        m_profile = hallProfileFromJson(answer);
        emit profileChanged();
    });
}

void AdminService::saveProfile(const HallProfile& profile) {
    call("PUT", apiPath(api::kHallProfile, {m_hall}), jsonBytes(hallProfileToJson(profile)),
         [this](const Poco::JSON::Object::Ptr& answer) {
             m_profile = hallProfileFromJson(answer);
             emit profileChanged();
             emit info(tr("The hall's details have been saved; its papers and call boards use them now."));
         });
}

void AdminService::uploadCatalog(const QByteArray& json) {
    setPending(1);
    m_api.send("PUT", apiPath(api::kCatalog), json, [this, self = QPointer(this)](const ApiReply& reply) {
        if (!self)
            return;
        setPending(-1);
        if (reply.errorCode() == QLatin1String("invalid_document") ||
            reply.errorCode() == QLatin1String("malformed_json")) {
            QStringList problems;
            for (const auto& p : wire::ErrorReply::fromBody(reply.body.toStdString()).problems)
                problems << QString::fromStdString(p);
            if (problems.isEmpty()) // not JSON at all: one problem, the parser's
                problems << QString::fromStdString(wire::ErrorReply::fromBody(reply.body.toStdString()).message);
            emit catalogRefused(problems);
            return;
        }
        if (!reply.ok()) {
            const QString own = adminRefusal(reply);
            emit failed(own.isEmpty() ? reply.userMessage() : own);
            return;
        }
        try {
            emit catalogLoaded(static_cast<int>(requireInt(parseObject(reply.body.toStdString()), "version")));
        } catch (const std::exception&) {
            emit failed(tr("The server's answer could not be read. Please try again."));
        }
    });
}

void AdminService::loadAudit(const QString& actor, const QString& from, const QString& to, bool more) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    if (!actor.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("actor"), actor.trimmed());
    if (!from.isEmpty())
        query.addQueryItem(QStringLiteral("from"), from);
    if (!to.isEmpty())
        query.addQueryItem(QStringLiteral("to"), to);
    if (more && !m_audit.empty())
        query.addQueryItem(QStringLiteral("before"), QString::number(m_audit.back().seq));
    call("GET", apiPath(api::kAudit, {m_hall}) + QLatin1Char('?') + query.toString(QUrl::FullyEncoded), {},
         [this, more](const Poco::JSON::Object::Ptr& answer) {
             auto page = listOf<wire::AuditEntry>(answer, "entries");
             if (!more)
                 m_audit.clear();
             m_audit.insert(m_audit.end(), page.begin(), page.end());
             emit auditChanged(more);
         });
}

} // namespace ow
