// The API's paths are written once (domain/ApiPaths.h): the router serves exactly the routes openapi.yaml names,
// and a path filled in by a client carries its values percent-encoded.
#include "OpenApiRoutes.h"
#include "TestServer.h"

#include "domain/ApiPaths.h"

#include <gtest/gtest.h>

#include <set>

using namespace ow;

namespace {

std::set<std::string> documentedRoutes() {
    std::set<std::string> shapes;
    for (const auto& route : ow::testing::openApiRoutes(ONEWINDOW_OPENAPI))
        shapes.insert(ow::testing::routeShape(route));
    return shapes;
}

} // namespace

TEST(ApiPaths, TheRouterServesExactlyTheRoutesTheOpenApiFileNames) {
    ow::testing::TestServer server;
    std::set<std::string> served;
    for (const auto& [method, pattern] : server.routes())
        EXPECT_TRUE(served.insert(ow::testing::routeShape(method + " " + pattern)).second)
            << "twice: " << method << " " << pattern;
    const std::set<std::string> documented = documentedRoutes();
    EXPECT_GE(documented.size(), 40u);
    for (const auto& route : served)
        EXPECT_TRUE(documented.count(route)) << route << " is served but not in openapi.yaml";
    for (const auto& route : documented)
        EXPECT_TRUE(served.count(route)) << route << " is in openapi.yaml but not served";
}

TEST(ApiPaths, ValuesArePercentEncodedAndMustMatchThePattern) {
    EXPECT_EQ(api::path(api::kQueue, {"h1"}), "/api/v1/halls/h1/queue");
    EXPECT_EQ(api::path(api::kProgress, {"DEMO 1/2?x"}), "/api/v1/progress/DEMO%201%2F2%3Fx");
    EXPECT_EQ(api::path(api::kTicketAction, {"t-1", "finish"}), "/api/v1/tickets/t-1/finish");
    EXPECT_EQ(api::path(api::kKeys), "/api/v1/keys");
    EXPECT_EQ(api::withStep(api::kRectificationStep, "fix"), "/api/v1/rectifications/{id}/fix");
    EXPECT_THROW(api::path(api::kQueue), std::invalid_argument);
    EXPECT_THROW(api::path(api::kQueue, {"h1", "extra"}), std::invalid_argument);
    EXPECT_THROW(api::withStep(api::kQueue, "fix"), std::invalid_argument);
}
