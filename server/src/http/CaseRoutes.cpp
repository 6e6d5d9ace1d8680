#include "Router.h"

#include "domain/Json.h"
#include "domain/Masking.h"
#include "domain/wire/Cases.h"

namespace ow::server {
namespace {

// The case as it now stands; a supervisor's device sees personal data masked, as in the change log.
void sendCase(RequestContext& ctx, const Principal& who, const Case& c) {
    Poco::JSON::Object::Ptr body = caseToJson(c);
    if (who.kind == DeviceKind::Supervisor)
        maskPersonalData(body);
    ctx.sendJson(200, body);
}

} // namespace

// A case's life after intake: each step checked and taken by the server (CaseLifeStore, domain/CaseSteps.h).
void addCaseRoutes(Router& router) {
    router.add("GET", api::kMyCases, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        const int limit = static_cast<int>(ctx.queryInt("limit", 200, 1, 1000));
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        for (const auto& item : ctx.server().cases.work(who, limit, ctx.server().clock())) {
            Poco::JSON::Object::Ptr o = caseToJson(item.c);
            if (who.kind == DeviceKind::Supervisor)
                maskPersonalData(o);
            o->set("working_days_left", item.workingDaysLeft);
            Poco::JSON::Object::Ptr names = new Poco::JSON::Object(true);
            for (const auto& [key, name] : item.names)
                names->set(key, name);
            o->set("names", names);
            o->set("clock_stops", toJsonArray(item.clockStops));
            list->add(o);
        }
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("cases", list);
        ctx.sendJson(200, out);
    });
    router.add("GET", api::kCase, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        sendCase(ctx, who, ctx.server().cases.get(who, ctx.param(0)));
    });
    router.add("POST", api::kCaseSupplements, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.server().cases.admit(who, ctx.param(0), CaseStepKind::Supply);
        const auto r = wire::SupplyRequest::fromJson(ctx.jsonBody());
        sendCase(ctx, who,
                 ctx.server().cases.supply(who, ctx.param(0), r.material, r.attachments, ctx.server().clock()));
    });
    router.add("POST", api::kCaseCorrections, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.server().cases.admit(who, ctx.param(0), CaseStepKind::RequestCorrection);
        const auto r = wire::CorrectionRequest::fromJson(ctx.jsonBody());
        sendCase(ctx, who,
                 ctx.server().cases.requestCorrection(who, ctx.param(0), r.materials, r.reason, ctx.server().clock()));
    });
    router.add("POST", api::kCaseCorrectionReceived, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.server().cases.admit(who, ctx.param(0), CaseStepKind::ReceiveCorrection);
        sendCase(ctx, who, ctx.server().cases.receiveCorrection(who, ctx.param(0), ctx.param(1), ctx.server().clock()));
    });
    router.add("POST", api::kCaseClockStops, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.server().cases.admit(who, ctx.param(0), CaseStepKind::StopClock);
        const auto r = wire::ClockStopRequest::fromJson(ctx.jsonBody());
        sendCase(ctx, who, ctx.server().cases.stopClock(who, ctx.param(0), r.kind, r.reason, ctx.server().clock()));
    });
    router.add("POST", api::kCaseClockStopEnded, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.server().cases.admit(who, ctx.param(0), CaseStepKind::RestartClock);
        sendCase(ctx, who, ctx.server().cases.restartClock(who, ctx.param(0), ctx.param(1), ctx.server().clock()));
    });
    router.add("POST", api::kCaseAssign, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.server().cases.admit(who, ctx.param(0), CaseStepKind::Assign);
        const auto r = wire::AssignRequest::fromJson(ctx.jsonBody());
        sendCase(ctx, who,
                 ctx.server().cases.assign(who, ctx.param(0), r.department, r.approver, ctx.server().clock()));
    });
    router.add("POST", api::kCaseDecision, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.server().cases.admit(who, ctx.param(0), CaseStepKind::Decide);
        const auto r = wire::DecisionRequest::fromJson(ctx.jsonBody());
        sendCase(ctx, who, ctx.server().cases.decide(who, ctx.param(0), r.approve, r.reason, ctx.server().clock()));
    });
    router.add("POST", api::kCaseComplete, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.server().cases.admit(who, ctx.param(0), CaseStepKind::Complete);
        const auto r = wire::CompleteRequest::fromJson(ctx.jsonBody());
        sendCase(ctx, who, ctx.server().cases.complete(who, ctx.param(0), r.note, ctx.server().clock()));
    });
    router.add("POST", api::kCaseHandover, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.server().cases.admit(who, ctx.param(0), CaseStepKind::HandOver);
        const auto r = wire::HandoverRequest::fromJson(ctx.jsonBody());
        sendCase(ctx, who, ctx.server().cases.handOver(who, ctx.param(0), r.handover(), ctx.server().clock()));
    });
    router.add("POST", api::kCaseDelivered, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.server().cases.admit(who, ctx.param(0), CaseStepKind::ConfirmDelivery);
        sendCase(ctx, who, ctx.server().cases.confirmDelivery(who, ctx.param(0), ctx.server().clock()));
    });
}

} // namespace ow::server
