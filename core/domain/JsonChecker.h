#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace ow {

// A document with something wrong: every problem, each with its JSON path ("$.items[3].name: required").
class DocumentErrors : public std::runtime_error {
public:
    explicit DocumentErrors(std::vector<std::string> errors)
        : std::runtime_error(errors.empty() ? "invalid document" : errors.front())
        , m_errors(std::move(errors)) {}
    const std::vector<std::string>& errors() const { return m_errors; }

private:
    std::vector<std::string> m_errors;
};

// Reads a JSON document that a person wrote (a catalog, a form definition) and collects every problem with
// its JSON path ("$.items[3].materials[0].name: required") instead of stopping at the first one.
class JsonChecker {
public:
    void error(const std::string& path, const std::string& message) { m_errors.push_back(path + ": " + message); }
    const std::vector<std::string>& errors() const { return m_errors; }
    std::vector<std::string> takeErrors() { return std::move(m_errors); }

    std::string string(const Poco::JSON::Object::Ptr& o, const std::string& path, const std::string& key,
                       bool required = true);
    std::optional<long> integer(const Poco::JSON::Object::Ptr& o, const std::string& path, const std::string& key,
                                bool required, long min, long max);
    std::optional<double> number(const Poco::JSON::Object::Ptr& o, const std::string& path, const std::string& key);
    bool boolean(const Poco::JSON::Object::Ptr& o, const std::string& path, const std::string& key,
                 bool fallback = false);
    Poco::JSON::Object::Ptr object(const Poco::JSON::Object::Ptr& o, const std::string& path, const std::string& key,
                                   bool required = true);
    Poco::JSON::Array::Ptr array(const Poco::JSON::Object::Ptr& o, const std::string& path, const std::string& key,
                                 bool required = true);
    // Each element of `array` that is an object, with its path; non-objects are reported.
    std::vector<std::pair<Poco::JSON::Object::Ptr, std::string>> objects(const Poco::JSON::Array::Ptr& array,
                                                                         const std::string& path);

private:
    std::vector<std::string> m_errors;
};

} // namespace ow
