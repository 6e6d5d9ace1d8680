#pragma once

#include <QWidget>

#include <optional>

class QLabel;

namespace ow {

// The on-screen keypad for a case number at the kiosk, for a citizen whose receipt's code will not read: the hall's
// part is given, the rest typed without dashes ("20261127C100074 2" → DEMO-20261127-C1-0007-42), shown with its
// dashes as it grows; the check digits catch a mistyped number before anything is asked of the server. Then the
// receipt's query code (six digits) or the last four characters of the applicant's ID number: without one of them
// nobody's case is shown.
class KioskCaseNumberPad : public QWidget {
    Q_OBJECT
public:
    explicit KioskCaseNumberPad(QString hallCode, QWidget* parent = nullptr);

    void clear();
    void press(const QString& key); // "0"-"9", "A"-"Z", "⌫"
    void submit();                  // the number, then the code
    bool asksForCode() const { return m_number.has_value(); }
    QString shownText() const;
    // The typed characters as a case number of the hall, or nothing while incomplete or when the check fails.
    static std::optional<QString> caseNumber(const QString& hallCode, const QString& typed);

signals:
    void entered(const QString& caseNo, const QString& code);
    void back();

private:
    void render();

    QString m_hall;
    QString m_typed;
    std::optional<QString> m_number; // once it is complete and right: the code is typed next
    QLabel* m_prompt;
    QLabel* m_shown;
    QLabel* m_hint;
};

} // namespace ow
