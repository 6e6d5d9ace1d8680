#include "forms/FormValidator.h"

#include "domain/CreditCode.h"
#include "domain/IdNumber.h"
#include "domain/WorkCalendar.h"

#include <cmath>
#include <regex>

namespace ow {
namespace {

using Code = FieldError::Code;

bool filled(const Poco::Dynamic::Var& v) {
    if (v.isEmpty())
        return false;
    if (v.isString())
        return !v.extract<std::string>().empty();
    if (v.type() == typeid(Poco::JSON::Array::Ptr))
        return v.extract<Poco::JSON::Array::Ptr>()->size() > 0;
    return true;
}

Poco::Dynamic::Var valueAt(const Poco::JSON::Object::Ptr& level, const std::string& id) {
    if (!level || !level->has(id) || level->isNull(id))
        return {};
    return level->get(id);
}

// UTF-8 code points, so that 企业名称 counts four characters, not twelve bytes.
int characters(const std::string& text) {
    int count = 0;
    for (unsigned char c : text)
        count += (c & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

class Validator {
public:
    Validator(std::string_view today, Poco::JSON::Object::Ptr top)
        : m_today(today)
        , m_top(std::move(top)) {}

    void fields(const std::vector<FieldDefinition>& defs, const Poco::JSON::Object::Ptr& level,
                const std::string& prefix) {
        for (const auto& f : defs)
            if (isRelevant(f, level, m_top))
                field(f, valueAt(level, f.id), prefix.empty() ? f.id : prefix + "." + f.id);
    }

    std::vector<FieldError> errors;

private:
    void fail(const std::string& path, Code code, std::string message) {
        errors.push_back({path, code, std::move(message)});
    }

    void field(const FieldDefinition& f, const Poco::Dynamic::Var& v, const std::string& path) {
        if (!filled(v)) {
            if (f.required)
                fail(path, Code::Required, f.label + " is required");
            return;
        }
        switch (f.type) {
        case FieldType::Group:
            if (v.type() != typeid(Poco::JSON::Object::Ptr))
                return fail(path, Code::NotText, "must be a group of values");
            return fields(f.fields, v.extract<Poco::JSON::Object::Ptr>(), path);
        case FieldType::Repeat: return repeat(f, v, path);
        case FieldType::MultiChoice: return multiChoice(f, v, path);
        case FieldType::Number: return number(f, v, path);
        default: break;
        }
        if (!v.isString())
            return fail(path, Code::NotText, "must be text");
        const std::string text = v.extract<std::string>();
        switch (f.type) {
        case FieldType::Text:
        case FieldType::Address: return textual(f, text, path);
        case FieldType::Date: return date(f, text, path);
        case FieldType::Choice:
            for (const auto& [value, label] : f.options)
                if (value == text)
                    return;
            return fail(path, Code::NotAnOption, "\"" + text + "\" is not one of the choices");
        case FieldType::IdNumber:
            if (IdNumber::check(text, m_today) != IdNumber::Problem::None)
                fail(path, Code::BadIdNumber, "not a valid resident ID number");
            return;
        case FieldType::Phone: {
            static const std::regex phone(R"(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})");
            if (!std::regex_match(text, phone))
                fail(path, Code::BadPhone, "not a mobile (11 digits) or landline number with area code");
            return;
        }
        case FieldType::CreditCode:
            if (!CreditCode::isValid(text))
                fail(path, Code::BadCreditCode, "not a valid unified social credit code");
            return;
        case FieldType::File: {
            static const std::regex sha256("[0-9a-f]{64}");
            if (!std::regex_match(text, sha256))
                fail(path, Code::BadFile, "not an attachment reference");
            return;
        }
        default: return;
        }
    }

    void textual(const FieldDefinition& f, const std::string& text, const std::string& path) {
        const int n = characters(text);
        if (f.minLength && n < *f.minLength)
            fail(path, Code::TooShort, "at least " + std::to_string(*f.minLength) + " characters");
        if (f.maxLength && n > *f.maxLength)
            fail(path, Code::TooLong, "at most " + std::to_string(*f.maxLength) + " characters");
        if (f.compiledPattern && !std::regex_match(text, *f.compiledPattern))
            fail(path, Code::Pattern, "does not have the expected form");
    }

    void number(const FieldDefinition& f, const Poco::Dynamic::Var& v, const std::string& path) {
        double value = 0;
        if (v.isNumeric()) {
            value = v.convert<double>();
        } else if (v.isString()) {
            const std::string text = v.extract<std::string>();
            char* end = nullptr;
            value = std::strtod(text.c_str(), &end);
            if (text.empty() || *end != '\0' || !std::isfinite(value))
                return fail(path, Code::NotANumber, "must be a number");
        } else {
            return fail(path, Code::NotANumber, "must be a number");
        }
        if (f.min && value < *f.min)
            fail(path, Code::BelowMin, "must be at least " + std::to_string(*f.min));
        if (f.max && value > *f.max)
            fail(path, Code::AboveMax, "must be at most " + std::to_string(*f.max));
    }

    void date(const FieldDefinition& f, const std::string& text, const std::string& path) {
        if (!parseIsoDate(text))
            return fail(path, Code::NotADate, "not a date like 2026-10-01");
        if (f.minDate && text < *f.minDate)
            fail(path, Code::TooEarly, "not before " + *f.minDate);
        if (f.maxDate && text > *f.maxDate)
            fail(path, Code::TooLate, "not after " + *f.maxDate);
    }

    void multiChoice(const FieldDefinition& f, const Poco::Dynamic::Var& v, const std::string& path) {
        if (v.type() != typeid(Poco::JSON::Array::Ptr))
            return fail(path, Code::NotAnOption, "must be a list of choices");
        const auto list = v.extract<Poco::JSON::Array::Ptr>();
        for (unsigned i = 0; i < list->size(); ++i) {
            const Poco::Dynamic::Var item = list->get(i);
            bool known = false;
            for (const auto& [value, label] : f.options)
                known = known || (item.isString() && item.extract<std::string>() == value);
            if (!known)
                fail(path + "[" + std::to_string(i) + "]", Code::NotAnOption, "not one of the choices");
        }
        count(f, static_cast<int>(list->size()), path);
    }

    void repeat(const FieldDefinition& f, const Poco::Dynamic::Var& v, const std::string& path) {
        if (v.type() != typeid(Poco::JSON::Array::Ptr))
            return fail(path, Code::NotText, "must be a list of entries");
        const auto list = v.extract<Poco::JSON::Array::Ptr>();
        for (unsigned i = 0; i < list->size(); ++i) {
            const std::string where = path + "[" + std::to_string(i) + "]";
            auto entry = list->getObject(i);
            if (!entry)
                fail(where, Code::NotText, "must be an entry");
            else
                fields(f.fields, entry, where);
        }
        count(f, static_cast<int>(list->size()), path);
    }

    void count(const FieldDefinition& f, int n, const std::string& path) {
        if (f.minItems && n < *f.minItems)
            fail(path, Code::TooFewItems, "at least " + std::to_string(*f.minItems) + " entries");
        if (f.maxItems && n > *f.maxItems)
            fail(path, Code::TooManyItems, "at most " + std::to_string(*f.maxItems) + " entries");
    }

    std::string m_today;
    Poco::JSON::Object::Ptr m_top;
};

} // namespace

bool isRelevant(const FieldDefinition& field, const Poco::JSON::Object::Ptr& level,
                const Poco::JSON::Object::Ptr& top) {
    if (!field.relevant)
        return true;
    Poco::Dynamic::Var other = valueAt(level, field.relevant->field);
    if (other.isEmpty())
        other = valueAt(top, field.relevant->field);
    if (!field.relevant->equals)
        return filled(other);
    return other.isString() && other.extract<std::string>() == *field.relevant->equals;
}

std::vector<FieldError> validateForm(const FormDefinition& form, const Poco::JSON::Object::Ptr& values,
                                     std::string_view todayIso) {
    const Poco::JSON::Object::Ptr top = values ? values : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    Validator v(todayIso, top);
    v.fields(form.fields, top, "");
    return std::move(v.errors);
}

} // namespace ow
