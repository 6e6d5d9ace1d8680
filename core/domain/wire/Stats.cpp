#include "domain/wire/Stats.h"

#include "domain/HallTime.h"
#include "domain/Json.h"

namespace ow::wire {
namespace {

std::optional<std::int64_t> optionalInstant(const Poco::JSON::Object::Ptr& o, const std::string& key) {
    const auto text = optionalString(o, key);
    return text ? std::optional<std::int64_t>(parseUtcIso(*text)) : std::nullopt;
}

} // namespace

Poco::JSON::Object::Ptr TicketLine::toJson() const {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("id", id);
    o->set("number", number);
    o->set("category", category);
    o->set("status", status);
    if (counter)
        o->set("counter", *counter);
    o->set("clerk", clerk);
    o->set("clerk_name", clerkName);
    o->set("issued_at", utcIso(issuedAtMs));
    if (calledAtMs)
        o->set("called_at", utcIso(*calledAtMs));
    if (finishedAtMs)
        o->set("finished_at", utcIso(*finishedAtMs));
    if (waitS)
        o->set("wait_s", *waitS);
    if (serviceS)
        o->set("service_s", *serviceS);
    if (rating)
        o->set("rating", *rating);
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const auto& c : cases)
        list->add(c);
    o->set("cases", list);
    return o;
}

TicketLine TicketLine::fromJson(const Poco::JSON::Object::Ptr& o) {
    TicketLine t;
    t.id = optionalString(o, "id").value_or("");
    t.number = requireString(o, "number");
    t.category = optionalString(o, "category").value_or("");
    t.status = requireString(o, "status");
    t.counter = optionalInt32(o, "counter");
    t.clerk = optionalString(o, "clerk").value_or("");
    t.clerkName = optionalString(o, "clerk_name").value_or("");
    t.issuedAtMs = parseUtcIso(requireString(o, "issued_at"));
    t.calledAtMs = optionalInstant(o, "called_at");
    t.finishedAtMs = optionalInstant(o, "finished_at");
    t.waitS = optionalInt(o, "wait_s");
    t.serviceS = optionalInt(o, "service_s");
    t.rating = optionalInt32(o, "rating");
    if (const auto list = optionalArray(o, "cases"))
        for (unsigned i = 0; i < list->size(); ++i)
            if (list->get(i).isString())
                t.cases.push_back(list->getElement<std::string>(i));
    return t;
}

Poco::JSON::Object::Ptr CaseWarning::toJson() const {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("id", id);
    o->set("case_no", caseNo);
    o->set("item", item);
    if (!itemName.empty())
        o->set("item_name", itemName);
    o->set("clerk", clerk);
    o->set("clerk_name", clerkName);
    if (counter)
        o->set("counter", *counter);
    o->set("accepted_date", acceptedDate);
    o->set("promised_date", promisedDate);
    o->set("level", std::string(overdue ? "overdue" : "due_soon"));
    o->set("working_days_left", workingDaysLeft);
    return o;
}

CaseWarning CaseWarning::fromJson(const Poco::JSON::Object::Ptr& o) {
    CaseWarning w;
    w.id = optionalString(o, "id").value_or("");
    w.caseNo = requireString(o, "case_no");
    w.item = optionalString(o, "item").value_or("");
    w.itemName = optionalString(o, "item_name").value_or("");
    w.clerk = optionalString(o, "clerk").value_or("");
    w.clerkName = optionalString(o, "clerk_name").value_or("");
    w.counter = optionalInt32(o, "counter");
    w.acceptedDate = optionalString(o, "accepted_date").value_or("");
    w.promisedDate = optionalString(o, "promised_date").value_or("");
    w.overdue = optionalString(o, "level").value_or("") == "overdue";
    w.workingDaysLeft = optionalInt32(o, "working_days_left").value_or(0);
    return w;
}

} // namespace ow::wire
