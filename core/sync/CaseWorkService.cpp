#include "sync/CaseWorkService.h"

#include "sync/ApiClient.h"

#include "domain/Json.h"
#include "domain/wire/Cases.h"

#include <QPointer>

namespace ow {
namespace {

std::vector<std::string> utf8(const QStringList& list) {
    std::vector<std::string> out;
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}

} // namespace

QString WorkCase::nameOf(const std::string& codeOrId) const {
    const auto it = names.find(codeOrId);
    return QString::fromStdString(it == names.end() ? codeOrId : it->second);
}

CaseWorkService::CaseWorkService(ApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api) {}

const WorkCase* CaseWorkService::find(const QString& caseId) const {
    const std::string id = caseId.toStdString();
    for (const auto& w : m_cases)
        if (w.c.id == id)
            return &w;
    return nullptr;
}

void CaseWorkService::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

std::function<void(const ApiReply&)>
CaseWorkService::answered(std::function<void(const Poco::JSON::Object::Ptr&)> read) {
    return [this, self = QPointer(this), read = std::move(read)](const ApiReply& reply) {
        if (!self)
            return;
        setBusy(false);
        if (!reply.ok()) {
            emit failed(reply.userMessage());
            return;
        }
        try {
            read(parseObject(reply.body.toStdString()));
        } catch (const BadInput& e) {
            emit failed(tr("The server's answer could not be read (%1).").arg(QString::fromUtf8(e.what())));
        }
    };
}

void CaseWorkService::reload() {
    setBusy(true);
    m_api.get(apiPath(api::kMyCases), answered([this](const Poco::JSON::Object::Ptr& answer) {
                  std::vector<WorkCase> cases;
                  const auto list = optionalArray(answer, "cases");
                  for (unsigned i = 0; list && i < list->size(); ++i) {
                      const auto o = list->getObject(i);
                      if (!o)
                          continue;
                      WorkCase w{caseFromJson(o),
                                 optionalInt32(o, "working_days_left").value_or(0),
                                 {},
                                 optionalStrings(o, "clock_stops")};
                      if (const auto names = optionalObject(o, "names"))
                          for (const auto& [key, value] : *names)
                              if (value.isString())
                                  w.names[key] = value.extract<std::string>();
                      cases.push_back(std::move(w));
                  }
                  m_cases = std::move(cases);
                  emit casesChanged();
              }));
}

void CaseWorkService::step(const QString& caseId, const char* pathPattern, const QString& second,
                           const QByteArray& body, const QString& done) {
    if (m_busy)
        return;
    setBusy(true);
    const QString path = second.isEmpty() ? apiPath(pathPattern, {caseId}) : apiPath(pathPattern, {caseId, second});
    m_api.post(path, body, answered([this, caseId, done](const Poco::JSON::Object::Ptr& answer) {
                   Case c = caseFromJson(answer);
                   emit caseUpdated(c);
                   for (auto& w : m_cases)
                       if (w.c.id == c.id)
                           w.c = std::move(c); // names and clock stops stay: the case's items do not change
                   emit casesChanged();
                   emit stepped(caseId, done);
               }));
}

void CaseWorkService::supply(const QString& caseId, const QString& material, const QStringList& attachments) {
    step(caseId, api::kCaseSupplements, {},
         jsonBytes(wire::SupplyRequest{material.toStdString(), utf8(attachments)}.toJson()),
         tr("The material was recorded as brought (容缺后补)."));
}

void CaseWorkService::requestCorrection(const QString& caseId, const QStringList& materials, const QString& reason) {
    step(caseId, api::kCaseCorrections, {},
         jsonBytes(wire::CorrectionRequest{utf8(materials), reason.toStdString()}.toJson()),
         tr("The applicant is asked for a correction (补正); the time limit stands still until it comes."));
}

void CaseWorkService::receiveCorrection(const QString& caseId, const QString& correctionId) {
    step(caseId, api::kCaseCorrectionReceived, correctionId, {},
         tr("The correction is in; the promised date moved by the days it took."));
}

void CaseWorkService::stopClock(const QString& caseId, const QString& kind, const QString& reason) {
    step(caseId, api::kCaseClockStops, {},
         jsonBytes(wire::ClockStopRequest{kind.toStdString(), reason.toStdString()}.toJson()),
         tr("The time limit stands still until it is started again; the applicant sees why."));
}

void CaseWorkService::restartClock(const QString& caseId, const QString& stopId) {
    step(caseId, api::kCaseClockStopEnded, stopId, {},
         tr("The time limit runs again; the promised date moved by the days it stood still."));
}

void CaseWorkService::assign(const QString& caseId, const QString& department, const QString& approver) {
    step(caseId, api::kCaseAssign, {},
         jsonBytes(wire::AssignRequest{department.toStdString(), approver.toStdString()}.toJson()),
         tr("The case was passed on (后台分办)."));
}

void CaseWorkService::decide(const QString& caseId, bool approve, const QString& reason) {
    step(caseId, api::kCaseDecision, {}, jsonBytes(wire::DecisionRequest{approve, reason.toStdString()}.toJson()),
         approve ? tr("The case is approved.") : tr("The case is refused."));
}

void CaseWorkService::complete(const QString& caseId, const QString& note) {
    step(caseId, api::kCaseComplete, {}, jsonBytes(wire::CompleteRequest{note.toStdString()}.toJson()),
         tr("The case is completed (办结)."));
}

void CaseWorkService::handOverAtWindow(const QString& caseId, const QString& recipient, bool idChecked) {
    wire::HandoverRequest r;
    r.method = "window";
    r.recipient = recipient.toStdString();
    r.idChecked = idChecked;
    step(caseId, api::kCaseHandover, {}, jsonBytes(r.toJson()), tr("The result was handed over (出件)."));
}

void CaseWorkService::post(const QString& caseId, const QString& recipient, const QString& address,
                           const QString& waybill) {
    wire::HandoverRequest r;
    r.method = "post";
    r.recipient = recipient.toStdString();
    r.address = address.toStdString();
    r.waybill = waybill.toStdString();
    step(caseId, api::kCaseHandover, {}, jsonBytes(r.toJson()), tr("The result is in the post (寄递)."));
}

void CaseWorkService::confirmDelivery(const QString& caseId) {
    step(caseId, api::kCaseDelivered, {}, {}, tr("The post delivered the result."));
}

} // namespace ow
