#pragma once

#include <Poco/Data/RecordSet.h>

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
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

// A column holding a small whole number (a counter, a level), nothing for NULL.
inline std::optional<int> smallNumber(Poco::Data::RecordSet& rs, std::size_t column) {
    const auto value = number(rs, column);
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

// Where each column of a result is, by its name (its alias in the query), looked up once: rows are read by name, and
// RecordSet's own lookup by name would search the columns again at every cell.
class Columns {
public:
    explicit Columns(Poco::Data::RecordSet& rs) {
        for (std::size_t i = 0; i < rs.columnCount(); ++i)
            m_index.emplace(rs.columnName(i), i);
    }
    std::size_t operator[](const std::string& name) const {
        const auto it = m_index.find(name);
        if (it == m_index.end())
            throw std::out_of_range("the query has no column \"" + name + "\"");
        return it->second;
    }

private:
    std::map<std::string, std::size_t> m_index;
};

} // namespace ow::server
