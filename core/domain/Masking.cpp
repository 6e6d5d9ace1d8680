#include "domain/Masking.h"

#include "domain/IdNumber.h"

#include <Poco/JSON/Array.h>

namespace ow {
namespace {

bool endsWith(std::string_view text, std::string_view tail) {
    return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

void maskArray(Poco::JSON::Array::Ptr array) {
    for (unsigned i = 0; i < array->size(); ++i) {
        Poco::Dynamic::Var item = array->get(i);
        if (item.type() == typeid(Poco::JSON::Object::Ptr))
            maskPersonalData(item.extract<Poco::JSON::Object::Ptr>());
        else if (item.type() == typeid(Poco::JSON::Array::Ptr))
            maskArray(item.extract<Poco::JSON::Array::Ptr>());
    }
}

} // namespace

std::string maskedName(std::string_view name) {
    std::string out;
    int characters = 0;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const bool starts = (static_cast<unsigned char>(name[i]) & 0xC0) != 0x80;
        if (starts)
            ++characters;
        if (characters == 1)
            out += name[i];
        else if (starts)
            out += '*';
    }
    return out;
}

std::string maskedPhone(std::string_view phone) {
    if (phone.size() < 8)
        return std::string(phone.size(), '*');
    return std::string(phone.substr(0, 3)) + std::string(phone.size() - 7, '*') +
           std::string(phone.substr(phone.size() - 4));
}

std::string maskedDocumentNumber(std::string_view number) {
    if (number.size() < 6)
        return std::string(number.size(), '*');
    return std::string(number.substr(0, 1)) + std::string(number.size() - 4, '*') +
           std::string(number.substr(number.size() - 3));
}

void maskPersonalData(Poco::JSON::Object::Ptr object) {
    if (!object)
        return;
    for (const std::string& key : object->getNames()) {
        Poco::Dynamic::Var value = object->get(key);
        if (value.isString()) {
            const std::string text = value.convert<std::string>();
            if (key == "id_number" || endsWith(key, "_id_number"))
                object->set(key, IdNumber::masked(text));
            else if (key == "phone" || endsWith(key, "_phone"))
                object->set(key, maskedPhone(text));
            else if (key == "photo_wlt") // the photo from an ID card's chip: nobody overseeing needs it
                object->set(key, std::string());
        } else if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
            maskPersonalData(value.extract<Poco::JSON::Object::Ptr>());
        } else if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
            maskArray(value.extract<Poco::JSON::Array::Ptr>());
        }
    }
}

} // namespace ow
