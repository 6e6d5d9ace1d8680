#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace ow {

class ApiClient;

// A citizen's open cases in the hall, found by the ID card laid on the kiosk's reader: one large button a case (its
// number, what it is for, where it stands, the promised date); a touch opens its progress. The number is asked of
// the server once per card and never kept: the page forgets it when it goes home.
class KioskMyCasesPage : public QWidget {
    Q_OBJECT
public:
    KioskMyCasesPage(ApiClient& api, const QString& hall, QWidget* parent = nullptr);

    // Asks for the open cases of `idNumber`; `found` is emitted with their count once the answer is there.
    void lookUp(const QString& idNumber);
    void clear();
    int caseCount() const { return static_cast<int>(m_caseNos.size()); }

signals:
    void found(int count);
    void caseChosen(const QString& caseNo, const QString& code);
    void back();

private:
    ApiClient& m_api;
    QString m_hall;
    QString m_tail; // the number's last four characters, the progress page's code
    QStringList m_caseNos;
    QVBoxLayout* m_list;
    int m_generation = 0;
};

} // namespace ow
