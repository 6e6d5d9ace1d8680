#include "app/supervisor/admin/AdminPanel.h"

#include "app/supervisor/admin/AuditPage.h"
#include "app/supervisor/admin/CatalogPage.h"
#include "app/supervisor/admin/DevicesPage.h"
#include "app/supervisor/admin/HallPage.h"
#include "app/supervisor/admin/HoursPage.h"
#include "app/supervisor/admin/QueuesPage.h"
#include "app/supervisor/admin/StaffPage.h"
#include "sync/AdminService.h"
#include "widgets/Style.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ow {

AdminPanel::AdminPanel(AdminService& service, const Clock& clock, QString serverUrl, QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("adminPages"));
    m_staff = new StaffPage(service, clock, m_pages);
    m_queues = new QueuesPage(service, m_pages);
    m_devices = new DevicesPage(service, clock, std::move(serverUrl), m_pages);
    m_hours = new HoursPage(service, clock, m_pages);
    m_hall = new HallPage(service, m_pages);
    m_catalog = new CatalogPage(service, m_pages);
    m_audit = new AuditPage(service, clock, m_pages);
    m_pages->addTab(m_staff, tr("Staff (人员)"));
    m_pages->addTab(m_queues, tr("Counters and queues (窗口与队列)"));
    m_pages->addTab(m_devices, tr("Devices (设备)"));
    m_pages->addTab(m_hours, tr("Hours (营业时间)"));
    m_pages->addTab(m_hall, tr("Hall details (本厅信息)"));
    m_pages->addTab(m_catalog, tr("Catalog (事项目录)"));
    m_pages->addTab(m_audit, tr("Record (操作记录)"));
    layout->addWidget(m_pages, 1);
    m_message = makeMessageLabel();
    m_message->setObjectName(QStringLiteral("adminMessage"));
    m_message->setAccessibleName(tr("Administration message"));
    layout->addWidget(m_message);
    connect(&service, &AdminService::failed, this, [this](const QString& text) { say(text, true); });
    connect(&service, &AdminService::info, this, [this](const QString& text) { say(text, false); });
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_pages->widget(index) == m_audit)
            m_audit->reload();
    });
    service.reloadAll();
}

void AdminPanel::say(const QString& text, bool error) { showMessage(m_message, text, error); }

QString AdminPanel::messageText() const { return m_message->isHidden() ? QString() : m_message->text(); }

} // namespace ow
