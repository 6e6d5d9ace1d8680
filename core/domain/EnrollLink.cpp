#include "domain/EnrollLink.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

namespace ow {

std::string makeEnrollLink(const EnrollLink& link) {
    Poco::URI uri("onewindow://enroll");
    uri.addQueryParameter("server", link.server);
    uri.addQueryParameter("code", link.code);
    return uri.toString();
}

std::optional<EnrollLink> parseEnrollLink(std::string_view text) {
    try {
        const Poco::URI uri{std::string(text)};
        if (uri.getScheme() != "onewindow" || uri.getHost() != "enroll")
            return std::nullopt;
        EnrollLink link;
        for (const auto& [key, value] : uri.getQueryParameters()) {
            if (key == "server")
                link.server = value;
            else if (key == "code")
                link.code = value;
        }
        const bool web = link.server.rfind("http://", 0) == 0 || link.server.rfind("https://", 0) == 0;
        if (!web || link.code.empty() || link.code.size() > 64)
            return std::nullopt;
        return link;
    } catch (const Poco::Exception&) {
        return std::nullopt;
    }
}

} // namespace ow
