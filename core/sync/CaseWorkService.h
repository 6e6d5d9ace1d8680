#pragma once

#include "domain/Case.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <Poco/JSON/Object.h>

#include <functional>

#include <map>
#include <vector>

namespace ow {

class ApiClient;
struct ApiReply;

// One case of a person's work list, with the working days left to its promise (negative: past it).
struct WorkCase {
    Case c;
    int workingDaysLeft = 0;
    std::map<std::string, std::string> names; // item codes and material ids → the catalog's names
    std::vector<std::string> clockStops;      // what may stop its clock (公示, 专家评审 …), by its items

    QString nameOf(const std::string& codeOrId) const; // the code itself when the catalog has no name for it
};

// A person's cases after intake as named operations on the hall's server (GET /me/cases and the case's steps):
// the approver's 后台审批, the supervisor's 分办, the clerk's 后补, 补正, 出件 and 寄递. Every step needs the hall: the
// server checks it and answers with the case as it now stands, which replaces the list's entry.
class CaseWorkService : public QObject {
    Q_OBJECT
public:
    explicit CaseWorkService(ApiClient& api, QObject* parent = nullptr);

    const std::vector<WorkCase>& cases() const { return m_cases; }
    const WorkCase* find(const QString& caseId) const;
    bool isBusy() const { return m_busy; }

public slots:
    void reload();
    void supply(const QString& caseId, const QString& material, const QStringList& attachments);
    void requestCorrection(const QString& caseId, const QStringList& materials, const QString& reason);
    void receiveCorrection(const QString& caseId, const QString& correctionId);
    void stopClock(const QString& caseId, const QString& kind, const QString& reason);
    void restartClock(const QString& caseId, const QString& stopId);
    void assign(const QString& caseId, const QString& department, const QString& approver);
    void decide(const QString& caseId, bool approve, const QString& reason);
    void complete(const QString& caseId, const QString& note);
    void handOverAtWindow(const QString& caseId, const QString& recipient, bool idChecked);
    void post(const QString& caseId, const QString& recipient, const QString& address, const QString& waybill);
    void confirmDelivery(const QString& caseId);

signals:
    void casesChanged();
    void stepped(const QString& caseId, const QString& message); // the step was taken; a sentence for the status bar
    void caseUpdated(const Case& c);                             // the case as the server now holds it
    void busyChanged(bool busy);
    void failed(const QString& message);

private:
    // POSTs to the step's path (the case, and the correction for one received) unless a step runs already.
    void step(const QString& caseId, const char* pathPattern, const QString& second, const QByteArray& body,
              const QString& done);
    // The handler of an answer: not busy any more; a refusal or an unreadable answer said by `failed`; else `read`.
    std::function<void(const ApiReply&)> answered(std::function<void(const Poco::JSON::Object::Ptr&)> read);
    void setBusy(bool busy);

    ApiClient& m_api;
    std::vector<WorkCase> m_cases;
    bool m_busy = false;
};

} // namespace ow
