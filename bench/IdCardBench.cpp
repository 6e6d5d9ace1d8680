// From a card laid on the reader to its fields in hand, through the SAM protocol on a pseudo-terminal whose simulated
// reader answers at 115200 baud (10 bits a byte, as a UART sends them). Two figures:
//  - from the poll that finds the card to the fields decoded (find, select, read: the wire's time plus ours);
//    target: the bytes' time on the wire + 50 ms;
//  - from the moment the card is laid to the fields decoded, polling four times a second: adds the wait for the next
//    poll (up to 250 ms), which is the price of a gentle poll;
//  - the same through the client's CardReaderService (its own thread, a poll every 300 ms) to its cardRead signal on
//    the UI thread, where the application's fields are filled.
// Then correctness on a held-out set the reader was never developed on: cards from a second, random generator (every
// ethnic group, birth dates 1930-2008, residence permits and foreigners' cards, names of one to fifteen characters),
// read through the simulator, each whole; and the citizen cards' blocks with one digit of the number or the birth
// date changed inside a well-formed frame (what the frame's check byte would not catch): how many are accepted with
// a wrong value.
// Run: build/ci/bin/idcard_bench [rounds]
#include "CardReader.h"
#include "domain/IdNumber.h"
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

// The held-out generator: not the fixed vectors of Cards.h the reader was written against.
CardText randomCard(std::mt19937& random) {
    const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
    static const std::vector<std::string> hanzi{"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙",
                                                "马", "朱", "胡", "郭", "何", "林", "罗", "高", "梅", "兰", "竹", "菊",
                                                "德", "华", "明", "芳", "秀", "英", "强", "军", "·",  "阿", "古", "丽"};
    static const std::vector<std::string> regions{"510104", "511702", "513401", "110105", "440305",
                                                  "650102", "542521", "310115", "230103", "532901"};
    char buffer[16];
    CardText c;
    const int kind = pick(0, 9); // 0: a foreigner's card, 1: a residence permit, else a resident card
    const int year = pick(1930, 2008), month = pick(1, 12), day = pick(1, 28);
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    c.birthDate = buffer;
    c.sexCode = pick(0, 1) ? "1" : "2";
    c.sex = c.sexCode == "1" ? "男" : "女";
    const int from = pick(std::max(year + 16, 2005), 2025);
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", from, pick(1, 12), pick(1, 28));
    c.validFrom = buffer;
    c.validTo = c.validFrom;
    c.validTo.replace(0, 4, std::to_string(from + (kind == 1 ? 5 : 20)));
    if (kind == 0) {
        c.type = CardType::ForeignPermanent;
        c.englishName = pick(0, 1) ? "MUELLER, ANNA" : "O'BRIEN-SMITH, JOHN PATRICK";
        c.nationality = pick(0, 1) ? "DEU" : "IRL";
        std::snprintf(buffer, sizeof buffer, "%s%02d%02d%02d%02d", c.nationality.c_str(), pick(11, 65), year % 100,
                      month, day);
        c.idNumber = std::string(buffer) + std::to_string(pick(100, 999)) + "1";
        c.idNumber.resize(15, '0');
        c.authority = "5100";
        return c;
    }
    c.type = kind == 1 ? CardType::HongKongMacaoTaiwan : CardType::Resident;
    for (int n = pick(1, 15); n > 0; --n)
        c.name += hanzi[static_cast<std::size_t>(pick(0, static_cast<int>(hanzi.size()) - 1))];
    if (c.type == CardType::Resident) {
        const int nation = pick(1, 58);
        c.nationCode = nation <= 56 ? (nation < 10 ? "0" : "") + std::to_string(nation) : std::to_string(nation + 40);
        c.nation = ethnicGroupOnCard(c.nationCode);
    } else {
        c.passNumber = "H" + std::to_string(pick(10000000, 99999999));
        c.issueCount = pick(0, 9);
    }
    const std::string region =
        kind == 1 ? "810000" : regions[static_cast<std::size_t>(pick(0, static_cast<int>(regions.size()) - 1))];
    std::string first17 = region + c.birthDate.substr(0, 4) + c.birthDate.substr(5, 2) + c.birthDate.substr(8, 2) +
                          std::to_string(pick(10, 99));
    first17 += static_cast<char>('0' + (c.sexCode == "1" ? 2 * pick(0, 4) + 1 : 2 * pick(0, 4)));
    c.idNumber = first17 + ow::IdNumber::checkCharacter(first17);
    c.address = "四川省成都市某某区某某街道" + std::to_string(pick(1, 999)) + "号";
    c.authority = "某某市公安局";
    return c;
}

bool same(const CardText& a, const CardText& b) {
    return a.type == b.type && a.name == b.name && a.englishName == b.englishName && a.sex == b.sex &&
           a.nation == b.nation && a.nationality == b.nationality && a.birthDate == b.birthDate &&
           a.address == b.address && a.idNumber == b.idNumber && a.authority == b.authority &&
           a.validFrom == b.validFrom && a.validTo == b.validTo && a.passNumber == b.passNumber;
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

    // Correctness: the tuning vectors, then the held-out set, through the reader on the pseudo-terminal.
    ow::testing::SamSimulator plain; // unpaced: correctness, not time
    ReaderOptions plainOptions;
    plainOptions.device = plain.path();
    CardReader plainReader(plainOptions);
    const auto readBack = [&](const std::vector<std::uint8_t>& block) {
        plain.layRawText(block);
        ReadResult r = plainReader.read();
        plain.liftCard();
        return r;
    };
    const auto tally = [&](const char* name, const std::vector<CardText>& cards) {
        int whole = 0, notRead = 0, wrong = 0, corruptWrong = 0, corruptTried = 0;
        std::mt19937 noise(99);
        for (const CardText& card : cards) {
            const auto block = encodeText(card);
            const ReadResult r = readBack(block);
            if (r.outcome != Outcome::Read)
                ++notRead;
            else if (same(r.card, card))
                ++whole;
            else
                ++wrong;
            // One digit of the number or of the birth date changed, on the citizen layouts: the fields the block
            // cross-checks (check character, birth date, sex digit). A foreigner's block has no such redundancy:
            // there the frame's XOR check byte is what catches a changed byte on the line.
            if (card.type != CardType::Resident && card.type != CardType::HongKongMacaoTaiwan)
                continue;
            const std::size_t field = noise() % 2 ? 122 : 36;
            auto corrupt = block;
            const std::size_t at = field + 2 * (noise() % (field == 122 ? 17 : 8));
            corrupt[at] = static_cast<std::uint8_t>('0' + (corrupt[at] - '0' + 1 + noise() % 9) % 10);
            ++corruptTried;
            const ReadResult c = readBack(corrupt);
            if (c.outcome == Outcome::Read && !same(c.card, card))
                ++corruptWrong;
        }
        std::printf("  %-9s %4zu cards: %d read whole, %d not read, %d read wrong; one digit changed: %d of %d "
                    "citizen blocks accepted with a wrong value\n",
                    name, cards.size(), whole, notRead, wrong, corruptWrong, corruptTried);
    };
    std::printf("correctness through the reader:\n");
    tally("tuning", {ow::testing::cards::wangLei(), ow::testing::cards::ouyang(), ow::testing::cards::longAddress(),
                     ow::testing::cards::longTerm(), ow::testing::cards::expired(), ow::testing::cards::hongKong(),
                     ow::testing::cards::foreigner2017(), ow::testing::cards::foreigner2023()});
    std::mt19937 heldOutRandom(2026);
    std::vector<CardText> heldOut;
    for (int i = 0; i < 500; ++i)
        heldOut.push_back(randomCard(heldOutRandom));
    tally("held-out", heldOut);
    return 0;
}
