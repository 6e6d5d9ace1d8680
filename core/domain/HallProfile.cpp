#include "domain/HallProfile.h"

#include "domain/Json.h"
#include "domain/Pinyin.h"
#include "domain/Region.h"

#include <algorithm>

namespace ow {
namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string checkedPhone(const std::optional<std::string>& value, const char* field) {
    std::string phone = trimmed(value.value_or(""));
    const bool digits = std::any_of(phone.begin(), phone.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool shaped =
        std::all_of(phone.begin(), phone.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == ' '; });
    if (!phone.empty() && (!digits || !shaped || phone.size() > 20))
        throw BadInput("invalid_field", std::string(field) + ": a telephone number of digits, spaces and \"-\", at "
                                                             "most 20 (\"028-8398 2000\", \"12345\")");
    return phone;
}

std::string checkedText(const std::optional<std::string>& value, const char* field, std::size_t maxChars) {
    std::string text = trimmed(value.value_or(""));
    if (codePoints(text).size() > maxChars)
        throw BadInput("invalid_field", std::string(field) + ": at most " + std::to_string(maxChars) + " characters");
    if (text.find('\n') != std::string::npos)
        throw BadInput("invalid_field", std::string(field) + ": one line");
    return text;
}

bool startsWith(const std::string& text, std::string_view head) { return text.rfind(head, 0) == 0; }

} // namespace

Poco::JSON::Object::Ptr hallProfileToJson(const HallProfile& profile) {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("division", profile.division == 0 ? Poco::Dynamic::Var() : Poco::Dynamic::Var(profile.division));
    out->set("division_name", profile.division == 0 ? std::string() : Region::fullName(profile.division));
    out->set("phone", profile.phone);
    out->set("complaint_phone", profile.complaintPhone);
    out->set("doc_prefix", profile.docPrefix);
    out->set("notice", profile.notice);
    return out;
}

HallProfile hallProfileFromJson(const Poco::JSON::Object::Ptr& object) {
    HallProfile p;
    if (const auto division = optionalIntIn(object, "division", 0, 999999)) {
        p.division = static_cast<int>(*division);
        const auto periods = Region::periods(p.division);
        const bool inUse = std::any_of(periods.begin(), periods.end(), [](const auto& d) { return d.until == 0; });
        if (p.division != 0 && (p.division % 100 == 0 || !inUse))
            throw BadInput("invalid_field", "division: the code of a county, district or county-level city in use "
                                            "(GB/T 2260), such as 510113");
    }
    p.phone = checkedPhone(optionalString(object, "phone"), "phone");
    p.complaintPhone = checkedPhone(optionalString(object, "complaint_phone"), "complaint_phone");
    p.docPrefix = checkedText(optionalString(object, "doc_prefix"), "doc_prefix", 8);
    if (std::any_of(p.docPrefix.begin(), p.docPrefix.end(), [](char c) { return (c >= '0' && c <= '9') || c == ' '; }))
        throw BadInput("invalid_field", "doc_prefix: the 机关代字, without digits or spaces (\"青政服\")");
    p.notice = checkedText(optionalString(object, "notice"), "notice", 60);
    return p;
}

std::string localAuthority(const std::string& department, int division) {
    if (division == 0)
        return department;
    for (std::string_view county : {"区", "县"})
        if (startsWith(department, county)) {
            const std::string name = Region::localName(division);
            return name.empty() ? department : name + department.substr(county.size());
        }
    if (startsWith(department, "市")) {
        const std::string city = Region::cityName(division);
        return city.empty() ? department : city + department.substr(std::string_view("市").size());
    }
    return department;
}

std::string documentNumber(const std::string& prefix, const std::string& kind, int year, const std::string& serial) {
    if (prefix.empty())
        return {};
    return prefix + kind + "〔" + std::to_string(year) + "〕" + serial + "号";
}

} // namespace ow
