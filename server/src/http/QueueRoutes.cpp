#include "ApiError.h"
#include "CounterPauses.h"
#include "Router.h"

#include "domain/Appointment.h"
#include "domain/HallHours.h"
#include "domain/HallTime.h"
#include "domain/IdNumber.h"
#include "domain/Json.h"
#include "domain/Masking.h"
#include "domain/wire/Queue.h"

namespace ow::server {
namespace {

// 409 hall_closed, with when numbers are given again, when the hall's hours say it is closed now.
void requireOpenForNumbers(RequestContext& ctx, const std::string& hall) {
    const auto hours = ctx.server().halls.hours(hall);
    if (!hours)
        return; // no hours set: always open
    const HallTime time(ctx.hallTimeZone(hall));
    const std::int64_t nowMs = ctx.server().clock();
    const std::string today = time.businessDay(nowMs);
    const int minute = *parseClock(time.localClock(nowMs));
    const HallHours::State state = hours->stateAt(today, minute);
    if (HallHours::givesNumbers(state))
        return;
    std::string message = state == HallHours::State::Lunch ? "the hall is at its lunch break: no numbers now"
                                                           : "the hall is closed now: no numbers";
    const auto next = hours->nextOpening(today, minute);
    if (next)
        message += "; numbers again from " + next->first + " " + clockText(next->second);
    ApiError closed(409, "hall_closed", message);
    if (next)
        closed.opensAt = utcIso(time.dayStartUtcMs(next->first) + std::int64_t{next->second} * 60000);
    throw closed;
}

} // namespace

void publishTicketChange(ServerContext& server, const std::string& event, const TicketChange& change) {
    const Ticket& ticket = change.ticket;
    if (server.events.hasSubscribers(ticket.hall))
        server.events.publish(ticket.hall, queueEventMessage(server, event, ticket, change.seq));
}

std::string queueEventMessage(ServerContext& server, const std::string& event, const Ticket& ticket, std::int64_t seq) {
    Poco::JSON::Object::Ptr message = new Poco::JSON::Object(true);
    message->set("type", std::string("event"));
    message->set("event", event);
    message->set("seq", seq);
    message->set("ticket", ticketToJson(ticket));
    message->set("snapshot", queueSnapshotToJson(hallSnapshot(server, ticket.hall)));
    return toJsonText(message);
}

QueueSnapshot hallSnapshot(ServerContext& server, const std::string& hall) {
    QueueSnapshot snapshot = server.queue.snapshot(hall, server.clock());
    snapshot.upstream = server.upstreamLine();
    return snapshot;
}

std::int64_t publishHallChanged(ServerContext& server, const std::string& hall) {
    const std::int64_t seq = server.queue.lastEventSeq(hall);
    if (server.events.hasSubscribers(hall))
        server.events.publish(hall, hallChangedMessage(server, hall, seq));
    return seq;
}

void announceHallChanged(ServerContext& server, const std::string& hall) {
    const std::int64_t seq = publishHallChanged(server, hall);
    if (server.db.dialect() == Dialect::PostgreSQL)
        server.db.write([&](Poco::Data::Session& s) {
            server.fanout.announce(s, {QueueEvent{hall, "hall.changed", "", seq}});
        });
}

std::string hallChangedMessage(ServerContext& server, const std::string& hall, std::int64_t seq) {
    Poco::JSON::Object::Ptr message = new Poco::JSON::Object(true);
    message->set("type", std::string("event"));
    message->set("event", std::string("hall.changed"));
    message->set("seq", seq);
    message->set("snapshot", queueSnapshotToJson(hallSnapshot(server, hall)));
    return toJsonText(message);
}

void addQueueRoutes(Router& router) {
    router.add("POST", api::kTickets, [](RequestContext& ctx) {
        const std::string hall = ctx.param(0);
        const Principal& who = ctx.principal();
        ctx.requireHall(hall);
        if (who.kind != DeviceKind::Kiosk && !(who.kind == DeviceKind::Counter && who.isStaff()))
            throw ApiError::forbidden("numbers are issued by a kiosk or a clerk at a counter");
        const wire::TicketRequest asked = wire::TicketRequest::fromJson(ctx.jsonBody());
        if (who.kind == DeviceKind::Kiosk) // outside the hall's hours the kiosk gives no numbers; a clerk still may
            requireOpenForNumbers(ctx, hall);
        // 实名取号: the number read from the citizen's card is checked as any typed one and kept masked only.
        const std::string holder =
            asked.idNumber ? IdNumber::masked(ctx.requireIdNumber(hall, *asked.idNumber)) : std::string();
        const TicketChange issued =
            ctx.server().queue.issue(hall, asked.category, asked.priority, ctx.server().clock(), &who, holder);
        ctx.server().metrics.ticketIssued();
        ctx.sendJson(201, ticketToJson(issued.ticket, true));
        publishTicketChange(ctx.server(), "issued", issued);
    });

    // 短信提醒: the citizen leaves a mobile number at the kiosk for the number just taken.
    router.add("POST", api::kTicketNotices, [](RequestContext& ctx) {
        const std::string hall = ctx.param(0);
        const Principal& who = ctx.principal();
        ctx.requireHall(hall);
        if (who.kind != DeviceKind::Kiosk)
            throw ApiError::forbidden("a phone for a number is left at the kiosk");
        const auto body = ctx.jsonBody();
        const std::string ticketId = requireString(body, "ticket_id");
        const std::string phone = normalizeMobile(requireString(body, "phone"));
        if (phone.empty())
            throw ApiError::badRequest("invalid_phone", "phone must be a mobile number of 11 digits");
        const int ahead = ctx.server().notices.ask(hall, ticketId, phone);
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("ticket_id", ticketId);
        out->set("phone", maskedPhone(phone));
        out->set("waiting_ahead", ahead);
        out->set("notify_at", QueueNotices::kAhead);
        ctx.sendJson(201, out);
        if (ahead <= QueueNotices::kAhead)
            ctx.server().messagesOwed(); // due at once
    });

    router.add("POST", api::kCallNext, [](RequestContext& ctx) {
        const int counter = ctx.intParam(0);
        const Principal& who = ctx.principal();
        auto called = ctx.server().queue.callNext(who, counter, ctx.server().clock());
        if (!called) {
            ctx.sendEmpty(204);
            return;
        }
        ctx.server().metrics.ticketCalled();
        ctx.sendJson(200, wire::TicketEnvelope{called->ticket, called->seq}.toJson());
        publishTicketChange(ctx.server(), std::string(eventName(TicketAction::Call)), *called);
    });

    // 暂停服务 and back: the counter's screen, its pad and the supervisor's floor are told at once.
    for (const bool pause : {true, false})
        router.add("POST", pause ? api::kCounterPause : api::kCounterResume, [pause](RequestContext& ctx) {
            const int counter = ctx.intParam(0);
            const Principal& who = ctx.principal();
            CounterPauses pauses(ctx.server().db);
            const std::int64_t now = ctx.server().clock();
            const CounterDuty duty = pause ? pauses.pause(who, counter, now) : pauses.resume(who, counter, now);
            ctx.sendJson(200, wire::CounterDuty{duty.counter, duty.paused,
                                                duty.paused ? std::optional(utcIso(duty.pausedSinceMs)) : std::nullopt}
                                  .toJson());
            if (duty.changed)
                announceHallChanged(ctx.server(), who.hall);
        });

    router.add("POST", api::kTicketAction, [](RequestContext& ctx) {
        const auto action = ticketActionFromString(ctx.param(1));
        if (!action || *action == TicketAction::Call)
            throw ApiError::notFound("no ticket action \"" + ctx.param(1) + "\"");
        const Principal& who = ctx.principal();
        TransferTarget target;
        if (*action == TicketAction::Transfer)
            target = wire::TransferTarget::fromJson(ctx.jsonBody());
        const TicketChange change = ctx.server().queue.act(who, ctx.param(0), *action, ctx.server().clock(), target);
        ctx.sendJson(200, wire::TicketEnvelope{change.ticket, change.seq}.toJson());
        publishTicketChange(ctx.server(), std::string(eventName(*action)), change);
    });

    router.add("GET", api::kTicket, [](RequestContext& ctx) {
        const Principal& who = ctx.principal();
        auto ticket = ctx.server().queue.find(who.hall, ctx.param(0));
        if (!ticket)
            throw ApiError::notFound("no ticket \"" + ctx.param(0) + "\" in this hall");
        ctx.sendJson(200, wire::TicketEnvelope{*ticket, std::nullopt}.toJson());
    });

    router.add("GET", api::kQueue, [](RequestContext& ctx) {
        const std::string hall = ctx.param(0);
        ctx.principal();
        ctx.requireHall(hall);
        const std::int64_t seq = ctx.server().queue.lastEventSeq(hall); // before: the snapshot is at least as new
        QueueSnapshot snapshot = hallSnapshot(ctx.server(), hall);
        snapshot.seq = seq;
        ctx.sendJson(200, queueSnapshotToJson(snapshot));
    });
}

} // namespace ow::server
