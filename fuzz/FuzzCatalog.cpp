// The service catalog an administrator imports (items, materials, bundles, forms, calendar): every problem is refused
// with its path; nothing crashes.
#include "domain/Json.h"
#include "forms/CatalogDocument.h"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const auto document =
            ow::parseCatalogDocument(ow::parseObject(std::string(reinterpret_cast<const char*>(data), size)));
        std::vector<std::string> items;
        for (const auto& item : document.catalog.items)
            items.push_back(item.code);
        (void)document.intakeForm(items, "fuzz", "fuzz");
    } catch (const std::exception&) {
        // refused
    }
    return 0;
}
