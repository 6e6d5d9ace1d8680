#include "services/IntakeService.h"

#include "services/CatalogSource.h"
#include "store/CaseStore.h"

#include "domain/CaseNumber.h"
#include "domain/CaseState.h"
#include "domain/CaseSteps.h"

#include <QUuid>

namespace ow {
namespace {

QString qt(const std::string& s) { return QString::fromStdString(s); }

} // namespace

IntakeService::IntakeService(const CatalogSource& catalog, CaseStore& cases, Clock clock, IntakeDesk desk)
    : m_catalog(catalog)
    , m_cases(cases)
    , m_clock(std::move(clock))
    , m_desk(std::move(desk)) {}

Case IntakeService::draft(std::vector<std::string> items) const {
    Case c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    c.hall = m_desk.hall;
    c.items = std::move(items);
    c.channel = m_desk.station ? "station" : "counter";
    c.clerk = m_desk.clerkUser;
    c.createdAtMs = m_clock.nowMs();
    return c;
}

Date IntakeService::promisedIfAcceptedToday(const std::vector<std::string>& items) const {
    const Date today = m_clock.today();
    const auto& document = m_catalog.document();
    return document ? promisedDate(document->catalog.calendar, document->catalog, items, today) : today;
}

Case IntakeService::accept(Case c, const std::vector<MergedMaterial>& asked) {
    auto problems = checkMaterials(asked, c.materials);
    if (!problems.empty()) {
        // The sentence first: the vector is moved into the error, and arguments are evaluated in no set order.
        const std::string detail = std::to_string(problems.size()) + " required material(s) missing";
        throw IntakeError(IntakeError::Kind::MaterialsMissing, detail, std::move(problems));
    }
    if (!m_catalog.document())
        throw IntakeError(IntakeError::Kind::NoCatalog, "no service catalog on this device yet");
    c.state = *caseTransition(c.state, CaseAction::Accept).next;
    c.acceptedDate.clear();
    c.promisedDate.clear();
    for (auto& record : c.materials)
        if (record.state == MaterialState::Waived)
            record.dueDate.reset();
    date(c, m_clock.today());
    number(c);
    save(c);
    return c;
}

Case IntakeService::notify(Case c, const std::vector<MergedMaterial>& asked, std::vector<MaterialProblem>* problems) {
    auto missing = checkMaterials(asked, c.materials);
    if (missing.empty())
        throw IntakeError(IntakeError::Kind::NothingMissing, "nothing is missing");
    if (c.applicant.name.empty())
        throw IntakeError(IntakeError::Kind::NoApplicantName, "the notice is addressed to the applicant by name");
    c.state = *caseTransition(c.state, CaseAction::Notify).next;
    save(c);
    if (problems)
        *problems = std::move(missing);
    return c;
}

Case IntakeService::refuse(Case c, const std::string& reason) {
    const QString trimmed = qt(reason).trimmed();
    if (trimmed.isEmpty())
        throw IntakeError(IntakeError::Kind::NoRefusalReason, "a refusal states its legal reason");
    if (c.applicant.name.empty())
        throw IntakeError(IntakeError::Kind::NoApplicantName, "the notice is addressed to the applicant by name");
    c.state = *caseTransition(c.state, CaseAction::Refuse).next;
    c.refusalReason = trimmed.toStdString();
    save(c);
    return c;
}

Case IntakeService::commit(Case c) {
    if (c.state == CaseState::Accepted) {
        const auto accepted =
            c.acceptedDate.empty() ? std::optional<Date>(m_clock.today()) : parseIsoDate(c.acceptedDate);
        if (accepted)
            date(c, *accepted);
        number(c);
    }
    save(c);
    return c;
}

// The accepted date, and what follows from it where it is not set yet: the promised date and the supply-by date
// of every waived material, by the hall's working-day calendar.
void IntakeService::date(Case& c, Date accepted) const {
    if (c.acceptedDate.empty())
        c.acceptedDate = isoDate(accepted);
    const auto& document = m_catalog.document();
    if (!document)
        return;
    const Catalog& catalog = document->catalog;
    if (c.promisedDate.empty())
        c.promisedDate = isoDate(promisedDate(catalog.calendar, catalog, c.items, accepted));
    const auto asked = catalog.mergedMaterials(c.items);
    for (auto& record : c.materials) {
        if (record.state != MaterialState::Waived || record.dueDate)
            continue;
        for (const auto& merged : asked)
            if (merged.material.id == record.materialId)
                record.dueDate = isoDate(waiverDueDate(catalog.calendar, accepted, merged.material));
    }
}

// The receipt number, from this device's own sequence for the hall's day (so it is given offline too).
void IntakeService::number(Case& c) {
    if (c.queryCode.empty())
        c.queryCode = makeQueryCode(); // printed with the number: the applicant's key to the case's progress
    if (!c.caseNo.empty())
        return;
    try {
        c.caseNo =
            m_cases.nextCaseNumber(qt(m_desk.hall), qt(m_clock.todayCompact()), qt(m_desk.deviceCode)).toStdString();
    } catch (const std::exception& e) {
        throw IntakeError(IntakeError::Kind::NoCaseNumber, e.what());
    }
}

Case IntakeService::supplyLater(const std::string& caseId, const std::string& material,
                                const std::vector<std::string>& scans) {
    auto c = m_cases.find(QString::fromStdString(caseId));
    if (!c)
        throw IntakeError(IntakeError::Kind::NotSuppliable, "no case \"" + caseId + "\" on this device");
    try {
        bringMaterial(*c, material, scans);
    } catch (const CaseStepRefused& e) {
        throw IntakeError(IntakeError::Kind::NotSuppliable, e.what());
    }
    save(*c);
    return *c;
}

void IntakeService::save(Case& c) {
    try {
        m_cases.save(c, m_clock.nowMs());
    } catch (const std::exception& e) {
        throw IntakeError(IntakeError::Kind::NotSaved, e.what());
    }
}

} // namespace ow
