// From a card laid on the reader to its fields in hand, through the SAM protocol on a pseudo-terminal whose simulated
// reader answers at 115200 baud (10 bits a byte, as a UART sends them). Two figures:
//  - from the poll that finds the card to the fields decoded (find, select, read: the wire's time plus ours);
//    target: the bytes' time on the wire + 50 ms;
//  - from the moment the card is laid to the fields decoded, polling four times a second: adds the wait for the next
//    poll (up to 250 ms), which is the price of a gentle poll;
//  - the same through the client's CardReaderService (its own thread, a poll every 300 ms) to its cardRead signal on
//    the UI thread, where the application's fields are filled.
// Run: build/ci/bin/idcard_bench [rounds]
#include "CardReader.h"
#include "idcard/Cards.h"
#include "idcard/SamSimulator.h"
#include "services/CardReaderService.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace ow::idcard;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

struct Figures {
    double median, p95, max;
};

Figures figures(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)], v.back()};
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(10, std::atoi(argv[1])) : 60;
    constexpr int kBaud = 115200;
    ow::testing::SamSimulator sam(kBaud);
    ReaderOptions options;
    options.device = sam.path();
    CardReader reader(options);
    const std::vector<CardText> deck{ow::testing::cards::wangLei(), ow::testing::cards::ouyang(),
                                     ow::testing::cards::longAddress(), ow::testing::cards::longTerm()};

    // The bytes of one read both ways: find (10 + 15), select (10 + 19), read (10 + 1295). The simulator paces its
    // answers only (the commands are 30 of these bytes).
    const std::size_t wireBytes =
        encodeCommand(Command::FindCard).size() * 3 + encodeAnswer({0, 0, 0x9F, {0, 0, 0, 0}}).size() +
        encodeAnswer({0, 0, 0x90, std::vector<std::uint8_t>(8)}).size() +
        encodeAnswer({0, 0, 0x90, std::vector<std::uint8_t>(4 + kTextBytes + kPhotoBytes)}).size();
    const double wireMs = wireBytes * 10.0 * 1000.0 / kBaud;

    std::vector<double> found, laid;
    std::mt19937 random(7);
    int failures = 0;
    for (int i = 0; i < rounds; ++i) {
        sam.liftCard();
        // The card laid at a random moment between two polls.
        Clock::time_point layMoment{};
        std::thread layer([&, delay = std::uniform_int_distribution<int>(0, 250)(random)] {
            std::this_thread::sleep_for(std::chrono::milliseconds(delay));
            layMoment = Clock::now();
            sam.layCard(deck[static_cast<std::size_t>(i) % deck.size()]);
        });
        for (;;) {
            const auto poll = Clock::now();
            const ReadResult r = reader.read();
            if (r.outcome == Outcome::Read) {
                const auto done = Clock::now();
                layer.join();
                found.push_back(ms(done - poll));
                laid.push_back(ms(done - layMoment));
                break;
            }
            if (r.outcome == Outcome::Failed)
                ++failures;
            std::this_thread::sleep_until(poll + std::chrono::milliseconds(250));
        }
    }
    // Through the client's service, as the application page gets the card.
    reader.close();
    std::vector<double> client;
    {
        ow::CardReaderService::Settings settings;
        settings.device = QString::fromStdString(sam.path());
        ow::CardReaderService service(settings, ow::Clock());
        const QObject screen;
        service.setWanted(&screen, true);
        Clock::time_point layMoment{};
        int i = 0;
        QObject::connect(&service, &ow::CardReaderService::cardRead, &app, [&](const ow::ReadCard&) {
            client.push_back(ms(Clock::now() - layMoment));
            if (++i == rounds) {
                app.quit();
                return;
            }
            sam.liftCard();
            const int delay = std::uniform_int_distribution<int>(100, 400)(random);
            QTimer::singleShot(delay, &app, [&] {
                layMoment = Clock::now();
                sam.layCard(deck[static_cast<std::size_t>(i) % deck.size()]);
            });
        });
        QTimer::singleShot(200, &app, [&] {
            layMoment = Clock::now();
            sam.layCard(deck[0]);
        });
        app.exec();
    }
    const Figures f = figures(found), l = figures(laid), c = figures(client);
    std::printf("idcard_bench: %d reads a figure at %d baud; %zu bytes on the wire a read = %.1f ms\n", rounds, kBaud,
                wireBytes, wireMs);
    std::printf("  found to filled:  median %.1f ms, p95 %.1f ms, max %.1f ms (target %.1f ms: wire + 50) %s\n",
                f.median, f.p95, f.max, wireMs + 50, f.p95 <= wireMs + 50 ? "met" : "MISSED");
    std::printf("  laid to filled:   median %.1f ms, p95 %.1f ms, max %.1f ms (polling 4 a second)\n", l.median, l.p95,
                l.max);
    std::printf("  laid to the client's signal: median %.1f ms, p95 %.1f ms, max %.1f ms (CardReaderService, a poll "
                "every 300 ms)\n",
                c.median, c.p95, c.max);
    std::printf("  failed reads: %d\n", failures);
    return 0;
}
