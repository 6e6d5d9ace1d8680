#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace ow {

// A fixed table of enum values and their wire names, looked up both ways.
template <typename Enum, std::size_t N> using EnumNames = std::array<std::pair<Enum, std::string_view>, N>;

template <typename Enum, std::size_t N> constexpr std::string_view nameOf(const EnumNames<Enum, N>& table, Enum value) {
    for (const auto& [key, name] : table)
        if (key == value)
            return name;
    return {};
}

template <typename Enum, std::size_t N>
constexpr std::optional<Enum> valueOf(const EnumNames<Enum, N>& table, std::string_view text) {
    for (const auto& [key, name] : table)
        if (name == text)
            return key;
    return std::nullopt;
}

} // namespace ow
