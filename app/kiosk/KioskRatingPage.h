#pragma once

#include <QWidget>

namespace ow {

class ApiClient;
class RatingPad;
struct RatingInput;

// Rating at the kiosk (好差评 on the way out): the citizen holds the QR code of the queue ticket (its id) or of the
// acceptance receipt ("OW-CASE:" + the case number) to the kiosk's code reader; the same five choices as the pad
// follow. The kiosk is told when it is over, with what to show.
class KioskRatingPage : public QWidget {
    Q_OBJECT
public:
    KioskRatingPage(ApiClient& api, const QString& hall, QWidget* parent = nullptr);

    // What the code reader read; starts the rating of that service.
    void rate(const QString& code);
    RatingPad& pad() { return *m_pad; }

signals:
    // Over: thanked, refused (a sentence), or left without an answer (empty).
    void done(const QString& message);

private:
    void loadPolicy();
    void submit(const RatingInput& answer);

    ApiClient& m_api;
    QString m_hall;
    RatingPad* m_pad;
    bool m_isCase = false; // the value is a case (id or number), else a ticket id
    QString m_value;       // the ticket's id or the case number
    QString m_code;        // a case's: the receipt's query code (or the ID number's end)
};

} // namespace ow
