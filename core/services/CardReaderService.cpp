#include "services/CardReaderService.h"

#include "CardReader.h"
#include "PhotoDecoder.h"
#include "domain/IdNumber.h"

#include <QThread>
#include <QTimer>

#include <memory>

namespace ow {

namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

ReadCard toReadCard(const idcard::ReadResult& read, const Clock& clock) {
    const idcard::CardText& c = read.card;
    ReadCard card;
    card.cardType = q(std::string(idcard::cardTypeName(c.type)));
    card.cardTitle = q(std::string(idcard::cardTypeTitle(c.type)));
    card.name = q(c.name);
    card.englishName = q(c.englishName);
    card.sex = q(c.sex);
    card.nation = q(c.nation);
    card.nationality = q(c.nationality);
    card.birthDate = q(c.birthDate);
    card.address = q(c.address);
    card.idNumber = q(c.idNumber);
    card.authority = q(c.authority);
    card.validFrom = q(c.validFrom);
    card.validTo = q(c.validTo);
    card.passNumber = q(c.passNumber);
    const std::string today = clock.todayIso();
    card.expired = idcard::hasExpired(c, today);
    card.photo =
        QByteArray(reinterpret_cast<const char*>(read.photo.data()), static_cast<qsizetype>(read.photo.size()));
    // The number checked as a typed one is: GB 11643 and the region list. Foreigners' cards carry other numbers.
    if (card.hasCitizenNumber()) {
        switch (IdNumber::check(c.idNumber, today)) {
        case IdNumber::Problem::None: break;
        case IdNumber::Problem::Region:
            card.numberProblem = CardReaderService::tr("its region code is not in the list of divisions (GB/T 2260)");
            break;
        default: card.numberProblem = CardReaderService::tr("it does not pass the GB 11643 check");
        }
    }
    return card;
}

} // namespace

// Owns the reader on its own thread; polls while told to.
class CardReaderWorker : public QObject {
    Q_OBJECT
public:
    CardReaderWorker(CardReaderService::Settings settings, Clock clock)
        : m_settings(std::move(settings))
        , m_clock(std::move(clock)) {}

    void setPolling(bool on) {
        if (!m_timer) {
            m_timer = std::make_unique<QTimer>();
            m_timer->setSingleShot(true);
            connect(m_timer.get(), &QTimer::timeout, this, &CardReaderWorker::poll);
        }
        m_polling = on;
        if (on && !m_timer->isActive())
            m_timer->start(0);
        if (!on) {
            m_timer->stop();
            m_reader.reset(); // the port closed while nobody reads: another program may use the reader
            emit state(CardReaderService::State::Off, QString());
        }
    }

signals:
    void card(const ow::ReadCard& card);
    void state(ow::CardReaderService::State state, const QString& text);

private:
    void poll() {
        if (!m_polling)
            return;
        if (!m_reader) {
            idcard::ReaderOptions options;
            options.device = m_settings.device.toStdString();
            try {
                if (!m_settings.usbIds.isEmpty())
                    options.usbIds = idcard::parseUsbIds(m_settings.usbIds.toStdString());
            } catch (const std::invalid_argument& e) {
                emit state(CardReaderService::State::Failed, QString::fromUtf8(e.what()));
                return; // a setting to correct: no point in trying again
            }
            options.baud = m_settings.baud;
            options.sysRoot = m_settings.sysRoot.toStdString();
            options.devRoot = m_settings.devRoot.toStdString();
            m_reader = std::make_unique<idcard::CardReader>(options);
        }
        const idcard::ReadResult result = m_reader->read();
        int next = m_settings.pollMs;
        switch (result.outcome) {
        case idcard::Outcome::Read: {
            emit state(CardReaderService::State::Ready, tr("Card read"));
            ReadCard read = toReadCard(result, m_clock);
            decodePhoto(result.photo, read);
            emit card(read);
            break;
        }
        case idcard::Outcome::NoCard:
            emit state(CardReaderService::State::Ready, QString::fromStdString(result.message));
            break;
        case idcard::Outcome::Failed: {
            const bool absent = m_reader->devicePath().empty();
            emit state(absent ? CardReaderService::State::NotConnected : CardReaderService::State::Failed,
                       QString::fromStdString(result.message));
            if (absent)
                next = m_settings.retryMs;
            break;
        }
        }
        if (m_polling)
            m_timer->start(next);
    }

    // Through the hall's licensed decoder, when one is configured and loads.
    void decodePhoto(const std::vector<std::uint8_t>& photo, ReadCard& read) {
        if (m_settings.photoDecoder.isEmpty() || photo.empty())
            return;
        if (!m_decoder && !m_decoderTried) {
            m_decoderTried = true;
            std::string error;
            m_decoder = idcard::PhotoDecoder::load(m_settings.photoDecoder.toStdString(), &error);
        }
        if (!m_decoder)
            return;
        if (const auto image = m_decoder->decode(photo)) {
            read.photoRgb =
                QByteArray(reinterpret_cast<const char*>(image->rgb.data()), static_cast<qsizetype>(image->rgb.size()));
            read.photoWidth = image->width;
            read.photoHeight = image->height;
        }
    }

    CardReaderService::Settings m_settings;
    Clock m_clock;
    std::unique_ptr<idcard::CardReader> m_reader;
    std::unique_ptr<idcard::PhotoDecoder> m_decoder;
    bool m_decoderTried = false;
    std::unique_ptr<QTimer> m_timer;
    bool m_polling = false;
};

CardReaderService::CardReaderService(Settings settings, Clock clock, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_thread(new QThread(this))
    , m_worker(new CardReaderWorker(m_settings, std::move(clock))) {
    qRegisterMetaType<ow::ReadCard>();
    qRegisterMetaType<ow::CardReaderService::State>();
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CardReaderWorker::card, this, [this](const ReadCard& card) {
        if (isPolling()) // a card read just as the last screen closed is not handed to nobody
            emit cardRead(card);
    });
    connect(m_worker, &CardReaderWorker::state, this, &CardReaderService::setState);
    m_thread->setObjectName(QStringLiteral("idcard"));
    m_thread->start();
}

CardReaderService::~CardReaderService() {
    m_thread->quit();
    m_thread->wait();
}

void CardReaderService::setWanted(const QObject* screen, bool wanted) {
    const bool before = isPolling();
    if (wanted)
        m_wanting.insert(screen);
    else
        m_wanting.remove(screen);
    if (isPolling() != before)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, on = isPolling()] { worker->setPolling(on); });
}

void CardReaderService::setState(State state, const QString& text) {
    if (state == m_state && text == m_stateText)
        return;
    m_state = state;
    m_stateText = text;
    emit stateChanged(state, text);
}

} // namespace ow

#include "CardReaderService.moc"
