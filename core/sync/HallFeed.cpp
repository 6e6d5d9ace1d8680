#include "sync/HallFeed.h"

#include "sync/ApiClient.h"
#include "sync/EventStream.h"

#include "domain/Json.h"

namespace ow {

HallFeed::HallFeed(ApiClient& api, QString hall, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_hall(std::move(hall)) {}

HallFeed::~HallFeed() = default;

void HallFeed::start() {
    m_stream = std::make_unique<EventStream>(m_api.baseUrl(), m_hall, m_api.token());
    connect(m_stream.get(), &EventStream::message, this, &HallFeed::handleMessage);
    connect(m_stream.get(), &EventStream::connectedChanged, this, &HallFeed::liveChanged);
    m_stream->start();
}

bool HallFeed::isLive() const { return m_stream && m_stream->isConnected(); }

void HallFeed::applySnapshot(const QueueSnapshot& snapshot, std::int64_t seq) {
    if (seq < m_seq)
        return;
    m_seq = seq;
    m_snapshot = snapshot;
    emit snapshotChanged();
}

void HallFeed::handleMessage(const QByteArray& json) {
    try {
        const auto object = parseObject(json.toStdString());
        const std::int64_t seq = optionalInt(object, "seq").value_or(0);
        const bool newer = seq > m_seq;
        if (auto snapshot = optionalObject(object, "snapshot"))
            applySnapshot(queueSnapshotFromJson(snapshot), seq);
        const auto event = optionalString(object, "event");
        const auto ticket = optionalObject(object, "ticket");
        if (newer && event && ticket)
            emit ticketEvent(QString::fromStdString(*event), ticketFromJson(ticket));
    } catch (const std::exception&) {
        // A message this client does not understand is skipped; the next snapshot repairs the state.
    }
}

} // namespace ow
