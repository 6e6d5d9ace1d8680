#pragma once

#include "domain/CaseRules.h"
#include "domain/JsonChecker.h"
#include "domain/WorkCalendar.h"

#include <Poco/JSON/Object.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace ow {

// 申请材料 of a service item.
struct Material {
    std::string id; // shared ids mean the same document across items of a bundle
    std::string name;
    bool required = true;
    int originals = 0;               // 原件
    int copies = 0;                  // 复印件
    std::optional<int> waivableDays; // 容缺受理: may be supplied this many working days later
    bool commitment = false;         // 告知承诺: a signed commitment may replace it
    bool shared = false;             // 数据共享免提交: the authority fetches it itself
};

struct TimeLimit {
    int days = 0;
    DayUnit unit = DayUnit::Working;
};

enum class ItemKind { Permit, Service }; // 行政许可 / 公共服务

// 事项: one service the hall handles.
struct ServiceItem {
    std::string code;
    std::string name;
    std::string department;
    ItemKind kind = ItemKind::Service;
    TimeLimit legalLimit;
    TimeLimit promisedLimit;
    double fee = 0;
    std::string category; // queue category prefix
    std::string form;     // intake form definition id
    std::string result;   // what the applicant receives (营业执照, 不动产权证书, ...)
    std::vector<Material> materials;
    ApprovalRule approval;       // who approves or denies it ("approval": {"roles": [...], "devices": [...]})
    bool immediate = false;      // 即办件: the clerk who takes it in may decide it at once
    bool deemedApproval = false; // 超时默认: approved by rule when its promised date passes with no decision
    // What may stop its clock while it is in review (行政许可法 第四十五条: 听证、检验检测、专家评审 and, where a rule
    // says so, 公示 are not counted in the time limit): kinds of domain/CaseLife.h's clock stops.
    std::vector<std::string> clockStops;
};

// 一件事 / 1+X 联办: several items, one form, one set of materials.
struct Bundle {
    std::string code;
    std::string name;
    std::vector<std::string> items;
};

// A material asked for once in a bundle: the strictest rule of the items that need it wins.
struct MergedMaterial {
    Material material;
    std::vector<std::string> items; // codes of the items that ask for it
};

struct Catalog {
    int version = 0;
    WorkCalendar calendar;
    std::vector<ServiceItem> items;
    std::vector<Bundle> bundles;

    const ServiceItem* item(const std::string& code) const;
    const Bundle* bundle(const std::string& code) const;
    // Materials of the given items, each asked for once.
    std::vector<MergedMaterial> mergedMaterials(const std::vector<std::string>& itemCodes) const;
};

// A catalog file with something wrong: every problem, each with its JSON path ("$.items[3].materials[0].name: ...").
using CatalogErrors = DocumentErrors;

// Reads and checks a whole catalog; throws CatalogErrors listing every problem found.
Catalog parseCatalog(const Poco::JSON::Object::Ptr& object);

} // namespace ow
