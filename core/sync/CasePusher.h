#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace ow {

class ApiClient;
class CaseStore;
struct OutboxEntry;

// Sends the local outbox to the server, in order, a batch at a time. Only what the server acknowledges leaves
// the outbox: applied changes are cleared, conflicts and quarantined changes are set aside with the server's
// reason for a person. When the server cannot be reached nothing changes and the error is reported.
class CasePusher : public QObject {
    Q_OBJECT
public:
    CasePusher(ApiClient& api, CaseStore& cases, QString deviceId, QObject* parent = nullptr);

    static constexpr int kBatch = 250; // changes per push (the server takes up to 500)
    void pushOnce(int batch = kBatch);
    // While attachments are still going up: the changes that name none still to upload, in order (the next of
    // those waits). Nothing to send is a finished(0, 0, pending) at once.
    void pushReady(int batch = kBatch);
    bool isBusy() const { return m_busy; }

signals:
    void finished(int applied, int setAside, int pending);
    // The server is waiting for these attachments before it applies the changes that name them.
    void blobsMissing(const QStringList& sha256s);
    void failed(const QString& message);

private:
    void send(const std::vector<OutboxEntry>& entries);
    ApiClient& m_api;
    CaseStore& m_cases;
    QString m_deviceId;
    bool m_busy = false;
};

} // namespace ow
