#include "PermitStore.h"

#include "AuditLog.h"
#include "CatalogStore.h"
#include "Rows.h"
#include "StoreError.h"

#include "HallStore.h"

#include "domain/Case.h"
#include "domain/CreditCode.h"
#include "domain/HallProfile.h"
#include "domain/HallTime.h"
#include "domain/IdNumber.h"
#include "domain/Json.h"
#include "domain/WorkCalendar.h"
#include "forms/FieldText.h"
#include "permit/PermitToken.h"

#include <Poco/Data/RecordSet.h>

#include <algorithm>
#include <cstdio>

using namespace Poco::Data::Keywords;

namespace ow::server {
namespace {

constexpr std::size_t kMaxScope = 1200;  // bytes: 400 Chinese characters
constexpr std::size_t kMaxReason = 1500; // 500 Chinese characters

void requireStaffOf(const Principal& who, const std::string& hall) {
    if (!who.isStaff())
        throw StoreError::notAllowed("permits are issued and read by the hall's staff");
    if (who.hall != hall)
        throw StoreError::notAllowed("this device belongs to another hall");
}

bool decided(CaseState state) { return state == CaseState::Approved || isCompleted(state); }

std::string checkedDate(const std::string& text, const char* what) {
    if (!parseIsoDate(text))
        throw StoreError::invalid("invalid_field", std::string(what) + " must be a date like 2026-11-27");
    return text;
}

std::optional<Permit> loadPermit(Poco::Data::Session& s, const std::string& id) {
    Poco::Data::Statement st(s);
    st << "SELECT p.body AS body, p.revoked_at AS revoked_at, p.revoked_by AS revoked_by,"
          " p.revoke_reason AS revoke_reason, COALESCE(st.name, '') AS revoked_by_name"
          " FROM permits p LEFT JOIN staff st ON st.user_name = p.revoked_by WHERE p.id = $1",
        useRef(id);
    st.execute();
    Poco::Data::RecordSet rs(st);
    if (!rs.moveFirst())
        return std::nullopt;
    const Columns col(rs);
    Permit p = permitFromJson(parseObject(text(rs, col["body"])));
    if (const auto at = number(rs, col["revoked_at"]))
        p.revoked = Permit::Revocation{*at, text(rs, col["revoked_by"]), text(rs, col["revoke_reason"]),
                                       text(rs, col["revoked_by_name"])};
    return p;
}

Permit loadInHall(Poco::Data::Session& s, const Principal& who, const std::string& id) {
    auto p = loadPermit(s, id);
    if (!p || p->hall != who.hall)
        throw StoreError::notFound("no such permit in this hall");
    return *p;
}

// The change log entry that tells the hall's devices of a permit (version 1 issued, 2 revoked). The server made it,
// so every device gets it, the issuing one too.
void logChange(Poco::Data::Session& s, const Permit& p, std::int64_t nowMs) {
    const std::string data = toJsonText(permitToJson(p)), id = p.id, hall = p.hall;
    const int version = p.revoked ? 2 : 1;
    s << "INSERT INTO change_log(hall, entity, entity_id, version, data, at, device_id) VALUES($1, 'permit', $2, $3, "
         "$4, $5, NULL)",
        useRef(hall), useRef(id), bind(version), useRef(data), use(nowMs), now;
}

std::string nextPermitNumber(Poco::Data::Session& s, const std::string& hall, const std::string& year) {
    std::string prefix = hall + "-" + year + "-";
    std::transform(prefix.begin(), prefix.end(), prefix.begin(), [](unsigned char c) { return std::toupper(c); });
    const std::string pattern = prefix + "%";
    int issued = 0;
    s << "SELECT COUNT(*) FROM permits WHERE hall = $1 AND id LIKE $2", useRef(hall), useRef(pattern), into(issued),
        now;
    char sequence[16];
    std::snprintf(sequence, sizeof sequence, "%06d", issued + 1);
    return prefix + sequence;
}

// A permit whose item names an enterprise (营业执照): the enterprise the form describes is its holder (or the
// applicant, an enterprise, when the form names none or names it), with the credit code the registration gave it (the
// applicant's own when it is the applicant), and the item's particulars from the form; the scope from the form when
// the clerk gives none.
void nameSubject(Permit& p, const PermitSubject& subject, const FormDefinition& form, const Case& c,
                 const std::string& creditCode) {
    if (p.scope.empty() && !subject.scopeField.empty())
        p.scope = fieldText(form, c.formValues, subject.scopeField);
    if (!subject.enterprise())
        return;
    const PermitEnterprise enterprise = permitEnterprise(subject, form, c);
    p.enterprise = true;
    p.holderName = enterprise.name;
    if (p.holderName.empty())
        throw StoreError::invalid("missing_field",
                                  "the case's form does not name the enterprise (" + subject.holderField + ")");
    p.holderId = !creditCode.empty() ? creditCode : enterprise.creditCode;
    if (!CreditCode::isValid(p.holderId))
        throw StoreError::invalid("invalid_field", "credit_code: this permit is the enterprise's; give its "
                                                   "统一社会信用代码 (18 characters, the last a check character)");
    std::transform(p.holderId.begin(), p.holderId.end(), p.holderId.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
    for (const auto& line : subject.lines)
        if (const std::string value = fieldText(form, c.formValues, line.field); !value.empty())
            p.particulars.emplace_back(line.label, value + line.unit);
}

} // namespace

PermitKey PermitStore::requireSigningKey(const std::string& hall) {
    auto key = m_keys.signingKey(hall);
    if (!key)
        throw StoreError::conflict("no_permit_key",
                                   "this hall has no permit-signing key yet: an administrator makes one "
                                   "with onewindow-server admin keygen --issuer " +
                                       hall);
    return *key;
}

void PermitStore::admitIssue(const Principal& who, const std::string& caseRef) {
    requireStaffOf(who, who.hall);
    requireSigningKey(who.hall);
    m_db.read([&](Poco::Data::Session& s) {
        if (!exists(s, "SELECT COUNT(*) FROM cases WHERE hall = $1 AND (id = $2 OR case_no = $3)", who.hall, caseRef,
                    caseRef))
            throw StoreError::notFound("no such case in this hall (a case taken offline must reach the server first)");
    });
}

PermitStore::Issued PermitStore::issue(const Principal& who, const std::string& caseRef, const PermitRequest& request,
                                       std::int64_t nowMs) {
    requireStaffOf(who, who.hall);
    if (request.item.empty())
        throw StoreError::invalid("invalid_field", "item names the service item the permit is for");
    if (request.scope.size() > kMaxScope)
        throw StoreError::invalid("invalid_field", "scope may have at most 400 characters");
    const std::string from = checkedDate(request.validFrom, "valid_from");
    const std::string to = checkedDate(request.validTo, "valid_to");
    if (to < from)
        throw StoreError::invalid("invalid_field", "valid_to cannot be before valid_from");
    const auto key = requireSigningKey(who.hall);
    return m_db.write([&](Poco::Data::Session& s) -> Issued {
        std::vector<std::string> bodies;
        std::vector<Poco::Nullable<std::string>> approvers;
        s << "SELECT body, approved_by FROM cases WHERE hall = $1 AND (id = $2 OR case_no = $3) LIMIT 1",
            useRef(who.hall), useRef(caseRef), useRef(caseRef), into(bodies), into(approvers), now;
        if (bodies.empty())
            throw StoreError::notFound("no such case in this hall (a case taken offline must reach the server first)");
        const Case c = caseFromJson(parseObject(bodies.front()));
        if (!decided(c.state))
            throw StoreError::conflict("not_approved", "a permit is issued for an approved case; this one is " +
                                                           std::string(toString(c.state)));
        // Approved through the case rules (someone allowed to approve the item, at a device allowed to): a case
        // completed after a denial, or whose approval the server never checked, gets no permit.
        if (approvers.front().isNull())
            throw StoreError::conflict("not_approved",
                                       "the server holds no approval of this case by someone allowed to "
                                       "approve it");
        if (std::find(c.items.begin(), c.items.end(), request.item) == c.items.end())
            throw StoreError::invalid("invalid_field", "the case does not have the item " + request.item);
        std::vector<std::string> standing;
        s << "SELECT id FROM permits WHERE case_id = $1 AND item = $2 AND revoked_at IS NULL", bind(c.id),
            useRef(request.item), into(standing), now;
        if (!standing.empty())
            return Issued{*loadPermit(s, standing.front()), false};

        Permit p;
        p.hall = who.hall;
        p.caseId = c.id;
        p.caseNo = c.caseNo;
        p.item = request.item;
        const auto catalog = currentCatalogDocument(s);
        const ServiceItem* item = catalog ? catalog->catalog.item(request.item) : nullptr;
        p.typeName = item ? item->resultName() : request.item;
        p.authority = item ? localAuthority(item->department, hallProfile(s, who.hall).division) : std::string();
        p.holderName = c.applicant.name;
        p.holderId = c.applicant.kind == Applicant::Kind::Person ? IdNumber::masked(c.applicant.idNumber)
                                                                 : c.applicant.creditCode;
        p.scope = request.scope;
        if (const FormDefinition* form = item && catalog ? catalog->form(item->form) : nullptr)
            nameSubject(p, item->permit, *form, c, request.creditCode);
        p.validFrom = from;
        p.validTo = to;
        p.issuer = key.issuer;
        p.kid = key.kid;
        p.issuedBy = *who.user;
        p.issuedByName = who.staffName;
        p.issuedAtMs = nowMs;
        p.id = nextPermitNumber(s, who.hall, utcIso(nowMs).substr(0, 4));
        const auto sign = [&](const std::string& holder) {
            return signPermit({p.id, p.item, holder, p.issuer, p.validFrom, p.validTo}, key);
        };
        p.holderInCode = fitHolderInCode(p.holderName, p.holderId, kMaxPermitCodeChars,
                                         [&](const std::string& holder) { return sign(holder).size(); });
        p.token = sign(p.holderInCode);
        if (p.token.size() > kMaxPermitCodeChars)
            throw StoreError::invalid("code_too_long", "the permit's code would not fit a QR code of version 12");
        const std::string body = toJsonText(permitToJson(p)), user = *who.user;
        s << "INSERT INTO permits(id, hall, case_id, item, body, valid_from, valid_to, issued_by, issued_at)"
             " VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            bind(p.id), bind(p.hall), bind(p.caseId), bind(p.item), useRef(body), bind(from), bind(to), useRef(user),
            use(nowMs), now;
        logChange(s, p, nowMs);
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("case", p.caseNo.empty() ? p.caseId : p.caseNo);
        detail->set("item", p.item);
        detail->set("kid", p.kid);
        detail->set("valid_from", p.validFrom);
        detail->set("valid_to", p.validTo);
        AuditLog::append(s, who, "permit.issue", "permit:" + p.id, detail, nowMs);
        return Issued{p, true};
    });
}

std::optional<Permit> PermitStore::find(const std::string& id) {
    return m_db.read([&](Poco::Data::Session& s) { return loadPermit(s, id); });
}

Permit PermitStore::get(const Principal& who, const std::string& id) {
    requireStaffOf(who, who.hall);
    return m_db.read([&](Poco::Data::Session& s) { return loadInHall(s, who, id); });
}

std::vector<Permit> PermitStore::list(const Principal& who, const std::optional<std::string>& caseRef, int limit) {
    requireStaffOf(who, who.hall);
    return m_db.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement st(s);
        const std::string ref = caseRef.value_or("");
        if (caseRef)
            st << "SELECT p.id FROM permits p JOIN cases c ON c.id = p.case_id WHERE p.hall = $1"
                  " AND (c.id = $2 OR c.case_no = $3) ORDER BY p.issued_at DESC LIMIT $4",
                useRef(who.hall), useRef(ref), useRef(ref), use(limit);
        else
            st << "SELECT id FROM permits WHERE hall = $1 ORDER BY issued_at DESC LIMIT $2", useRef(who.hall),
                use(limit);
        st.execute();
        Poco::Data::RecordSet rs(st);
        std::vector<std::string> ids;
        for (bool more = rs.moveFirst(); more; more = rs.moveNext())
            ids.push_back(text(rs, 0));
        std::vector<Permit> out;
        out.reserve(ids.size());
        for (const auto& id : ids)
            out.push_back(*loadPermit(s, id));
        return out;
    });
}

Permit PermitStore::revoke(const Principal& who, const std::string& id, const std::string& reason, std::int64_t nowMs) {
    if (!who.isStaff() || !who.role || (*who.role != StaffRole::Supervisor && *who.role != StaffRole::Admin))
        throw StoreError::notAllowed("a permit is revoked by a supervisor");
    return m_db.write([&](Poco::Data::Session& s) {
        Permit p = loadInHall(s, who, id); // another hall's is not said to exist, whatever the request
        if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
            throw StoreError::invalid("invalid_field", "the reason for the revocation is required");
        if (reason.size() > kMaxReason)
            throw StoreError::invalid("invalid_field", "the reason may have at most 500 characters");
        if (p.revoked)
            throw StoreError::conflict("already_revoked", "the permit was revoked already");
        const std::string user = *who.user;
        s << "UPDATE permits SET revoked_at = $1, revoked_by = $2, revoke_reason = $3 WHERE id = $4 AND hall = $5",
            use(nowMs), useRef(user), useRef(reason), useRef(id), useRef(who.hall), now;
        p.revoked = Permit::Revocation{nowMs, user, reason, who.staffName};
        logChange(s, p, nowMs);
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("reason", reason);
        AuditLog::append(s, who, "permit.revoke", "permit:" + id, detail, nowMs);
        return p;
    });
}

} // namespace ow::server
