#include "CommandLine.h"

#include <algorithm>
#include <stdexcept>

namespace ow::server {

CommandLine::CommandLine(int argc, const char* const* argv, const std::vector<std::string>& flags) {
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "-o")
            arg = "--out"; // the usual short form of the output file
        if (arg.rfind("--", 0) != 0) {
            m_words.push_back(arg);
            continue;
        }
        std::string key = arg.substr(2);
        if (auto eq = key.find('='); eq != std::string::npos) {
            m_options[key.substr(0, eq)] = key.substr(eq + 1);
            continue;
        }
        if (std::find(flags.begin(), flags.end(), key) != flags.end()) {
            m_flags.push_back(key);
            continue;
        }
        if (i + 1 >= argc)
            throw std::invalid_argument("--" + key + " needs a value");
        m_options[key] = argv[++i];
    }
    if (auto file = option("config"))
        m_settings = new Poco::Util::PropertyFileConfiguration(*file);
}

std::optional<std::string> CommandLine::setting(const std::string& key) const {
    if (auto value = option(key))
        return value;
    if (m_settings && !m_settings->getString(key, "").empty())
        return m_settings->getString(key);
    return std::nullopt;
}

std::string CommandLine::requireSetting(const std::string& key) const {
    auto value = setting(key);
    if (!value || value->empty())
        throw std::invalid_argument("--" + key + " is required (or \"" + key + " = ...\" in the --config file)");
    return *value;
}

bool CommandLine::flagOrSetting(const std::string& key) const {
    return flag(key) || (m_settings && m_settings->getBool(key, false));
}

std::optional<std::string> CommandLine::option(const std::string& key) const {
    auto it = m_options.find(key);
    if (it == m_options.end())
        return std::nullopt;
    return it->second;
}

std::string CommandLine::require(const std::string& key) const {
    auto value = option(key);
    if (!value || value->empty())
        throw std::invalid_argument("--" + key + " is required");
    return *value;
}

bool CommandLine::flag(const std::string& key) const {
    return std::find(m_flags.begin(), m_flags.end(), key) != m_flags.end();
}

} // namespace ow::server
