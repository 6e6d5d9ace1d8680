#include "ApiError.h"
#include "CatalogStore.h"
#include "Limits.h"
#include "Router.h"
#include "Rows.h"

#include "domain/Case.h"
#include "domain/CaseNumber.h"
#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/Permit.h"

#include <Poco/Data/RecordSet.h>

#include <algorithm>

using namespace Poco::Data::Keywords;

namespace ow::server {
namespace {

// What is still owed on a case: the materials accepted for now (容缺) with their dates, those a correction (补正)
// waits for, and for a case turned back with a one-time notice (一次性告知) the required materials it lacks.
Poco::JSON::Array::Ptr stillMissing(const Case& c, const Catalog* catalog) {
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    const Correction* correction = c.life.openCorrection();
    for (const MaterialRecord& m : c.materials) {
        const bool waived = m.state == MaterialState::Waived;
        const bool lacking = c.state == CaseState::Notified && m.state == MaterialState::Missing;
        const bool corrected = correction && std::find(correction->materials.begin(), correction->materials.end(),
                                                       m.materialId) != correction->materials.end();
        if (!waived && !lacking && !corrected)
            continue;
        std::string name = m.materialId;
        if (catalog)
            for (const auto& code : c.items)
                if (const ServiceItem* item = catalog->item(code))
                    for (const Material& known : item->materials)
                        if (known.id == m.materialId)
                            name = known.name;
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
        o->set("name", name);
        if (waived && m.dueDate)
            o->set("due_date", *m.dueDate);
        if (corrected)
            o->set("correction", correction->reason);
        out->add(o);
    }
    return out;
}

// Open: accepted and not yet delivered, nor ended by a denial handed over; what a citizen comes to ask about.
bool isOpen(CaseState state) {
    switch (state) {
    case CaseState::Accepted:
    case CaseState::InReview:
    case CaseState::Supplement:
    case CaseState::Approved:
    case CaseState::Denied:
    case CaseState::Completed:
    case CaseState::Posted: return true;
    default: return false;
    }
}

// POST /api/v1/halls/{hall}/cases/by-card: the open cases of the citizen whose card lies on the kiosk's reader,
// each as its number, state, items and dates; the kiosk opens one with GET /progress and the number's last four
// characters. A number with no open case counts as a failed guess against the kiosk's address, like a wrong
// progress code: a kiosk's token is no way to walk the ID numbers.
void addCasesByCardRoute(Router& router) {
    router.add("POST", api::kCasesByCard, [](RequestContext& ctx) {
        const std::string hall = ctx.param(0);
        const Principal& who = ctx.principal();
        ctx.requireHall(hall);
        if (who.kind != DeviceKind::Kiosk)
            throw ApiError::forbidden("a citizen's cases are looked up by card at the hall's kiosk");
        const std::string number = ctx.requireIdNumber(hall, requireString(ctx.jsonBody(), "id_number"));
        const std::string tail = number.substr(number.size() - 4);
        struct Found {
            std::vector<Case> cases;
            std::optional<Catalog> catalog;
        };
        const Found found = counting(ctx, {{&ctx.server().lookupAddressLimiter, clientAddress(ctx)}}, "not_found", [&] {
            Found f = ctx.server().db.read([&](Poco::Data::Session& s) {
                Found f;
                std::vector<std::string> bodies;
                s << "SELECT body FROM cases WHERE hall = $1 AND id_tail = $2 LIMIT 500", useRef(hall), useRef(tail),
                    into(bodies), now;
                for (const auto& body : bodies) {
                    Case c = caseFromJson(parseObject(body));
                    if (c.applicant.kind == Applicant::Kind::Person && c.applicant.idNumber == number &&
                        isOpen(c.state))
                        f.cases.push_back(std::move(c));
                }
                if (!f.cases.empty())
                    f.catalog = currentCatalog(s);
                return f;
            });
            if (f.cases.empty())
                throw StoreError::notFound("no open case of this card's holder in this hall");
            return f;
        });
        std::vector<const Case*> order;
        for (const Case& c : found.cases)
            order.push_back(&c);
        std::sort(order.begin(), order.end(),
                  [](const Case* a, const Case* b) { return a->acceptedDate > b->acceptedDate; }); // newest first
        Poco::JSON::Array::Ptr cases = new Poco::JSON::Array;
        for (const Case* c : order) {
            Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
            o->set("case_no", c->caseNo);
            o->set("state", std::string(toString(c->state)));
            Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
            for (const auto& code : c->items) {
                const ServiceItem* item = found.catalog ? found.catalog->item(code) : nullptr;
                items->add(item ? item->name : code);
            }
            o->set("items", items);
            o->set("accepted_date", c->acceptedDate);
            o->set("promised_date", c->promisedDate);
            cases->add(o);
        }
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("cases", cases);
        ctx.response().set("Cache-Control", "no-store");
        ctx.sendJson(200, out);
    });
}

} // namespace

// GET /api/v1/progress/{caseNo}: a case's progress for anyone holding its receipt (the number's check digits keep
// mistyped numbers out). State, dates, what is still missing and the permits issued — the applicant only as a
// masked name, nothing else personal.
void addProgressRoute(Router& router) {
    addCasesByCardRoute(router);
    router.add("GET", api::kProgress, [](RequestContext& ctx) {
        const std::string caseNo = ctx.param(0);
        throttle(ctx, ctx.server().publicLimiter);
        if (!CaseNumber::parse(caseNo))
            throw ApiError::badRequest("invalid_case_number",
                                       "this is not a case number, or one of its characters is wrong");
        struct Found {
            std::optional<Case> c;
            std::optional<Catalog> catalog;
            std::vector<Permit> permits;
            std::string zone;
        };
        // Only with what the applicant holds: the receipt's query code, or the last four characters of the ID
        // number. An unknown number and a wrong code are the same query finding no row — the same answer, in the
        // same time — and both count as a failed guess against the address and the number.
        const std::string code = lookupCode(ctx.query("code").value_or(""));
        const Found found = counting(
            ctx, {{&ctx.server().lookupAddressLimiter, clientAddress(ctx)}, {&ctx.server().lookupCaseLimiter, caseNo}},
            "not_found", [&] {
                Found f = ctx.server().db.read([&](Poco::Data::Session& s) {
                    Found f;
                    std::vector<std::string> bodies;
                    s << "SELECT body FROM cases WHERE case_no = $1 AND (query_code = $2 OR id_tail = $3) LIMIT 1",
                        useRef(caseNo), useRef(code), useRef(code), into(bodies), now;
                    if (bodies.empty())
                        return f;
                    f.c = caseFromJson(parseObject(bodies.front()));
                    f.catalog = currentCatalog(s);
                    const std::string id = f.c->id, hall = f.c->hall;
                    std::vector<std::string> permitBodies;
                    std::vector<std::int64_t> revoked;
                    s << "SELECT body, COALESCE(revoked_at, 0) FROM permits WHERE case_id = $1 ORDER BY issued_at",
                        useRef(id), into(permitBodies), into(revoked), now;
                    for (std::size_t i = 0; i < permitBodies.size(); ++i) {
                        f.permits.push_back(permitFromJson(parseObject(permitBodies[i])));
                        if (revoked[i])
                            f.permits.back().revoked = Permit::Revocation{revoked[i], {}, {}};
                    }
                    s << "SELECT timezone FROM halls WHERE id = $1", useRef(hall), into(f.zone), now;
                    return f;
                });
                if (!f.c)
                    throw StoreError::notFound("no case with this number and code has reached the hall's server");
                return f;
            });
        const Case& c = *found.c;
        const Catalog* catalog = found.catalog ? &*found.catalog : nullptr;
        const std::string today =
            HallTime(found.zone.empty() ? std::string("Asia/Shanghai") : found.zone).businessDay(ctx.server().clock());
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("case_no", c.caseNo);
        out->set("state", std::string(toString(c.state)));
        out->set("applicant",
                 c.applicant.kind == Applicant::Kind::Person ? maskedPersonName(c.applicant.name) : c.applicant.name);
        Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
        for (const auto& code : c.items) {
            const ServiceItem* item = catalog ? catalog->item(code) : nullptr;
            items->add(item ? item->name : code);
        }
        out->set("items", items);
        out->set("accepted_date", c.acceptedDate);
        out->set("promised_date", c.promisedDate);
        out->set("missing", stillMissing(c, catalog));
        Poco::JSON::Array::Ptr permits = new Poco::JSON::Array;
        for (const Permit& p : found.permits) {
            Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
            o->set("id", p.id);
            o->set("type_name", p.typeName);
            o->set("status", std::string(toString(permitStatus(p, today))));
            permits->add(o);
        }
        out->set("permits", permits);
        // The steps after intake, by day (who took them is the hall's business), and the waybill of a posted result.
        Poco::JSON::Array::Ptr steps = new Poco::JSON::Array;
        for (const CaseStep& step : c.life.steps) {
            Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
            o->set("action", step.action);
            o->set("day", step.day);
            steps->add(o);
        }
        out->set("steps", steps);
        if (c.life.handover && c.life.handover->method == "post")
            out->set("waybill", c.life.handover->waybill);
        if (const ClockStop* stop = c.life.openClockStop()) { // the applicant is told why the time limit stands still
            Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
            o->set("kind", stop->kind);
            o->set("reason", stop->reason);
            o->set("since", stop->startedDay);
            out->set("clock_stopped", o);
        }
        out->set("today", today);
        ctx.response().set("Cache-Control", "no-store");
        ctx.sendJson(200, out);
    });
}

} // namespace ow::server
