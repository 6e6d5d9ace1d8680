#pragma once

#include "domain/JsonChecker.h"

#include <Poco/JSON/Object.h>

#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <utility>
#include <vector>

namespace ow {

enum class FieldType {
    Text,
    Number,
    Date,
    Choice,
    MultiChoice,
    IdNumber,
    Phone,
    Address,
    CreditCode,
    File,
    Group,
    Repeat
};

std::string_view toString(FieldType type);
std::optional<FieldType> fieldTypeFromString(std::string_view text);

// Show a field only when another field (same level first, then the top level) is filled, or equals a value.
struct Relevance {
    std::string field;
    std::optional<std::string> equals;
};

struct FieldDefinition {
    std::string id;
    FieldType type = FieldType::Text;
    std::string label;
    bool required = false;
    std::string hint;
    std::optional<std::string> pattern;                // text, address: ECMAScript regular expression, whole value
    std::shared_ptr<const std::regex> compiledPattern; // compiled once when the definition is read
    std::optional<int> minLength, maxLength;           // text, address
    std::optional<double> min, max;                    // number
    std::optional<std::string> minDate, maxDate;       // date, ISO
    std::vector<std::pair<std::string, std::string>> options; // choice, multi-choice: value, label
    std::optional<int> minItems, maxItems;                    // multi-choice, repeat
    std::optional<Relevance> relevant;
    std::vector<FieldDefinition> fields; // group, repeat
};

// A declarative intake form (like an ODK XLSForm, in JSON): what a clerk fills in for an item.
struct FormDefinition {
    std::string id;
    std::string title;
    std::vector<FieldDefinition> fields;
};

// Reads a form definition; throws DocumentErrors listing every problem with its JSON path, starting at `root`
// ("$" for a file of its own, "$.forms[2]" inside a catalog).
FormDefinition parseFormDefinition(const Poco::JSON::Object::Ptr& object, const std::string& root = "$");

// One form for a bundle (一件事): the fields of all its items' forms, each field id asked once (the first
// form's definition wins), in order of first appearance.
FormDefinition mergeForms(const std::vector<FormDefinition>& forms, std::string id, std::string title);

} // namespace ow
