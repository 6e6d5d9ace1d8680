#pragma once

#include <Poco/Data/RecordSet.h>

#include <cstdint>
#include <optional>
#include <string>

namespace ow::server {

// A cell of a result row, by its position, as text ("" for NULL) or as a number (nothing for NULL).
inline std::string text(Poco::Data::RecordSet& rs, std::size_t column) {
    return rs[column].isEmpty() ? std::string() : rs[column].convert<std::string>();
}
inline std::optional<std::int64_t> number(Poco::Data::RecordSet& rs, std::size_t column) {
    if (rs[column].isEmpty())
        return std::nullopt;
    return rs[column].convert<std::int64_t>();
}

// The same by the column's name (its alias in the query): rows read by name, not by position.
inline std::string text(Poco::Data::RecordSet& rs, const std::string& column) {
    return rs[column].isEmpty() ? std::string() : rs[column].convert<std::string>();
}
inline std::optional<std::int64_t> number(Poco::Data::RecordSet& rs, const std::string& column) {
    if (rs[column].isEmpty())
        return std::nullopt;
    return rs[column].convert<std::int64_t>();
}

} // namespace ow::server
