#include "domain/Intake.h"

#include "domain/EnumNames.h"

#include <algorithm>

namespace ow {
namespace {

constexpr EnumNames<MaterialState, 5> kStates{{
    {MaterialState::Submitted, "submitted"},
    {MaterialState::Waived, "waived"},
    {MaterialState::Commitment, "commitment"},
    {MaterialState::Shared, "shared"},
    {MaterialState::Missing, "missing"},
}};

} // namespace

std::string_view toString(MaterialState state) { return nameOf(kStates, state); }
std::optional<MaterialState> materialStateFromString(std::string_view text) { return valueOf(kStates, text); }

std::vector<MaterialProblem> checkMaterials(const std::vector<MergedMaterial>& asked,
                                            const std::vector<MaterialRecord>& recorded) {
    std::vector<MaterialProblem> problems;
    for (const MergedMaterial& m : asked) {
        const auto found = std::find_if(recorded.begin(), recorded.end(),
                                        [&](const MaterialRecord& r) { return r.materialId == m.material.id; });
        const MaterialState state = found == recorded.end() ? MaterialState::Missing : found->state;
        auto problem = [&](MaterialProblem::Kind kind) {
            problems.push_back({m.material.id, m.material.name, kind, m.items});
        };
        switch (state) {
        case MaterialState::Submitted: break;
        case MaterialState::Missing:
            if (m.material.required)
                problem(MaterialProblem::Kind::Missing);
            break;
        case MaterialState::Waived:
            if (!m.material.waivableDays)
                problem(MaterialProblem::Kind::WaiverNotAllowed);
            break;
        case MaterialState::Commitment:
            if (!m.material.commitment)
                problem(MaterialProblem::Kind::CommitmentNotAllowed);
            break;
        case MaterialState::Shared:
            if (!m.material.shared)
                problem(MaterialProblem::Kind::SharingNotAllowed);
            break;
        }
    }
    return problems;
}

Date waiverDueDate(const WorkCalendar& calendar, Date accepted, const Material& material) {
    return calendar.addWorkingDays(accepted, material.waivableDays.value_or(0));
}

Date promisedDate(const WorkCalendar& calendar, const Catalog& catalog, const std::vector<std::string>& items,
                  Date accepted) {
    Date latest = accepted;
    for (const auto& code : items)
        if (const ServiceItem* item = catalog.item(code))
            latest = std::max(latest, calendar.deadline(accepted, item->promisedLimit.days, item->promisedLimit.unit));
    return latest;
}

} // namespace ow
