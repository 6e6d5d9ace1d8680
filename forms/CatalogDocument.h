#pragma once

#include "domain/Catalog.h"
#include "forms/FormDefinition.h"

#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

namespace ow {

// The catalog as the server distributes it: the items, bundles and calendar, and the intake form definitions
// the items name ("forms": [...]). One versioned document, so a device never holds an item without its form.
struct CatalogDocument {
    Catalog catalog;
    std::vector<FormDefinition> forms;

    const FormDefinition* form(const std::string& id) const;
    // The one form a clerk fills for these items: their forms merged, each field asked once (一件事: applicant
    // fields are shared across the bundle). Items without a form add nothing.
    FormDefinition intakeForm(const std::vector<std::string>& items, std::string id, std::string title) const;
};

// Reads and checks a whole catalog document; throws DocumentErrors listing every problem in the catalog and in
// every form, each with its JSON path ("$.forms[2].fields[0].type: ..."), and every item whose form is missing.
CatalogDocument parseCatalogDocument(const Poco::JSON::Object::Ptr& object);

} // namespace ow
