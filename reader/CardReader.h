#pragma once

#include "CardText.h"
#include "DeviceLocator.h"
#include "SamProtocol.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

// One desktop ID card reader: finds the card, selects it and reads its text and photo through the SAM, one command at
// a time with a deadline each. Every call ends in one of three clear outcomes — read, no card, or failed with the
// reason — and never with half a card: the text is decoded strictly (CardText) or not at all. The port is opened on
// first use and again after it was lost (found again by its USB ids when no fixed path is set). Not thread-safe: one
// thread owns a reader.
namespace ow::idcard {

class SerialPort;

struct ReaderOptions {
    std::string device; // a fixed path (/dev/ttyUSB0, a udev link); empty: found by usbIds
    std::vector<UsbId> usbIds = defaultReaderUsbIds();
    int baud = 115200;
    // How long a command's answer may take. Real readers answer find and select within ~100 ms and a read within
    // ~1 s (the chip's radio link is slower than the wire).
    std::chrono::milliseconds answerTimeout{2000};
    bool fingerprint = false; // read with 30 10 (text, photo, fingerprint data) where the reader has it
    std::string sysRoot = "/sys", devRoot = "/dev";
};

enum class Outcome { Read, NoCard, Failed };

struct ReadResult {
    Outcome outcome = Outcome::Failed;
    std::string message;                   // why, for NoCard and Failed (Chinese, for the clerk)
    CardText card;                         // Outcome::Read only
    std::vector<std::uint8_t> photo;       // the chip's photo, 1024 bytes in its licensed compressed format
    std::vector<std::uint8_t> fingerprint; // with ReaderOptions::fingerprint, where the card holds it
};

class CardReader {
public:
    explicit CardReader(ReaderOptions options);
    ~CardReader();

    // Find, select and read. A card that was read stays "not found" until it is lifted and laid again (the SAM's own
    // rule), so calling this in a loop reads each card laid once.
    ReadResult read();
    // The SAM's serial number (12 FF), its 16 bytes in hex: proves a reader answers on the port. Throws ReaderError.
    std::string samId();
    // The port in use, empty while none is open.
    std::string devicePath() const;
    void close();

private:
    Answer transact(Command command);
    void open();

    ReaderOptions m_options;
    std::unique_ptr<SerialPort> m_port;
    FrameReader m_frames;
};

// A reader that failed: no port, no answer, a garbled or cut answer, a SAM error.
class ReaderError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace ow::idcard
