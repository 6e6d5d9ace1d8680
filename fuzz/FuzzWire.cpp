// What arrives over the wire as JSON: request bodies, sync push changes (cases), tickets, permits, rating policies.
// Bad input may be refused with an exception; it may not crash.
#include "domain/Case.h"
#include "domain/Json.h"
#include "domain/Masking.h"
#include "domain/Permit.h"
#include "domain/Rating.h"
#include "domain/Rectification.h"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>

namespace {

template <typename Fn> void tryIt(Fn&& fn) {
    try {
        fn();
    } catch (const std::exception&) {
        // refused: that is the right answer to bad input
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    Poco::JSON::Object::Ptr object;
    try {
        object = ow::parseObject(text);
    } catch (const std::exception&) {
        return 0;
    }
    tryIt([&] {
        const ow::Case c = ow::caseFromJson(object);
        (void)ow::caseFromJson(ow::caseToJson(c)); // what was accepted goes out and comes back
    });
    tryIt([&] { (void)ow::ticketFromJson(object); });
    tryIt([&] { (void)ow::permitToJson(ow::permitFromJson(object)); });
    tryIt([&] { (void)ow::ratingPolicyFromJson(object); });
    tryIt([&] {
        (void)ow::requireString(object, "code");
        (void)ow::optionalInt(object, "seq");
        (void)ow::optionalArray(object, "changes");
    });
    tryIt([&] { ow::maskPersonalData(object); });
    return 0;
}
