#include "services/CaseDesk.h"

#include "services/CatalogSource.h"
#include "store/CaseStore.h"
#include "sync/CaseWorkService.h"
#include "sync/SyncEngine.h"

namespace ow {

CaseDesk::CaseDesk(ApiClient& api, LocalStore& store, const QString& deviceId, Clock clock, IntakeDesk desk)
    : m_catalog(std::make_unique<CatalogSource>(store))
    , m_cases(std::make_unique<CaseStore>(store))
    , m_sync(std::make_unique<SyncEngine>(api, store, deviceId))
    , m_intake(std::make_unique<IntakeService>(*m_catalog, *m_cases, std::move(clock), std::move(desk)))
    , m_caseWork(std::make_unique<CaseWorkService>(api)) {}

CaseDesk::~CaseDesk() = default;

} // namespace ow
