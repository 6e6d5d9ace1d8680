#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ow::server {

// "serve --db sqlite:x --listen 127.0.0.1:8080" and "admin add-hall --id demo ...":
// positional words first, then --key value pairs and --flags.
class CommandLine {
public:
    // Throws std::invalid_argument for "--key" without a value where a value is needed.
    CommandLine(int argc, const char* const* argv, const std::vector<std::string>& flags);

    const std::vector<std::string>& words() const { return m_words; }
    std::optional<std::string> option(const std::string& key) const;
    std::string require(const std::string& key) const; // throws std::invalid_argument
    bool flag(const std::string& key) const;

private:
    std::vector<std::string> m_words;
    std::map<std::string, std::string> m_options;
    std::vector<std::string> m_flags;
};

} // namespace ow::server
