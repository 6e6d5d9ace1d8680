#pragma once

#include "forms/FormDefinition.h"

#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

namespace ow {

// What is wrong with one value. `path` names it in the values document: "applicant.id_number",
// "shareholders[1].name". `message` is English; the UI shows a translated sentence chosen by `code`.
struct FieldError {
    enum class Code {
        Required,
        NotText,
        Pattern,
        TooShort,
        TooLong,
        NotANumber,
        BelowMin,
        AboveMax,
        NotADate,
        TooEarly,
        TooLate,
        NotAnOption,
        TooFewItems,
        TooManyItems,
        BadIdNumber,
        BadPhone,
        BadCreditCode,
        BadFile
    };
    std::string path;
    Code code;
    std::string message;
};

// Checks filled-in values (a JSON object keyed by field id; groups are objects, repeats arrays of objects,
// multi-choices arrays of option values, files the SHA-256 of the attachment) against a form.
// Fields that are not relevant are not checked. `todayIso` bounds ID-number birth dates.
std::vector<FieldError> validateForm(const FormDefinition& form, const Poco::JSON::Object::Ptr& values,
                                     std::string_view todayIso);

// Whether `field` is shown, given the values at its level and at the top.
bool isRelevant(const FieldDefinition& field, const Poco::JSON::Object::Ptr& level, const Poco::JSON::Object::Ptr& top);

} // namespace ow
