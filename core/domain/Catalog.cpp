#include "domain/Catalog.h"

#include "domain/CaseLife.h"
#include "domain/Json.h"
#include "domain/JsonChecker.h"
#include "domain/Ticket.h"

#include <algorithm>
#include <set>

namespace ow {
namespace {

TimeLimit parseLimit(JsonChecker& c, const Poco::JSON::Object::Ptr& o, const std::string& path,
                     const std::string& key) {
    TimeLimit limit;
    const auto l = c.object(o, path, key);
    if (!l)
        return limit;
    const std::string where = path + "." + key;
    limit.days = static_cast<int>(c.integer(l, where, "days", true, 0, 3650).value_or(0));
    const std::string unit = c.string(l, where, "unit");
    if (unit == "working")
        limit.unit = DayUnit::Working;
    else if (unit == "natural")
        limit.unit = DayUnit::Natural;
    else if (!unit.empty())
        c.error(where + ".unit", "must be \"working\" or \"natural\"");
    return limit;
}

Material parseMaterial(JsonChecker& c, const Poco::JSON::Object::Ptr& o, const std::string& path) {
    Material m;
    m.id = c.string(o, path, "id");
    m.name = c.string(o, path, "name");
    m.required = c.boolean(o, path, "required", true);
    m.originals = static_cast<int>(c.integer(o, path, "originals", false, 0, 20).value_or(0));
    m.copies = static_cast<int>(c.integer(o, path, "copies", false, 0, 20).value_or(0));
    if (auto days = c.integer(o, path, "waivable_days", false, 1, 365))
        m.waivableDays = static_cast<int>(*days);
    m.commitment = c.boolean(o, path, "commitment");
    m.shared = c.boolean(o, path, "shared");
    if (m.waivableDays && !m.required)
        c.error(path + ".waivable_days", "only a required material can be waived (容缺) for later");
    return m;
}

std::string textAt(const Poco::JSON::Array::Ptr& array, unsigned i) {
    const Poco::Dynamic::Var v = array->get(i);
    return v.isString() ? v.extract<std::string>() : std::string();
}

// "approval": {"roles": ["clerk", "supervisor"], "devices": ["counter"]}; either list may be left out (the default).
ApprovalRule parseApproval(JsonChecker& c, const Poco::JSON::Object::Ptr& o, const std::string& path) {
    ApprovalRule rule;
    const auto a = c.object(o, path, "approval", false);
    if (!a)
        return rule;
    const std::string where = path + ".approval";
    if (const auto roles = c.array(a, where, "roles", false)) {
        rule.roles.clear();
        for (unsigned i = 0; i < roles->size(); ++i) {
            const std::string at = where + ".roles[" + std::to_string(i) + "]";
            const auto role = staffRoleFromString(textAt(roles, i));
            if (!role || *role == StaffRole::Admin)
                c.error(at, "must be \"clerk\" or \"supervisor\"");
            else if (*role == StaffRole::Agent)
                c.error(at, "an agent (代办员) takes applications but never approves them");
            else
                rule.roles.push_back(*role);
        }
        if (roles->size() == 0)
            c.error(where + ".roles", "names at least one role, or is left out for the default");
    }
    if (const auto devices = c.array(a, where, "devices", false)) {
        rule.devices.clear();
        for (unsigned i = 0; i < devices->size(); ++i) {
            const std::string at = where + ".devices[" + std::to_string(i) + "]";
            const auto device = deviceKindFromString(textAt(devices, i));
            if (device == DeviceKind::Station)
                c.error(at, "a village station (代办站) forwards applications but never approves them");
            else if (device != DeviceKind::Counter && device != DeviceKind::Supervisor)
                c.error(at, "must be \"counter\" or \"supervisor\"");
            else
                rule.devices.push_back(*device);
        }
        if (devices->size() == 0)
            c.error(where + ".devices", "names at least one kind of device, or is left out for the default");
    }
    return rule;
}

ServiceItem parseItem(JsonChecker& c, const Poco::JSON::Object::Ptr& o, const std::string& path) {
    ServiceItem item;
    item.code = c.string(o, path, "code");
    item.name = c.string(o, path, "name");
    item.department = c.string(o, path, "department");
    const std::string kind = c.string(o, path, "kind");
    if (kind == "permit")
        item.kind = ItemKind::Permit;
    else if (kind == "service")
        item.kind = ItemKind::Service;
    else if (!kind.empty())
        c.error(path + ".kind", "must be \"permit\" (行政许可) or \"service\" (公共服务)");
    item.legalLimit = parseLimit(c, o, path, "legal_limit");
    item.promisedLimit = parseLimit(c, o, path, "promised_limit");
    if (item.legalLimit.unit == item.promisedLimit.unit && item.promisedLimit.days > item.legalLimit.days)
        c.error(path + ".promised_limit.days", "the promised limit cannot be longer than the legal one");
    if (o->has("fee")) {
        const Poco::Dynamic::Var fee = o->get("fee");
        if (!fee.isNumeric() || fee.convert<double>() < 0)
            c.error(path + ".fee", "must be a number of yuan, 0 or more");
        else
            item.fee = fee.convert<double>();
    }
    item.category = c.string(o, path, "category");
    if (!item.category.empty() && !isValidCategoryPrefix(item.category))
        c.error(path + ".category", "must be a queue category prefix (1-3 capital letters)");
    item.form = c.string(o, path, "form", false);
    item.result = c.string(o, path, "result", false);
    if (const auto permit = c.object(o, path, "permit", false)) {
        const std::string where = path + ".permit";
        item.permit.holderField = c.string(permit, where, "holder_field", false);
        item.permit.scopeField = c.string(permit, where, "scope_field", false);
        for (const auto& [line, at] : c.objects(c.array(permit, where, "lines", false), where + ".lines"))
            item.permit.lines.push_back(
                {c.string(line, at, "label"), c.string(line, at, "field"), c.string(line, at, "unit", false)});
        if (!item.permit.enterprise() && !item.permit.lines.empty())
            c.error(where + ".holder_field", "the lines describe an enterprise: name the form's field of its name");
    }
    item.approval = parseApproval(c, o, path);
    item.immediate = c.boolean(o, path, "immediate");
    item.deemedApproval = c.boolean(o, path, "deemed_approval");
    if (const auto stops = c.array(o, path, "clock_stops", false))
        for (unsigned i = 0; i < stops->size(); ++i) {
            const std::string kind = textAt(stops, i);
            if (!isClockStopKind(kind))
                c.error(path + ".clock_stops[" + std::to_string(i) + "]",
                        "must be publicity (公示), expert_review (专家评审), hearing (听证) or inspection (检验检测)");
            else
                item.clockStops.push_back(kind);
        }
    std::set<std::string> ids;
    for (const auto& [m, where] : c.objects(c.array(o, path, "materials"), path + ".materials")) {
        Material material = parseMaterial(c, m, where);
        if (!material.id.empty() && !ids.insert(material.id).second)
            c.error(where + ".id", "\"" + material.id + "\" appears twice in this item");
        item.materials.push_back(std::move(material));
    }
    return item;
}

} // namespace

const ServiceItem* Catalog::item(const std::string& code) const {
    for (const auto& i : items)
        if (i.code == code)
            return &i;
    return nullptr;
}

const Bundle* Catalog::bundle(const std::string& code) const {
    for (const auto& b : bundles)
        if (b.code == code)
            return &b;
    return nullptr;
}

std::vector<MergedMaterial> Catalog::mergedMaterials(const std::vector<std::string>& itemCodes) const {
    std::vector<MergedMaterial> merged;
    for (const auto& code : itemCodes) {
        const ServiceItem* it = item(code);
        if (!it)
            continue;
        for (const Material& m : it->materials) {
            auto found = std::find_if(merged.begin(), merged.end(),
                                      [&](const MergedMaterial& x) { return x.material.id == m.id; });
            if (found == merged.end()) {
                merged.push_back({m, {code}});
                continue;
            }
            Material& into = found->material;
            found->items.push_back(code);
            into.required = into.required || m.required;
            into.originals = std::max(into.originals, m.originals);
            into.copies = std::max(into.copies, m.copies);
            // Waiving, commitment and data sharing hold only when every item allows them.
            if (!into.waivableDays || !m.waivableDays)
                into.waivableDays.reset();
            else
                into.waivableDays = std::min(*into.waivableDays, *m.waivableDays);
            into.commitment = into.commitment && m.commitment;
            into.shared = into.shared && m.shared;
        }
    }
    return merged;
}

Catalog parseCatalog(const Poco::JSON::Object::Ptr& object) {
    JsonChecker c;
    Catalog catalog;
    catalog.version = static_cast<int>(c.integer(object, "$", "version", true, 1, 1000000000).value_or(0));
    if (auto calendar = c.object(object, "$", "calendar")) {
        try {
            catalog.calendar = WorkCalendar::fromJson(calendar);
        } catch (const BadInput& e) {
            // fromJson says "years[0].holidays[1]: not a date ..."; put it under $.calendar.
            const std::string text = e.what();
            const auto colon = text.find(": ");
            if (colon == std::string::npos)
                c.error("$.calendar", text);
            else
                c.error("$.calendar." + text.substr(0, colon), text.substr(colon + 2));
        }
    }
    std::set<std::string> codes;
    for (const auto& [o, path] : c.objects(c.array(object, "$", "items"), "$.items")) {
        ServiceItem item = parseItem(c, o, path);
        if (!item.code.empty() && !codes.insert(item.code).second)
            c.error(path + ".code", "\"" + item.code + "\" appears twice");
        catalog.items.push_back(std::move(item));
    }
    for (const auto& [o, path] : c.objects(c.array(object, "$", "bundles", false), "$.bundles")) {
        Bundle bundle;
        bundle.code = c.string(o, path, "code");
        bundle.name = c.string(o, path, "name");
        if (auto list = c.array(o, path, "items")) {
            for (unsigned j = 0; j < list->size(); ++j) {
                const Poco::Dynamic::Var v = list->get(j);
                if (!v.isString() || !codes.count(v.extract<std::string>())) {
                    c.error(path + ".items[" + std::to_string(j) + "]", "must be the code of an item in this catalog");
                    continue;
                }
                bundle.items.push_back(v.extract<std::string>());
            }
            if (list->size() < 2)
                c.error(path + ".items", "a bundle joins at least two items");
        }
        if (!bundle.code.empty() && !codes.insert(bundle.code).second)
            c.error(path + ".code", "\"" + bundle.code + "\" is already used by an item or bundle");
        catalog.bundles.push_back(std::move(bundle));
    }
    if (!c.errors().empty())
        throw CatalogErrors(c.takeErrors());
    return catalog;
}

} // namespace ow
