#pragma once

#include "services/IntakeService.h"

#include <QString>

#include <memory>

namespace ow {

class ApiClient;
class CaseStore;
class CaseWorkService;
class CatalogSource;
class LocalStore;
class SyncEngine;

// What a counter and a village station both stand on: the catalog kept on the device, its cases, the sync engine
// that sends them, intake on the hall's clock, and the steps after intake that need the hall (后补, 出件, 寄递). The
// windows put their panels on top.
class CaseDesk {
public:
    CaseDesk(ApiClient& api, LocalStore& store, const QString& deviceId, Clock clock, IntakeDesk desk);
    ~CaseDesk();

    CatalogSource& catalog() { return *m_catalog; }
    CaseStore& cases() { return *m_cases; }
    SyncEngine& sync() { return *m_sync; }
    IntakeService& intake() { return *m_intake; }
    CaseWorkService& caseWork() { return *m_caseWork; }
    const Clock& clock() const { return m_intake->clock(); }

private:
    std::unique_ptr<CatalogSource> m_catalog;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<CaseWorkService> m_caseWork;
};

} // namespace ow
