#include "sync/RectificationService.h"

#include "sync/ApiClient.h"

#include "domain/Json.h"

#include <QPointer>

namespace ow {
namespace {

QByteArray body(std::initializer_list<std::pair<const char*, Poco::Dynamic::Var>> fields) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    for (const auto& [key, value] : fields)
        o->set(key, value);
    return QByteArray::fromStdString(toJsonText(o));
}

} // namespace

RectificationService::RectificationService(ApiClient& api, QString hall, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_hall(std::move(hall)) {}

void RectificationService::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void RectificationService::setShowAll(bool all) {
    m_all = all;
    reload();
}

void RectificationService::reload() {
    setBusy(true);
    const QString path = apiPath(api::kRectifications, {m_hall}) +
                         (m_all ? QStringLiteral("?state=all") : QStringLiteral("?state=open"));
    m_api.get(path, [this, self = QPointer(this)](const ApiReply& reply) {
        if (!self)
            return;
        setBusy(false);
        if (!reply.ok()) {
            emit failed(reply.userMessage());
            return;
        }
        try {
            const auto object = parseObject(reply.body.toStdString());
            std::vector<Rectification> items;
            if (auto list = optionalArray(object, "rectifications"))
                for (unsigned i = 0; i < list->size(); ++i)
                    items.push_back(rectificationFromJson(list->getObject(i)));
            m_items = std::move(items);
            m_today = QString::fromStdString(optionalString(object, "today").value_or(""));
            emit itemsChanged();
        } catch (const std::exception&) {
            emit failed(tr("The server's answer could not be read. Please try again."));
        }
    });
}

void RectificationService::post(const QString& id, const QString& what, const QByteArray& payload,
                                std::function<void(const Poco::JSON::Object::Ptr&)> read,
                                std::function<void()> unreadable, std::function<QString(const ApiReply&)> refusal) {
    if (m_busy)
        return;
    setBusy(true);
    m_api.post(apiPath(api::kRectificationStep, {id, what}), payload,
               [this, self = QPointer(this), read = std::move(read), unreadable = std::move(unreadable),
                refusal = std::move(refusal)](const ApiReply& reply) {
                   if (!self)
                       return;
                   setBusy(false);
                   if (!reply.ok()) {
                       const QString own = refusal ? refusal(reply) : QString();
                       emit failed(own.isEmpty() ? reply.userMessage() : own);
                       return;
                   }
                   try {
                       read(parseObject(reply.body.toStdString()));
                   } catch (const std::exception&) {
                       unreadable();
                   }
               });
}

void RectificationService::step(const QString& id, const QString& what, const QByteArray& payload,
                                const QString& done) {
    post(
        id, what, payload,
        [this, id, done](const Poco::JSON::Object::Ptr& answer) {
            const Rectification updated = rectificationFromJson(answer);
            for (std::size_t row = 0; row < m_items.size(); ++row) {
                if (QString::fromStdString(m_items[row].id) == id) {
                    m_items[row] = updated;
                    emit itemChanged(static_cast<int>(row));
                }
            }
            emit info(done);
        },
        [this] { reload(); });
}

void RectificationService::recordFollowUp(const QString& id, const QString& note) {
    step(id, QStringLiteral("follow-up"), body({{"note", note.toStdString()}}), tr("The follow-up has been recorded."));
}

void RectificationService::recordFix(const QString& id, const QString& note) {
    step(id, QStringLiteral("fix"), body({{"note", note.toStdString()}}), tr("The fix has been recorded."));
}

void RectificationService::requestAppeal(const QString& id, AppealKind kind, const QString& reason) {
    step(id, QStringLiteral("appeal"), body({{"kind", std::string(toString(kind))}, {"reason", reason.toStdString()}}),
         tr("The appeal has been filed; a second supervisor decides it."));
}

void RectificationService::decideAppeal(const QString& id, bool uphold, const QString& note) {
    step(id, QStringLiteral("appeal-decision"), body({{"uphold", uphold}, {"note", note.toStdString()}}),
         uphold ? tr("Appeal upheld: the rating no longer counts.")
                : tr("Appeal rejected: the rectification goes on."));
}

void RectificationService::revealContact(const QString& id, const QString& reason) {
    post(
        id, QStringLiteral("contact"), body({{"reason", reason.toStdString()}}),
        [this, id](const Poco::JSON::Object::Ptr& contact) {
            emit contactRevealed(id, QString::fromStdString(contact->optValue<std::string>("name", "")),
                                 QString::fromStdString(contact->optValue<std::string>("phone", "")),
                                 QString::fromStdString(contact->optValue<std::string>("case_no", "")));
        },
        [this] { emit failed(tr("The server's answer could not be read. Please try again.")); },
        [](const ApiReply& reply) {
            return reply.status == 404 && reply.errorCode() == QLatin1String("not_found")
                       ? tr("No phone number was recorded with the rated service.")
                       : QString();
        });
}

} // namespace ow
