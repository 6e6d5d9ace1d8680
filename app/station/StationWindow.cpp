#include "app/station/StationWindow.h"

#include "app/appointments/BookingPanel.h"
#include "app/station/HomeVisitRequestPanel.h"

#include "app/cases/CaseListPanel.h"
#include "app/cases/CaseStepsBar.h"
#include "app/cases/IntakePanel.h"
#include "app/common/SessionWatch.h"
#include "app/common/SyncIndicator.h"
#include "services/CaseDesk.h"
#include "services/CatalogSource.h"
#include "store/BlobCache.h"
#include "sync/ApiClient.h"
#include "sync/AppointmentService.h"
#include "sync/HomeVisitService.h"
#include "sync/SyncEngine.h"
#include "widgets/Style.h"

#include "domain/ApiPaths.h"
#include "domain/HallProfile.h"
#include "domain/Json.h"

#include <QLabel>
#include <QPointer>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ow {

StationWindow::StationWindow(std::unique_ptr<ApiClient> sessionApi, StationSetup setup, QWidget* parent)
    : QMainWindow(parent)
    , m_api(std::move(sessionApi)) {
    setWindowTitle(tr("OneWindow — agency station"));
    m_desk = std::make_unique<CaseDesk>(
        *m_api, *setup.store, setup.deviceId, setup.clock,
        IntakeDesk{setup.hall.toStdString(), setup.deviceCode.toStdString(), setup.agent.user.toStdString(), true});

    auto* root = new QWidget;
    auto* layout = new QVBoxLayout(root);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel* info = nullptr;
    layout->addWidget(makeHeaderBar(tr("%1 · agency station").arg(setup.stationName), nullptr, &info));
    info->setText(tr("Agent: %1").arg(setup.agent.name));

    m_intake = new IntakePanel(catalog(), m_desk->intake(), {setup.agent.name, setup.documentsDir});
    m_letterhead.name = setup.stationName;
    m_intake->setHall(m_letterhead);
    m_intake->setAttachmentStore(&sync().blobs());
    if (setup.cardReader) // the reader is on this PC: it reads cards without the network
        m_intake->setCardReader(*setup.cardReader);
    m_caseList = new CaseListPanel(m_desk->cases(), catalog(), m_desk->clock());
    m_caseList->enableSteps(
        *m_desk, setup.documentsDir, [this] { return m_letterhead; }, setup.agent.name);
    m_homeVisitService = std::make_unique<HomeVisitService>(*m_api, setup.hall);
    m_homeVisits = new HomeVisitRequestPanel(*m_homeVisitService, setup.clock);
    m_appointments = std::make_unique<AppointmentService>(*m_api, setup.hall);
    m_bookingPanel = new BookingPanel(*m_appointments, setup.clock);
    m_tabs = makeWorkTabs(*this, {{m_intake, tr("Apply for a villager (Ctrl+1)")},
                                  {m_caseList, tr("Cases and upload (Ctrl+2)")},
                                  {m_homeVisits, tr("Home visits (Ctrl+3)")},
                                  {m_bookingPanel, tr("Appointments (Ctrl+4)")}});
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 3) // the free places as they are now
            m_bookingPanel->reload();
    });
    auto* body = new QVBoxLayout;
    body->setContentsMargins(12, 12, 12, 8);
    body->addWidget(m_tabs);
    layout->addLayout(body, 1);
    setCentralWidget(root);
    watchSession(*this, *m_api);
    // The hall's telephones and 文号 prefix for the station's papers, when the hall can be reached; without them the
    // papers are still printed, with the station's name.
    m_api->get(apiPath(api::kHallProfile, {setup.hall}), [this, self = QPointer(this)](const ApiReply& reply) {
        if (!self || !reply.ok())
            return;
        try {
            m_letterhead.profile = hallProfileFromJson(parseObject(reply.body.toStdString()));
            m_intake->setHall(m_letterhead);
        } catch (const std::exception&) {
            // An answer that cannot be read leaves the papers as they were.
        }
    });

    m_connectionLabel = new QLabel;
    statusBar()->addWidget(m_connectionLabel);
    m_syncIndicator = new SyncIndicator(*this, sync(), m_desk->clock(), tr("✔ Everything confirmed by the hall"));

    connect(m_intake, &IntakePanel::caseSaved, this, [this] {
        m_caseList->refresh();
        m_syncIndicator->refresh();
        sync().syncNow();
    });
    connect(m_caseList->steps(), &CaseStepsBar::caseSaved, this, [this] {
        m_syncIndicator->refresh();
        sync().syncNow();
    });
    connect(&sync(), &SyncEngine::roundFinished, this, [this](bool ok) {
        m_caseList->refresh();
        m_connectionLabel->setObjectName(ok ? QStringLiteral("statusOkLabel") : QStringLiteral("statusBadLabel"));
        m_connectionLabel->setText(ok ? tr("● Connected to the hall") : tr("● Offline — working on this computer"));
        setStyleProperty(m_connectionLabel, "live", ok ? QStringLiteral("1") : QStringLiteral("0"));
    });
    connect(&catalog(), &CatalogSource::changed, m_caseList, &CaseListPanel::refresh);
    auto offerServices = [this] {
        QStringList names;
        if (const auto& document = catalog().document())
            for (const auto& item : document->catalog.items)
                names << QString::fromStdString(item.name);
        m_homeVisits->setServices(names);
    };
    connect(&catalog(), &CatalogSource::changed, this, offerServices);
    offerServices();
    // The requests' states follow the hall: read again with every round that reached it.
    connect(&sync(), &SyncEngine::roundFinished, this, [this](bool ok) {
        if (ok)
            m_homeVisitService->reload();
    });
    m_catalogTimer.setInterval(60000);
    connect(&m_catalogTimer, &QTimer::timeout, this, [this] { catalog().refresh(*m_api); });
    m_catalogTimer.start();
    catalog().refresh(*m_api);
    m_connectionLabel->setObjectName(QStringLiteral("statusBadLabel"));
    m_connectionLabel->setText(setup.offline ? tr("● Offline — working on this computer") : tr("● Connecting…"));
    sync().setAutomatic(true);
    resize(1366, 768);
}

StationWindow::~StationWindow() = default;

SyncEngine& StationWindow::sync() { return m_desk->sync(); }

CatalogSource& StationWindow::catalog() { return m_desk->catalog(); }

QString StationWindow::syncText() const { return m_syncIndicator->text(); }

} // namespace ow
