#pragma once

#include <Poco/AutoPtr.h>
#include <Poco/Util/PropertyFileConfiguration.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ow::server {

// "serve --db sqlite:x --listen 127.0.0.1:8080" and "admin add-hall --id demo ...":
// positional words first, then --key value pairs and --flags. With "--config FILE", the settings file's
// "key = value" lines stand for flags not given (flags win).
class CommandLine {
public:
    // Throws std::invalid_argument for "--key" without a value where a value is needed, Poco's exceptions for a
    // settings file that cannot be read.
    CommandLine(int argc, const char* const* argv, const std::vector<std::string>& flags);

    const std::vector<std::string>& words() const { return m_words; }
    std::optional<std::string> option(const std::string& key) const;
    std::string require(const std::string& key) const; // throws std::invalid_argument
    bool flag(const std::string& key) const;
    // The flag's value, else the settings file's (non-empty) value for the key.
    std::optional<std::string> setting(const std::string& key) const;
    std::string requireSetting(const std::string& key) const; // throws std::invalid_argument
    // The flag given, or the settings file's key true.
    bool flagOrSetting(const std::string& key) const;

private:
    std::vector<std::string> m_words;
    std::map<std::string, std::string> m_options;
    std::vector<std::string> m_flags;
    Poco::AutoPtr<Poco::Util::PropertyFileConfiguration> m_settings;
};

} // namespace ow::server
