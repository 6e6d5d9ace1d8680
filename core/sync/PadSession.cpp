#include "sync/PadSession.h"

#include "sync/ApiClient.h"
#include "sync/HallFeed.h"

#include "store/LocalStore.h"

#include "domain/Json.h"
#include "domain/wire/Rating.h"

#include <QPointer>

namespace ow {
namespace {

const QString kPendingKey = QStringLiteral("pad_pending_ratings");
constexpr int kRetryMs = 10000;
constexpr int kRefreshMs = 60000; // who is on duty changes at a login; an event of the counter refreshes sooner

QByteArray ratingBody(const QString& ticketId, const std::optional<RatingInput>& answer) {
    return jsonBytes(wire::RatingRequest{ticketId.toStdString(), {}, {}, answer}.toJson());
}

} // namespace

PadSession::PadSession(ApiClient& api, const QString& hall, int counter, LocalStore* store, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_hall(hall)
    , m_counter(counter)
    , m_store(store)
    , m_feed(std::make_unique<HallFeed>(api, hall)) {
    connect(m_feed.get(), &HallFeed::ticketEvent, this, [this](const QString& name, const Ticket& ticket) {
        if (ticket.counter != m_counter)
            return;
        if (name == QLatin1String("finished"))
            offer(QString::fromStdString(ticket.id), QString::fromStdString(ticket.number));
        else if (name == QLatin1String("called"))
            refresh(); // a new clerk may have logged in since
    });
    // Who is on duty and whether the counter is paused come with every snapshot of the hall.
    connect(m_feed.get(), &HallFeed::snapshotChanged, this, [this] {
        for (const auto& c : m_feed->snapshot().counters)
            if (c.number == m_counter)
                setDuty(c.clerk ? QString::fromStdString(c.clerk->name) : QString(),
                        c.clerk ? QString::fromStdString(c.clerk->staffNo) : QString(), c.paused);
    });
    connect(m_feed.get(), &HallFeed::liveChanged, this, [this](bool live) {
        emit liveChanged(live);
        if (live) {
            refresh(); // what happened while the line was down
            flush();
        }
    });
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &PadSession::flush);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &PadSession::refresh);
    load();
}

PadSession::~PadSession() = default;

bool PadSession::isLive() const { return m_feed->isLive(); }

void PadSession::start() {
    m_feed->start();
    m_refresh.start();
    refresh();
    flush();
}

void PadSession::refresh() {
    // The answer may come after this session is gone (the window closed): the guard drops it then.
    m_api.get(apiPath(api::kPad, {QString::number(m_counter)}), [self = QPointer(this)](const ApiReply& reply) {
        if (self)
            self->applyView(reply);
    });
}

void PadSession::setDuty(const QString& name, const QString& number, bool paused) {
    if (name == m_clerkName && number == m_staffNumber && paused == m_paused)
        return;
    m_clerkName = name;
    m_staffNumber = number;
    m_paused = paused;
    emit dutyChanged();
}

void PadSession::applyView(const ApiReply& reply) {
    if (!reply.ok())
        return; // offline: the pad keeps what it showed
    try {
        const auto view = parseObject(reply.body.toStdString());
        QString name, number;
        if (auto clerk = optionalObject(view, "clerk")) {
            name = QString::fromStdString(optionalString(clerk, "name").value_or(""));
            number = QString::fromStdString(optionalString(clerk, "staff_no").value_or(""));
        }
        setDuty(name, number, optionalBool(view, "paused").value_or(false));
        if (auto policy = optionalObject(view, "policy")) {
            const RatingPolicy fresh = ratingPolicyFromJson(policy);
            if (fresh.reasons != m_policy.reasons || fresh.padTimeoutSeconds != m_policy.padTimeoutSeconds) {
                m_policy = fresh;
                emit policyChanged(); // only on a change: the pad rebuilds its reasons, which a citizen may be choosing
            }
        }
        if (auto awaiting = optionalObject(view, "awaiting"))
            offer(QString::fromStdString(requireString(awaiting, "ticket_id")),
                  QString::fromStdString(optionalString(awaiting, "number").value_or("")));
    } catch (const std::exception&) {
        // An answer this pad does not understand changes nothing; the next refresh tries again.
    }
}

void PadSession::offer(const QString& ticketId, const QString& number) {
    if (m_offered.contains(ticketId))
        return;
    for (const Pending& p : m_pending)
        if (p.ticketId == ticketId)
            return;
    m_offered.insert(ticketId);
    emit ratingWanted(ticketId, number);
}

void PadSession::submit(const QString& ticketId, const std::optional<RatingInput>& answer) {
    m_offered.insert(ticketId);
    m_pending.push_back({ticketId, ratingBody(ticketId, answer)});
    save();
    emit pendingChanged(pendingCount());
    flush();
}

void PadSession::flush() {
    if (m_sending || m_pending.empty()) {
        if (m_pending.empty())
            m_retry.stop();
        return;
    }
    m_sending = true;
    const Pending first = m_pending.front();
    m_api.post(apiPath(api::kRatings), first.body, [this, self = QPointer(this), first](const ApiReply& reply) {
        if (!self)
            return; // kept in the store: the next session sends it
        m_sending = false;
        if (reply.offline() || reply.status >= 500) {
            m_retry.start(); // kept; tried again in a while and when the line comes back
            return;
        }
        // Stored, or refused for good (already rated elsewhere, the service unknown): either way it is done.
        if (!m_pending.empty() && m_pending.front().ticketId == first.ticketId)
            m_pending.erase(m_pending.begin());
        save();
        emit pendingChanged(pendingCount());
        flush();
    });
}

void PadSession::save() {
    if (!m_store)
        return;
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const Pending& p : m_pending)
        list->add(parseObject(p.body.toStdString()));
    m_store->setValue(kPendingKey, QString::fromStdString(toJsonText(list)));
}

void PadSession::load() {
    if (!m_store)
        return;
    const QString text = m_store->value(kPendingKey);
    if (text.isEmpty())
        return;
    try {
        const auto wrapped = parseObject("{\"list\":" + text.toStdString() + "}");
        if (auto list = optionalArray(wrapped, "list")) {
            for (unsigned i = 0; i < list->size(); ++i) {
                const auto item = list->getObject(i);
                if (!item)
                    continue;
                const QString ticketId = QString::fromStdString(optionalString(item, "ticket_id").value_or(""));
                m_pending.push_back({ticketId, jsonBytes(item)});
                m_offered.insert(ticketId);
            }
        }
    } catch (const std::exception&) {
        // A damaged list cannot be sent anyway; it is replaced by the next save.
    }
}

} // namespace ow
