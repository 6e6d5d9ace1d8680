#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Finding the reader's serial port by its USB vendor and product ids, so that a reader unplugged and plugged into
// another socket (ttyUSB0 today, ttyUSB1 tomorrow) is found again: through sysfs, /sys/class/tty/NAME/device up to
// the USB device that holds idVendor and idProduct.
namespace ow::idcard {

struct UsbId {
    std::uint16_t vendor = 0, product = 0;
    bool operator==(const UsbId&) const = default;
};

// "1a86:7523" -> {0x1a86, 0x7523}; nothing for anything else.
std::optional<UsbId> parseUsbId(std::string_view text);
// "1a86:7523,067b:2303"; throws std::invalid_argument naming the entry that is not an id.
std::vector<UsbId> parseUsbIds(std::string_view list);

// The USB serial bridges the desktop ID card readers are built on (CH340, PL2303, CP210x, FTDI), the default list.
std::vector<UsbId> defaultReaderUsbIds();

// Every tty device (devRoot/NAME) whose USB device has one of `ids`, in name order.
std::vector<std::string> findUsbSerialPorts(std::span<const UsbId> ids, const std::string& sysRoot = "/sys",
                                            const std::string& devRoot = "/dev");

} // namespace ow::idcard
