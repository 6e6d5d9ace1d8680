#pragma once

#include "TestFiles.h"

#include <cctype>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace ow::testing {

// "/api/v1/halls/{hall}/queue" and "/api/v1/halls/{}/queue" alike: "/api/v1/halls/{}/queue".
inline std::string routeShape(const std::string& route) {
    return std::regex_replace(route, std::regex(R"(\{[^}]*\})"), "{}");
}

// "GET /healthz", "POST /api/v1/halls/{hall}/tickets", … as the paths of an OpenAPI file name them (two-space paths,
// four-space methods, as server/openapi.yaml is written).
inline std::set<std::string> openApiRoutes(const std::string& file) {
    std::istringstream in(readTextFile(file));
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
            routes.insert(method + " " + path);
        }
    }
    return routes;
}

} // namespace ow::testing
