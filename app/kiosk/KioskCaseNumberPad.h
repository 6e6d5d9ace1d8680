#pragma once

#include <QWidget>

#include <optional>

class QLabel;

namespace ow {

// The on-screen keypad for a case number at the kiosk, for a citizen whose receipt's code will not read: the hall's
// part is given, the rest typed without dashes ("20261127C100074 2" → DEMO-20261127-C1-0007-42), shown with its
// dashes as it grows; the check digits catch a mistyped number before anything is asked of the server.
class KioskCaseNumberPad : public QWidget {
    Q_OBJECT
public:
    explicit KioskCaseNumberPad(QString hallCode, QWidget* parent = nullptr);

    void clear();
    void press(const QString& key); // "0"-"9", "C", "S", "⌫"
    void submit();
    QString shownText() const;
    // The typed characters as a case number of the hall, or nothing while incomplete or when the check fails.
    static std::optional<QString> caseNumber(const QString& hallCode, const QString& typed);

signals:
    void entered(const QString& caseNo);
    void back();

private:
    void render();

    QString m_hall;
    QString m_typed;
    QLabel* m_number;
    QLabel* m_hint;
};

} // namespace ow
