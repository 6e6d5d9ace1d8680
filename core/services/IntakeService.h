#pragma once

#include "domain/Case.h"
#include "domain/Clock.h"
#include "domain/Intake.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace ow {

class CaseStore;
class CatalogSource;

// Where cases are taken in: the hall, this device's code in case numbers, who takes them and how.
struct IntakeDesk {
    std::string hall;
    std::string deviceCode; // "C3" at counter 3, "S001" at a station
    std::string clerkUser;
    bool station = false; // a village station: the agent applies on the villager's behalf (代办)
};

// Why an intake decision was not taken; nothing was saved.
class IntakeError : public std::runtime_error {
public:
    enum class Kind {
        MaterialsMissing, // accept: the one-time notice or waivers are needed first (problems() lists them)
        NothingMissing,   // notify: nothing to tell, the case can be accepted
        NoApplicantName,  // notify and refuse are addressed to the applicant
        NoRefusalReason,  // refuse: the legal reason is required
        NoCatalog,        // the items' rules are not on this device yet
        NoCaseNumber,     // the device's number sequence could not be reserved
        NotSaved,         // the local database refused the write
        NotSuppliable,    // 后补: the case or the material does not take it (the case's state, a material not waived)
    };
    IntakeError(Kind kind, const std::string& detail, std::vector<MaterialProblem> problems = {})
        : std::runtime_error(detail)
        , m_kind(kind)
        , m_problems(std::move(problems)) {}
    Kind kind() const { return m_kind; }
    const std::vector<MaterialProblem>& problems() const { return m_problems; }

private:
    Kind m_kind;
    std::vector<MaterialProblem> m_problems;
};

// 一窗受理's decisions, the same at a counter, at a village station and on the command line: accept (受理 — case
// number, accepted and promised dates, the supply-by dates of waived materials), the one-time notice (一次性告知)
// and refusal (不予受理). Every date is the hall's business day from the hall's clock, never the PC's own date;
// every decision is saved with its outbox record before anyone prints anything. No widgets.
class IntakeService {
public:
    IntakeService(const CatalogSource& catalog, CaseStore& cases, Clock clock, IntakeDesk desk);

    const Clock& clock() const { return m_clock; }
    const IntakeDesk& desk() const { return m_desk; }

    // A new case of `items`, stamped with the desk: id, hall, channel, clerk, created now.
    Case draft(std::vector<std::string> items) const;
    // The promised date of `items` if they were accepted today.
    Date promisedIfAcceptedToday(const std::vector<std::string>& items) const;

    // Each saves the decided case and returns it; throws IntakeError and saves nothing when it cannot be taken.
    // `asked` is what the case's items ask for (Catalog::mergedMaterials), as the clerk checked it off.
    Case accept(Case c, const std::vector<MergedMaterial>& asked);
    Case notify(Case c, const std::vector<MergedMaterial>& asked, std::vector<MaterialProblem>* problems);
    Case refuse(Case c, const std::string& reason);
    // A case decided elsewhere (the command line's JSON file): an accepted one gets what it lacks of its case number,
    // accepted date and — when the catalog knows its items — promised and supply-by dates; then it is saved.
    Case commit(Case c);
    // 容缺后补 on this device, online or not: the waived material (or one an open correction asks for) of the case
    // kept here is marked brought, with its scans (attachment names the device's blob cache holds), and saved for
    // the server, which records the step when the push arrives (and refuses it if the case moved on meanwhile).
    Case supplyLater(const std::string& caseId, const std::string& material, const std::vector<std::string>& scans);

private:
    void date(Case& c, Date accepted) const;
    void number(Case& c);
    void save(Case& c);

    const CatalogSource& m_catalog;
    CaseStore& m_cases;
    Clock m_clock;
    IntakeDesk m_desk;
};

} // namespace ow
