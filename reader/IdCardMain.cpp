// onewindow-idcard: the ID card reader on the command line, for the hall's IT person, scripts and tests.
#include "CardReader.h"

#include "domain/Clock.h"
#include "domain/IdNumber.h"
#include "domain/Version.h"

#include <Poco/JSON/Object.h>

#include <atomic>
#include <charconv>
#include <csignal>
#include <iostream>
#include <optional>
#include <string>
#include <thread>

using namespace ow::idcard;

namespace {

constexpr const char* kUsage = R"(usage: onewindow-idcard COMMAND (--device PATH | --usb VID:PID[,VID:PID...]) [options]

Commands:
  read     read the card on the reader once (or the first one laid within --timeout-ms)
  watch    print one line for each card laid on the reader, until interrupted
  sam      print the reader's security module (SAM) serial number

Options:
  --device PATH      the reader's serial port (/dev/ttyUSB0, a udev link); without it the reader is found by
                     --usb, or by the usual USB serial bridges of ID card readers
  --usb LIST         USB ids to find the reader by, "1a86:7523,067b:2303"
  --baud N           115200 (the readers' default) or 9600 ... 57600
  --timeout-ms N     read: wait up to N ms for a card to be laid (default: look once)
  --fingerprint      read the fingerprint data too, where the reader and the card have it
  --json             read: one JSON object; watch: one JSON object a line (the whole number; without --json
                     the number is masked, as it would be in a log)

Exit codes: 0 a card was read; 3 no card on the reader; 4 the reader failed or its answer could not be used
            (the reason on stderr, nothing printed on stdout); 2 wrong use.
)";

std::atomic<bool> g_stop{false};

struct Args {
    std::string command;
    ReaderOptions reader;
    int timeoutMs = 0;
    bool json = false;
};

std::optional<int> number(const std::string& text) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0)
        return std::nullopt;
    return value;
}

std::string cardJson(const ReadResult& read, const std::string& todayIso) {
    const CardText& c = read.card;
    Poco::JSON::Object out(Poco::JSON_PRESERVE_KEY_ORDER);
    out.set("found", true);
    out.set("card_type", std::string(cardTypeName(c.type)));
    out.set("card_title", std::string(cardTypeTitle(c.type)));
    out.set("name", c.name);
    if (!c.englishName.empty())
        out.set("english_name", c.englishName);
    out.set("sex", c.sex);
    if (c.type == CardType::Resident)
        out.set("nation", c.nation);
    if (!c.nationality.empty())
        out.set("nationality", c.nationality);
    out.set("birth_date", c.birthDate);
    if (!c.address.empty())
        out.set("address", c.address);
    out.set("id_number", c.idNumber);
    out.set("authority", c.authority);
    out.set("valid_from", c.validFrom);
    out.set("valid_to", c.validTo);
    out.set("expired", hasExpired(c, todayIso));
    if (!c.passNumber.empty())
        out.set("pass_number", c.passNumber);
    // The chip's photo is in a licensed compressed format: kept, not decoded here.
    out.set("photo", "not_decoded");
    out.set("photo_bytes", read.photo.size());
    if (!read.fingerprint.empty())
        out.set("fingerprint_bytes", read.fingerprint.size());
    std::ostringstream text;
    out.stringify(text);
    return text.str();
}

std::string cardText(const ReadResult& read, const std::string& todayIso) {
    const CardText& c = read.card;
    std::ostringstream out;
    out << "证件类型  " << cardTypeTitle(c.type) << "\n";
    if (!c.name.empty())
        out << "姓名      " << c.name << "\n";
    if (!c.englishName.empty())
        out << "英文姓名  " << c.englishName << "\n";
    out << "性别      " << c.sex << "\n";
    if (c.type == CardType::Resident)
        out << "民族      " << c.nation << "\n";
    if (!c.nationality.empty())
        out << "国籍      " << c.nationality << "\n";
    out << "出生      " << c.birthDate << "\n";
    if (!c.address.empty())
        out << "住址      " << c.address << "\n";
    out << "证件号码  " << ow::IdNumber::masked(c.idNumber) << "\n";
    out << "签发机关  " << c.authority << "\n";
    out << "有效期限  " << c.validFrom << " 至 " << c.validTo << (hasExpired(c, todayIso) ? "（已过期）" : "") << "\n";
    if (!c.passNumber.empty())
        out << "通行证号  " << c.passNumber << "\n";
    out << "照片      " << read.photo.size() << " 字节，需专用解码\n";
    return out.str();
}

int readCommand(const Args& args) {
    CardReader reader(args.reader);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(args.timeoutMs);
    for (;;) {
        const ReadResult result = reader.read();
        const std::string today = ow::Clock().todayIso();
        if (result.outcome == Outcome::Read) {
            std::cout << (args.json ? cardJson(result, today) + "\n" : cardText(result, today));
            return 0;
        }
        if (result.outcome == Outcome::Failed) {
            std::cerr << "onewindow-idcard: " << result.message << "\n";
            return 4;
        }
        if (std::chrono::steady_clock::now() >= deadline || g_stop) {
            if (args.json)
                std::cout << R"({"found":false})"
                          << "\n";
            std::cerr << "onewindow-idcard: " << result.message << "\n";
            return 3;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
}

int watchCommand(const Args& args) {
    CardReader reader(args.reader);
    std::string lastProblem;
    while (!g_stop) {
        const ReadResult result = reader.read();
        if (result.outcome == Outcome::Read) {
            const std::string today = ow::Clock().todayIso();
            std::cout << (args.json ? cardJson(result, today)
                                    : result.card.name + " " + ow::IdNumber::masked(result.card.idNumber))
                      << std::endl;
            lastProblem.clear();
        } else if (result.outcome == Outcome::Failed && result.message != lastProblem) {
            std::cerr << "onewindow-idcard: " << result.message << std::endl; // once, not four times a second
            lastProblem = result.message;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(result.outcome == Outcome::Failed ? 1000 : 250));
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    Args args;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--help" || a == "-h") {
            std::cout << kUsage;
            return 0;
        }
        if (a == "--version") {
            std::cout << "onewindow-idcard " << ow::productVersion() << " (" << ow::productCommit() << ")\n";
            return 0;
        }
        try {
            if (a == "--json") {
                args.json = true;
            } else if (a == "--fingerprint") {
                args.reader.fingerprint = true;
            } else if (a == "--device" && hasValue) {
                args.reader.device = argv[++i];
            } else if (a == "--usb" && hasValue) {
                args.reader.usbIds = parseUsbIds(argv[++i]);
            } else if ((a == "--baud" || a == "--timeout-ms") && hasValue) {
                const auto value = number(argv[++i]);
                if (!value)
                    throw std::invalid_argument(a + " takes a number");
                (a == "--baud" ? args.reader.baud : args.timeoutMs) = *value;
            } else if (a.rfind("--", 0) == 0 || !args.command.empty()) {
                throw std::invalid_argument("unknown option " + a);
            } else {
                args.command = a;
            }
        } catch (const std::invalid_argument& e) {
            std::cerr << "onewindow-idcard: " << e.what() << "\n" << kUsage;
            return 2;
        }
    }
    std::signal(SIGINT, [](int) { g_stop = true; });
    std::signal(SIGTERM, [](int) { g_stop = true; });
    try {
        if (args.command == "read")
            return readCommand(args);
        if (args.command == "watch")
            return watchCommand(args);
        if (args.command == "sam") {
            CardReader reader(args.reader);
            std::cout << reader.samId() << "\n";
            return 0;
        }
    } catch (const ReaderError& e) {
        std::cerr << "onewindow-idcard: " << e.what() << "\n";
        return 4;
    } catch (const std::invalid_argument& e) { // a baud rate the port cannot take
        std::cerr << "onewindow-idcard: " << e.what() << "\n";
        return 2;
    }
    std::cerr << (args.command.empty() ? "" : "onewindow-idcard: unknown command " + args.command + "\n") << kUsage;
    return 2;
}
