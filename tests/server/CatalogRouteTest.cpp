#include "TestFiles.h"
#include "TestServer.h"

#include "domain/Catalog.h"
#include "domain/HallTime.h"
#include "domain/Json.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace ow;
using namespace ow::testing;

namespace {

std::string demoCatalogText() { return readTextFile(ONEWINDOW_DEMO_CATALOG); }

std::string withVersion(std::string text, int version) {
    const auto at = text.find("\"version\": 3");
    return text.replace(at, 12, "\"version\": " + std::to_string(version));
}

} // namespace

TEST(CatalogRoute, ServesTheCurrentCatalogOnlyWhenTheClientIsBehind) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    HttpClient http(server.port());
    EXPECT_EQ(http.get("/api/v1/catalog?since=0", kiosk).status, 204); // nothing imported yet
    EXPECT_EQ(http.get("/api/v1/catalog").status, 401);

    server.context().catalogs.import(demoCatalogText(), nowUtcMs());
    auto res = http.get("/api/v1/catalog?since=0", kiosk);
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.json()->getValue<int>("version"), 3);
    const Catalog catalog = parseCatalog(res.json()->getObject("catalog"));
    EXPECT_EQ(catalog.items.size(), 12u);
    EXPECT_EQ(http.get("/api/v1/catalog?since=3", kiosk).status, 204);
    EXPECT_EQ(http.get("/api/v1/catalog?since=abc", kiosk).status, 400);

    server.context().catalogs.import(withVersion(demoCatalogText(), 4), nowUtcMs());
    EXPECT_EQ(http.get("/api/v1/catalog?since=3", kiosk).json()->getValue<int>("version"), 4);
}

TEST(CatalogRoute, AnInvalidOrOlderCatalogIsRefusedAndTheCurrentOneStays) {
    TestServer server;
    auto& store = server.context().catalogs;
    store.import(withVersion(demoCatalogText(), 3), nowUtcMs());
    EXPECT_NO_THROW(store.import(withVersion(demoCatalogText(), 3), nowUtcMs())); // the same again: no-op
    EXPECT_THROW(store.import(withVersion(demoCatalogText(), 2), nowUtcMs()), std::exception);
    std::string broken = withVersion(demoCatalogText(), 4);
    broken.replace(broken.find("\"kind\": \"permit\""), 16, "\"kind\": \"licence\"");
    try {
        store.import(broken, nowUtcMs());
        ADD_FAILURE() << "accepted a broken catalog";
    } catch (const CatalogErrors& e) {
        ASSERT_EQ(e.errors().size(), 1u);
        EXPECT_EQ(e.errors().front().rfind("$.items[0].kind: ", 0), 0u) << e.errors().front();
    }
    EXPECT_THROW(store.import("{not json", nowUtcMs()), BadInput);
    EXPECT_EQ(store.latest()->version, 3);
}

TEST(CatalogRoute, AnItemWhoseFormIsMissingOrBrokenIsReportedWithItsPath) {
    TestServer server;
    std::string text = withVersion(demoCatalogText(), 5);
    auto replace = [&](const std::string& from, const std::string& to) {
        text.replace(text.find(from), from.size(), to);
    };
    replace("\"form\": \"seal-filing\"", "\"form\": \"no-such-form\"");
    replace("\"type\": \"multi_choice\"", "\"type\": \"checkboxes\"");
    try {
        server.context().catalogs.import(text, nowUtcMs());
        ADD_FAILURE() << "accepted a catalog with a missing form";
    } catch (const CatalogErrors& e) {
        ASSERT_EQ(e.errors().size(), 2u) << e.errors().front();
        EXPECT_EQ(e.errors()[0], "$.forms[0].fields[6].type: unknown field type \"checkboxes\"");
        EXPECT_EQ(e.errors()[1], "$.items[1].form: no form \"no-such-form\" in $.forms");
    }
    EXPECT_FALSE(server.context().catalogs.latest());
}
