#pragma once

#include "domain/Case.h"
#include "domain/Catalog.h"
#include "forms/FormDefinition.h"

#include <Poco/JSON/Object.h>

#include <string>

namespace ow {

// A top-level field's value as a paper prints it: a choice by its label, several choices joined with "；", a number
// as written (no trailing zeros), anything else as it is; empty when the field is not filled (or not in the form).
std::string fieldText(const FormDefinition& form, const Poco::JSON::Object::Ptr& values, const std::string& fieldId);

// The enterprise a permit of `subject` (营业执照) names for case `c`: the one its form names — or the applicant, when
// the applicant is an enterprise and the form names none or the applicant itself, whose credit code it then holds. The
// name is empty when neither names one, or when the subject is no enterprise's. One rule for the server that issues
// and the counter that shows whom the permit will name.
struct PermitEnterprise {
    std::string name;
    std::string creditCode; // the applicant's own, when it is the applicant; else given when issuing
};
PermitEnterprise permitEnterprise(const PermitSubject& subject, const FormDefinition& form, const Case& c);

} // namespace ow
