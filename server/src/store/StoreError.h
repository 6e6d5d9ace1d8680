#pragma once

#include <stdexcept>
#include <string>

namespace ow::server {

// What a store refuses, in its own terms: the kind of refusal, a machine code ("invalid_code", "wrong_offset"…)
// and a sentence for a person. The stores know nothing of HTTP; the router answers each kind with its status
// (Router.cpp), the admin commands print the sentence.
class StoreError : public std::runtime_error {
public:
    enum class Kind {
        Invalid,         // the request names or holds something that cannot be (400)
        Unauthenticated, // a code or password that does not open anything (401)
        NotAllowed,      // this caller may not do this here (403)
        NotFound,        // no such thing, or none the caller may see (404)
        Conflict,        // not now: the state, a version or a limit stands against it (409)
        TooLarge,        // more than is taken (413)
        Unprocessable,   // well formed, but wrong (422: bytes that do not match their hash)
        TooMany,         // slowed down or over a quota (429)
        NoSpace,         // the server cannot keep it (507)
    };

    StoreError(Kind kind, std::string code, const std::string& message)
        : std::runtime_error(message)
        , m_kind(kind)
        , m_code(std::move(code)) {}

    static StoreError invalid(const std::string& code, const std::string& message) {
        return {Kind::Invalid, code, message};
    }
    static StoreError notAllowed(const std::string& message) { return {Kind::NotAllowed, "forbidden", message}; }
    static StoreError notAllowed(const std::string& code, const std::string& message) {
        return {Kind::NotAllowed, code, message};
    }
    static StoreError notFound(const std::string& message) { return {Kind::NotFound, "not_found", message}; }
    static StoreError conflict(const std::string& code, const std::string& message) {
        return {Kind::Conflict, code, message};
    }

    Kind kind() const { return m_kind; }
    // When the refusal ends, where it says (wire::ErrorReply): an instant (UTC ISO-8601), or a date (the hall's).
    std::string opensAt, until;
    const std::string& code() const { return m_code; }

private:
    Kind m_kind;
    std::string m_code;
};

} // namespace ow::server
