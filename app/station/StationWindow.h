#pragma once

#include "app/common/AppContext.h"
#include "printer/ReceiptPrinter.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class QTabWidget;

namespace ow {

class CardReaderService;

class ApiClient;
class CaseListPanel;
class CaseDesk;
class CatalogSource;
class AppointmentService;
class BookingPanel;
class HomeVisitRequestPanel;
class HomeVisitService;
class IntakePanel;
class SyncEngine;
class SyncIndicator;

struct StationSetup {
    QString hall;
    QString stationName;
    StaffSession agent;
    LocalStore* store = nullptr;
    QString deviceId;
    QString deviceCode; // in case numbers: "S" + three characters
    QString documentsDir;
    bool offline = false;                    // opened without the network (offline login)
    Clock clock;                             // the hall's
    CardReaderService* cardReader = nullptr; // the desktop ID card reader, when the PC has one
};

// The village agency station (代办站): applications taken on the villager's behalf (代办, with consent) entirely
// offline — catalog from the local copy, numbered on this computer, receipt printed here — and a plain view of
// what is waiting to upload, what the server has confirmed and what came back from the hall. Works at 1366×768.
class StationWindow : public QMainWindow {
    Q_OBJECT
public:
    StationWindow(std::unique_ptr<ApiClient> sessionApi, StationSetup setup, QWidget* parent = nullptr);
    ~StationWindow() override;

    IntakePanel& intake() { return *m_intake; }
    CaseListPanel& cases() { return *m_caseList; }
    HomeVisitRequestPanel& homeVisits() { return *m_homeVisits; }
    HomeVisitService& homeVisitService() { return *m_homeVisitService; }
    BookingPanel& bookings() { return *m_bookingPanel; }
    const HallLetterhead& letterhead() const { return m_letterhead; } // as the station's papers name it
    SyncEngine& sync();
    CatalogSource& catalog();
    QString syncText() const;

private:
    std::unique_ptr<ApiClient> m_api;
    HallLetterhead m_letterhead; // the station's name on its papers, with its hall's telephones and 文号 prefix
    std::unique_ptr<CaseDesk> m_desk;
    std::unique_ptr<HomeVisitService> m_homeVisitService;
    std::unique_ptr<AppointmentService> m_appointments;
    IntakePanel* m_intake;
    CaseListPanel* m_caseList;
    HomeVisitRequestPanel* m_homeVisits;
    BookingPanel* m_bookingPanel;
    QTabWidget* m_tabs;
    SyncIndicator* m_syncIndicator;
    QLabel* m_connectionLabel;
    QTimer m_catalogTimer;
};

} // namespace ow
