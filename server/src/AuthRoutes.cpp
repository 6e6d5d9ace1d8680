#include "ApiError.h"
#include "Router.h"

#include "domain/Json.h"

namespace ow::server {

void addAuthRoutes(Router& router) {
    router.add("POST", "/api/v1/devices/enroll", [](RequestContext& ctx) {
        const auto body = ctx.jsonBody();
        const std::string code = requireString(body, "code");
        const std::string name = optionalString(body, "name").value_or("device");
        if (name.size() > 200)
            throw ApiError::badRequest("invalid_field", "the device name is longer than 200 characters");
        const EnrolledDevice device = ctx.server().auth.enroll(code, name, ctx.server().clock());
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("device_id", device.deviceId);
        out->set("device_token", device.deviceToken);
        out->set("hall", device.hall);
        out->set("kind", std::string(toString(device.kind)));
        out->set("counter", device.counter ? Poco::Dynamic::Var(*device.counter) : Poco::Dynamic::Var());
        if (!device.code.empty())
            out->set("device_code", device.code);
        ctx.sendJson(201, out);
    });

    router.add("POST", "/api/v1/sessions", [](RequestContext& ctx) {
        const Principal device = ctx.principal();
        const auto body = ctx.jsonBody();
        const std::string user = requireString(body, "user");
        const std::string password = requireString(body, "password");
        const LoginResult login = ctx.server().auth.login(device, user, password, ctx.server().clock());
        Poco::JSON::Object::Ptr staff = new Poco::JSON::Object(true);
        staff->set("user", login.user);
        staff->set("role", std::string(toString(login.role)));
        staff->set("name", login.name);
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("token", login.token);
        out->set("staff", staff);
        out->set("hall", device.hall);
        out->set("counter", device.counter ? Poco::Dynamic::Var(*device.counter) : Poco::Dynamic::Var());
        out->set("expires_at", utcIso(login.expiresAtMs));
        ctx.sendJson(201, out);
    });
}

} // namespace ow::server
