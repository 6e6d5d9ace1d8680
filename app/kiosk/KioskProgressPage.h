#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ow {

class ApiClient;

// 办件进度 at the kiosk: the citizen holds the acceptance receipt's QR code ("OW-CASE:" + the case number and its
// query code) to the reader, or types both, and sees, in large words, where the application stands, the promised date,
// anything still to bring and the permits issued — the applicant only as a masked name. From here the service can be
// rated.
class KioskProgressPage : public QWidget {
    Q_OBJECT
public:
    explicit KioskProgressPage(ApiClient& api, QWidget* parent = nullptr);

    // The code is the receipt's query code or the ID number's last four characters; without it, or with a wrong
    // one, the case is not found.
    void showCase(const QString& caseNo, const QString& code);
    QString stateText() const;
    QString detailText() const;
    bool isLoading() const { return m_loading; }

signals:
    void rateRequested(const QString& receiptCode); // "OW-CASE:…"
    void back();

private:
    ApiClient& m_api;
    QString m_caseNo, m_code;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_detail;
    QPushButton* m_rate;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace ow
