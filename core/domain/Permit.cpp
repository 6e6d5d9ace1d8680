#include "domain/Permit.h"

#include "domain/EnumNames.h"
#include "domain/HallTime.h"
#include "domain/Json.h"

namespace ow {
namespace {

constexpr EnumNames<PermitStatus, 4> kStatuses{{{PermitStatus::Valid, "valid"},
                                                {PermitStatus::NotYetValid, "not_yet_valid"},
                                                {PermitStatus::Expired, "expired"},
                                                {PermitStatus::Revoked, "revoked"}}};

// The characters of a UTF-8 text, each as its own UTF-8 piece.
std::vector<std::string> characters(std::string_view utf8) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        out.emplace_back(utf8.substr(i, length));
        i += length;
    }
    return out;
}

} // namespace

std::string_view toString(PermitStatus status) { return nameOf(kStatuses, status); }

PermitStatus permitStatus(const Permit& permit, const std::string& today) {
    if (permit.revoked)
        return PermitStatus::Revoked;
    if (today < permit.validFrom)
        return PermitStatus::NotYetValid;
    if (today > permit.validTo)
        return PermitStatus::Expired;
    return PermitStatus::Valid;
}

Poco::JSON::Object::Ptr permitToJson(const Permit& p) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("id", p.id);
    o->set("hall", p.hall);
    o->set("case_id", p.caseId);
    o->set("case_no", p.caseNo);
    o->set("item", p.item);
    o->set("type_name", p.typeName);
    if (p.enterprise)
        o->set("holder_kind", std::string("enterprise"));
    o->set("holder_name", p.holderName);
    o->set("holder_id", p.holderId);
    o->set("holder_in_code", p.holderInCode);
    o->set("scope", p.scope);
    if (!p.particulars.empty()) {
        Poco::JSON::Array::Ptr lines = new Poco::JSON::Array;
        for (const auto& [label, value] : p.particulars) {
            Poco::JSON::Object::Ptr line = new Poco::JSON::Object(true);
            line->set("label", label);
            line->set("value", value);
            lines->add(line);
        }
        o->set("particulars", lines);
    }
    o->set("authority", p.authority);
    o->set("valid_from", p.validFrom);
    o->set("valid_to", p.validTo);
    o->set("issuer", p.issuer);
    o->set("kid", p.kid);
    o->set("token", p.token);
    o->set("issued_by", p.issuedBy);
    if (!p.issuedByName.empty())
        o->set("issued_by_name", p.issuedByName);
    o->set("issued_at", utcIso(p.issuedAtMs));
    if (p.revoked) {
        o->set("revoked_at", utcIso(p.revoked->atMs));
        o->set("revoked_by", p.revoked->by);
        if (!p.revoked->byName.empty())
            o->set("revoked_by_name", p.revoked->byName);
        o->set("revoke_reason", p.revoked->reason);
    }
    return o;
}

Permit permitFromJson(const Poco::JSON::Object::Ptr& o) {
    Permit p;
    p.id = requireString(o, "id");
    p.hall = requireString(o, "hall");
    p.caseId = requireString(o, "case_id");
    p.caseNo = optionalString(o, "case_no").value_or("");
    p.item = requireString(o, "item");
    p.typeName = requireString(o, "type_name");
    p.enterprise = optionalString(o, "holder_kind").value_or("person") == "enterprise";
    p.holderName = requireString(o, "holder_name");
    p.holderId = optionalString(o, "holder_id").value_or("");
    p.holderInCode = optionalString(o, "holder_in_code").value_or("");
    p.scope = optionalString(o, "scope").value_or("");
    p.particulars = objectsOf<std::pair<std::string, std::string>>(o, "particulars", [](const auto& line) {
        return std::pair{requireString(line, "label"), optionalString(line, "value").value_or("")};
    });
    p.authority = optionalString(o, "authority").value_or("");
    p.validFrom = requireString(o, "valid_from");
    p.validTo = requireString(o, "valid_to");
    p.issuer = requireString(o, "issuer");
    p.kid = requireString(o, "kid");
    p.token = requireString(o, "token");
    p.issuedBy = optionalString(o, "issued_by").value_or("");
    p.issuedByName = optionalString(o, "issued_by_name").value_or("");
    p.issuedAtMs = parseUtcIso(requireString(o, "issued_at"));
    if (const auto at = optionalString(o, "revoked_at"))
        p.revoked = Permit::Revocation{parseUtcIso(*at), optionalString(o, "revoked_by").value_or(""),
                                       optionalString(o, "revoke_reason").value_or(""),
                                       optionalString(o, "revoked_by_name").value_or("")};
    return p;
}

std::string permitHolderText(const std::string& name, const std::string& id) {
    return id.empty() ? name : name + " (" + id + ")";
}

std::string fitHolderInCode(const std::string& name, const std::string& id, std::size_t maxTokenChars,
                            const std::function<std::size_t(const std::string&)>& tokenChars) {
    std::string holder = permitHolderText(name, id);
    if (tokenChars(holder) <= maxTokenChars)
        return holder;
    std::vector<std::string> chars = characters(name);
    while (chars.size() > 2) {
        chars.pop_back();
        std::string shortened;
        for (const auto& c : chars)
            shortened += c;
        holder = permitHolderText(shortened + "…", id);
        if (tokenChars(holder) <= maxTokenChars)
            return holder;
    }
    return holder; // as short as it goes; the caller checks the length
}

std::string maskedPersonName(std::string_view utf8Name) {
    const std::vector<std::string> chars = characters(utf8Name);
    if (chars.empty())
        return {};
    std::string out = chars.front();
    out.append(chars.size() > 1 ? chars.size() - 1 : 1, '*');
    return out;
}

} // namespace ow
