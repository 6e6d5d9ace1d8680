#pragma once

#include "domain/Catalog.h"

#include <optional>
#include <string>
#include <vector>

namespace ow {

// How a required material stands at intake.
enum class MaterialState { Submitted, Waived, Commitment, Shared, Missing };

std::string_view toString(MaterialState state);
std::optional<MaterialState> materialStateFromString(std::string_view text);

struct MaterialRecord {
    std::string materialId;
    MaterialState state = MaterialState::Missing;
    std::optional<std::string> dueDate;   // a waived material: supply by this date (ISO)
    std::vector<std::string> attachments; // SHA-256 of scans
    std::string note;
};

// One entry of the one-time notice (一次性告知): a material and what is wrong with it.
struct MaterialProblem {
    enum class Kind { Missing, WaiverNotAllowed, CommitmentNotAllowed, SharingNotAllowed };
    std::string materialId;
    std::string name;
    Kind kind;
    std::vector<std::string> items; // the items that ask for it
};

// Checks the recorded materials against what the items ask for, all at once: every required material must be
// submitted, or waived / replaced by a commitment / fetched by data sharing where the catalog allows it.
// An empty result means the case can be accepted.
std::vector<MaterialProblem> checkMaterials(const std::vector<MergedMaterial>& asked,
                                            const std::vector<MaterialRecord>& recorded);

// The supply-by date of a material accepted with a waiver (容缺): its days, in working days after acceptance.
Date waiverDueDate(const WorkCalendar& calendar, Date accepted, const Material& material);

// The promised completion date of a case of several items: the latest of their promised limits.
Date promisedDate(const WorkCalendar& calendar, const Catalog& catalog, const std::vector<std::string>& items,
                  Date accepted);

} // namespace ow
