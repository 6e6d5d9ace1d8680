#include "CardReader.h"
#include "DeviceLocator.h"
#include "idcard/Cards.h"
#include "idcard/SamSimulator.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace ow::idcard;
using ow::testing::SamSimulator;
namespace cards = ow::testing::cards;
namespace fs = std::filesystem;

namespace {

ReaderOptions at(const std::string& path, int timeoutMs = 400) {
    ReaderOptions options;
    options.device = path;
    options.answerTimeout = std::chrono::milliseconds(timeoutMs);
    return options;
}

fs::path tempDir(const std::string& name) {
    const auto dir = fs::temp_directory_path() / ("onewindow-reader-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

} // namespace

TEST(CardReader, ReadsTheCardLaidOnTheReaderOnce) {
    SamSimulator sam;
    CardReader reader(at(sam.path()));
    EXPECT_EQ(reader.read().outcome, Outcome::NoCard);

    sam.layCard(cards::ouyang());
    const ReadResult read = reader.read();
    ASSERT_EQ(read.outcome, Outcome::Read) << read.message;
    EXPECT_EQ(read.card.name, "欧阳晓明");
    EXPECT_EQ(read.card.nation, "回");
    EXPECT_EQ(read.card.idNumber, cards::ouyang().idNumber);
    EXPECT_EQ(read.photo, SamSimulator::defaultPhoto()); // kept as the chip gave it
    EXPECT_TRUE(read.fingerprint.empty());

    // The same card left lying there is not read again; lifted and laid again, it is.
    EXPECT_EQ(reader.read().outcome, Outcome::NoCard);
    sam.liftCard();
    EXPECT_EQ(reader.read().outcome, Outcome::NoCard);
    sam.layCard(cards::ouyang());
    EXPECT_EQ(reader.read().outcome, Outcome::Read);
    EXPECT_EQ(sam.commandsSeen(Command::ReadText), 2);
}

TEST(CardReader, ReadsTheFingerprintDataWhenAsked) {
    SamSimulator sam;
    auto options = at(sam.path());
    options.fingerprint = true;
    CardReader reader(options);
    sam.layCard(cards::longTerm(), SamSimulator::defaultPhoto(), std::vector<std::uint8_t>(1024, 0x43));
    const ReadResult read = reader.read();
    ASSERT_EQ(read.outcome, Outcome::Read) << read.message;
    EXPECT_EQ(read.card.validTo, "长期");
    EXPECT_EQ(read.fingerprint.size(), 1024U);
    EXPECT_EQ(sam.commandsSeen(Command::ReadTextFingerprint), 1);
}

TEST(CardReader, SaysWhichSamItIs) {
    SamSimulator sam;
    CardReader reader(at(sam.path()));
    EXPECT_EQ(reader.samId(), "050001001a2b3c4d0102030405060708");
}

TEST(CardReader, ACardLiftedMidReadFillsNothing) {
    SamSimulator sam;
    CardReader reader(at(sam.path()));
    sam.layCard(cards::wangLei());
    sam.setFault(SamSimulator::Fault::LiftDuringRead);
    const ReadResult read = reader.read();
    EXPECT_EQ(read.outcome, Outcome::NoCard);
    EXPECT_EQ(read.message, "卡在读取中被移开，请重新放置");
    EXPECT_TRUE(read.card.name.empty());
    EXPECT_TRUE(read.photo.empty());
}

TEST(CardReader, AWrongCheckByteIsAFailureNotACard) {
    SamSimulator sam;
    CardReader reader(at(sam.path()));
    sam.layCard(cards::wangLei());
    sam.setFault(SamSimulator::Fault::BadCheck, 3); // find, select and read: the first answer already fails
    const ReadResult read = reader.read();
    EXPECT_EQ(read.outcome, Outcome::Failed);
    EXPECT_EQ(read.message, "读卡器应答校验错误");
    EXPECT_TRUE(read.card.idNumber.empty());
}

TEST(CardReader, HalfAFrameTimesOutAsAFailure) {
    SamSimulator sam;
    CardReader reader(at(sam.path(), 300));
    sam.layCard(cards::wangLei());
    sam.setFault(SamSimulator::Fault::HalfFrame);
    const auto start = std::chrono::steady_clock::now();
    const ReadResult read = reader.read();
    EXPECT_EQ(read.outcome, Outcome::Failed);
    EXPECT_EQ(read.message, "读卡器应答不完整（超时）");
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(1500)); // no hang
    // The next answers are whole again, and the half frame left behind does not spoil them.
    sam.liftCard();
    sam.layCard(cards::wangLei());
    EXPECT_EQ(reader.read().outcome, Outcome::Read);
}

TEST(CardReader, AReaderThatAnswersNothingIsSaidSo) {
    SamSimulator sam;
    CardReader reader(at(sam.path(), 200));
    sam.setFault(SamSimulator::Fault::Silent);
    const auto start = std::chrono::steady_clock::now();
    const ReadResult read = reader.read();
    EXPECT_EQ(read.outcome, Outcome::Failed);
    EXPECT_EQ(read.message, "读卡器无应答");
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(1000));
}

TEST(CardReader, NoiseBeforeAnAnswerIsSkipped) {
    SamSimulator sam;
    CardReader reader(at(sam.path()));
    sam.layCard(cards::longAddress());
    sam.setFault(SamSimulator::Fault::Noise, 3);
    const ReadResult read = reader.read();
    ASSERT_EQ(read.outcome, Outcome::Read) << read.message;
    EXPECT_EQ(read.card.address, cards::longAddress().address);
}

TEST(CardReader, AFailingSamIsAFailureWithItsReason) {
    SamSimulator sam;
    CardReader reader(at(sam.path()));
    sam.setFault(SamSimulator::Fault::SamFailure);
    const ReadResult read = reader.read();
    EXPECT_EQ(read.outcome, Outcome::Failed);
    EXPECT_EQ(read.message, "安全模块自检失败");
}

TEST(CardReader, AGarbledTextBlockIsNotACard) {
    SamSimulator sam;
    CardReader reader(at(sam.path()));
    auto block = encodeText(cards::wangLei());
    block[122 + 2 * 5] ^= 0x01; // one digit of the number changed, the check character left
    sam.layRawText(block);
    const ReadResult read = reader.read();
    EXPECT_EQ(read.outcome, Outcome::Failed);
    EXPECT_NE(read.message.find("卡内文字信息无法识别"), std::string::npos) << read.message;
    EXPECT_TRUE(read.card.idNumber.empty());
}

TEST(CardReader, TheReaderUnpluggedAndPluggedBackAtItsLinkIsFoundAgain) {
    const auto dir = tempDir("link");
    const std::string link = (dir / "idcard").string();
    SamSimulator sam(0, link);
    CardReader reader(at(link));
    sam.layCard(cards::wangLei());
    ASSERT_EQ(reader.read().outcome, Outcome::Read);
    EXPECT_EQ(reader.devicePath(), link);

    sam.unplug();
    ReadResult read = reader.read();
    EXPECT_EQ(read.outcome, Outcome::Failed);
    EXPECT_NE(read.message.find("读卡器已断开"), std::string::npos) << read.message;
    read = reader.read(); // still gone: the port cannot be opened
    EXPECT_EQ(read.outcome, Outcome::Failed);
    EXPECT_NE(read.message.find("读卡器未连接"), std::string::npos) << read.message;

    sam.plugIn();
    sam.layCard(cards::ouyang());
    read = reader.read();
    ASSERT_EQ(read.outcome, Outcome::Read) << read.message;
    EXPECT_EQ(read.card.name, "欧阳晓明");
    fs::remove_all(dir);
}

namespace {

// A sysfs of one USB serial adapter: sys/class/tty/NAME/device -> sys/devices/.../NAME's interface, with idVendor and
// idProduct two levels up, as the kernel lays out a ttyUSB; and dev/NAME a link to the simulator's pseudo-terminal.
void plugIntoFakeSys(const fs::path& root, const std::string& name, const std::string& vendor,
                     const std::string& product, const std::string& pts) {
    const fs::path usbDevice = root / "sys/devices/pci0000:00/usb1/1-2";
    const fs::path interface = usbDevice / "1-2:1.0" / name;
    fs::create_directories(interface);
    std::ofstream(usbDevice / "idVendor") << vendor << "\n";
    std::ofstream(usbDevice / "idProduct") << product << "\n";
    fs::create_directories(root / "sys/class/tty" / name);
    fs::create_directory_symlink(interface, root / "sys/class/tty" / name / "device");
    fs::create_directories(root / "dev");
    fs::create_symlink(pts, root / "dev" / name);
}

} // namespace

TEST(DeviceLocator, FindsTheReaderByItsUsbIdsWhereverItIsPlugged) {
    EXPECT_EQ(parseUsbId("1a86:7523"), (UsbId{0x1a86, 0x7523}));
    EXPECT_FALSE(parseUsbId("1a86-7523"));
    EXPECT_FALSE(parseUsbId("1a86:75"));
    EXPECT_EQ(parseUsbIds("1a86:7523, 067b:2303").size(), 2U);
    EXPECT_THROW(parseUsbIds("1a86:7523,reader"), std::invalid_argument);

    const auto root = tempDir("sys");
    SamSimulator sam;
    plugIntoFakeSys(root, "ttyUSB0", "1a86", "7523", sam.ptsPath());
    // Another device on another chip: not a candidate.
    fs::create_directories(root / "sys/class/tty/ttyS0");
    const std::vector<UsbId> ids{{0x1a86, 0x7523}};
    EXPECT_EQ(findUsbSerialPorts(ids, (root / "sys").string(), (root / "dev").string()),
              std::vector<std::string>{(root / "dev/ttyUSB0").string()});

    ReaderOptions options;
    options.usbIds = ids;
    options.sysRoot = (root / "sys").string();
    options.devRoot = (root / "dev").string();
    options.answerTimeout = std::chrono::milliseconds(400);
    CardReader reader(options);
    sam.layCard(cards::wangLei());
    ASSERT_EQ(reader.read().outcome, Outcome::Read);
    EXPECT_EQ(reader.devicePath(), (root / "dev/ttyUSB0").string());

    // Pulled, and plugged into another socket: ttyUSB1.
    sam.unplug();
    fs::remove_all(root / "sys");
    fs::remove_all(root / "dev");
    EXPECT_EQ(reader.read().outcome, Outcome::Failed);
    const ReadResult gone = reader.read();
    EXPECT_EQ(gone.message, "未找到读卡器（USB 设备未插入）");
    sam.plugIn();
    plugIntoFakeSys(root, "ttyUSB1", "1a86", "7523", sam.ptsPath());
    sam.layCard(cards::ouyang());
    const ReadResult again = reader.read();
    ASSERT_EQ(again.outcome, Outcome::Read) << again.message;
    EXPECT_EQ(reader.devicePath(), (root / "dev/ttyUSB1").string());
    fs::remove_all(root);
}

TEST(DeviceLocator, APortOnTheSameChipWithoutAReaderIsPassedOver) {
    const auto root = tempDir("two");
    SamSimulator silent, sam;
    silent.setFault(SamSimulator::Fault::Silent);
    plugIntoFakeSys(root, "ttyUSB0", "1a86", "7523", silent.ptsPath()); // a rating pad on a CH340, say
    fs::rename(root / "sys/devices/pci0000:00/usb1", root / "sys/devices/pci0000:00/usb9"); // its own USB device
    fs::remove(root / "sys/class/tty/ttyUSB0/device");
    fs::create_directory_symlink(root / "sys/devices/pci0000:00/usb9/1-2/1-2:1.0/ttyUSB0",
                                 root / "sys/class/tty/ttyUSB0/device");
    plugIntoFakeSys(root, "ttyUSB1", "1a86", "7523", sam.ptsPath());
    ReaderOptions options;
    options.usbIds = {{0x1a86, 0x7523}};
    options.sysRoot = (root / "sys").string();
    options.devRoot = (root / "dev").string();
    options.answerTimeout = std::chrono::milliseconds(200);
    CardReader reader(options);
    sam.layCard(cards::wangLei());
    ASSERT_EQ(reader.read().outcome, Outcome::Read);
    EXPECT_EQ(reader.devicePath(), (root / "dev/ttyUSB1").string());
    fs::remove_all(root);
}
