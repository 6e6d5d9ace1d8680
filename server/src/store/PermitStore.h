#pragma once

#include "AuthStore.h"
#include "Database.h"
#include "PermitKeyStore.h"

#include "domain/Permit.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ow::server {

// What the clerk fills in when issuing a permit; the rest comes from the case, the catalog and the hall's key.
struct PermitRequest {
    std::string item;       // one of the case's items
    std::string scope;      // 许可范围 / 经营范围, may be empty
    std::string validFrom;  // ISO date
    std::string validTo;    // ISO date, or "9999-12-31" for 长期
    std::string creditCode; // an enterprise's permit: its 统一社会信用代码 as the registration gave it
};

// 证照: issued for an approved case and signed with the hall's newest key, revoked by a supervisor; each step in
// the audit log and in the change log, so that every device of the hall learns of it by sync.
class PermitStore {
public:
    PermitStore(Database& db, PermitKeyStore& keys)
        : m_db(db)
        , m_keys(keys) {}

    struct Issued {
        Permit permit;
        bool created = false; // false: the case's item had a standing permit already, which is returned
    };
    // `caseRef` is the case's id or its printed number. The case must be approved (or completed or delivered)
    // in the caller's hall; asking again for the same item returns the permit already issued.
    // The gate before a request to issue is read: NotAllowed for a device with nobody logged in, NotFound when the
    // hall has no such case.
    void admitIssue(const Principal& who, const std::string& caseRef);
    Issued issue(const Principal& who, const std::string& caseRef, const PermitRequest& request, std::int64_t nowMs);
    std::optional<Permit> find(const std::string& id);
    Permit get(const Principal& who, const std::string& id); // the hall's staff only
    std::vector<Permit> list(const Principal& who, const std::optional<std::string>& caseRef, int limit);
    Permit revoke(const Principal& who, const std::string& id, const std::string& reason, std::int64_t nowMs);

    static constexpr const char* kLongTerm = "9999-12-31"; // 长期

private:
    PermitKey requireSigningKey(const std::string& hall); // Conflict no_permit_key, saying what to do

    Database& m_db;
    PermitKeyStore& m_keys;
};

} // namespace ow::server
