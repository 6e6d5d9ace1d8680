#include "forms/CatalogDocument.h"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <set>

namespace ow {

const FormDefinition* CatalogDocument::form(const std::string& id) const {
    for (const auto& f : forms)
        if (f.id == id)
            return &f;
    return nullptr;
}

FormDefinition CatalogDocument::intakeForm(const std::vector<std::string>& items, std::string id,
                                           std::string title) const {
    std::vector<FormDefinition> parts;
    std::set<std::string> seen;
    for (const auto& code : items) {
        const ServiceItem* item = catalog.item(code);
        if (!item || !seen.insert(item->form).second)
            continue;
        if (const FormDefinition* f = form(item->form))
            parts.push_back(*f);
    }
    return mergeForms(parts, std::move(id), std::move(title));
}

CatalogDocument parseCatalogDocument(const Poco::JSON::Object::Ptr& object) {
    std::vector<std::string> errors;
    CatalogDocument document;
    try {
        document.catalog = parseCatalog(object);
    } catch (const DocumentErrors& e) {
        errors = e.errors();
    }

    JsonChecker c;
    std::set<std::string> ids;
    for (const auto& [o, path] : c.objects(c.array(object, "$", "forms", false), "$.forms")) {
        try {
            FormDefinition form = parseFormDefinition(o, path);
            if (!ids.insert(form.id).second)
                c.error(path + ".id", "\"" + form.id + "\" appears twice");
            document.forms.push_back(std::move(form));
        } catch (const DocumentErrors& e) {
            errors.insert(errors.end(), e.errors().begin(), e.errors().end());
            // Still known by id, so items naming it are not reported as well.
            if (o->has("id") && o->get("id").isString())
                ids.insert(o->getValue<std::string>("id"));
        }
    }
    // Items are checked against the raw document too, so a broken catalog still reports its missing forms.
    if (auto items = object->getArray("items")) {
        for (unsigned i = 0; i < items->size(); ++i) {
            auto item = items->getObject(i);
            if (!item || !item->has("form") || !item->get("form").isString())
                continue;
            const auto formId = item->getValue<std::string>("form");
            if (!formId.empty() && !ids.count(formId))
                c.error("$.items[" + std::to_string(i) + "].form", "no form \"" + formId + "\" in $.forms");
        }
    }
    // A permit's particulars come from the item's form: each field it names must be one of the form's top-level ones.
    for (std::size_t i = 0; i < document.catalog.items.size(); ++i) {
        const ServiceItem& item = document.catalog.items[i];
        const FormDefinition* form = document.form(item.form);
        if (!form)
            continue;
        const auto has = [form](const std::string& field) {
            return std::any_of(form->fields.begin(), form->fields.end(),
                               [&](const FieldDefinition& f) { return f.id == field; });
        };
        const std::string at = "$.items[" + std::to_string(i) + "].permit";
        if (item.permit.enterprise() && !has(item.permit.holderField))
            c.error(at + ".holder_field", "no field \"" + item.permit.holderField + "\" in form " + item.form);
        if (!item.permit.scopeField.empty() && !has(item.permit.scopeField))
            c.error(at + ".scope_field", "no field \"" + item.permit.scopeField + "\" in form " + item.form);
        for (std::size_t l = 0; l < item.permit.lines.size(); ++l)
            if (!has(item.permit.lines[l].field))
                c.error(at + ".lines[" + std::to_string(l) + "].field",
                        "no field \"" + item.permit.lines[l].field + "\" in form " + item.form);
    }
    errors.insert(errors.end(), c.errors().begin(), c.errors().end());
    if (!errors.empty())
        throw DocumentErrors(std::move(errors));
    return document;
}

} // namespace ow
