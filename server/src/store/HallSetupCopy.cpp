#include "HallSetupCopy.h"

#include "AuditLog.h"
#include "Sql.h"
#include "StoreError.h"

#include "domain/Json.h"

#include <Poco/JSON/Array.h>

namespace ow::server {
namespace {

// A field of a row of the setup as a statement's parameter: text, a whole number, or NULL.
SqlParam field(const Poco::JSON::Object::Ptr& row, const std::string& key) {
    if (!row->has(key) || row->isNull(key))
        return {};
    const Poco::Dynamic::Var value = row->get(key);
    if (value.isInteger())
        return value.convert<std::int64_t>();
    return value.convert<std::string>();
}

// Inserts every row of `list` into `table`, the columns named as the rows' keys.
void insertRows(Poco::Data::Session& s, const std::string& table, const Poco::JSON::Array::Ptr& list,
                const std::vector<std::string>& columns) {
    if (!list)
        return;
    std::string sql = "INSERT INTO " + table + "(";
    for (std::size_t c = 0; c < columns.size(); ++c)
        sql += (c ? ", " : "") + columns[c];
    sql += ") VALUES" + sqlValueRows(1, columns.size());
    for (unsigned i = 0; i < list->size(); ++i) {
        const auto row = list->getObject(i);
        if (!row)
            throw StoreError::invalid("invalid_setup", table + "[" + std::to_string(i) + "] is not an object");
        std::vector<SqlParam> params;
        params.reserve(columns.size());
        for (const auto& column : columns)
            params.push_back(field(row, column));
        runSql(s, sql, params);
    }
}

const std::vector<std::string> kHallColumns = {"id", "name", "timezone", "recall_limit"};
const std::vector<std::string> kCategoryColumns = {"hall", "prefix", "name", "closed", "group_name"};
const std::vector<std::string> kCounterColumns = {"hall", "number", "name", "closed_on"};
const std::vector<std::string> kCounterCategoryColumns = {"hall", "counter", "category"};
const std::vector<std::string> kStaffColumns = {
    "user_name", "hall", "role", "name", "password_hash", "disabled_at", "must_change_password"};
const std::vector<std::string> kCatalogColumns = {"version", "body", "imported_at"};
const std::vector<std::string> kRatingPolicyColumns = {"hall", "body", "updated_at", "updated_by"};
const std::vector<std::string> kHoursColumns = {"hall", "body", "updated_at"};
const std::vector<std::string> kPlanColumns = {"hall", "category", "body", "updated_at"};
const std::vector<std::string> kKeyColumns = {"kid", "issuer", "public_jwk", "created_at", "retired_at"};

// Inserts the rows of `list` whose `key` this database lacks; returns them.
std::vector<Poco::JSON::Object::Ptr> takeMissing(Poco::Data::Session& s, const Poco::JSON::Array::Ptr& rows,
                                                 const std::string& table, const std::string& key,
                                                 const std::vector<std::string>& columns) {
    std::string exists = "SELECT 1 FROM ";
    exists += table;
    exists += " WHERE ";
    exists += key;
    exists += " = $1";
    std::vector<Poco::JSON::Object::Ptr> taken;
    for (unsigned i = 0; rows && i < rows->size(); ++i)
        if (const auto row = rows->getObject(i); row && runSql(s, exists, {field(row, key)}).empty()) {
            Poco::JSON::Array::Ptr one = new Poco::JSON::Array;
            one->add(row);
            insertRows(s, table, one, columns);
            taken.push_back(row);
        }
    return taken;
}

// "a, b, c" of a column list, for a SELECT.
std::string listOf(const std::vector<std::string>& columns) {
    std::string out;
    for (const auto& c : columns)
        out += (out.empty() ? "" : ", ") + c;
    return out;
}

} // namespace

Poco::JSON::Object::Ptr hallSetupOf(Database& db, const std::string& hall) {
    return db.read([&](Poco::Data::Session& s) {
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        const auto halls = jsonRows(s, "SELECT " + listOf(kHallColumns) + " FROM halls WHERE id = $1", {hall},
                                    kHallColumns, {"recall_limit"});
        if (halls->size() != 1)
            throw StoreError::notFound("no hall \"" + hall + "\"");
        out->set("hall", halls->getObject(0));
        auto ofHall = [&](const std::string& table, const std::vector<std::string>& columns,
                          const std::vector<std::string>& integers, const std::string& order) {
            return jsonRows(s, "SELECT " + listOf(columns) + " FROM " + table + " WHERE hall = $1 ORDER BY " + order,
                            {hall}, columns, integers);
        };
        out->set("categories", ofHall("categories", kCategoryColumns, {"closed"}, "prefix"));
        out->set("counters", ofHall("counters", kCounterColumns, {"number"}, "number"));
        out->set("counter_categories",
                 ofHall("counter_categories", kCounterCategoryColumns, {"counter"}, "counter, category"));
        out->set("staff", ofHall("staff", kStaffColumns, {"disabled_at", "must_change_password"}, "user_name"));
        out->set("rating_policies", ofHall("rating_policies", kRatingPolicyColumns, {"updated_at"}, "hall"));
        out->set("hall_hours", ofHall("hall_hours", kHoursColumns, {"updated_at"}, "hall"));
        out->set("appointment_plans", ofHall("appointment_plans", kPlanColumns, {"updated_at"}, "category"));
        out->set("appointment_policies", ofHall("appointment_policies", kHoursColumns, {"updated_at"}, "hall"));
        out->set("catalogs",
                 jsonRows(s, "SELECT " + listOf(kCatalogColumns) + " FROM catalogs ORDER BY version DESC LIMIT 1", {},
                          kCatalogColumns, {"version", "imported_at"}));
        out->set("permit_keys", jsonRows(s, "SELECT " + listOf(kKeyColumns) + " FROM permit_keys ORDER BY kid", {},
                                         kKeyColumns, {"created_at", "retired_at"}));
        return out;
    });
}

std::string takeHallSetup(Database& db, const Poco::JSON::Object::Ptr& setup, std::int64_t nowMs) {
    const auto hallRow = optionalObject(setup, "hall");
    if (!hallRow)
        throw StoreError::invalid("invalid_setup", "the setup names no hall");
    std::string hall = requireString(hallRow, "id");
    db.write([&](Poco::Data::Session& s) {
        if (!runSql(s, "SELECT 1 FROM halls WHERE id = $1", {hall}).empty())
            throw StoreError::conflict("hall_exists", "hall \"" + hall +
                                                          "\" is in this database already: a hall server joins once, "
                                                          "into a database of its own");
        Poco::JSON::Array::Ptr halls = new Poco::JSON::Array;
        Poco::JSON::Object::Ptr row = new Poco::JSON::Object(*hallRow);
        row->set("created_at", nowMs);
        halls->add(row);
        insertRows(s, "halls", halls, {"id", "name", "timezone", "recall_limit", "created_at"});
        insertRows(s, "categories", optionalArray(setup, "categories"), kCategoryColumns);
        insertRows(s, "counters", optionalArray(setup, "counters"), kCounterColumns);
        insertRows(s, "counter_categories", optionalArray(setup, "counter_categories"), kCounterCategoryColumns);
        insertRows(s, "staff", optionalArray(setup, "staff"), kStaffColumns);
        accounts::recordJoined(s, optionalArray(setup, "staff"));
        insertRows(s, "rating_policies", optionalArray(setup, "rating_policies"), kRatingPolicyColumns);
        insertRows(s, "hall_hours", optionalArray(setup, "hall_hours"), kHoursColumns);
        insertRows(s, "appointment_plans", optionalArray(setup, "appointment_plans"), kPlanColumns);
        insertRows(s, "appointment_policies", optionalArray(setup, "appointment_policies"), kHoursColumns);
        // The catalog and the public keys are the upstream's: kept when this database has them already.
        takeMissing(s, optionalArray(setup, "catalogs"), "catalogs", "version", kCatalogColumns);
        takeMissing(s, optionalArray(setup, "permit_keys"), "permit_keys", "kid", kKeyColumns);
    });
    return hall;
}

UpstreamNews takeUpstreamNews(Database& db, AuthStore& auth, const Poco::JSON::Object::Ptr& setup, const Principal& by,
                              std::int64_t nowMs) {
    UpstreamNews news;
    db.write([&](Poco::Data::Session& s) {
        auto audited = [&](const std::string& action, const std::string& subject) {
            Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
            detail->set("from", std::string("upstream"));
            AuditLog::append(s, by, action, subject, detail, nowMs);
        };
        for (const auto& row :
             takeMissing(s, optionalArray(setup, "catalogs"), "catalogs", "version", kCatalogColumns)) {
            audited("catalog.taken", "catalog:" + row->get("version").convert<std::string>());
            ++news.catalogs;
        }
        const auto keys = optionalArray(setup, "permit_keys");
        news.keys = static_cast<int>(takeMissing(s, keys, "permit_keys", "kid", kKeyColumns).size());
        for (unsigned i = 0; keys && i < keys->size(); ++i)
            if (const auto key = keys->getObject(i); key && !key->isNull("retired_at"))
                news.keys += runSql(s, "UPDATE permit_keys SET retired_at = $1 WHERE kid = $2 AND retired_at IS NULL",
                                    {field(key, "retired_at"), field(key, "kid")})
                                         .affected() > 0
                                 ? 1
                                 : 0;
        news.staff = accounts::takeFromUpstream(s, auth, optionalArray(setup, "staff"), by, nowMs);
    });
    auth.accessEnded(); // an account disabled or given a new password upstream: its sessions here ended
    return news;
}

} // namespace ow::server
