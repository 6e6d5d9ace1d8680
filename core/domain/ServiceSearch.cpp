#include "domain/ServiceSearch.h"

#include "domain/Pinyin.h"

#include <algorithm>
#include <set>

namespace ow {

std::vector<ServiceChoice> serviceChoices(const Catalog* catalog,
                                          const std::vector<std::pair<std::string, std::string>>& queues) {
    std::set<std::string> prefixes;
    for (const auto& [prefix, name] : queues)
        prefixes.insert(prefix);
    std::vector<ServiceChoice> out;
    std::set<std::pair<std::string, std::string>> seen;
    auto add = [&](const std::string& name, const std::string& category) {
        if (!name.empty() && prefixes.contains(category) && seen.insert({name, category}).second)
            out.push_back({name, category});
    };
    if (catalog) {
        for (const ServiceItem& item : catalog->items)
            add(item.name, item.category);
        for (const Bundle& bundle : catalog->bundles)
            for (const std::string& code : bundle.items)
                if (const ServiceItem* item = catalog->item(code); item && prefixes.contains(item->category)) {
                    add(bundle.name, item->category);
                    break;
                }
    }
    for (const auto& [prefix, name] : queues)
        add(name, prefix);
    return out;
}

std::vector<ServiceChoice> searchChoices(const std::vector<ServiceChoice>& choices, std::string_view query) {
    const std::u32string typed = codePoints(query);
    struct Found {
        std::size_t index, at, length;
    };
    std::vector<Found> found;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const std::u32string name = codePoints(choices[i].name);
        if (const TextMatch m = matchText(name, typed); m.found)
            found.push_back({i, m.at, name.size()});
    }
    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        if ((a.at == 0) != (b.at == 0))
            return a.at == 0;
        return a.length < b.length;
    });
    std::vector<ServiceChoice> out;
    out.reserve(found.size());
    for (const Found& f : found)
        out.push_back(choices[f.index]);
    return out;
}

} // namespace ow
