// Finding what a person came for by hanzi or by pinyin (core/domain/Pinyin, ServiceSearch): the shipped table of the
// 8105 standard characters, initials and syllables against names written out by hand (not derived from the table),
// characters of several readings, and the ranking of a search over the demo catalog.
#include "TestFiles.h"

#include "domain/Catalog.h"
#include "domain/Json.h"
#include "domain/Pinyin.h"
#include "domain/ServiceSearch.h"

#include <gtest/gtest.h>

using namespace ow;

namespace {

TextMatch match(const std::string& text, const std::string& query) {
    return matchText(codePoints(text), codePoints(query));
}

std::vector<std::string> names(const std::vector<ServiceChoice>& choices) {
    std::vector<std::string> out;
    for (const auto& c : choices)
        out.push_back(c.name + "@" + c.category);
    return out;
}

} // namespace

TEST(Pinyin, TheTableGivesEveryReadingOfAStandardCharacterAndNothingElse) {
    EXPECT_EQ(pinyinOf(U'行'), "hang,heng,xing");
    EXPECT_EQ(pinyinOf(U'重'), "chong,zhong");
    EXPECT_EQ(pinyinOf(U'绿'), "lu,lv");
    EXPECT_EQ(pinyinOf(U'不'), "bu");
    EXPECT_EQ(pinyinOf(U'A'), "");
    EXPECT_EQ(pinyinOf(U'（'), "");
    EXPECT_EQ(pinyinOf(U'\u9FFF'), "") << "past the table's last character";
    EXPECT_EQ(codePoints("不动产A"), (std::u32string{U'不', U'动', U'产', U'A'}));
}

TEST(Pinyin, APassportsNameIsSpeltInPinyinOrItIsNot) {
    for (const char* name : {"ZHANG", "XIAOMING", "OUYANG", "LV", "LYU", "NYU", "LUE", "ER", "AI", "chuang", "XIAN"})
        EXPECT_TRUE(spelledInPinyin(name)) << name;
    for (const char* name : {"ZMANG", "CHFN", "WFI", "LZU", "HO", "LEUNG", "SMITH", "N", "NG", "M", "HNG", "", "LI1"})
        EXPECT_FALSE(spelledInPinyin(name)) << name;
    EXPECT_FALSE(spelledInPinyin("ZHUANGZH"));
    EXPECT_TRUE(spelledInPinyin("ZHUANGZH", true)) << "a name cut at its field's end";
    EXPECT_FALSE(spelledInPinyin("ZHUANGZV", true));
}

// Names of services and queues a hall has, with their initials and full pinyin written here by hand.
TEST(Pinyin, EachNameIsFoundByItsInitialsAndBySyllables) {
    const std::vector<std::tuple<std::string, std::string, std::string>> written = {
        {"不动产登记", "bdcdj", "budongchandengji"},
        {"居民身份证", "jmsfz", "juminshenfenzheng"},
        {"营业执照", "yyzz", "yingyezhizhao"},
        {"公积金提取", "gjjtq", "gongjijintiqu"},
        {"养老保险", "ylbx", "yanglaobaoxian"},
        {"出入境证件", "crjzj", "churujingzhengjian"},
        {"机动车登记", "jdcdj", "jidongchedengji"},
        {"驾驶证", "jsz", "jiashizheng"},
        {"医保参保", "ybcb", "yibaocanbao"},
        {"异地就医", "ydjy", "yidijiuyi"},
        {"食品经营许可", "spjyxk", "shipinjingyingxuke"},
        {"个体工商户", "gtgsh", "getigongshanghu"},
        {"发票领用", "fply", "fapiaolingyong"},
        {"纳税申报", "nssb", "nashuishenbao"},
        {"户籍迁移", "hjqy", "hujiqianyi"},
        {"失业保险", "sybx", "shiyebaoxian"},
        {"企业开办", "qykb", "qiyekaiban"},
        {"重庆", "cq", "chongqing"},
        {"银行流水", "yhls", "yinhangliushui"},
        {"长寿区", "csq", "changshouqu"},
        {"绿色通道", "lstd", "lvsetongdao"},
        {"契税申报缴纳", "qssbjn", "qishuishenbaojiaona"},
    };
    for (const auto& [name, initials, syllables] : written) {
        for (const std::string& query : {initials, syllables}) {
            const TextMatch m = match(name, query);
            EXPECT_TRUE(m.found) << name << " by " << query;
            EXPECT_EQ(m.at, 0u) << name << " by " << query;
            EXPECT_FALSE(m.byHanzi);
        }
    }
}

TEST(Pinyin, InitialsAndSyllablesMixFromAnyCharacterAndCaseAside) {
    EXPECT_TRUE(match("不动产登记", "bdchan").found);
    EXPECT_TRUE(match("不动产登记", "budc").found);
    EXPECT_TRUE(match("不动产登记", "BDC").found);
    EXPECT_TRUE(match("不动产登记", "b d c").found) << "spaces are passed over";
    const TextMatch inside = match("不动产转移登记（二手房）", "djesf");
    EXPECT_TRUE(inside.found) << "punctuation is passed over";
    EXPECT_EQ(inside.at, 5u);
    EXPECT_EQ(match("ICP备案", "icpba").at, 0u) << "latin letters stand for themselves";
    EXPECT_FALSE(match("不动产登记", "bdx").found);
    EXPECT_FALSE(match("不动产登记", "dbc").found) << "in the order written";
    EXPECT_FALSE(match("不动产登记", "bdcdjx").found) << "longer than the name";
    EXPECT_FALSE(match("不动产登记", "").found);
    EXPECT_FALSE(match("不动产登记", "，").found);
}

TEST(Pinyin, HanziAreFoundAsWritten) {
    const TextMatch m = match("城乡居民医疗保险参保登记", "医疗");
    EXPECT_TRUE(m.found);
    EXPECT_TRUE(m.byHanzi);
    EXPECT_EQ(m.at, 4u);
    EXPECT_FALSE(match("城乡居民医疗保险参保登记", "医保").found);
}

TEST(Pinyin, ALongNameOfManyReadingsIsSearchedQuickly) {
    // Each of these characters has two or three readings: a search that tried every way would take long.
    std::string name;
    for (int i = 0; i < 40; ++i)
        name += "行重长";
    EXPECT_FALSE(match(name, std::string(100, 'h') + "q").found);
    EXPECT_TRUE(match(name, "xzc").found);
}

TEST(ServiceSearch, TheDemoCatalogIsSearchedByInitialsItemsBeforeThoseFoundInside) {
    const Catalog catalog = parseCatalog(parseObject(ow::testing::readTextFile(ONEWINDOW_DEMO_CATALOG)));
    const auto choices = serviceChoices(&catalog, {{"A", "综合业务"}, {"B", "企业开办"}, {"C", "不动产登记"}});
    // 12 items, 3 bundles, 3 queues; "企业开办" is a queue's name and not an item's.
    EXPECT_EQ(choices.size(), 18u);
    EXPECT_EQ(names(searchChoices(choices, "bdc")),
              (std::vector<std::string>{"不动产登记@C", "不动产转移登记（二手房）@C"}));
    EXPECT_EQ(names(searchChoices(choices, "qykb")), (std::vector<std::string>{"企业开办@B", "企业开办“一件事”@B"}));
    // Found inside 不动产登记 (5 characters) and 单位社会保险登记 (8): the shorter first.
    const auto dj = searchChoices(choices, "dj");
    ASSERT_GE(dj.size(), 2u);
    EXPECT_EQ(dj.front().name, "不动产登记");
    EXPECT_EQ(names(searchChoices(choices, "公积金")), (std::vector<std::string>{"住房公积金提取（购房）@A"}));
    EXPECT_TRUE(searchChoices(choices, "xyz").empty());
    // An item of a queue the hall does not have is not offered.
    EXPECT_EQ(serviceChoices(&catalog, {{"C", "不动产登记"}}).size(), 5u) << "three items, a bundle, the queue";
    EXPECT_EQ(serviceChoices(nullptr, {{"C", "不动产登记"}}).size(), 1u) << "no catalog yet: the queues";
}

TEST(ServiceSearch, ANameTheQueryBeginsComesBeforeOneItIsFoundInsideThenTheShorter) {
    const std::vector<ServiceChoice> choices = {{"办理居住证", "A"}, {"居住证办理", "B"}, {"居住证", "C"}};
    EXPECT_EQ(names(searchChoices(choices, "jzz")),
              (std::vector<std::string>{"居住证@C", "居住证办理@B", "办理居住证@A"}));
}
