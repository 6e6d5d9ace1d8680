#include "forms/FieldText.h"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <cstdio>

namespace ow {
namespace {

std::string optionLabel(const FieldDefinition& field, const std::string& value) {
    for (const auto& [option, label] : field.options)
        if (option == value)
            return label;
    return value;
}

std::string numberText(double value) {
    char text[64];
    std::snprintf(text, sizeof text, "%.6f", value);
    std::string out = text;
    out.erase(out.find_last_not_of('0') + 1);
    if (!out.empty() && out.back() == '.')
        out.pop_back();
    return out;
}

} // namespace

std::string fieldText(const FormDefinition& form, const Poco::JSON::Object::Ptr& values, const std::string& fieldId) {
    const auto field =
        std::find_if(form.fields.begin(), form.fields.end(), [&](const FieldDefinition& f) { return f.id == fieldId; });
    if (!values || field == form.fields.end() || !values->has(fieldId) || values->isNull(fieldId))
        return {};
    const Poco::Dynamic::Var value = values->get(fieldId);
    switch (field->type) {
    case FieldType::MultiChoice: {
        const auto chosen = values->getArray(fieldId);
        std::string out;
        for (unsigned i = 0; chosen && i < chosen->size(); ++i) {
            if (!out.empty())
                out += "；";
            out += optionLabel(*field, chosen->get(i).toString());
        }
        return out;
    }
    case FieldType::Choice: return optionLabel(*field, value.toString());
    case FieldType::Number: return value.isNumeric() ? numberText(value.convert<double>()) : value.toString();
    case FieldType::Group:
    case FieldType::Repeat:
    case FieldType::File: return {}; // not a line of text
    default: return value.isString() ? value.extract<std::string>() : value.toString();
    }
}

PermitEnterprise permitEnterprise(const PermitSubject& subject, const FormDefinition& form, const Case& c) {
    if (!subject.enterprise())
        return {};
    const std::string named = fieldText(form, c.formValues, subject.holderField);
    if (c.applicant.kind == Applicant::Kind::Enterprise && (named.empty() || named == c.applicant.name))
        return {c.applicant.name, c.applicant.creditCode};
    return {named, {}};
}

} // namespace ow
