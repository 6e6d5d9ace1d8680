#pragma once

#include "CardText.h"
#include "SamProtocol.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

// A desktop ID card reader on a pseudo-terminal, answering the SAM protocol as the makers' readers do: find card 9F
// while a card lies there and has not been read, 80 otherwise (a card read stays "not found" until lifted and laid
// again); select 90 / 81; read 90 with the text, the photo and (30 10) the fingerprint data, or 41 when the card is
// gone. Faults on demand: a wrong check byte, half a frame, silence, noise before an answer, the card lifted during the
// read, a failing SAM, the cable pulled and put back. Answers are paced at the baud rate (10 bits a byte), as a
// UART sends them.
namespace ow::testing {

class SamSimulator {
public:
    enum class Fault { None, BadCheck, HalfFrame, Silent, Noise, LiftDuringRead, SamFailure };

    // `baud` 0: answers as fast as the pseudo-terminal takes them. `link`: a path (in a test's directory) kept
    // pointing at the current pseudo-terminal, as a udev rule keeps /dev/idcard.
    explicit SamSimulator(int baud = 0, std::string link = {});
    ~SamSimulator();
    SamSimulator(const SamSimulator&) = delete;
    SamSimulator& operator=(const SamSimulator&) = delete;

    // The pseudo-terminal's path (/dev/pts/N), or the link when one was asked for.
    std::string path() const;
    std::string ptsPath() const;

    void layCard(const idcard::CardText& card, std::vector<std::uint8_t> photo = defaultPhoto(),
                 std::vector<std::uint8_t> fingerprint = {});
    // A text block as it is, also one the reader must refuse.
    void layRawText(std::vector<std::uint8_t> text, std::vector<std::uint8_t> photo = defaultPhoto());
    void liftCard();
    // The fault for the next `times` answers (Silent and SamFailure: until set back to None).
    void setFault(Fault fault, int times = 1);
    // The cable pulled: the pseudo-terminal closes (the reader side sees a hang-up) and its path goes.
    void unplug();
    // Plugged back: a new pseudo-terminal (a new /dev/pts/N), the link moved to it.
    void plugIn();

    int commandsSeen(idcard::Command command) const;
    int commandsSeen() const;

    // 1024 bytes of a recognisable pattern standing for the compressed photo (never decoded: it is not one).
    static std::vector<std::uint8_t> defaultPhoto();

private:
    void open();
    void serve(int master);
    std::vector<std::uint8_t> answer(const std::vector<std::uint8_t>& body, bool badCheck);
    void send(int master, std::vector<std::uint8_t> bytes);

    int m_baud;
    std::string m_link;
    mutable std::mutex m_mutex;
    int m_master = -1, m_slave = -1;
    std::string m_pts;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};

    std::optional<std::vector<std::uint8_t>> m_text;
    std::vector<std::uint8_t> m_photo, m_fingerprint;
    bool m_alreadyRead = false, m_selected = false;
    Fault m_fault = Fault::None;
    int m_faultTimes = 0;
    std::map<std::uint16_t, int> m_seen;
};

} // namespace ow::testing
