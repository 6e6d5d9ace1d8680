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
// Whom the item's permit names, and what besides. Without it the holder is the applicant. With it (营业执照) the holder
// is the enterprise whose name the form's `holderField` holds (its 统一社会信用代码 given when the permit is issued),
// and the permit lists `lines` from the form in order (类型, 法定代表人, 注册资本 in 万元, 住所 …).
struct PermitSubject {
    struct Line {
        std::string label; // as printed: 法定代表人
        std::string field; // the form's top-level field
        std::string unit;  // after the value: 万元; may be empty
    };
    std::string holderField;
    std::string scopeField; // the form's field the 经营范围 is taken from when the clerk gives none; may be empty
    std::vector<Line> lines;

    bool enterprise() const { return !holderField.empty(); }
};

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
    PermitSubject permit = {}; // whom and what its permit names

    // What its permit is called: the result (营业执照), else the item's name.
    const std::string& resultName() const { return result.empty() ? name : result; }
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
