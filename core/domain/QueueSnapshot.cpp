#include "domain/QueueSnapshot.h"

#include "domain/HallTime.h"
#include "domain/Json.h"

#include <numeric>

namespace ow {

int QueueSnapshot::waitingTotal() const {
    return std::accumulate(categories.begin(), categories.end(), 0,
                           [](int sum, const Category& c) { return sum + c.waiting; });
}

Poco::JSON::Object::Ptr queueSnapshotToJson(const QueueSnapshot& s) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("hall", s.hall);
    o->set("hall_name", s.hallName);
    o->set("business_day", s.businessDay);
    if (s.seq > 0)
        o->set("seq", s.seq);
    Poco::JSON::Array::Ptr categories = new Poco::JSON::Array;
    for (const auto& c : s.categories) {
        Poco::JSON::Object::Ptr item = new Poco::JSON::Object(true);
        item->set("prefix", c.prefix);
        item->set("name", c.name);
        item->set("waiting", c.waiting);
        item->set("open", c.open);
        if (!c.group.empty())
            item->set("group", c.group);
        categories->add(item);
    }
    o->set("categories", categories);
    Poco::JSON::Array::Ptr counters = new Poco::JSON::Array;
    for (const auto& c : s.counters) {
        Poco::JSON::Object::Ptr item = new Poco::JSON::Object(true);
        item->set("number", c.number);
        if (!c.name.empty())
            item->set("name", c.name);
        item->set("closed", c.closed);
        item->set("paused", c.paused);
        if (c.paused)
            item->set("paused_since", utcIso(c.pausedSinceMs));
        if (c.clerk) {
            Poco::JSON::Object::Ptr clerk = new Poco::JSON::Object(true);
            clerk->set("user", c.clerk->user);
            clerk->set("staff_no", c.clerk->staffNo);
            clerk->set("name", c.clerk->name);
            item->set("clerk", clerk);
        }
        Poco::JSON::Array::Ptr cats = new Poco::JSON::Array;
        for (const auto& prefix : c.categories)
            cats->add(prefix);
        item->set("categories", cats);
        item->set("current", c.current ? Poco::Dynamic::Var(ticketToJson(*c.current)) : Poco::Dynamic::Var());
        counters->add(item);
    }
    o->set("counters", counters);
    Poco::JSON::Array::Ptr calls = new Poco::JSON::Array;
    for (const auto& c : s.recentCalls) {
        Poco::JSON::Object::Ptr item = new Poco::JSON::Object(true);
        item->set("ticket_id", c.ticketId);
        item->set("number", c.number);
        item->set("counter", c.counter);
        item->set("at", utcIso(c.atMs));
        if (c.priority != Priority::Normal)
            item->set("priority", std::string(toString(c.priority)));
        calls->add(item);
    }
    o->set("recent_calls", calls);
    Poco::JSON::Array::Ptr missed = new Poco::JSON::Array;
    for (const auto& m : s.missed) {
        Poco::JSON::Object::Ptr item = new Poco::JSON::Object(true);
        item->set("number", m.number);
        item->set("at", utcIso(m.atMs));
        missed->add(item);
    }
    o->set("missed", missed);
    o->set("profile", hallProfileToJson(s.profile));
    o->set("waiting_total", s.waitingTotal());
    if (s.upstream) {
        Poco::JSON::Object::Ptr line = new Poco::JSON::Object(true);
        line->set("connected", s.upstream->connected);
        line->set("backlog", s.upstream->backlog);
        line->set("last_contact", s.upstream->lastContactMs > 0 ? Poco::Dynamic::Var(utcIso(s.upstream->lastContactMs))
                                                                : Poco::Dynamic::Var());
        o->set("upstream", line);
    }
    return o;
}

QueueSnapshot queueSnapshotFromJson(const Poco::JSON::Object::Ptr& o) {
    QueueSnapshot s;
    s.hall = requireString(o, "hall");
    s.hallName = optionalString(o, "hall_name").value_or(s.hall);
    s.businessDay = optionalString(o, "business_day").value_or("");
    s.seq = optionalInt(o, "seq").value_or(0);
    auto objects = [](const Poco::JSON::Array::Ptr& array, auto each) {
        if (!array)
            return;
        for (std::size_t i = 0; i < array->size(); ++i) {
            auto item = array->getObject(static_cast<unsigned>(i));
            if (!item)
                throw BadInput("invalid_field", "queue entries must be objects");
            each(item);
        }
    };
    objects(optionalArray(o, "categories"), [&](const Poco::JSON::Object::Ptr& item) {
        s.categories.push_back({requireString(item, "prefix"), optionalString(item, "name").value_or(""),
                                static_cast<int>(optionalInt(item, "waiting").value_or(0)),
                                optionalBool(item, "open").value_or(true), optionalString(item, "group").value_or("")});
    });
    objects(optionalArray(o, "counters"), [&](const Poco::JSON::Object::Ptr& item) {
        QueueSnapshot::Counter c;
        c.number = static_cast<int>(requireInt(item, "number"));
        c.name = optionalString(item, "name").value_or("");
        c.closed = optionalBool(item, "closed").value_or(false);
        c.paused = optionalBool(item, "paused").value_or(false);
        if (const auto since = optionalString(item, "paused_since"); c.paused && since)
            c.pausedSinceMs = parseUtcIso(*since);
        if (const auto clerk = optionalObject(item, "clerk"))
            c.clerk = QueueSnapshot::Counter::Clerk{requireString(clerk, "user"),
                                                    optionalString(clerk, "staff_no").value_or(""),
                                                    optionalString(clerk, "name").value_or("")};
        if (auto cats = optionalArray(item, "categories"))
            for (std::size_t i = 0; i < cats->size(); ++i)
                c.categories.push_back(cats->getElement<std::string>(static_cast<unsigned>(i)));
        if (auto current = optionalObject(item, "current"))
            c.current = ticketFromJson(current);
        s.counters.push_back(std::move(c));
    });
    objects(optionalArray(o, "recent_calls"), [&](const Poco::JSON::Object::Ptr& item) {
        s.recentCalls.push_back(
            {optionalString(item, "ticket_id").value_or(""), requireString(item, "number"),
             static_cast<int>(requireInt(item, "counter")), parseUtcIso(requireString(item, "at")),
             priorityFromString(optionalString(item, "priority").value_or("normal")).value_or(Priority::Normal)});
    });
    objects(optionalArray(o, "missed"), [&](const Poco::JSON::Object::Ptr& item) {
        s.missed.push_back({requireString(item, "number"), parseUtcIso(requireString(item, "at"))});
    });
    if (const auto profile = optionalObject(o, "profile"))
        s.profile = hallProfileFromJson(profile);
    if (const auto line = optionalObject(o, "upstream")) {
        QueueSnapshot::Upstream u;
        u.connected = optionalBool(line, "connected").value_or(false);
        u.backlog = optionalInt(line, "backlog").value_or(0);
        const auto contact = optionalString(line, "last_contact");
        u.lastContactMs = contact ? parseUtcIso(*contact) : 0;
        s.upstream = u;
    }
    return s;
}

} // namespace ow
