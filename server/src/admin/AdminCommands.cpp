#include "AdminCommands.h"
#include "AuditLog.h"
#include "Backup.h"

#include "AuthStore.h"
#include "CatalogStore.h"
#include "Database.h"
#include "HallStore.h"
#include "Join.h"
#include "PermitKeyStore.h"
#include "RegionStore.h"
#include "StoreError.h"
#include "SyncStore.h"

#include "domain/Catalog.h"
#include "domain/HallTime.h"
#include "domain/Json.h"

#include <Poco/Exception.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace ow::server {
namespace {

constexpr const char* kUsage =
    R"(usage: onewindow-server admin COMMAND (--config FILE | --db sqlite:PATH|postgresql://... [--data DIR]) [options]
  (--config /etc/onewindow/server.properties: the service's database and files; flags win over the file)
  init
  add-region    --id ID --name NAME [--parent ID] [--timezone Asia/Shanghai]   a county, city or province (区域)
  add-hall      --id ID --name NAME [--timezone Asia/Shanghai] [--recall-limit 3] [--region ID]
                (--id ID --region ID alone puts an existing hall into a region)
  add-category  --hall ID --prefix A --name NAME [--group 部门]   (the kiosk offers a big hall's queues by department)
  add-counter   --hall ID --number N --categories A,B
  add-staff     --hall ID --user USER --role clerk|agent|supervisor|approver|admin --name NAME --password-stdin
                (--region ID --role supervisor instead of --hall: a region's supervisor)
  enroll-code   --hall ID --kind counter|kiosk|display|pad|station|supervisor|hall [--counter N]
                (hall: for the hall's own server, which joins this one with admin join)
                (--region ID --kind supervisor instead of --hall: a region's supervisor's PC)
  devices       --hall ID   the hall's devices: id, kind, counter, code, enrolled, revoked
  revoke-device --hall ID --device DEVICE_ID   a lost or stolen device: its token and sessions stop working
  disable-staff --hall ID --user USER   someone who left: no login, open sessions end (the account stays on record)
  join          --upstream URL --code CODE [--upstream-ca FILE | --upstream-pin SHA256]   makes this (new)
                database the server of one hall of the upstream (the city's or province's OneWindow server): the
                hall, its people and the catalog taken in, and the hall's own permit key made and sent up
  import-catalog FILE.json   checks a service catalog and makes it current (all or nothing)
  demo          creates hall "demo" with categories, counters 1-6, staff, one code per device and a permit key
  keygen        --issuer ID [--kid KID]   a new permit-signing key (ES256); the newest signs, older ones verify
  (a sample permit to test scanners: onewindow-print sample-permit, built with the client)
  verify-audit  walks the audit log's hash chain, and each hall's chain its own server relayed; exit 3 with the
                first changed, missing or reordered entry
  stats [--json] what the server holds: cases, blobs, conflicts, quarantined changes, and every table's rows
  backup --to FILE | --into DIR [--keep 14]   the database (a consistent copy, while serving), attachments and
                permit keys in one file; --into names it by the time and keeps the newest --keep there
  restore --from FILE   into an empty database and files directory; every file checked against the backup's manifest
)";

int parseInt(const std::string& text, const std::string& what) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        throw std::invalid_argument(what + " must be a number, not \"" + text + "\"");
    return value;
}

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        if (!item.empty())
            out.push_back(item);
    return out;
}

// --hall ID or --region ID: where an account or a PC belongs.
Home homeOf(const CommandLine& cl) {
    const auto hall = cl.option("hall"), region = cl.option("region");
    if (hall.has_value() == region.has_value())
        throw std::invalid_argument("give --hall ID, or --region ID for a region's supervisor");
    return hall ? Home::ofHall(*hall) : Home::ofRegion(*region);
}

} // namespace

void createDemoHall(HallStore& halls, AuthStore& auth, std::ostream& out) {
    halls.addHall({"demo", "青白江区政务服务中心", "Asia/Shanghai", 3});
    // The telephones are made up (the 028 area's form); 12345 is the nationwide hotline every hall's papers name.
    halls.setProfile("demo", {510113, "028-8398 2000", "12345", "青政服", "请带齐材料、留意叫号；过号请到综合窗口咨询"},
                     nowUtcMs());
    halls.addCategory("demo", "A", "综合业务");
    halls.addCategory("demo", "B", "企业开办");
    halls.addCategory("demo", "C", "不动产登记");
    const std::vector<std::vector<std::string>> counterCategories = {{"A"},      {"A"},      {"B", "A"},
                                                                     {"B", "A"}, {"C", "A"}, {"C"}};
    for (int n = 1; n <= 6; ++n)
        halls.addCounter("demo", n, counterCategories[static_cast<std::size_t>(n - 1)]);
    const char* names[] = {"张敏", "李娜", "王磊", "刘洋", "陈静", "杨帆"};
    const std::string password = "demo1234";
    for (int n = 1; n <= 6; ++n) // 工号 0311–0316
        auth.addStaff("demo", "clerk" + std::to_string(n), StaffRole::Clerk, names[n - 1], password,
                      "031" + std::to_string(n));
    auth.addStaff("demo", "super1", StaffRole::Supervisor, "赵建国", password, "0301");
    auth.addStaff("demo", "super2", StaffRole::Supervisor, "周丽华", password, "0302"); // a second one decides appeals
    auth.addStaff("demo", "agent1", StaffRole::Agent, "赵代办", password);
    auth.addStaff("demo", "appr1", StaffRole::Approver, "孙审批", password); // 后台审批, at a supervisor's device
    auth.addStaff("demo", "admin1", StaffRole::Admin, "钱管理", password);   // 管理, at a supervisor's device
    out << "hall demo: 青白江区政务服务中心 (A 综合业务, B 企业开办, C 不动产登记; counters 1-6)\n"
        << "staff clerk1..clerk6, super1 and super2, agent1 (village station), appr1 (approver), admin1 "
           "(administrator), "
           "password "
        << password << "\n"
        << "enrollment codes (each works once):\n";
    const auto now = nowUtcMs();
    for (int n = 1; n <= 6; ++n)
        out << "counter " << n << " " << auth.createEnrollmentCode("demo", DeviceKind::Counter, n, now) << "\n";
    for (int n = 1; n <= 6; ++n)
        out << "pad " << n << " " << auth.createEnrollmentCode("demo", DeviceKind::Pad, n, now) << "\n";
    for (auto kind : {DeviceKind::Kiosk, DeviceKind::Display, DeviceKind::Station, DeviceKind::Supervisor})
        out << toString(kind) << " " << auth.createEnrollmentCode("demo", kind, std::nullopt, now) << "\n";
}

int runAdmin(const CommandLine& cl, std::istream& in, std::ostream& out, std::ostream& err,
             const std::string& product) {
    const auto& words = cl.words();
    if (words.size() < 2 || (words.size() > 2 && words[1] != "import-catalog")) {
        err << kUsage;
        return 2;
    }
    const std::string& command = words[1];
    if (command == "help" || cl.flag("help")) {
        out << kUsage;
        return 0;
    }
    try {
        if (command == "restore") { // into an empty database: not opened (nor created) before the backup is checked
            restoreBackup(cl.require("from"), cl.requireSetting("db"), cl.setting("data").value_or(""), out);
            return 0;
        }
        Database db(cl.requireSetting("db"), cl.setting("data").value_or(""));
        HallStore halls(db);
        AuthStore auth(db);
        if (command == "init") {
            out << "database ready, schema version " << db.schemaVersion() << "\n";
        } else if (command == "add-region") {
            Region region{cl.require("id"), cl.require("name"), cl.option("parent"),
                          cl.option("timezone").value_or("Asia/Shanghai")};
            RegionStore(db).addRegion(region);
            out << "region " << region.id << " saved" << (region.parent ? " in " + *region.parent : std::string())
                << "\n";
        } else if (command == "add-hall") {
            const auto region = cl.option("region");
            if (cl.option("name") || !region) {
                Hall hall{cl.require("id"), cl.require("name"), cl.option("timezone").value_or("Asia/Shanghai"),
                          parseInt(cl.option("recall-limit").value_or("3"), "--recall-limit")};
                halls.addHall(hall);
            }
            if (region)
                RegionStore(db).setHallRegion(cl.require("id"), *region);
            out << "hall " << cl.require("id") << " saved" << (region ? " in region " + *region : std::string())
                << "\n";
        } else if (command == "add-category") {
            halls.addCategory(cl.require("hall"), cl.require("prefix"), cl.require("name"),
                              cl.option("group").value_or(""));
            out << "category " << cl.require("prefix") << " saved\n";
        } else if (command == "add-counter") {
            const int number = parseInt(cl.require("number"), "--number");
            halls.addCounter(cl.require("hall"), number, splitList(cl.require("categories")));
            out << "counter " << number << " saved\n";
        } else if (command == "add-staff") {
            const auto role = staffRoleFromString(cl.require("role"));
            if (!role)
                throw std::invalid_argument("--role must be clerk, agent, supervisor or admin");
            if (!cl.flag("password-stdin"))
                throw std::invalid_argument("give the password on standard input with --password-stdin");
            std::string password;
            std::getline(in, password);
            if (!password.empty() && password.back() == '\r')
                password.pop_back();
            auth.addStaff(homeOf(cl), cl.require("user"), *role, cl.option("name").value_or(""), password);
            out << "staff " << cl.require("user") << " saved\n";
        } else if (command == "enroll-code") {
            const auto kind = deviceKindFromString(cl.require("kind"));
            if (!kind)
                throw std::invalid_argument("--kind must be counter, kiosk, display, pad, station, supervisor or hall");
            std::optional<int> counter;
            if (auto text = cl.option("counter"))
                counter = parseInt(*text, "--counter");
            out << auth.createEnrollmentCode(homeOf(cl), *kind, counter, nowUtcMs()) << "\n";
        } else if (command == "devices") {
            for (const auto& d : auth.devices(cl.require("hall")))
                out << d.id << "  " << d.kind << "  " << (d.counter ? std::to_string(*d.counter) : "-") << "  "
                    << (d.code.empty() ? "-" : d.code) << "  " << d.name << "  enrolled " << utcIso(d.enrolledAtMs)
                    << (d.revokedAtMs ? "  revoked " + utcIso(*d.revokedAtMs) : std::string()) << "\n";
        } else if (command == "revoke-device" || command == "disable-staff") {
            const std::string hall = cl.require("hall");
            const Principal byCommand{"admin-command", hall, DeviceKind::Supervisor, {}, {}, {}, {}, INT64_MAX, {},
                                      false,           {}};
            const bool done = command == "revoke-device"
                                  ? auth.revokeDevice(hall, cl.require("device"), byCommand, nowUtcMs())
                                  : auth.disableStaff(hall, cl.require("user"), byCommand, nowUtcMs());
            if (!done) {
                err << (command == "revoke-device"
                            ? "hall \"" + hall + "\" has no standing device \"" + cl.require("device") + "\""
                            : "hall \"" + hall + "\" has no active account \"" + cl.require("user") + "\"")
                    << "\n";
                return 1;
            }
            out << (command == "revoke-device" ? "device " + cl.require("device") + " revoked"
                                               : "staff " + cl.require("user") + " disabled")
                << "\n";
        } else if (command == "join") {
            JoinRequest request{cl.require("upstream"),
                                cl.require("code"),
                                {cl.option("upstream-ca").value_or(""), cl.option("upstream-pin").value_or("")}};
            if (!request.trust.caFile.empty() && !request.trust.pinSha256.empty())
                throw std::invalid_argument("give --upstream-ca or --upstream-pin, not both");
            const Joined joined = joinUpstream(db, request, nowUtcMs());
            out << "joined " << request.upstream << " as the server of hall " << joined.hall << ": "
                << joined.categories << " queues, " << joined.counters << " counters, " << joined.staff
                << " staff, catalog "
                << (joined.catalogVersion ? "version " + std::to_string(*joined.catalogVersion) : std::string("none"))
                << "; permit key " << joined.kid << (joined.keySent ? " sent up" : "") << "\n";
            if (!joined.keySent)
                err << "the upstream did not take the permit key's public half yet: it goes up with the relay\n";
        } else if (command == "import-catalog") {
            if (words.size() != 3)
                throw std::invalid_argument("import-catalog takes the catalog file: import-catalog FILE.json");
            std::ifstream file(words[2]);
            if (!file)
                throw std::invalid_argument("cannot read " + words[2]);
            std::stringstream text;
            text << file.rdbuf();
            try {
                const StoredCatalog stored = CatalogStore(db).import(text.str(), nowUtcMs());
                out << "catalog version " << stored.version << " is current\n";
            } catch (const CatalogErrors& e) {
                err << words[2] << ": the catalog was refused; the current one stays. " << e.errors().size()
                    << " problem(s):\n";
                for (const auto& problem : e.errors())
                    err << "  " << problem << "\n";
                return 1;
            } catch (const BadInput& e) {
                err << words[2] << ": " << e.what() << "\n";
                return 1;
            }
        } else if (command == "demo") {
            createDemoHall(halls, auth, out);
            PermitKeyStore keys(db, db.keyDirectory());
            if (!keys.hasKey("demo"))
                out << "permit key " << keys.generate("demo", std::nullopt, nowUtcMs()) << "\n";
        } else if (command == "keygen") {
            PermitKeyStore keys(db, db.keyDirectory());
            const std::string kid = keys.generate(cl.require("issuer"), cl.option("kid"), nowUtcMs());
            out << "permit key " << kid << " of " << cl.require("issuer") << " (private key in " << db.keyDirectory()
                << "/" << kid << ".pem, readable by this user only)\n";
        } else if (command == "sample-permit") {
            throw std::invalid_argument("the sample permit is printed by onewindow-print (the server prints "
                                        "nothing): onewindow-print sample-permit --db ... --hall ID -o FILE.pdf");
        } else if (command == "verify-audit") {
            // This server's own log, then the chain of every hall whose own server relays here.
            const auto chains = db.read([](Poco::Data::Session& session) { return AuditLog::relayedChains(session); });
            std::vector<std::optional<std::string>> walks = {std::nullopt};
            walks.insert(walks.end(), chains.begin(), chains.end());
            int broken = 0;
            for (const auto& chain : walks) {
                const auto v = db.read([&](Poco::Data::Session& session) { return AuditLog::verify(session, chain); });
                const std::string what = chain ? "hall " + *chain + "'s audit chain (relayed)" : "audit log";
                if (!v.intact) {
                    err << what << " BROKEN at entry " << v.firstBad << ": " << v.problem << " (" << v.entries - 1
                        << " entries before it hold)\n";
                    ++broken;
                    continue;
                }
                out << what << " intact: " << v.entries << " entries"
                    << (v.entries ? ", last hash " + v.lastHash : std::string()) << "\n";
            }
            if (broken)
                return 3;
        } else if (command == "stats") {
            const auto counts = SyncStore(db).counts();
            const auto rows = rowCounts(db);
            if (cl.flag("json")) {
                out << R"({"cases":)" << counts.cases << R"(,"blobs":)" << counts.blobs << R"(,"conflicts":)"
                    << counts.conflicts << R"(,"quarantined":)" << counts.quarantined << R"(,"rows":{)";
                for (auto it = rows.begin(); it != rows.end(); ++it)
                    out << (it == rows.begin() ? "" : ",") << '"' << it->first << "\":" << it->second;
                out << "}}\n";
            } else {
                out << "cases " << counts.cases << "\nblobs " << counts.blobs << "\nconflicts " << counts.conflicts
                    << "\nquarantined " << counts.quarantined << "\n";
                for (const auto& [table, count] : rows)
                    out << "rows " << table << " " << count << "\n";
            }
        } else if (command == "backup") {
            const auto into = cl.option("into");
            if (into.has_value() == cl.option("to").has_value())
                throw std::invalid_argument("give the backup's file (--to FILE) or its directory (--into DIR)");
            const std::filesystem::path file = into ? datedBackupPath(*into) : std::filesystem::path(*cl.option("to"));
            const auto done = writeBackup(db, file, product);
            out << "backup " << file.string() << ": schema version " << done.snapshot.schemaVersion << ", "
                << done.snapshot.blobs.size() << " attachments, " << done.files << " files, " << done.bytes
                << " bytes\n";
            if (into)
                for (const auto& old : pruneBackups(
                         *into,
                         static_cast<std::size_t>(std::max(1, parseInt(cl.option("keep").value_or("14"), "--keep")))))
                    out << "removed the older backup " << old.string() << "\n";
        } else {
            err << "unknown admin command \"" << command << "\"\n" << kUsage;
            return 2;
        }
        return 0;
    } catch (const std::invalid_argument& e) {
        err << "onewindow-server admin " << command << ": " << e.what() << "\n";
        return 2;
    } catch (const StoreError& e) {
        err << "onewindow-server admin " << command << ": " << e.what() << "\n";
        return 1;
    } catch (const Poco::Exception& e) {
        err << "onewindow-server admin " << command << ": " << e.displayText() << "\n";
        return 1;
    } catch (const std::exception& e) {
        err << "onewindow-server admin " << command << ": " << e.what() << "\n";
        return 1;
    }
}

} // namespace ow::server
