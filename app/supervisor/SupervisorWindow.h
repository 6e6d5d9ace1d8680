#pragma once

#include "app/common/AppContext.h"

#include <QMainWindow>

#include <memory>

class QTabWidget;

namespace ow {

class UpstreamNotice;

class AdminPanel;
class AdminService;
class AppointmentPlanPanel;
class AppointmentService;
class ApiClient;
class CaseWorkPanel;
class CaseWorkService;
class DashboardPanel;
class HallFeed;
class HomeVisitService;
class HomeVisitsPanel;
class PermitRegistry;
class PermitsPanel;
class RectificationPanel;
class RectificationService;
class StatsService;
class WarningsPanel;

// `onewindow --mode supervisor`: the hall's supervisor (or an approver, 后台审批) at an office PC. Tabs of work: an
// approver's first is the cases passed to them; a supervisor's the day.
class SupervisorWindow : public QMainWindow {
    Q_OBJECT
public:
    SupervisorWindow(std::unique_ptr<ApiClient> sessionApi, QString hall, StaffSession supervisor,
                     Clock clock = Clock(), QWidget* parent = nullptr);
    ~SupervisorWindow() override;

    RectificationPanel& rectifications() { return *m_rectificationPanel; }
    RectificationService& rectificationService() { return *m_rectificationService; }
    DashboardPanel& dashboard() { return *m_dashboard; }
    StatsService& statsService() { return *m_statsService; }
    WarningsPanel& warnings() { return *m_warningsPanel; }
    PermitsPanel& permits() { return *m_permitsPanel; }
    PermitRegistry& permitRegistry() { return *m_permits; }
    CaseWorkPanel& caseWork() { return *m_caseWorkPanel; }
    CaseWorkService& caseWorkService() { return *m_caseWork; }
    // 预约上门; null for an approver.
    HomeVisitsPanel* homeVisits() { return m_homeVisitsPanel; }
    HomeVisitService* homeVisitService() { return m_homeVisits.get(); }
    // 预约设置; null for an approver.
    AppointmentPlanPanel* appointmentPlan() { return m_planPanel; }
    // The administrator's tab; null for anyone else.
    AdminPanel* admin() { return m_adminPanel; }
    AdminService* adminService() { return m_admin.get(); }
    QTabWidget& tabs() { return *m_tabs; }
    QString upstreamNoticeText() const; // a hall server's cut line to the upstream; empty otherwise

private:
    Clock m_clock; // the hall's
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<RectificationService> m_rectificationService;
    std::unique_ptr<StatsService> m_statsService;
    std::unique_ptr<HallFeed> m_feed; // the hall's live events, for today's view
    std::unique_ptr<PermitRegistry> m_permits;
    std::unique_ptr<CaseWorkService> m_caseWork;
    std::unique_ptr<AdminService> m_admin;
    std::unique_ptr<HomeVisitService> m_homeVisits;
    std::unique_ptr<AppointmentService> m_appointments;
    QTabWidget* m_tabs;
    UpstreamNotice* m_upstreamNotice = nullptr;
    DashboardPanel* m_dashboard;
    WarningsPanel* m_warningsPanel;
    RectificationPanel* m_rectificationPanel;
    PermitsPanel* m_permitsPanel;
    CaseWorkPanel* m_caseWorkPanel;
    AdminPanel* m_adminPanel = nullptr;
    HomeVisitsPanel* m_homeVisitsPanel = nullptr;
    AppointmentPlanPanel* m_planPanel = nullptr;
};

} // namespace ow
