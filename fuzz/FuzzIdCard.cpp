// What an ID card reader sends down the serial line: frames found in any byte stream (noise, cut frames, wrong check
// bytes, impossible lengths), and every answer's data taken as a read answer and its text block decoded. A block that
// decodes must encode back to one that decodes to the same card.
#include "CardText.h"
#include "SamProtocol.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace ow::idcard;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FrameReader frames;
    // In two pieces, as a line delivers them.
    frames.feed(std::span(data, size / 2));
    while (frames.next()) {
    }
    frames.feed(std::span(data + size / 2, size - size / 2));
    while (auto item = frames.next()) {
        const auto answer = parseAnswer(item->body);
        if (!answer || answer->data.size() < 4 + kTextBytes)
            continue;
        const auto decoded = decodeText(std::span(answer->data).subspan(4, kTextBytes));
        if (!decoded.card)
            continue;
        const auto again = decodeText(encodeText(*decoded.card));
        if (!again.card || again.card->idNumber != decoded.card->idNumber || again.card->name != decoded.card->name ||
            again.card->type != decoded.card->type)
            std::abort();
    }
    // Any 256 bytes at the start, as a text block.
    if (size >= kTextBytes)
        (void)decodeText(std::span(data, kTextBytes));
    return 0;
}
