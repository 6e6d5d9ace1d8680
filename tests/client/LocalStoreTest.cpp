#include "store/LocalStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ow;

TEST(LocalStore, KeepsTheRegistrationAcrossRestarts) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("device.db"));
    {
        LocalStore store(path);
        EXPECT_EQ(store.schemaVersion(), LocalStore::migrations().size());
        EXPECT_FALSE(store.registration());
        store.saveRegistration({QStringLiteral("http://10.0.0.5:8080"),
                                QStringLiteral("dev-1"),
                                QStringLiteral("dev_token"),
                                QStringLiteral("demo"),
                                QStringLiteral("counter"),
                                3,
                                QStringLiteral("C3"),
                                QStringLiteral("Asia/Urumqi"),
                                {}});
        store.setValue(QStringLiteral("hall_name"), QStringLiteral("青白江区政务服务中心"));
    }
    LocalStore reopened(path);
    auto reg = reopened.registration();
    ASSERT_TRUE(reg);
    EXPECT_EQ(reg->serverUrl, QStringLiteral("http://10.0.0.5:8080"));
    EXPECT_EQ(reg->counter, 3);
    EXPECT_EQ(reg->code, QStringLiteral("C3"));
    EXPECT_EQ(reg->timeZone, QStringLiteral("Asia/Urumqi")); // the hall's days are counted in its own zone
    EXPECT_EQ(reopened.value(QStringLiteral("hall_name")), QStringLiteral("青白江区政务服务中心"));
    reopened.saveRegistration({QStringLiteral("http://x"),
                               QStringLiteral("dev-2"),
                               QStringLiteral("t2"),
                               QStringLiteral("demo"),
                               QStringLiteral("kiosk"),
                               std::nullopt,
                               {},
                               QStringLiteral("Asia/Shanghai"),
                               {}});
    EXPECT_FALSE(reopened.registration()->counter);
    EXPECT_EQ(reopened.registration()->deviceId, QStringLiteral("dev-2"));
}

TEST(LocalStore, UnwritablePathIsAClearError) {
    EXPECT_THROW(LocalStore(QStringLiteral("/proc/no/such/dir/device.db")), std::runtime_error);
}
