#include "domain/JsonChecker.h"

namespace ow {

std::string JsonChecker::string(const Poco::JSON::Object::Ptr& o, const std::string& path, const std::string& key,
                                bool required) {
    if (!o->has(key) || o->isNull(key)) {
        if (required)
            error(path + "." + key, "required");
        return {};
    }
    const Poco::Dynamic::Var v = o->get(key);
    if (!v.isString()) {
        error(path + "." + key, "must be a string");
        return {};
    }
    auto text = v.extract<std::string>();
    if (required && text.empty())
        error(path + "." + key, "must not be empty");
    return text;
}

std::optional<long> JsonChecker::integer(const Poco::JSON::Object::Ptr& o, const std::string& path,
                                         const std::string& key, bool required, long min, long max) {
    if (!o->has(key) || o->isNull(key)) {
        if (required)
            error(path + "." + key, "required");
        return std::nullopt;
    }
    const Poco::Dynamic::Var v = o->get(key);
    if (!v.isInteger()) {
        error(path + "." + key, "must be a whole number");
        return std::nullopt;
    }
    const long value = v.convert<long>();
    if (value < min || value > max) {
        error(path + "." + key, "must be between " + std::to_string(min) + " and " + std::to_string(max));
        return std::nullopt;
    }
    return value;
}

std::optional<double> JsonChecker::number(const Poco::JSON::Object::Ptr& o, const std::string& path,
                                          const std::string& key) {
    if (!o->has(key) || o->isNull(key))
        return std::nullopt;
    const Poco::Dynamic::Var v = o->get(key);
    if (!v.isNumeric()) {
        error(path + "." + key, "must be a number");
        return std::nullopt;
    }
    return v.convert<double>();
}

bool JsonChecker::boolean(const Poco::JSON::Object::Ptr& o, const std::string& path, const std::string& key,
                          bool fallback) {
    if (!o->has(key) || o->isNull(key))
        return fallback;
    const Poco::Dynamic::Var v = o->get(key);
    if (!v.isBoolean()) {
        error(path + "." + key, "must be true or false");
        return fallback;
    }
    return v.extract<bool>();
}

Poco::JSON::Object::Ptr JsonChecker::object(const Poco::JSON::Object::Ptr& o, const std::string& path,
                                            const std::string& key, bool required) {
    if (!o->has(key) || o->isNull(key)) {
        if (required)
            error(path + "." + key, "required");
        return nullptr;
    }
    if (!o->isObject(key)) {
        error(path + "." + key, "must be an object");
        return nullptr;
    }
    return o->getObject(key);
}

Poco::JSON::Array::Ptr JsonChecker::array(const Poco::JSON::Object::Ptr& o, const std::string& path,
                                          const std::string& key, bool required) {
    if (!o->has(key) || o->isNull(key)) {
        if (required)
            error(path + "." + key, "required");
        return nullptr;
    }
    if (!o->isArray(key)) {
        error(path + "." + key, "must be a list");
        return nullptr;
    }
    return o->getArray(key);
}

std::vector<std::pair<Poco::JSON::Object::Ptr, std::string>> JsonChecker::objects(const Poco::JSON::Array::Ptr& array,
                                                                                  const std::string& path) {
    std::vector<std::pair<Poco::JSON::Object::Ptr, std::string>> out;
    if (!array)
        return out;
    for (unsigned i = 0; i < array->size(); ++i) {
        const std::string where = path + "[" + std::to_string(i) + "]";
        auto o = array->getObject(i);
        if (!o)
            error(where, "must be an object");
        else
            out.emplace_back(o, where);
    }
    return out;
}

} // namespace ow
