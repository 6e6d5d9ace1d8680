// The API's paths are written once (domain/ApiPaths.h): the router serves exactly the routes openapi.yaml names,
// and a path filled in by a client carries its values percent-encoded.
#include "TestFiles.h"
#include "TestServer.h"

#include "domain/ApiPaths.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

using namespace ow;
using ow::testing::readTextFile;

namespace {

// "/api/v1/halls/{hall}/queue" and "/api/v1/halls/{}/queue" alike: "/api/v1/halls/{}/queue".
std::string shape(const std::string& pattern) { return std::regex_replace(pattern, std::regex(R"(\{[^}]*\})"), "{}"); }

// "GET /healthz", ... from the paths of the OpenAPI file (two-space paths, four-space methods).
std::set<std::string> documentedRoutes() {
    std::istringstream in(readTextFile(ONEWINDOW_OPENAPI));
    std::set<std::string> routes;
    std::string line, path;
    bool inPaths = false;
    const std::regex pathLine(R"(^  (/\S*):\s*$)"), methodLine(R"(^    (get|post|put|delete|patch):)");
    std::smatch m;
    while (std::getline(in, line)) {
        if (line.rfind("paths:", 0) == 0) {
            inPaths = true;
            continue;
        }
        if (!inPaths)
            continue;
        if (!line.empty() && line[0] != ' ')
            break; // the next top-level key
        if (std::regex_match(line, m, pathLine)) {
            path = m[1];
        } else if (!path.empty() && std::regex_search(line, m, methodLine)) {
            std::string method = m[1];
            for (char& c : method)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            routes.insert(method + " " + shape(path));
        }
    }
    return routes;
}

} // namespace

TEST(ApiPaths, TheRouterServesExactlyTheRoutesTheOpenApiFileNames) {
    ow::testing::TestServer server;
    std::set<std::string> served;
    for (const auto& [method, pattern] : server.routes())
        EXPECT_TRUE(served.insert(method + " " + shape(pattern)).second) << "twice: " << method << " " << pattern;
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
