#include "Router.h"

#include "ApiError.h"
#include "StoreError.h"

#include "domain/Json.h"
#include "domain/JsonChecker.h"
#include "domain/wire/Error.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/URI.h>

#include <chrono>
#include <iostream>
#include <sstream>

namespace ow::server {
namespace {

std::vector<std::string> splitPath(const std::string& path) {
    std::vector<std::string> out;
    std::istringstream in(path);
    std::string segment;
    while (std::getline(in, segment, '/'))
        if (!segment.empty())
            out.push_back(segment);
    return out;
}

// How each kind of a store's refusal is answered.
int statusOf(StoreError::Kind kind) {
    switch (kind) {
    case StoreError::Kind::Invalid: return 400;
    case StoreError::Kind::Unauthenticated: return 401;
    case StoreError::Kind::NotAllowed: return 403;
    case StoreError::Kind::NotFound: return 404;
    case StoreError::Kind::Conflict: return 409;
    case StoreError::Kind::TooLarge: return 413;
    case StoreError::Kind::Unprocessable: return 422;
    case StoreError::Kind::TooMany: return 429;
    case StoreError::Kind::NoSpace: return 507;
    }
    return 500;
}

class RoutedRequest : public Poco::Net::HTTPRequestHandler {
public:
    explicit RoutedRequest(Router& router)
        : m_router(router) {}

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override {
        const auto started = std::chrono::steady_clock::now();
        std::vector<std::string> params;
        bool methodMismatch = false;
        std::string path;
        try {
            Poco::URI::decode(Poco::URI(request.getURI()).getPath(), path);
        } catch (const Poco::Exception&) {
            path.clear();
        }
        const RouteHandler* handler = m_router.match(request.getMethod(), path, params, methodMismatch);
        RequestContext ctx(m_router.server(), request, response, std::move(params));
        try {
            if (!handler)
                throw methodMismatch ? ApiError(405, "method_not_allowed", request.getMethod() + " is not allowed here")
                                     : ApiError::notFound("no such route: " + path);
            (*handler)(ctx);
        } catch (const ApiError& e) {
            answer(ctx, e.status(), {e.code(), e.what(), e.problems, e.opensAt, e.until});
        } catch (const DocumentErrors& e) { // a document a person wrote: every problem with its JSON path
            answer(ctx, 400,
                   {"invalid_document",
                    std::to_string(e.errors().size()) + " problem(s); the first: " + e.what(),
                    e.errors(),
                    {},
                    {}});
        } catch (const StoreError& e) {
            answer(ctx, statusOf(e.kind()), {e.code(), e.what(), {}, e.opensAt, e.until});
        } catch (const BadInput& e) {
            answer(ctx, 400, e.code(), e.what());
        } catch (const Poco::Exception& e) {
            std::cerr << "onewindow-server: " << request.getMethod() << " " << path << ": " << e.displayText()
                      << std::endl;
            answer(ctx, 503, "unavailable", "the server could not complete the request; try again");
        } catch (const std::exception& e) {
            std::cerr << "onewindow-server: " << request.getMethod() << " " << path << ": " << e.what() << std::endl;
            answer(ctx, 503, "unavailable", "the server could not complete the request; try again");
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        m_router.server().metrics.request(ctx.status(), seconds);
    }

private:
    static void answer(RequestContext& ctx, int status, const std::string& code, const std::string& message) {
        answer(ctx, status, {code, message, {}, {}, {}});
    }
    static void answer(RequestContext& ctx, int status, const wire::ErrorReply& error) {
        if (ctx.sent())
            return;
        try {
            ctx.sendError(status, error);
        } catch (const std::exception&) {
            // The client went away; nothing to answer.
        }
    }

    Router& m_router;
};

} // namespace

void Router::add(const std::string& method, const std::string& pattern, RouteHandler handler) {
    m_routes.push_back({method, splitPath(pattern), std::move(handler)});
}

std::vector<std::pair<std::string, std::string>> Router::routes() const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& route : m_routes) {
        std::string pattern;
        for (const auto& segment : route.segments)
            pattern += "/" + segment;
        out.emplace_back(route.method, pattern);
    }
    return out;
}

const RouteHandler* Router::match(const std::string& method, const std::string& path, std::vector<std::string>& params,
                                  bool& methodMismatch) const {
    const auto segments = splitPath(path);
    for (const auto& route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        std::vector<std::string> found;
        bool ok = true;
        for (std::size_t i = 0; i < segments.size() && ok; ++i) {
            if (!route.segments[i].empty() && route.segments[i].front() == '{') // {hall}, {id}: any one segment
                found.push_back(segments[i]);
            else
                ok = route.segments[i] == segments[i];
        }
        if (!ok)
            continue;
        if (route.method != method) {
            methodMismatch = true;
            continue;
        }
        params = std::move(found);
        return &route.handler;
    }
    return nullptr;
}

Poco::Net::HTTPRequestHandler* Router::createRequestHandler(const Poco::Net::HTTPServerRequest&) {
    return new RoutedRequest(*this);
}

} // namespace ow::server
