#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace ow::testing {

// The whole text of a file the tests ship with (demo catalog, form definitions).
inline std::string readTextFile(const std::string& path) {
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace ow::testing
