#include "HallFanout.h"

#include "Crypto.h"
#include "Postgres.h"
#include "Sql.h"

#include "domain/Json.h"

#include <Poco/JSON/Parser.h>

#include <chrono>
#include <iostream>
#include <thread>

using namespace Poco::Data::Keywords;

namespace ow::server {

HallFanout::HallFanout(Database& db)
    : m_db(db)
    , m_instance(newUuid())
    , m_channel("ow_events_" + (db.schema().empty() ? std::string("public") : db.schema())) {}

HallFanout::~HallFanout() { stop(); }

void HallFanout::start(Deliver deliver, std::function<void()> accessEnded) {
    if (m_db.dialect() != Dialect::PostgreSQL || m_thread.joinable())
        return;
    m_deliver = std::move(deliver);
    m_accessEnded = std::move(accessEnded);
    m_stop = false;
    m_thread = std::thread([this] { run(); });
}

void HallFanout::stop() {
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    m_listening = false;
}

// The events, as few notices as fit PostgreSQL's 8000 bytes each.
void HallFanout::announce(Poco::Data::Session& s, const std::vector<QueueEvent>& events) {
    if (m_db.dialect() != Dialect::PostgreSQL || events.empty())
        return;
    std::vector<std::string> notices;
    Poco::JSON::Array::Ptr batch = new Poco::JSON::Array;
    std::size_t size = 0;
    auto send = [&] {
        Poco::JSON::Object::Ptr payload = new Poco::JSON::Object(true);
        payload->set("i", m_instance);
        payload->set("e", batch);
        notices.push_back(toJsonText(payload));
        batch = new Poco::JSON::Array;
        size = 0;
    };
    for (const QueueEvent& event : events) {
        Poco::JSON::Array::Ptr e = new Poco::JSON::Array;
        e->add(event.hall);
        e->add(event.event);
        e->add(event.ticketId);
        e->add(event.seq);
        const std::size_t length = toJsonText(e).size() + 1;
        if (size + length > 7000)
            send();
        batch->add(e);
        size += length;
    }
    if (batch->size() > 0)
        send();
    // Sent with the COMMIT, in its round trip: the notices leave if and only if the batch commits.
    for (std::string& notice : notices)
        Database::withCommit(s, "SELECT pg_notify($1, $2)", {m_channel, std::move(notice)});
}

void HallFanout::announceAccessEnded(Poco::Data::Session& s) {
    if (m_db.dialect() != Dialect::PostgreSQL)
        return;
    Poco::JSON::Object::Ptr payload = new Poco::JSON::Object(true);
    payload->set("i", m_instance);
    payload->set("a", true);
    Database::withCommit(s, "SELECT pg_notify($1, $2)", {m_channel, toJsonText(payload)});
}

void HallFanout::run() {
    using namespace std::chrono_literals;
    postgres::Listener listener(m_db.connectInfo(), m_channel);
    while (!m_stop) {
        std::string error;
        if (!listener.ensure(error)) {
            m_listening = false;
            std::cerr << "onewindow-server: cannot listen for other instances' hall events: " << error
                      << " (trying again)\n";
            for (int i = 0; i < 10 && !m_stop; ++i)
                std::this_thread::sleep_for(100ms);
            continue;
        }
        m_listening = true;
        // A broken connection is opened again: events in between are lost; the boards' next event carries a whole
        // snapshot.
        if (!listener.wait(200, [this](const char* notice) { deliver(notice); }))
            m_listening = false;
    }
    m_listening = false;
}

void HallFanout::deliver(const char* notice) {
    try {
        auto payload = Poco::JSON::Parser().parse(notice).extract<Poco::JSON::Object::Ptr>();
        if (payload->getValue<std::string>("i") == m_instance)
            return;
        if (payload->has("a")) {
            if (m_accessEnded)
                m_accessEnded();
            return;
        }
        const Poco::JSON::Array::Ptr events = payload->getArray("e");
        for (std::size_t i = 0; events && i < events->size(); ++i) {
            const Poco::JSON::Array::Ptr e = events->getArray(static_cast<unsigned>(i));
            m_deliver({e->getElement<std::string>(0), e->getElement<std::string>(1), e->getElement<std::string>(2),
                       e->getElement<std::int64_t>(3)});
        }
    } catch (const std::exception& e) {
        std::cerr << "onewindow-server: a hall event from another instance was not delivered: " << e.what() << "\n";
    }
}

} // namespace ow::server
