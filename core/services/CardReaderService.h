#pragma once

#include "domain/Clock.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>

class QThread;

namespace ow {

class CardReaderWorker;

// What the chip of a card laid on the reader said, for the modes (reader/CardText, in Qt's strings).
struct ReadCard {
    QString cardType;  // "resident", "hk_macao_taiwan", "foreign_permanent", "foreign_permanent_2023"
    QString cardTitle; // "居民身份证" …
    QString name, englishName, sex, nation, nationality, birthDate, address, idNumber, authority, validFrom, validTo,
        passNumber;
    bool expired = false;
    // The chip's photo (1024 bytes), in its licensed compressed format: kept, shown only through a hall's licensed
    // decoder (reader/PhotoDecoder).
    QByteArray photo;
    // The photo decoded, 8-bit RGB rows, where the hall configured its licensed decoder (Settings::photoDecoder).
    QByteArray photoRgb;
    int photoWidth = 0, photoHeight = 0;
    // Empty when the number passes GB 11643 and the region list as a typed one would; else what is wrong with it.
    QString numberProblem;

    // A resident card or a residence permit: its number is a citizen's identity number (GB 11643); a foreigner's
    // card carries another kind.
    bool hasCitizenNumber() const {
        return cardType == QLatin1String("resident") || cardType == QLatin1String("hk_macao_taiwan");
    }
};

// The desktop ID card reader for the counter, the station and the kiosk: polls for a card on a thread of its own
// (a read blocks for up to two seconds) three times a second, and only while a screen that takes cards is open and
// says so (setWanted); emits each card once. Lost readers are looked for again every two seconds.
class CardReaderService : public QObject {
    Q_OBJECT
public:
    enum class State { Off, NotConnected, Ready, Failed };
    struct Settings {
        QString device; // a fixed path; empty: found by usbIds
        QString usbIds; // "1a86:7523,…"; empty: the usual bridges of ID card readers
        int baud = 115200;
        int pollMs = 300;   // ≤ 4 a second, as the issue of a gentle poll asks
        int retryMs = 2000; // while no reader answers
        // The hall's licensed photo decoder (reader/PhotoDecoder.h), a shared library; empty: photos stay encoded.
        QString photoDecoder;
        QString sysRoot = QStringLiteral("/sys"), devRoot = QStringLiteral("/dev"); // tests point them elsewhere
    };

    CardReaderService(Settings settings, Clock clock, QObject* parent = nullptr);
    ~CardReaderService() override;

    // A screen that takes cards says when it is open; the reader is polled while any is.
    void setWanted(const QObject* screen, bool wanted);
    bool isPolling() const { return !m_wanting.isEmpty(); }
    State state() const { return m_state; }
    QString stateText() const { return m_stateText; }
    const Settings& settings() const { return m_settings; }

signals:
    void cardRead(const ow::ReadCard& card);
    void stateChanged(ow::CardReaderService::State state, const QString& text);

private:
    void setState(State state, const QString& text);

    Settings m_settings;
    QThread* m_thread;
    CardReaderWorker* m_worker;
    QSet<const QObject*> m_wanting;
    State m_state = State::Off;
    QString m_stateText;
};

} // namespace ow

Q_DECLARE_METATYPE(ow::ReadCard)
