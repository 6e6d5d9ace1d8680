#pragma once

#include "domain/Ticket.h"

#include <QObject>
#include <QString>

#include <optional>

namespace ow {

class ApiClient;
class HallFeed;
struct ApiReply;

// What a clerk does at a counter, as named operations: call next, recall, no-show, start, finish,
// transfer. One operation at a time; the result or a sentence for the clerk comes back by signal.
class CounterService : public QObject {
    Q_OBJECT
public:
    CounterService(ApiClient& api, HallFeed& feed, int counter, QObject* parent = nullptr);

    int counter() const { return m_counter; }
    const std::optional<Ticket>& current() const { return m_current; }
    bool isBusy() const { return m_busy; }
    // 暂停服务: a paused counter calls nobody (the number it is on may still be finished).
    bool isPaused() const { return m_paused; }
    std::int64_t pausedSinceMs() const { return m_pausedSinceMs; }

public slots:
    void callNext();
    void recall();
    void noShow();
    void start();
    void finish();
    void transferToCategory(const QString& category);
    void transferToCounter(int counter);
    void togglePause(); // pauses a serving counter, resumes a paused one

signals:
    void currentChanged();
    void pausedChanged();
    void busyChanged(bool busy);
    void info(const QString& message);
    void failed(const QString& message);

private:
    void act(TicketAction action, const QByteArray& body = {});
    void setBusy(bool busy);
    void setCurrent(std::optional<Ticket> ticket);
    void setPaused(bool paused, std::int64_t sinceMs);
    void applyReply(const ApiReply& reply, std::optional<Ticket> ticket);
    void adoptFromSnapshot();
    bool handleFailure(const ApiReply& reply);

    ApiClient& m_api;
    HallFeed& m_feed;
    int m_counter;
    std::optional<Ticket> m_current;
    std::int64_t m_seq = 0; // event sequence of the last answer; older snapshots do not override it
    bool m_busy = false;
    bool m_paused = false;
    std::int64_t m_pausedSinceMs = 0;
};

} // namespace ow
