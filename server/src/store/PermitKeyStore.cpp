#include "PermitKeyStore.h"

#include "AuditLog.h"
#include "Crypto.h"
#include "StoreError.h"

#include "domain/HallTime.h"
#include "domain/Json.h"

#include <Poco/Data/RecordSet.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <fcntl.h>
#include <unistd.h>

using namespace Poco::Data::Keywords;

namespace ow::server {
namespace {

// Writes `text` to a new file readable by its owner only; the file never exists with wider rights.
void writePrivateFile(const std::filesystem::path& path, const std::string& text) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        throw std::runtime_error("cannot create the key file " + path.string());
    const auto written = ::write(fd, text.data(), text.size());
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (written != static_cast<ssize_t>(text.size()) || !synced)
        throw std::runtime_error("cannot write the key file " + path.string());
}

bool validKid(const std::string& kid) {
    if (kid.empty() || kid.size() > 64)
        return false;
    for (char c : kid)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.')
            return false;
    return kid.front() != '.';
}

} // namespace

std::string PermitKeyStore::generate(const std::string& issuer, const std::optional<std::string>& kid,
                                     std::int64_t nowMs) {
    // Short by default ("demo-261127-a3f9"): the kid is in every permit's code.
    const std::string day = utcIso(nowMs).substr(2, 8);
    std::string name =
        kid.value_or(issuer + "-" + day.substr(0, 2) + day.substr(3, 2) + day.substr(6, 2) + "-" + randomHex(2));
    if (!validKid(name) || issuer.empty())
        throw std::invalid_argument("a kid is 1-64 letters, digits, '-', '_' or '.', and an issuer is named");
    std::filesystem::create_directories(m_dir);
    std::filesystem::permissions(m_dir, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace);
    const PermitKey key = PermitKey::generate(issuer, name);
    const std::string jwk = toJsonText(key.publicJwk());
    m_db.write([&](Poco::Data::Session& s) {
        int exists = 0;
        s << "SELECT COUNT(*) FROM permit_keys WHERE kid = $1", useRef(name), into(exists), now;
        if (exists)
            throw std::invalid_argument("there is a key \"" + name + "\" already");
        writePrivateFile(std::filesystem::path(m_dir) / (name + ".pem"), key.privatePem());
        s << "INSERT INTO permit_keys(kid, issuer, public_jwk, created_at) VALUES($1, $2, $3, $4)", useRef(name),
            useRef(issuer), useRef(jwk), use(nowMs), now;
    });
    return name;
}

std::string PermitKeyStore::addPublicKey(const std::string& issuer, const Poco::JSON::Object::Ptr& jwk,
                                         const Principal& by, std::int64_t nowMs) {
    PermitKey key;
    try {
        key = PermitKey::fromPublicJwk(jwk);
    } catch (const std::exception& e) {
        throw StoreError::invalid("invalid_key", std::string("not an ES256 public key: ") + e.what());
    }
    if (key.issuer != issuer || !validKid(key.kid))
        throw StoreError::invalid("invalid_key", "a key of issuer \"" + issuer +
                                                     "\" with a kid of letters, digits, "
                                                     "'-', '_' or '.'");
    const std::string text = toJsonText(key.publicJwk());
    m_db.write([&](Poco::Data::Session& s) {
        std::vector<std::string> held;
        s << "SELECT public_jwk FROM permit_keys WHERE kid = $1", useRef(key.kid), into(held), now;
        if (!held.empty()) {
            if (held.front() != text)
                throw StoreError::conflict("kid_taken", "another key is kept under \"" + key.kid + "\"");
            return;
        }
        s << "INSERT INTO permit_keys(kid, issuer, public_jwk, created_at) VALUES($1, $2, $3, $4)", useRef(key.kid),
            useRef(issuer), useRef(text), use(nowMs), now;
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("issuer", issuer);
        AuditLog::append(s, by, "permit_key.added", "key:" + key.kid, detail, nowMs);
    });
    return key.kid;
}

bool PermitKeyStore::hasKey(const std::string& issuer) {
    return m_db.read([&](Poco::Data::Session& s) {
        int n = 0;
        s << "SELECT COUNT(*) FROM permit_keys WHERE issuer = $1", useRef(issuer), into(n), now;
        return n > 0;
    });
}

PermitKeyRing PermitKeyStore::publicKeys() {
    return m_db.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement st(s);
        // Each with its hall's name, for the people who check a permit.
        st << "SELECT k.public_jwk, COALESCE(h.name, '') FROM permit_keys k LEFT JOIN halls h ON h.id = k.issuer"
              " ORDER BY k.created_at";
        st.execute();
        Poco::Data::RecordSet rs(st);
        PermitKeyRing ring;
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            PermitKey key = PermitKey::fromPublicJwk(parseObject(rs[0].convert<std::string>()));
            key.issuerName = rs[1].convert<std::string>();
            ring.add(key);
        }
        return ring;
    });
}

std::optional<PermitKey> PermitKeyStore::signingKey(const std::string& issuer) {
    std::string kid;
    m_db.read([&](Poco::Data::Session& s) {
        s << "SELECT kid FROM permit_keys WHERE issuer = $1 AND retired_at IS NULL ORDER BY created_at DESC, kid DESC"
             " LIMIT 1",
            useRef(issuer), into(kid), now;
    });
    if (kid.empty())
        return std::nullopt;
    std::ifstream file(std::filesystem::path(m_dir) / (kid + ".pem"));
    if (!file)
        return std::nullopt;
    const std::string pem((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    return PermitKey::fromPrivatePem(pem, issuer, kid);
}

} // namespace ow::server
