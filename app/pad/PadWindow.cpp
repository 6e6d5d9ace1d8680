#include "app/pad/PadWindow.h"

#include "sync/PadSession.h"
#include "widgets/RatingPad.h"

#include <QVBoxLayout>

namespace ow {

PadWindow::PadWindow(ApiClient& deviceApi, const Options& options, QWidget* parent)
    : QWidget(parent)
    , m_session(std::make_unique<PadSession>(deviceApi, options.hall, options.counter, options.store))
    , m_pad(new RatingPad(this)) {
    setWindowTitle(tr("OneWindow — rating pad, counter %1").arg(options.counter));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pad);
    m_pad->setCounter(options.counter);
    m_pad->setOnline(false);
    if (options.waitingMsOverride > 0)
        m_pad->setWaitingTime(options.waitingMsOverride);

    PadSession* session = m_session.get();
    connect(session, &PadSession::dutyChanged, this, [this, session] {
        m_pad->setClerk(session->clerkName(), session->staffNumber());
        m_pad->setPaused(session->isPaused());
    });
    connect(session, &PadSession::policyChanged, this, [this, session, options] {
        m_pad->setReasons(session->policy().reasons);
        if (options.waitingMsOverride <= 0)
            m_pad->setWaitingTime(session->policy().padTimeoutSeconds * 1000);
    });
    connect(session, &PadSession::liveChanged, m_pad, &RatingPad::setOnline);
    connect(session, &PadSession::ratingWanted, m_pad, &RatingPad::ask);
    connect(m_pad, &RatingPad::answered, session,
            [session](const QString& ticketId, const RatingInput& answer) { session->submit(ticketId, answer); });
    connect(m_pad, &RatingPad::notAnswered, session,
            [session](const QString& ticketId) { session->submit(ticketId, std::nullopt); });
    m_session->start();
}

PadWindow::~PadWindow() = default;

} // namespace ow
