#include "DeviceLocator.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace ow::idcard {

namespace {

std::optional<std::uint16_t> hex4(std::string_view text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.remove_suffix(1);
    unsigned value = 0;
    if (text.size() != 4)
        return std::nullopt;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, 16);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return static_cast<std::uint16_t>(value);
}

std::optional<std::uint16_t> readHex(const fs::path& file) {
    std::ifstream in(file);
    std::string text;
    if (!std::getline(in, text))
        return std::nullopt;
    return hex4(text);
}

// The USB id of the device a tty hangs off: the nearest ancestor of its `device` holding idVendor and idProduct.
std::optional<UsbId> usbIdOf(const fs::path& tty) {
    std::error_code error;
    fs::path device = fs::canonical(tty / "device", error);
    for (int level = 0; !error && level < 6 && device.has_relative_path(); ++level, device = device.parent_path()) {
        const auto vendor = readHex(device / "idVendor");
        const auto product = readHex(device / "idProduct");
        if (vendor && product)
            return UsbId{*vendor, *product};
    }
    return std::nullopt;
}

} // namespace

std::optional<UsbId> parseUsbId(std::string_view text) {
    const auto colon = text.find(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    const auto vendor = hex4(text.substr(0, colon));
    const auto product = hex4(text.substr(colon + 1));
    if (!vendor || !product)
        return std::nullopt;
    return UsbId{*vendor, *product};
}

std::vector<UsbId> parseUsbIds(std::string_view list) {
    std::vector<UsbId> ids;
    while (!list.empty()) {
        const auto comma = list.find(',');
        std::string_view item = list.substr(0, comma);
        while (!item.empty() && item.front() == ' ')
            item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ')
            item.remove_suffix(1);
        if (!item.empty()) {
            const auto id = parseUsbId(item);
            if (!id)
                throw std::invalid_argument("not a USB id (vendor:product in hex): " + std::string(item));
            ids.push_back(*id);
        }
        list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
    }
    return ids;
}

std::vector<UsbId> defaultReaderUsbIds() {
    return {{0x1a86, 0x7523}, {0x067b, 0x2303}, {0x10c4, 0xea60}, {0x0403, 0x6001}};
}

std::vector<std::string> findUsbSerialPorts(std::span<const UsbId> ids, const std::string& sysRoot,
                                            const std::string& devRoot) {
    std::vector<std::string> ports;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(fs::path(sysRoot) / "class" / "tty", error)) {
        const auto id = usbIdOf(entry.path());
        if (id && std::find(ids.begin(), ids.end(), *id) != ids.end())
            ports.push_back((fs::path(devRoot) / entry.path().filename()).string());
    }
    std::sort(ports.begin(), ports.end());
    return ports;
}

} // namespace ow::idcard
