#include "app/kiosk/KioskRatingPage.h"

#include "sync/ApiClient.h"
#include "widgets/RatingPad.h"

#include "domain/CaseNumber.h"
#include "domain/Json.h"
#include "domain/Rectification.h"
#include "domain/wire/Rating.h"

#include <QPointer>
#include <QVBoxLayout>

namespace ow {

KioskRatingPage::KioskRatingPage(ApiClient& api, const QString& hall, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_hall(hall)
    , m_pad(new RatingPad(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pad);
    m_pad->setWaitingTime(30000); // the kiosk's own idle time
    connect(m_pad, &RatingPad::answered, this, [this](const QString&, const RatingInput& answer) { submit(answer); });
    connect(m_pad, &RatingPad::notAnswered, this, [this] { emit done({}); });
    loadPolicy();
}

void KioskRatingPage::loadPolicy() {
    m_api.get(apiPath(api::kRatingPolicy, {m_hall}), [self = QPointer(this)](const ApiReply& reply) {
        if (!self || !reply.ok())
            return;
        try {
            self->m_pad->setReasons(ratingPolicyFromJson(parseObject(reply.body.toStdString())).reasons);
        } catch (const std::exception&) {
            // the national reasons stay
        }
    });
}

void KioskRatingPage::rate(const QString& code) {
    const auto receipt = CaseReference::parse(code.toStdString());
    const bool isCase = receipt.has_value();
    m_isCase = isCase;
    m_value = isCase ? QString::fromStdString(receipt->caseNo) : code;
    m_code = isCase ? QString::fromStdString(receipt->code) : QString();
    loadPolicy();
    m_pad->ask(m_value, isCase ? m_value : QString());
}

void KioskRatingPage::submit(const RatingInput& answer) {
    wire::RatingRequest request;
    (m_isCase ? request.caseRef : request.ticketId) = m_value.toStdString();
    request.code = m_code.toStdString(); // a case is rated only by whoever holds its receipt
    request.input = answer;
    m_api.post(apiPath(api::kRatings), jsonBytes(request.toJson()), [self = QPointer(this)](const ApiReply& reply) {
        if (!self)
            return;
        if (reply.ok())
            emit self->done(tr("Thank you for your rating!"));
        else if (reply.errorCode() == QLatin1String("already_rated"))
            emit self->done(tr("This service has been rated already. Thank you!"));
        else if (reply.errorCode() == QLatin1String("not_finished"))
            emit self->done(tr("This service is not finished yet. Please rate it when it is done."));
        else if (reply.status == 404)
            emit self->done(tr("This code is not a ticket or receipt of this hall."));
        else
            emit self->done(reply.userMessage());
    });
}

} // namespace ow
