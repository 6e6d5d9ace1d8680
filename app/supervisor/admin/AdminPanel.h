#pragma once

#include <QWidget>

class QTabWidget;
class QLabel;

namespace ow {

class AdminService;
class Clock;
class StaffPage;
class DevicesPage;
class QueuesPage;
class HoursPage;
class HallPage;
class CatalogPage;
class AuditPage;

// 管理: the hall run from the screens, for its administrator — staff, counters and queues, devices, hours, the
// catalog and the record — one page each, every answer and refusal said on the line below them.
class AdminPanel : public QWidget {
    Q_OBJECT
public:
    AdminPanel(AdminService& service, const Clock& clock, QString serverUrl, QWidget* parent = nullptr);

    StaffPage* staffPage() const { return m_staff; }
    DevicesPage* devicesPage() const { return m_devices; }
    QueuesPage* queuesPage() const { return m_queues; }
    HoursPage* hoursPage() const { return m_hours; }
    HallPage* hallPage() const { return m_hall; }
    CatalogPage* catalogPage() const { return m_catalog; }
    AuditPage* auditPage() const { return m_audit; }
    QTabWidget* pages() const { return m_pages; }
    QString messageText() const;

private:
    void say(const QString& text, bool error);

    QTabWidget* m_pages = nullptr;
    StaffPage* m_staff = nullptr;
    DevicesPage* m_devices = nullptr;
    QueuesPage* m_queues = nullptr;
    HoursPage* m_hours = nullptr;
    HallPage* m_hall = nullptr;
    CatalogPage* m_catalog = nullptr;
    AuditPage* m_audit = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ow
