#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace ow::server {

// An answer other than success: HTTP status, a machine code and a sentence for a person.
class ApiError : public std::runtime_error {
public:
    ApiError(int status, std::string code, const std::string& message)
        : std::runtime_error(message)
        , m_status(status)
        , m_code(std::move(code)) {}
    int status() const { return m_status; }
    const std::string& code() const { return m_code; }
    // What the refusal carries beside its sentence (wire::ErrorReply): a refused document's problems, a closed
    // hall's next opening, the date a suspension ends.
    std::vector<std::string> problems;
    std::string opensAt;
    std::string until;

    static ApiError badRequest(const std::string& code, const std::string& message) { return {400, code, message}; }
    static ApiError unauthorized(const std::string& message) { return {401, "unauthorized", message}; }
    static ApiError forbidden(const std::string& message) { return {403, "forbidden", message}; }
    static ApiError forbidden(const std::string& code, const std::string& message) { return {403, code, message}; }
    static ApiError notFound(const std::string& message) { return {404, "not_found", message}; }
    static ApiError conflict(const std::string& code, const std::string& message) { return {409, code, message}; }

private:
    int m_status;
    std::string m_code;
};

} // namespace ow::server
