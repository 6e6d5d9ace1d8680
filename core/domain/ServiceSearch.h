#pragma once

#include "domain/Catalog.h"

#include <string>
#include <string_view>
#include <vector>

namespace ow {

// Something a person may come for, with the queue it is taken at: a service item of the catalog (办理事项), a bundle
// (一件事) or a queue of the hall itself.
struct ServiceChoice {
    std::string name;
    std::string category; // the queue's prefix
};

// What a kiosk's search offers: the catalog's items (at their queue), its bundles (at the queue of their first item
// that has one) and the hall's queues by their own names — each name once per queue, items of a queue the hall does
// not have left out.
std::vector<ServiceChoice> serviceChoices(const Catalog* catalog,
                                          const std::vector<std::pair<std::string, std::string>>& queues);

// The choices a query finds (domain/Pinyin's matchText: hanzi, or the pinyin's initials or syllables), best first: a
// name the query begins, before one it is found inside; then the shorter name; then the order given.
std::vector<ServiceChoice> searchChoices(const std::vector<ServiceChoice>& choices, std::string_view query);

} // namespace ow
