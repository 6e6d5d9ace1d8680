#pragma once

// What the appointment tests book with: valid ID numbers told apart by a number, and a booking's body.
#include "domain/IdNumber.h"

#include <string>

namespace ow::testing {

// A valid resident ID number of Chengdu's Qingbaijiang district, born 1980-01-01, told apart by `n`.
inline std::string idNumber(int n) {
    const std::string seq = std::to_string(100 + n % 900);
    const std::string first17 = "510113" + std::string("19800101") + seq;
    return first17 + IdNumber::checkCharacter(first17);
}

inline std::string booking(const std::string& start, const std::string& id, const std::string& date = "2026-09-29",
                           const std::string& phone = "138 0013 8000") {
    return R"({"category":"B","date":")" + date + R"(","start":")" + start + R"(","name":"王磊","id_number":")" + id +
           R"(","phone":")" + phone + "\"}";
}

// Queue B of hall h1 (不动产登记) planned Monday to Friday: 09:00–09:30 for 3, 11:30–12:30 and 14:00–14:30 for 2.
inline const char* kPlanB =
    R"({"category":"B","weekdays":[1,2,3,4,5],"slots":[{"start":"09:00","end":"09:30","capacity":3},)"
    R"({"start":"11:30","end":"12:30","capacity":2},{"start":"14:00","end":"14:30","capacity":2}]})";

} // namespace ow::testing
