// onewindow-cli: the headless client on the same core libraries as the desktop client — for operators, scripts
// and the fault-injection tests. Every command works on the device database in --data-dir.
#include "domain/Version.h"
#include "net/ServerTrust.h"
#include "services/CatalogSource.h"
#include "services/IntakeService.h"
#include "store/BlobCache.h"
#include "store/CaseStore.h"
#include "store/LocalStore.h"
#include "sync/ApiClient.h"
#include "sync/SyncEngine.h"

#include "domain/Case.h"
#include "domain/CaseNumber.h"
#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/wire/Auth.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace ow;

constexpr const char* kHelp =
    R"(usage: onewindow-cli --data-dir DIR [--server-ca FILE | --server-pin SHA256] COMMAND [options]

  enroll --server URL --code CODE [--name NAME]   enroll this device with a one-time code
  login --user USER --password-stdin              log a person in (station staff: role agent)
  case add --json FILE                            store a case locally and queue it; prints its id
  attach --case ID [--material M] FILE            attach a scan to a case (material "other" by default)
  sync [--once] [--backoff-ms 1000]               upload attachments, push, pull; without --once, retry
                                                  with backoff (from --backoff-ms, doubling, jittered)
                                                  until everything is confirmed
  status [--json]                                 pending changes and attachments, conflicts, quarantined,
                                                  the pull cursor

exit codes:
  0  done
  1  the server refused (wrong password, a sync round the server answered with an error)
  2  usage: unknown command or missing option
  3  invalid input (a file that cannot be read, a case that is not valid)
  4  the server cannot be reached (nothing is lost: run sync again later)
  5  not enrolled or not logged in
)";

enum Exit { Ok = 0, Refused = 1, Usage = 2, Invalid = 3, Unreachable = 4, NoSession = 5 };

struct Args {
    std::vector<QString> words;
    std::map<QString, QString> options;
    std::vector<QString> flags;
    bool flag(const QString& name) const { return std::find(flags.begin(), flags.end(), name) != flags.end(); }
    std::optional<QString> option(const QString& name) const {
        auto it = options.find(name);
        return it == options.end() ? std::nullopt : std::optional<QString>(it->second);
    }
};

Args parse(const QStringList& arguments) {
    static const QStringList kFlags{QStringLiteral("password-stdin"), QStringLiteral("once"), QStringLiteral("json"),
                                    QStringLiteral("help"), QStringLiteral("version")};
    Args args;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a.startsWith(QLatin1String("--"))) {
            const QString name = a.mid(2);
            // "--json" is a flag of status and the option of case add (--json FILE).
            const bool valueFollows = i + 1 < arguments.size() && !arguments[i + 1].startsWith(QLatin1String("--"));
            if (kFlags.contains(name) && !(name == QLatin1String("json") && valueFollows))
                args.flags.push_back(name);
            else if (i + 1 < arguments.size())
                args.options[name] = arguments[++i];
            else
                throw std::invalid_argument("--" + name.toStdString() + " needs a value");
        } else {
            args.words.push_back(a);
        }
    }
    return args;
}

int fail(int code, const QString& message) {
    std::cerr << "onewindow-cli: " << message.toStdString() << std::endl;
    return code;
}

// Runs the event loop until `done` is set by a callback.
template <typename T> T await(std::optional<T>& done) {
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done)
            loop.quit();
    });
    check.start();
    if (!done)
        loop.exec();
    return *done;
}

// Enrolling and logging in: a 401 is the answer to the code or the password, so it is a refusal.
int replyExit(const ApiReply& reply) {
    if (reply.offline())
        return fail(Unreachable, reply.userMessage());
    return fail(Refused, reply.userMessage());
}

int enroll(LocalStore& store, const Args& args) {
    const auto server = args.option(QStringLiteral("server"));
    const auto code = args.option(QStringLiteral("code"));
    if (!server || !code)
        return fail(Usage, QStringLiteral("enroll needs --server URL and --code CODE"));
    ApiClient api(*server);
    std::optional<ApiReply> done;
    api.enroll(*code, args.option(QStringLiteral("name")).value_or(QSysInfo::machineHostName()),
               [&](const ApiReply& r) { done = r; });
    const ApiReply reply = await(done);
    if (!reply.ok())
        return replyExit(reply);
    DeviceRegistration reg;
    try {
        reg = ApiClient::registrationFromEnrollment(*server, reply.body);
    } catch (const std::exception& e) {
        return fail(Refused,
                    QStringLiteral("the server's answer is not an enrollment: %1").arg(QString::fromUtf8(e.what())));
    }
    // Nothing unsent is lost by enrolling again: the cases and the outbox stay where they are.
    store.saveRegistration(reg);
    std::cout << reg.deviceId.toStdString() << std::endl;
    return Ok;
}

int login(LocalStore& store, const DeviceRegistration& reg, const Args& args) {
    const auto user = args.option(QStringLiteral("user"));
    if (!user || !args.flag(QStringLiteral("password-stdin")))
        return fail(Usage, QStringLiteral("login needs --user USER --password-stdin"));
    std::string password;
    std::getline(std::cin, password);
    ApiClient api(reg.serverUrl);
    api.setToken(reg.deviceToken.toUtf8());
    std::optional<ApiReply> done;
    api.login(*user, QString::fromStdString(password), [&](const ApiReply& r) { done = r; });
    const ApiReply reply = await(done);
    if (!reply.ok())
        return replyExit(reply);
    wire::LoggedIn session;
    try {
        session = wire::LoggedIn::fromJson(parseObject(reply.body.toStdString()));
    } catch (const std::exception& e) {
        return fail(Refused,
                    QStringLiteral("the server's answer is not a session: %1").arg(QString::fromUtf8(e.what())));
    }
    store.setValue(QStringLiteral("session_token"), QString::fromStdString(session.token));
    store.setValue(QStringLiteral("session_user"), *user);
    if (QString::fromStdString(session.timeZone) != reg.timeZone) { // the hall moved its clock: count days in its zone
        DeviceRegistration moved = reg;
        moved.timeZone = QString::fromStdString(session.timeZone);
        store.saveRegistration(moved);
    }
    return Ok;
}

int addCase(LocalStore& store, const DeviceRegistration& reg, const Args& args) {
    const auto path = args.option(QStringLiteral("json"));
    if (!path)
        return fail(Usage, QStringLiteral("case add needs --json FILE"));
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Invalid, QStringLiteral("cannot read %1: %2").arg(*path, file.errorString()));
    Case c;
    try {
        Poco::JSON::Object::Ptr object = parseObject(file.readAll().toStdString());
        if (!object->has("id") || object->getValue<std::string>("id").empty())
            object->set("id", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
        object->set("hall", reg.hall.toStdString());
        if (!object->has("channel"))
            object->set("channel", reg.kind == QLatin1String("station") ? "station" : "counter");
        c = caseFromJson(object);
    } catch (const std::exception& e) {
        return fail(Invalid, QStringLiteral("%1 is not a valid case: %2").arg(*path, QString::fromUtf8(e.what())));
    }
    CaseStore cases(store);
    if (cases.find(QString::fromStdString(c.id)))
        return fail(Invalid, QStringLiteral("a case with id %1 exists already").arg(QString::fromStdString(c.id)));
    c.version = 0;
    // Numbered and dated as at a counter: the hall's day in the hall's time zone, with the catalog kept here.
    const CatalogSource catalog(store);
    const std::string clerk = store.value(QStringLiteral("session_user")).toStdString();
    c.clerk = clerk;
    IntakeService intake(
        catalog, cases, hallClock(reg),
        {reg.hall.toStdString(), caseNumberCode(reg).toStdString(), clerk, reg.kind == QLatin1String("station")});
    try {
        c = intake.commit(std::move(c));
    } catch (const std::exception& e) {
        return fail(Refused, QStringLiteral("the case could not be stored: %1").arg(QString::fromUtf8(e.what())));
    }
    std::cout << c.id << std::endl;
    return Ok;
}

int attach(LocalStore& store, const Args& args) {
    const auto id = args.option(QStringLiteral("case"));
    if (!id || args.words.size() != 2)
        return fail(Usage, QStringLiteral("attach needs --case ID and one FILE"));
    CaseStore cases(store);
    auto c = cases.find(*id);
    if (!c)
        return fail(Invalid, QStringLiteral("no case %1 on this device").arg(*id));
    QString sha;
    try {
        sha = BlobCache(store).add(args.words[1]);
    } catch (const std::exception& e) {
        return fail(Invalid, QString::fromUtf8(e.what()));
    }
    const std::string material =
        args.option(QStringLiteral("material")).value_or(QStringLiteral("other")).toStdString();
    auto record = std::find_if(c->materials.begin(), c->materials.end(),
                               [&](const MaterialRecord& m) { return m.materialId == material; });
    if (record == c->materials.end()) {
        c->materials.push_back({material, MaterialState::Submitted, std::nullopt, {}, {}});
        record = c->materials.end() - 1;
    }
    if (std::find(record->attachments.begin(), record->attachments.end(), sha.toStdString()) ==
        record->attachments.end())
        record->attachments.push_back(sha.toStdString());
    cases.save(*c, nowUtcMs());
    std::cout << sha.toStdString() << std::endl;
    return Ok;
}

int sync(LocalStore& store, const DeviceRegistration& reg, const Args& args) {
    const QString token = store.value(QStringLiteral("session_token"));
    if (token.isEmpty())
        return fail(NoSession, QStringLiteral("log in first: onewindow-cli login --user USER --password-stdin"));
    ApiClient api(reg.serverUrl);
    api.setToken(token.toUtf8());
    SyncEngine engine(api, store, reg.deviceId);
    bool reachable = true;
    QObject::connect(&api, &ApiClient::reachabilityChanged, &engine, [&](bool now) { reachable = now; });
    const bool once = args.flag(QStringLiteral("once"));
    const int backoffBase = args.option(QStringLiteral("backoff-ms")).value_or(QStringLiteral("1000")).toInt();
    std::mt19937 random{std::random_device{}()};
    for (int failures = 0;;) {
        std::optional<std::pair<bool, QString>> done;
        QObject::connect(
            &engine, &SyncEngine::roundFinished, &engine,
            [&](bool ok, const QString& message) { done = std::make_pair(ok, message); }, Qt::SingleShotConnection);
        engine.syncNow();
        const auto [ok, message] = await(done);
        const SyncStatus st = engine.status();
        if (ok && st.pendingChanges == 0 && st.pendingBlobs == 0)
            return Ok;
        // The sentence of an ended session (ApiReply::userMessage of invalid_token; the CLI speaks English).
        if (!ok && message.contains(QLatin1String("session has ended")))
            return fail(NoSession,
                        message + QStringLiteral(" Log in again: onewindow-cli login --user USER --password-stdin"));
        if (once)
            return ok ? Ok : fail(reachable ? Refused : Unreachable, message);
        if (ok)
            continue; // more to send: the next round at once
        ++failures;
        const int wait = SyncEngine::backoffMs(failures, std::uniform_real_distribution<double>(0, 1)(random),
                                               std::max(10, backoffBase));
        std::cerr << "onewindow-cli: " << message.toStdString() << " — retrying in " << wait / 1000.0 << " s"
                  << std::endl;
        QEventLoop loop;
        QTimer::singleShot(wait, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

int status(LocalStore& store, const Args& args) {
    CaseStore cases(store);
    BlobCache blobs(store);
    const auto [conflicts, quarantined] = cases.syncIssueCounts();
    const int pending = cases.pendingOutbox();
    const int pendingBlobs = blobs.pendingCount();
    const qint64 cursor = cases.pullCursor();
    if (args.flag(QStringLiteral("json"))) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
        o->set("pending", pending);
        o->set("pending_blobs", pendingBlobs);
        o->set("conflicts", conflicts);
        o->set("quarantined", quarantined);
        o->set("cursor", static_cast<std::int64_t>(cursor));
        std::cout << toJsonText(o) << std::endl;
    } else {
        std::cout << "pending " << pending << "\npending_blobs " << pendingBlobs << "\nconflicts " << conflicts
                  << "\nquarantined " << quarantined << "\ncursor " << cursor << std::endl;
    }
    return Ok;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    Args args;
    try {
        args = parse(QCoreApplication::arguments());
    } catch (const std::exception& e) {
        return fail(Usage, QString::fromUtf8(e.what()));
    }
    if (args.flag(QStringLiteral("version"))) {
        std::cout << "onewindow-cli " << ow::productVersion() << " (" << ow::productCommit() << ")\n";
        return Ok;
    }
    if (args.flag(QStringLiteral("help")) || args.words.empty()) {
        std::cout << kHelp;
        return args.words.empty() && !args.flag(QStringLiteral("help")) ? Usage : Ok;
    }
    const auto dataDir = args.option(QStringLiteral("data-dir"));
    if (!dataDir)
        return fail(Usage, QStringLiteral("--data-dir DIR is required"));
    if (!QDir().mkpath(*dataDir))
        return fail(Invalid, QStringLiteral("cannot create %1").arg(*dataDir));
    // How an https:// server is trusted: a CA file or the pinned fingerprint of its certificate, kept for later.
    try {
        auto stdOption = [&](const QString& name) -> std::optional<std::string> {
            if (auto value = args.option(name))
                return value->toStdString();
            return std::nullopt;
        };
        applyServerTrust(dataDir->toStdString(), stdOption(QStringLiteral("server-ca")),
                         stdOption(QStringLiteral("server-pin")));
    } catch (const std::exception& e) {
        return fail(Usage, QString::fromUtf8(e.what()));
    }
    try {
        LocalStore store(QDir(*dataDir).filePath(QStringLiteral("device.db")));
        const QString command = args.words[0];
        if (command == QLatin1String("enroll"))
            return enroll(store, args);
        if (command == QLatin1String("status"))
            return status(store, args);
        const auto reg = store.registration();
        if (!reg)
            return fail(NoSession,
                        QStringLiteral("this device is not enrolled: onewindow-cli enroll --server URL --code CODE"));
        if (command == QLatin1String("login"))
            return login(store, *reg, args);
        if (command == QLatin1String("case") && args.words.size() >= 2 && args.words[1] == QLatin1String("add"))
            return addCase(store, *reg, args);
        if (command == QLatin1String("attach"))
            return attach(store, args);
        if (command == QLatin1String("sync"))
            return sync(store, *reg, args);
        return fail(Usage, QStringLiteral("unknown command \"%1\"; see --help").arg(command));
    } catch (const std::exception& e) {
        return fail(Refused, QString::fromUtf8(e.what()));
    }
}
