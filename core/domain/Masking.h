#pragma once

#include <Poco/JSON/Object.h>

#include <string>
#include <string_view>

namespace ow {

// 138****5678: the first three and the last four digits of a phone number; anything shorter than 8 is all stars.
std::string maskedPhone(std::string_view phone);
// E*****678: a passport's (or other document's) number with its first character and last three shown; anything
// shorter than 6 is all stars.
std::string maskedDocumentNumber(std::string_view number);
// 王*, 欧阳** : a person's name with only its first character shown (UTF-8 characters, not bytes).
std::string maskedName(std::string_view name);

// Masks, in place and at any depth (form values, shareholders, a child's parents), every text under a key that names
// an ID number ("id_number", "*_id_number") or a phone ("phone", "*_phone"), for readers who do not need them whole;
// the photo read from an ID card's chip ("photo_wlt") is emptied.
void maskPersonalData(Poco::JSON::Object::Ptr object);

} // namespace ow
