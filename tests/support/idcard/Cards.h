#pragma once

// Fixed card vectors for the reader's tests, the command's tests, the client's and the benchmark: each a card whose
// text block the simulator serves. Numbers carry their real check characters (GB 11643) and real region codes.
#include "CardText.h"
#include "domain/IdNumber.h"

#include <string>

namespace ow::testing::cards {

inline std::string number(std::string first17) {
    first17.push_back(IdNumber::checkCharacter(first17));
    return first17;
}

inline idcard::CardText resident(std::string name, std::string sexCode, std::string nationCode, std::string birth,
                                 std::string address, std::string first17, std::string authority, std::string from,
                                 std::string to) {
    idcard::CardText c;
    c.type = idcard::CardType::Resident;
    c.name = std::move(name);
    c.sexCode = sexCode;
    c.sex = sexCode == "1" ? "男" : "女";
    c.nationCode = nationCode;
    c.nation = idcard::ethnicGroupOnCard(nationCode);
    c.birthDate = std::move(birth);
    c.address = std::move(address);
    c.idNumber = number(std::move(first17));
    c.authority = std::move(authority);
    c.validFrom = std::move(from);
    c.validTo = std::move(to);
    return c;
}

// A two-character name, a woman of the Han.
inline idcard::CardText wangLei() {
    return resident("王蕾", "2", "01", "1993-08-25", "四川省达州市通川区朝阳东路 88 号", "51170219930825220",
                    "达州市公安局通川区分局", "2015-03-02", "2035-03-02");
}
// A compound surname, four characters, a man of the Hui.
inline idcard::CardText ouyang() {
    return resident("欧阳晓明", "1", "03", "1988-01-31", "四川省成都市锦江区红星路三段 1 号", "51010419880131001",
                    "成都市公安局锦江区分局", "2018-06-01", "2038-06-01");
}
// A name of eleven characters with a middle dot, an address filling its 35 characters, a Yi woman.
inline idcard::CardText longAddress() {
    return resident("阿依古丽·木合塔尔别克", "2", "07", "1979-11-03",
                    "四川省凉山彝族自治州西昌市安宁镇某某村十二组一百二十三号附一号楼二单元", "51340119791103004",
                    "西昌市公安局", "2012-05-20", "2032-05-20");
}
// A long-term card (长期): issued after the holder's 46th birthday, a Tibetan man.
inline idcard::CardText longTerm() {
    return resident("扎西", "1", "04", "1950-02-14", "四川省甘孜藏族自治州康定市炉城镇东大街 5 号", "51330119500214001",
                    "康定市公安局", "2010-09-01", std::string(idcard::kLongTerm));
}
// A card that expired in 2021.
inline idcard::CardText expired() {
    return resident("李秀英", "2", "01", "1970-04-09", "四川省广元市利州区东坝街道 3 号", "51080219700409002",
                    "广元市公安局利州区分局", "2001-07-15", "2021-07-15");
}

// A residence permit for a Hong Kong resident.
inline idcard::CardText hongKong() {
    idcard::CardText c = resident("陈家明", "1", "", "1985-12-01", "四川省成都市武侯区人民南路四段 12 号",
                                  "81000019851201005", "成都市公安局武侯区分局", "2019-01-10", "2024-01-10");
    c.type = idcard::CardType::HongKongMacaoTaiwan;
    c.nation.clear();
    c.passNumber = "H60123456";
    c.issueCount = 1;
    return c;
}

// A foreigner's permanent residence card, 2017 edition.
inline idcard::CardText foreigner2017() {
    idcard::CardText c;
    c.type = idcard::CardType::ForeignPermanent;
    c.englishName = "SMITH, JOHN WILLIAM";
    c.name = "史密斯";
    c.sexCode = "1";
    c.sex = "男";
    c.idNumber = "USA510080001231";
    c.nationality = "USA";
    c.birthDate = "1980-08-01";
    c.authority = "5100";
    c.validFrom = "2018-03-01";
    c.validTo = "2028-03-01";
    return c;
}

// The 2023 edition, with an English name longer than 35 letters.
inline idcard::CardText foreigner2023() {
    idcard::CardText c;
    c.type = idcard::CardType::ForeignPermanent2023;
    c.name = "玛丽亚";
    c.englishName = "GARCIA MARTINEZ, MARIA DE LOS ANGELES ISABEL";
    c.sexCode = "2";
    c.sex = "女";
    c.issueCount = 0;
    c.birthDate = "1990-05-17";
    c.idNumber = number("93372419900517002");
    c.nationality = "ESP";
    c.validFrom = "2024-02-01";
    c.validTo = "2034-02-01";
    return c;
}

} // namespace ow::testing::cards
