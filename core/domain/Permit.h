#pragma once

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ow {

// 证照: what the hall issued for an approved case. The QR code on the paper holds `token` (a signed code, see
// core/permit); the rest is what is printed and what the hall keeps.
struct Permit {
    struct Revocation {
        std::int64_t atMs = 0;
        std::string by;
        std::string reason;
        std::string byName = {}; // the supervisor's name, for screens
    };

    std::string id; // permit number, "DEMO-2026-000001"
    std::string hall;
    std::string caseId;
    std::string caseNo;
    std::string item;        // the service item's code: the permit type in the code
    std::string typeName;    // 营业执照, 不动产权证书 …
    bool enterprise = false; // the holder is an enterprise (营业执照: the company, not the person who applied)
    std::string holderName;
    std::string holderId;     // a person's ID number masked, or an enterprise's credit code
    std::string holderInCode; // the holder as the QR code carries it (a long enterprise name is shortened)
    std::string scope;        // 经营范围 / 许可范围
    // What the item's permit names besides (类型, 法定代表人, 注册资本, 住所 …), label and value, in order.
    std::vector<std::pair<std::string, std::string>> particulars;
    std::string authority; // 发证机关: the department of the item
    std::string validFrom; // ISO dates, inclusive
    std::string validTo;
    std::string issuer; // the key's issuer (the hall)
    std::string kid;
    std::string token;
    std::string issuedBy;
    std::string issuedByName; // the clerk's name, for screens (the user name for support only)
    std::int64_t issuedAtMs = 0;
    std::optional<Revocation> revoked;
};

// How a permit stands on a day: revoked wins over the dates.
enum class PermitStatus { Valid, NotYetValid, Expired, Revoked };
std::string_view toString(PermitStatus status); // "valid", "not_yet_valid", "expired", "revoked"
PermitStatus permitStatus(const Permit& permit, const std::string& today);

Poco::JSON::Object::Ptr permitToJson(const Permit& permit);
Permit permitFromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput

// The holder as printed: "王磊 (110105********002X)".
std::string permitHolderText(const std::string& name, const std::string& id);
// The holder as the code carries it: the printed form while the whole code fits `maxTokenChars`, else with the
// name shortened from its end ("…"), never below two characters. `tokenChars(holder)` measures a code.
std::string fitHolderInCode(const std::string& name, const std::string& id, std::size_t maxTokenChars,
                            const std::function<std::size_t(const std::string&)>& tokenChars);

// A name for the public: a person's name masked after the first character ("王*", "欧阳**"), an enterprise's kept.
std::string maskedPersonName(std::string_view utf8Name);

// The QR code of a permit stays at version ≤ 12, level M: 287 bytes.
constexpr std::size_t kMaxPermitCodeChars = 287;

} // namespace ow
