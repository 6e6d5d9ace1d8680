#include "forms/FormDefinition.h"

#include "domain/EnumNames.h"
#include "domain/WorkCalendar.h"

#include <regex>
#include <set>

namespace ow {
namespace {

constexpr EnumNames<FieldType, 12> kTypes{{
    {FieldType::Text, "text"},
    {FieldType::Number, "number"},
    {FieldType::Date, "date"},
    {FieldType::Choice, "choice"},
    {FieldType::MultiChoice, "multi_choice"},
    {FieldType::IdNumber, "id_number"},
    {FieldType::Phone, "phone"},
    {FieldType::Address, "address"},
    {FieldType::CreditCode, "credit_code"},
    {FieldType::File, "file"},
    {FieldType::Group, "group"},
    {FieldType::Repeat, "repeat"},
}};

std::optional<int> length(JsonChecker& c, const Poco::JSON::Object::Ptr& o, const std::string& path,
                          const std::string& key) {
    auto v = c.integer(o, path, key, false, 0, 100000);
    return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
}

std::vector<FieldDefinition> parseFields(JsonChecker& c, const Poco::JSON::Object::Ptr& owner, const std::string& path,
                                         int depth);

// std::regex's compiler multiplies repetition counts without a bound ("a{1977777777777777777}" overflows a long:
// undefined behaviour, found by fuzzing the catalog import). A form never needs more than 1000 of anything, nor a
// pattern longer than 500 characters.
bool reasonablePattern(std::string_view pattern) {
    if (pattern.size() > 500)
        return false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '\\') {
            ++i;
            continue;
        }
        if (pattern[i] != '{')
            continue;
        std::size_t j = i + 1;
        for (int bound = 0; bound < 2; ++bound) {
            const std::size_t start = j;
            while (j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9')
                ++j;
            if (j - start > 4 || (j > start && std::stoi(std::string(pattern.substr(start, j - start))) > 1000))
                return false;
            if (bound == 0 && j < pattern.size() && pattern[j] == ',')
                ++j;
            else
                break;
        }
    }
    return true;
}

FieldDefinition parseField(JsonChecker& c, const Poco::JSON::Object::Ptr& o, const std::string& path, int depth) {
    FieldDefinition f;
    f.id = c.string(o, path, "id");
    static const std::regex identifier("[a-z][a-z0-9_]*");
    if (!f.id.empty() && !std::regex_match(f.id, identifier))
        c.error(path + ".id", "use lower-case letters, digits and _ (starting with a letter)");
    f.label = c.string(o, path, "label");
    const std::string type = c.string(o, path, "type");
    if (auto t = fieldTypeFromString(type))
        f.type = *t;
    else if (!type.empty())
        c.error(path + ".type", "unknown field type \"" + type + "\"");
    f.required = c.boolean(o, path, "required");
    f.hint = c.string(o, path, "hint", false);
    if (auto pattern = c.string(o, path, "pattern", false); !pattern.empty() && !reasonablePattern(pattern)) {
        c.error(path + ".pattern", "at most 500 characters and repetitions of at most 1000");
    } else if (!pattern.empty()) {
        try {
            f.compiledPattern = std::make_shared<const std::regex>(pattern);
            f.pattern = pattern;
        } catch (const std::regex_error&) {
            c.error(path + ".pattern", "not a valid regular expression");
        }
    }
    f.minLength = length(c, o, path, "min_length");
    f.maxLength = length(c, o, path, "max_length");
    f.min = c.number(o, path, "min");
    f.max = c.number(o, path, "max");
    if (f.min && f.max && *f.min > *f.max)
        c.error(path + ".max", "must not be below min");
    for (const char* key : {"min_date", "max_date"}) {
        const std::string date = c.string(o, path, key, false);
        if (date.empty())
            continue;
        if (!parseIsoDate(date))
            c.error(path + "." + key, "not a date like 2026-10-01");
        else
            (std::string_view(key) == "min_date" ? f.minDate : f.maxDate) = date;
    }
    f.minItems = length(c, o, path, "min_items");
    f.maxItems = length(c, o, path, "max_items");
    const bool choice = f.type == FieldType::Choice || f.type == FieldType::MultiChoice;
    if (auto options = c.array(o, path, "options", choice)) {
        std::set<std::string> values;
        for (const auto& [option, where] : c.objects(options, path + ".options")) {
            const std::string value = c.string(option, where, "value");
            const std::string label = c.string(option, where, "label");
            if (!value.empty() && !values.insert(value).second)
                c.error(where + ".value", "\"" + value + "\" appears twice");
            f.options.emplace_back(value, label);
        }
        if (choice && options->size() == 0)
            c.error(path + ".options", "a choice needs at least one option");
    }
    if (auto relevant = c.object(o, path, "relevant", false)) {
        Relevance r;
        r.field = c.string(relevant, path + ".relevant", "field");
        if (relevant->has("equals"))
            r.equals = c.string(relevant, path + ".relevant", "equals");
        f.relevant = r;
    }
    if (f.type == FieldType::Group || f.type == FieldType::Repeat) {
        if (depth >= 3)
            c.error(path, "groups and repeats nest at most three deep");
        else
            f.fields = parseFields(c, o, path, depth + 1);
    }
    return f;
}

std::vector<FieldDefinition> parseFields(JsonChecker& c, const Poco::JSON::Object::Ptr& owner, const std::string& path,
                                         int depth) {
    std::vector<FieldDefinition> fields;
    std::set<std::string> ids;
    for (const auto& [o, where] : c.objects(c.array(owner, path, "fields"), path + ".fields")) {
        FieldDefinition field = parseField(c, o, where, depth);
        if (!field.id.empty() && !ids.insert(field.id).second)
            c.error(where + ".id", "\"" + field.id + "\" appears twice at this level");
        fields.push_back(std::move(field));
    }
    return fields;
}

void checkRelevance(JsonChecker& c, const std::vector<FieldDefinition>& fields, const std::vector<FieldDefinition>& top,
                    const std::string& path) {
    auto has = [](const std::vector<FieldDefinition>& list, const std::string& id) {
        for (const auto& f : list)
            if (f.id == id)
                return true;
        return false;
    };
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string where = path + ".fields[" + std::to_string(i) + "]";
        const auto& f = fields[i];
        if (f.relevant && !f.relevant->field.empty() && !has(fields, f.relevant->field) && !has(top, f.relevant->field))
            c.error(where + ".relevant.field", "no field \"" + f.relevant->field + "\" at this level or the top");
        if (f.relevant && f.relevant->field == f.id)
            c.error(where + ".relevant.field", "a field cannot depend on itself");
        checkRelevance(c, f.fields, top, where);
    }
}

} // namespace

std::string_view toString(FieldType type) { return nameOf(kTypes, type); }
std::optional<FieldType> fieldTypeFromString(std::string_view text) { return valueOf(kTypes, text); }

FormDefinition parseFormDefinition(const Poco::JSON::Object::Ptr& object, const std::string& root) {
    JsonChecker c;
    FormDefinition form;
    form.id = c.string(object, root, "id");
    form.title = c.string(object, root, "title");
    form.fields = parseFields(c, object, root, 0);
    checkRelevance(c, form.fields, form.fields, root);
    if (!c.errors().empty())
        throw DocumentErrors(c.takeErrors());
    return form;
}

FormDefinition mergeForms(const std::vector<FormDefinition>& forms, std::string id, std::string title) {
    FormDefinition merged{std::move(id), std::move(title), {}};
    std::set<std::string> seen;
    for (const auto& form : forms)
        for (const auto& field : form.fields)
            if (seen.insert(field.id).second)
                merged.fields.push_back(field);
    return merged;
}

} // namespace ow
