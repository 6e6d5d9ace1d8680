#include "domain/Json.h"

#include "domain/HallTime.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <date/date.h>

#include <chrono>
#include <limits>
#include <sstream>

namespace ow {
namespace {

BadInput invalidField(const std::string& key, const char* expected) {
    return BadInput("invalid_field", "field \"" + key + "\" must be " + expected);
}

} // namespace

namespace {
// Whether `text` holds an integer literal (outside strings) of twenty digits or more. Poco 1.11's parser takes
// such a number modulo 2^64 without a word — 18446744073709551621 comes out as 5 — so it must never reach it.
bool hasOverlongInteger(std::string_view text) {
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (c < '0' || c > '9')
            continue;
        std::size_t end = i;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9')
            ++end;
        const bool integer = end >= text.size() || (text[end] != '.' && text[end] != 'e' && text[end] != 'E');
        if (integer && end - i >= 20)
            return true;
        i = end; // a fraction's or exponent's digits are a double's, which Poco reads as a double
        while (i < text.size() && (text[i] == '.' || text[i] == 'e' || text[i] == 'E' || text[i] == '+' ||
                                   text[i] == '-' || (text[i] >= '0' && text[i] <= '9')))
            ++i;
        --i;
    }
    return false;
}
} // namespace

Poco::JSON::Object::Ptr parseObject(std::string_view text) {
    if (hasOverlongInteger(text))
        throw BadInput("malformed_json",
                       "a number in the body has twenty digits or more: integers here are at most 64 bits");
    Poco::JSON::Parser parser;
    Poco::Dynamic::Var value;
    try {
        value = parser.parse(std::string(text));
    } catch (const Poco::Exception& e) {
        throw BadInput("malformed_json", "the request body is not valid JSON: " + e.message());
    } catch (const std::exception& e) {
        throw BadInput("malformed_json", std::string("the request body is not valid JSON: ") + e.what());
    }
    if (value.type() != typeid(Poco::JSON::Object::Ptr))
        throw BadInput("malformed_json", "the request body must be a JSON object");
    return value.extract<Poco::JSON::Object::Ptr>();
}

std::string toJsonText(const Poco::JSON::Object::Ptr& object) {
    std::ostringstream out;
    object->stringify(out);
    return out.str();
}

std::string toJsonText(const Poco::JSON::Array::Ptr& array) {
    std::ostringstream out;
    array->stringify(out);
    return out.str();
}

std::optional<std::string> optionalString(const Poco::JSON::Object::Ptr& object, const std::string& key) {
    if (!object->has(key) || object->isNull(key))
        return std::nullopt;
    const Poco::Dynamic::Var value = object->get(key);
    if (!value.isString())
        throw invalidField(key, "a string");
    return value.extract<std::string>();
}

std::string requireString(const Poco::JSON::Object::Ptr& object, const std::string& key) {
    auto value = optionalString(object, key);
    if (!value)
        throw BadInput("invalid_field", "field \"" + key + "\" is required");
    return *value;
}

std::optional<std::int64_t> optionalInt(const Poco::JSON::Object::Ptr& object, const std::string& key) {
    if (!object->has(key) || object->isNull(key))
        return std::nullopt;
    const Poco::Dynamic::Var value = object->get(key);
    if (!value.isInteger())
        throw invalidField(key, "an integer");
    try {
        return value.convert<std::int64_t>();
    } catch (const Poco::Exception&) { // beyond 64 bits
        throw invalidField(key, "an integer of at most 64 bits");
    }
}

std::optional<std::int64_t> optionalIntIn(const Poco::JSON::Object::Ptr& object, const std::string& key,
                                          std::int64_t min, std::int64_t max) {
    const auto value = optionalInt(object, key);
    if (value && (*value < min || *value > max))
        throw BadInput("invalid_field",
                       "field \"" + key + "\" must be from " + std::to_string(min) + " to " + std::to_string(max));
    return value;
}

std::int64_t requireInt(const Poco::JSON::Object::Ptr& object, const std::string& key) {
    auto value = optionalInt(object, key);
    if (!value)
        throw BadInput("invalid_field", "field \"" + key + "\" is required");
    return *value;
}

std::optional<int> optionalInt32(const Poco::JSON::Object::Ptr& object, const std::string& key) {
    const auto value = optionalIntIn(object, key, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

Poco::JSON::Object::Ptr optionalObject(const Poco::JSON::Object::Ptr& object, const std::string& key) {
    if (!object->has(key) || object->isNull(key))
        return nullptr;
    if (!object->isObject(key))
        throw invalidField(key, "an object");
    return object->getObject(key);
}

Poco::JSON::Array::Ptr optionalArray(const Poco::JSON::Object::Ptr& object, const std::string& key) {
    if (!object->has(key) || object->isNull(key))
        return nullptr;
    if (!object->isArray(key))
        throw invalidField(key, "an array");
    return object->getArray(key);
}

std::optional<bool> optionalBool(const Poco::JSON::Object::Ptr& object, const std::string& key) {
    if (!object->has(key) || object->isNull(key))
        return std::nullopt;
    const Poco::Dynamic::Var value = object->get(key);
    if (!value.isBoolean())
        throw invalidField(key, "true or false");
    return value.extract<bool>();
}

std::vector<std::string> optionalStrings(const Poco::JSON::Object::Ptr& object, const std::string& key) {
    std::vector<std::string> out;
    const auto array = optionalArray(object, key);
    for (unsigned i = 0; array && i < array->size(); ++i) {
        if (!array->get(i).isString())
            throw invalidField(key, "a list of texts");
        out.push_back(array->getElement<std::string>(i));
    }
    return out;
}

Poco::JSON::Array::Ptr toJsonArray(const std::vector<std::string>& texts) {
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const auto& text : texts)
        out->add(text);
    return out;
}

namespace {

// "2026-11-27T02:00:00Z" or with ".1" to ".123" before the Z: digits where digits belong. Checked before the date
// library parses it, which misbehaves on some malformed times (a NaN cast to an integer; found by fuzzing).
bool utcIsoShape(std::string_view t) {
    static constexpr std::string_view kShape = "dddd-dd-ddTdd:dd:dd";
    if (t.size() < kShape.size() + 1 || t.size() > kShape.size() + 5 || t.back() != 'Z')
        return false;
    for (std::size_t i = 0; i < kShape.size(); ++i)
        if (kShape[i] == 'd' ? (t[i] < '0' || t[i] > '9') : t[i] != kShape[i])
            return false;
    const std::string_view fraction = t.substr(kShape.size(), t.size() - kShape.size() - 1);
    if (fraction.empty())
        return true;
    if (fraction.size() < 2 || fraction.front() != '.')
        return false;
    for (char c : fraction.substr(1))
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace

std::int64_t parseUtcIso(std::string_view text) {
    if (!utcIsoShape(text))
        throw BadInput("invalid_field", "not a UTC time: " + std::string(text.substr(0, 40)));
    std::istringstream in{std::string(text)};
    date::sys_time<std::chrono::milliseconds> tp;
    in >> date::parse("%FT%TZ", tp);
    if (in.fail())
        throw BadInput("invalid_field", "not a UTC time: " + std::string(text));
    return tp.time_since_epoch().count();
}

Poco::JSON::Object::Ptr ticketToJson(const Ticket& t, bool withHolder) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("id", t.id);
    o->set("hall", t.hall);
    o->set("number", t.number);
    o->set("category", t.category);
    o->set("priority", std::string(toString(t.priority)));
    o->set("status", std::string(toString(t.status)));
    o->set("business_day", t.businessDay);
    o->set("issued_at", utcIso(t.issuedAtMs));
    o->set("queued_at", utcIso(t.queuedAtMs));
    auto setOptional = [&](const std::string& key, const auto& value, auto convert) {
        if (value)
            o->set(key, convert(*value));
        else
            o->set(key, Poco::Dynamic::Var());
    };
    auto same = [](auto v) { return v; };
    setOptional("counter", t.counter, same);
    setOptional("target_counter", t.targetCounter, same);
    setOptional("called_at", t.calledAtMs, utcIso);
    setOptional("started_at", t.startedAtMs, utcIso);
    setOptional("finished_at", t.finishedAtMs, utcIso);
    setOptional("transferred_from", t.transferredFrom, same);
    o->set("recall_count", t.recallCount);
    o->set("waiting_ahead", t.waitingAhead);
    if (withHolder && !t.holder.empty())
        o->set("holder", t.holder);
    return o;
}

Ticket ticketFromJson(const Poco::JSON::Object::Ptr& o) {
    Ticket t;
    t.id = requireString(o, "id");
    t.hall = optionalString(o, "hall").value_or("");
    t.number = requireString(o, "number");
    t.category = requireString(o, "category");
    auto priority = priorityFromString(requireString(o, "priority"));
    auto status = ticketStatusFromString(requireString(o, "status"));
    if (!priority || !status)
        throw BadInput("invalid_field", "unknown ticket priority or status");
    t.priority = *priority;
    t.status = *status;
    t.businessDay = optionalString(o, "business_day").value_or("");
    t.issuedAtMs = parseUtcIso(requireString(o, "issued_at"));
    t.queuedAtMs = optionalString(o, "queued_at") ? parseUtcIso(*optionalString(o, "queued_at")) : t.issuedAtMs;
    if (auto v = optionalInt(o, "counter"))
        t.counter = static_cast<int>(*v);
    if (auto v = optionalInt(o, "target_counter"))
        t.targetCounter = static_cast<int>(*v);
    if (auto v = optionalString(o, "called_at"))
        t.calledAtMs = parseUtcIso(*v);
    if (auto v = optionalString(o, "started_at"))
        t.startedAtMs = parseUtcIso(*v);
    if (auto v = optionalString(o, "finished_at"))
        t.finishedAtMs = parseUtcIso(*v);
    t.transferredFrom = optionalString(o, "transferred_from");
    t.recallCount = static_cast<int>(optionalInt(o, "recall_count").value_or(0));
    t.waitingAhead = static_cast<int>(optionalInt(o, "waiting_ahead").value_or(0));
    t.holder = optionalString(o, "holder").value_or("");
    return t;
}

} // namespace ow
