#include "DatabaseUrl.h"

#include <Poco/URI.h>

#include <algorithm>
#include <stdexcept>

namespace ow::server {
namespace {

constexpr const char* kUsage = "use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME[?schema=NAME]";

bool plainWord(const std::string& value) {
    return !value.empty() && std::all_of(value.begin(), value.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
               c == '.' || c == '/';
    });
}

postgres::Target parsePostgresUrl(const std::string& url) {
    Poco::URI uri;
    try {
        uri = Poco::URI(url);
    } catch (const Poco::Exception& e) {
        throw std::invalid_argument("bad database URL: " + e.message() + "; " + kUsage);
    }
    postgres::Target target;
    std::string database = uri.getPath();
    if (!database.empty() && database.front() == '/')
        database.erase(0, 1);
    if (uri.getHost().empty() || database.empty())
        throw std::invalid_argument(std::string("a PostgreSQL URL names a host and a database; ") + kUsage);
    // libpq's key=value pairs (Poco splits them on spaces: no value may hold one).
    auto add = [&](const std::string& key, const std::string& value) {
        if (!plainWord(value))
            throw std::invalid_argument("the database URL's " + key + " may hold letters, digits and _-./ only");
        target.connect += (target.connect.empty() ? "" : " ") + key + "=" + value;
    };
    add("host", uri.getHost());
    add("port", std::to_string(uri.getPort() == 0 ? 5432 : uri.getPort()));
    add("dbname", database);
    const std::string userInfo = uri.getUserInfo();
    const auto colon = userInfo.find(':');
    if (!userInfo.empty())
        add("user", userInfo.substr(0, colon));
    if (colon != std::string::npos)
        add("password", userInfo.substr(colon + 1));
    for (const auto& [key, value] : uri.getQueryParameters()) {
        if (key == "schema") {
            if (!plainWord(value) || value.find_first_of("-./") != std::string::npos)
                throw std::invalid_argument("the schema name may hold letters, digits and _ only");
            target.schema = value;
        } else if (key == "sslmode" || key == "sslrootcert" || key == "sslcert" || key == "sslkey" ||
                   key == "connect_timeout" || key == "application_name" || key == "target_session_attrs") {
            add(key, value);
        } else {
            throw std::invalid_argument("unknown database URL parameter \"" + key + "\"");
        }
    }
    target.display = "postgresql://" + uri.getHost() + ":" + std::to_string(uri.getPort() == 0 ? 5432 : uri.getPort()) +
                     "/" + database + (target.schema.empty() ? "" : "?schema=" + target.schema);
    return target;
}

} // namespace

DatabaseTarget parseDatabaseUrl(const std::string& url) {
    DatabaseTarget target;
    if (url.rfind("sqlite:", 0) == 0 && url.size() > 7) {
        target.dialect = Dialect::SQLite;
        target.sqlitePath = url.substr(7);
        target.display = target.sqlitePath;
    } else if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
        target.dialect = Dialect::PostgreSQL;
        target.postgres = parsePostgresUrl(url);
        target.display = target.postgres.display;
    } else {
        throw std::invalid_argument("unsupported database URL \"" + url + "\"; " + kUsage);
    }
    return target;
}

} // namespace ow::server
