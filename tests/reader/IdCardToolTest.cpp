// onewindow-idcard, the command, against the simulated reader: its output, its exit codes.
#include "Process.h"
#include "idcard/Cards.h"
#include "idcard/SamSimulator.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <gtest/gtest.h>

#include <csignal>
#include <sstream>
#include <thread>

using ow::testing::Process;
using ow::testing::SamSimulator;
namespace cards = ow::testing::cards;

namespace {

ow::testing::ProcessResult idcard(const std::vector<std::string>& args) {
    std::vector<std::string> all{ONEWINDOW_IDCARD_EXE};
    all.insert(all.end(), args.begin(), args.end());
    return Process::run(all);
}

Poco::JSON::Object::Ptr json(const std::string& text) {
    return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

} // namespace

TEST(IdCardTool, ReadsACardAsOneJsonObject) {
    SamSimulator sam;
    sam.layCard(cards::longTerm());
    const auto r = idcard({"read", "--device", sam.path(), "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto card = json(r.out);
    EXPECT_TRUE(card->getValue<bool>("found"));
    EXPECT_EQ(card->getValue<std::string>("card_type"), "resident");
    EXPECT_EQ(card->getValue<std::string>("name"), "扎西");
    EXPECT_EQ(card->getValue<std::string>("sex"), "男");
    EXPECT_EQ(card->getValue<std::string>("nation"), "藏");
    EXPECT_EQ(card->getValue<std::string>("birth_date"), "1950-02-14");
    EXPECT_EQ(card->getValue<std::string>("address"), cards::longTerm().address);
    EXPECT_EQ(card->getValue<std::string>("id_number"), cards::longTerm().idNumber);
    EXPECT_EQ(card->getValue<std::string>("authority"), "康定市公安局");
    EXPECT_EQ(card->getValue<std::string>("valid_from"), "2010-09-01");
    EXPECT_EQ(card->getValue<std::string>("valid_to"), "长期");
    EXPECT_FALSE(card->getValue<bool>("expired"));
    EXPECT_EQ(card->getValue<std::string>("photo"), "not_decoded");
    EXPECT_EQ(card->getValue<int>("photo_bytes"), 1024);
}

TEST(IdCardTool, SaysWhenACardHasExpiredAndWhatKindOfCardItIs) {
    SamSimulator sam;
    sam.layCard(cards::expired());
    auto r = idcard({"read", "--device", sam.path(), "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(json(r.out)->getValue<bool>("expired"));

    sam.layCard(cards::foreigner2017());
    r = idcard({"read", "--device", sam.path()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("证件类型  外国人永久居留身份证"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("英文姓名  SMITH, JOHN WILLIAM"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("民族"), std::string::npos) << r.out; // a foreigner's card has no ethnic group
}

TEST(IdCardTool, NoCardIsExitThree) {
    SamSimulator sam;
    auto r = idcard({"read", "--device", sam.path(), "--json"});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(json(r.out)->getValue<bool>("found"), false);
    EXPECT_NE(r.err.find("读卡器上没有卡"), std::string::npos) << r.err;
}

TEST(IdCardTool, WaitsForACardWithinItsTimeout) {
    SamSimulator sam;
    std::thread later([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        sam.layCard(cards::wangLei());
    });
    const auto r = idcard({"read", "--device", sam.path(), "--timeout-ms", "3000", "--json"});
    later.join();
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(json(r.out)->getValue<std::string>("name"), "王蕾");
}

TEST(IdCardTool, AFailedReaderIsExitFourWithNothingPrinted) {
    SamSimulator sam;
    sam.layCard(cards::wangLei());
    sam.setFault(SamSimulator::Fault::BadCheck, 3);
    auto r = idcard({"read", "--device", sam.path(), "--json"});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_NE(r.err.find("校验错误"), std::string::npos) << r.err;

    r = idcard({"read", "--device", "/nonexistent/ttyUSB9"});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find("读卡器未连接"), std::string::npos) << r.err;

    r = idcard({"read", "--device", "/dev/null"}); // not a serial port
    EXPECT_EQ(r.exitCode, 4);
}

TEST(IdCardTool, WrongUseIsExitTwo) {
    EXPECT_EQ(idcard({}).exitCode, 2);
    EXPECT_EQ(idcard({"read", "--timeout-ms", "soon"}).exitCode, 2);
    EXPECT_EQ(idcard({"read", "--usb", "reader"}).exitCode, 2);
    EXPECT_EQ(idcard({"erase", "--device", "/dev/null"}).exitCode, 2);
    EXPECT_EQ(idcard({"read", "--device", "/dev/null", "--baud", "12345"}).exitCode, 2);
    EXPECT_EQ(idcard({"--help"}).exitCode, 0);
}

TEST(IdCardTool, WatchPrintsOneLineForEachCardLaid) {
    SamSimulator sam;
    Process watch({ONEWINDOW_IDCARD_EXE, "watch", "--device", sam.path(), "--json"});
    sam.layCard(cards::wangLei());
    std::this_thread::sleep_for(std::chrono::milliseconds(900)); // lying there through several polls
    sam.liftCard();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    sam.layCard(cards::ouyang());
    std::this_thread::sleep_for(std::chrono::milliseconds(900));
    ::kill(watch.pid(), SIGTERM); // the service manager's stop
    const auto r = watch.wait(std::chrono::seconds(5));
    std::istringstream lines(r.out);
    std::vector<std::string> names;
    for (std::string line; std::getline(lines, line);)
        names.push_back(json(line)->getValue<std::string>("name"));
    EXPECT_EQ(names, (std::vector<std::string>{"王蕾", "欧阳晓明"})) << r.out << r.err;
    EXPECT_EQ(r.exitCode, 0) << r.err;
}
