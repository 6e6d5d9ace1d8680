#include "app/supervisor/SupervisorWindow.h"

#include "app/appointments/AppointmentPlanPanel.h"

#include "app/common/SessionWatch.h"
#include "app/common/UpstreamNotice.h"
#include "app/supervisor/CaseWorkPanel.h"
#include "app/supervisor/DashboardPanel.h"
#include "app/supervisor/HomeVisitsPanel.h"
#include "app/supervisor/PermitsPanel.h"
#include "app/supervisor/RectificationPanel.h"
#include "app/supervisor/WarningsPanel.h"
#include "app/supervisor/admin/AdminPanel.h"
#include "sync/AdminService.h"
#include "sync/ApiClient.h"
#include "sync/AppointmentService.h"
#include "sync/CaseWorkService.h"
#include "sync/HallFeed.h"
#include "sync/HomeVisitService.h"
#include "sync/PermitRegistry.h"
#include "sync/RectificationService.h"
#include "sync/StatsService.h"
#include "widgets/Style.h"

#include <QDate>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ow {

SupervisorWindow::SupervisorWindow(std::unique_ptr<ApiClient> sessionApi, QString hall, StaffSession supervisor,
                                   Clock clock, QWidget* parent)
    : QMainWindow(parent)
    , m_clock(std::move(clock))
    , m_api(std::move(sessionApi))
    , m_rectificationService(std::make_unique<RectificationService>(*m_api, hall))
    , m_statsService(std::make_unique<StatsService>(*m_api, hall))
    , m_feed(std::make_unique<HallFeed>(*m_api, hall))
    , m_permits(std::make_unique<PermitRegistry>(*m_api, hall))
    , m_caseWork(std::make_unique<CaseWorkService>(*m_api)) {
    const StaffRole role = staffRoleFromString(supervisor.role.toStdString()).value_or(StaffRole::Supervisor);
    const bool approver = role == StaffRole::Approver;
    setWindowTitle(approver ? tr("OneWindow — approval") : tr("OneWindow — supervisor"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    QLabel* info = nullptr;
    QLabel* title = nullptr;
    // The hall by its name, as soon as the server says it (its id stands in until then).
    const QString heading = approver ? tr("Approval — %1") : tr("Supervisor — %1");
    layout->addWidget(makeHeaderBar(heading.arg(hall), &title, &info));
    info->setText(supervisor.name);
    info->setToolTip(tr("Logged in as %1").arg(supervisor.user)); // the account, for support
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("workTabs"));
    m_dashboard = new DashboardPanel(*m_statsService, m_clock, m_tabs);
    m_warningsPanel = new WarningsPanel(*m_statsService, m_tabs);
    m_rectificationPanel = new RectificationPanel(*m_rectificationService, supervisor.user, m_tabs);
    m_permitsPanel = new PermitsPanel(*m_permits, m_clock, m_tabs);
    m_caseWorkPanel = new CaseWorkPanel(*m_caseWork, role, m_tabs);
    if (approver) { // 后台审批: the cases passed to them; the hall's figures and ratings are the supervisors'
        m_tabs->addTab(m_caseWorkPanel, tr("To decide (后台审批)"));
        for (QWidget* unused :
             std::initializer_list<QWidget*>{m_dashboard, m_warningsPanel, m_rectificationPanel, m_permitsPanel})
            unused->hide();
    } else {
        m_tabs->addTab(m_dashboard, tr("The day (今日概况)"));
        m_tabs->addTab(m_rectificationPanel, tr("Bad ratings (差评整改)"));
        m_tabs->addTab(m_warningsPanel, tr("Case warnings (办件预警)"));
        m_tabs->addTab(m_caseWorkPanel, tr("Cases (分办)"));
        m_tabs->addTab(m_permitsPanel, tr("Permits (证照管理)"));
        m_homeVisits = std::make_unique<HomeVisitService>(*m_api, hall);
        m_homeVisitsPanel = new HomeVisitsPanel(*m_homeVisits, m_clock, m_tabs);
        m_tabs->addTab(m_homeVisitsPanel, tr("Home visits (预约上门)"));
        m_appointments = std::make_unique<AppointmentService>(*m_api, hall);
        m_planPanel = new AppointmentPlanPanel(*m_appointments, m_tabs);
        m_tabs->addTab(m_planPanel, tr("Appointments (预约设置)"));
    }
    if (role == StaffRole::Admin) { // 管理: the hall run from the screens, for its administrator only
        m_admin = std::make_unique<AdminService>(*m_api, hall);
        m_adminPanel = new AdminPanel(*m_admin, m_clock, m_api->baseUrl(), m_tabs);
        m_tabs->addTab(m_adminPanel, tr("Administration (管理)"));
    }
    auto* body = new QWidget(central);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(12, 12, 12, 12);
    bodyLayout->addWidget(m_tabs);
    layout->addWidget(body, 1);
    setCentralWidget(central);
    watchSession(*this, *m_api);
    statusBar()->showMessage(tr("Logged in: %1").arg(supervisor.name));
    m_upstreamNotice = new UpstreamNotice;
    statusBar()->addPermanentWidget(m_upstreamNotice);
    resize(1280, 800);
    m_caseWork->reload();
    // The hall by its name in the header, for the approver as for the supervisor.
    connect(m_feed.get(), &HallFeed::snapshotChanged, this, [this, title, heading] {
        title->setText(heading.arg(QString::fromStdString(m_feed->snapshot().hallName)));
    });
    if (approver) {
        m_feed->start();
        return;
    }
    m_rectificationService->reload();
    m_statsService->followLive(*m_feed);
    connect(m_feed.get(), &HallFeed::snapshotChanged, this, [this] {
        m_dashboard->setHallName(QString::fromStdString(m_feed->snapshot().hallName));
        std::vector<std::pair<QString, QString>> queues;
        for (const auto& c : m_feed->snapshot().categories)
            queues.emplace_back(QString::fromStdString(c.prefix), QString::fromStdString(c.name));
        m_planPanel->setQueues(queues);
        m_dashboard->setHallToday(
            QDate::fromString(QString::fromStdString(m_feed->snapshot().businessDay), Qt::ISODate));
        m_upstreamNotice->show(m_feed->snapshot().upstream, m_clock);
    });
    m_feed->start();
    m_dashboard->showToday(); // the hall's clock until the hall's own date arrives
    m_statsService->loadWarnings();
    m_permits->reload();
    m_homeVisits->reload();
}

SupervisorWindow::~SupervisorWindow() { m_api->waitForIdle(); }

QString SupervisorWindow::upstreamNoticeText() const { return m_upstreamNotice->notice(); }

} // namespace ow
