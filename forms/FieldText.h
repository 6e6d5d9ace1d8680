#pragma once

#include "forms/FormDefinition.h"

#include <Poco/JSON/Object.h>

#include <string>

namespace ow {

// A top-level field's value as a paper prints it: a choice by its label, several choices joined with "；", a number
// as written (no trailing zeros), anything else as it is; empty when the field is not filled (or not in the form).
std::string fieldText(const FormDefinition& form, const Poco::JSON::Object::Ptr& values, const std::string& fieldId);

} // namespace ow
