#include "forms/CatalogDocument.h"

#include <Poco/JSON/Array.h>

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
    errors.insert(errors.end(), c.errors().begin(), c.errors().end());
    if (!errors.empty())
        throw DocumentErrors(std::move(errors));
    return document;
}

} // namespace ow
