#include "forms/CatalogDocument.h"
#include "forms/FieldText.h"
#include "forms/FormDefinition.h"
#include "forms/FormValidator.h"

#include "domain/Json.h"

#include "TestFiles.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

using namespace ow;

namespace {

constexpr const char* kToday = "2026-11-27";

CatalogDocument demoCatalog() {
    return parseCatalogDocument(parseObject(ow::testing::readTextFile(ONEWINDOW_DEMO_CATALOG)));
}

FormDefinition enterpriseForm() { return *demoCatalog().form("enterprise-setup"); }

const char* kValid = R"({
    "applicant": {"name": "王磊", "id_number": "11010519491231002X", "phone": "13812345678"},
    "enterprise_name": "成都青白江云帆软件有限公司",
    "enterprise_type": "llc",
    "legal_representative": "王磊",
    "address": "成都市青白江区大弯街道凤凰大道100号",
    "capital": 100,
    "scope": ["software", "consulting"],
    "opening_date": "2027-01-15",
    "shareholders": [
        {"kind": "person", "name": "王磊", "id_number": "11010519491231002X", "share": 60},
        {"kind": "enterprise", "name": "成都某某科技有限公司", "credit_code": "91330100716105852F", "share": 40}
    ]
})";

// Validation errors of kValid with one change, as "path=code".
std::map<std::string, FieldError::Code> errorsAfter(const std::function<void(Poco::JSON::Object::Ptr&)>& change) {
    auto values = parseObject(kValid);
    change(values);
    std::map<std::string, FieldError::Code> out;
    for (const auto& e : validateForm(enterpriseForm(), values, kToday))
        out[e.path] = e.code;
    return out;
}

using Code = FieldError::Code;
using Errors = std::map<std::string, FieldError::Code>;

} // namespace

TEST(FormDefinition, TheDemoFormReads) {
    const FormDefinition form = enterpriseForm();
    EXPECT_EQ(form.id, "enterprise-setup");
    ASSERT_EQ(form.fields.size(), 11u);
    EXPECT_EQ(form.fields[0].type, FieldType::Group);
    EXPECT_EQ(form.fields[8].type, FieldType::Repeat);
    EXPECT_EQ(form.fields[8].fields.size(), 5u);
}

TEST(FormDefinition, EveryProblemIsNamedWithItsPath) {
    try {
        parseFormDefinition(parseObject(R"({"id": "f", "title": "表", "fields": [
            {"id": "A", "type": "text", "label": "x"},
            {"id": "b", "type": "colour", "label": "x"},
            {"id": "c", "type": "choice", "label": "x", "options": []},
            {"id": "d", "type": "text", "label": "x", "pattern": "([a-z"},
            {"id": "e", "type": "number", "label": "x", "min": 5, "max": 1},
            {"id": "e", "type": "date", "label": "x", "min_date": "2026-02-30"},
            {"id": "g", "type": "text", "label": "x", "relevant": {"field": "nowhere"}},
            {"id": "h", "type": "repeat", "label": "x", "fields": [{"id": "i", "type": "text"}]},
            {"id": "j", "type": "text", "label": "x", "pattern": "a{1977777777777777777}"},
            {"id": "k", "type": "text", "label": "x", "pattern": "[0-9]{2,50000}"}
        ]})"));
        FAIL() << "accepted";
    } catch (const DocumentErrors& e) {
        const std::vector<std::string> expected = {
            "$.fields[0].id: use lower-case letters, digits and _ (starting with a letter)",
            "$.fields[1].type: unknown field type \"colour\"",
            "$.fields[2].options: a choice needs at least one option",
            "$.fields[3].pattern: not a valid regular expression",
            "$.fields[4].max: must not be below min",
            "$.fields[5].min_date: not a date like 2026-10-01",
            "$.fields[5].id: \"e\" appears twice at this level",
            "$.fields[7].fields[0].label: required",
            "$.fields[8].pattern: at most 500 characters and repetitions of at most 1000",
            "$.fields[9].pattern: at most 500 characters and repetitions of at most 1000",
            "$.fields[6].relevant.field: no field \"nowhere\" at this level or the top",
        };
        EXPECT_EQ(e.errors(), expected);
    }
}

TEST(FormValidator, AValidApplicationHasNoErrors) {
    const auto errors = validateForm(enterpriseForm(), parseObject(kValid), kToday);
    for (const auto& e : errors)
        ADD_FAILURE() << e.path << ": " << e.message;
}

TEST(FormValidator, RequiredFieldsEverywhere) {
    EXPECT_EQ(errorsAfter([](auto& v) { v->remove("enterprise_name"); }),
              (Errors{{"enterprise_name", Code::Required}}));
    EXPECT_EQ(errorsAfter([](auto& v) { v->getObject("applicant")->set("phone", std::string()); }),
              (Errors{{"applicant.phone", Code::Required}}));
    EXPECT_EQ(errorsAfter([](auto& v) { v->getArray("shareholders")->getObject(1)->remove("share"); }),
              (Errors{{"shareholders[1].share", Code::Required}}));
    EXPECT_EQ(errorsAfter([](auto& v) { v->set("shareholders", Poco::JSON::Array::Ptr(new Poco::JSON::Array)); }),
              (Errors{{"shareholders", Code::Required}}));
}

TEST(FormValidator, TextLengthCountsCharactersAndPatternsMatchTheWholeValue) {
    EXPECT_EQ(errorsAfter([](auto& v) { v->set("enterprise_name", std::string("云帆")); }),
              (Errors{{"enterprise_name", Code::TooShort}}));
    EXPECT_EQ(errorsAfter([](auto& v) { v->set("enterprise_name", std::string(51 * 3, 'a')); }),
              (Errors{{"enterprise_name", Code::TooLong}}));
    EXPECT_EQ(errorsAfter([](auto& v) { v->set("enterprise_name", std::string("云帆 软件公司")); }),
              (Errors{{"enterprise_name", Code::Pattern}}));
    EXPECT_EQ(errorsAfter([](auto& v) { v->set("enterprise_name", 42); }),
              (Errors{{"enterprise_name", Code::NotText}}));
}

TEST(FormValidator, NumbersDatesAndChoices) {
    EXPECT_EQ(errorsAfter([](auto& v) { v->set("capital", std::string("一百")); }),
              (Errors{{"capital", Code::NotANumber}}));
    EXPECT_EQ(errorsAfter([](auto& v) { v->set("capital", std::string("250.5")); }), Errors{});
    EXPECT_EQ(errorsAfter([](auto& v) { v->set("capital", 0); }), (Errors{{"capital", Code::BelowMin}}));
    EXPECT_EQ(errorsAfter([](auto& v) { v->getArray("shareholders")->getObject(0)->set("share", 101); }),
              (Errors{{"shareholders[0].share", Code::AboveMax}}));
    EXPECT_EQ(errorsAfter([](auto& v) { v->set("opening_date", std::string("2027-02-29")); }),
              (Errors{{"opening_date", Code::NotADate}}));
    EXPECT_EQ(errorsAfter([](auto& v) { v->set("opening_date", std::string("2025-12-31")); }),
              (Errors{{"opening_date", Code::TooEarly}}));
    EXPECT_EQ(errorsAfter([](auto& v) { v->set("opening_date", std::string("2031-01-01")); }),
              (Errors{{"opening_date", Code::TooLate}}));
    EXPECT_EQ(errorsAfter([](auto& v) { v->set("enterprise_type", std::string("coop")); }),
              (Errors{{"enterprise_type", Code::NotAnOption}}));
    EXPECT_EQ(errorsAfter([](auto& v) { v->getArray("scope")->add(std::string("mining")); }),
              (Errors{{"scope[2]", Code::NotAnOption}}));
    EXPECT_EQ(errorsAfter([](auto& v) {
                  auto all = Poco::JSON::Array::Ptr(new Poco::JSON::Array);
                  for (const char* s : {"retail", "catering", "software", "consulting", "logistics", "agriculture"})
                      all->add(std::string(s));
                  v->set("scope", all);
              }),
              (Errors{{"scope", Code::TooManyItems}}));
}

TEST(FormValidator, IdentityNumbersPhonesCodesAndFiles) {
    EXPECT_EQ(
        errorsAfter([](auto& v) { v->getObject("applicant")->set("id_number", std::string("110105194912310021")); }),
        (Errors{{"applicant.id_number", Code::BadIdNumber}}));
    EXPECT_EQ(errorsAfter([](auto& v) { v->getObject("applicant")->set("phone", std::string("1381234567")); }),
              (Errors{{"applicant.phone", Code::BadPhone}}));
    EXPECT_EQ(errorsAfter([](auto& v) { v->getObject("applicant")->set("phone", std::string("028-83218888")); }),
              Errors{});
    EXPECT_EQ(errorsAfter([](auto& v) {
                  v->getArray("shareholders")->getObject(1)->set("credit_code", std::string("91330100716105852G"));
              }),
              (Errors{{"shareholders[1].credit_code", Code::BadCreditCode}}));
    EXPECT_EQ(errorsAfter([](auto& v) { v->set("lease_scan", std::string("scan.png")); }),
              (Errors{{"lease_scan", Code::BadFile}}));
}

TEST(FormValidator, IrrelevantFieldsAreNotChecked) {
    // A sole proprietorship has no registered capital: the bad value is ignored.
    EXPECT_EQ(errorsAfter([](auto& v) {
                  v->set("enterprise_type", std::string("sole"));
                  v->set("capital", std::string("abc"));
              }),
              Errors{});
    // An enterprise shareholder needs a credit code, not an ID number.
    EXPECT_EQ(
        errorsAfter([](auto& v) { v->getArray("shareholders")->getObject(0)->set("kind", std::string("enterprise")); }),
        (Errors{{"shareholders[0].credit_code", Code::Required}}));
    // The note is asked for only once a scan is attached.
    const FormDefinition form = enterpriseForm();
    const auto& note = form.fields.back();
    auto values = parseObject(kValid);
    EXPECT_FALSE(isRelevant(note, values, values));
    values->set("lease_scan", std::string(64, 'a'));
    EXPECT_TRUE(isRelevant(note, values, values));
}

TEST(FormDefinition, ABundleAsksEachFieldOnce) {
    const FormDefinition a = parseFormDefinition(parseObject(R"({"id": "a", "title": "A", "fields": [
        {"id": "applicant", "type": "group", "label": "申请人", "fields": [{"id": "name", "type": "text", "label": "姓名"}]},
        {"id": "seal_count", "type": "number", "label": "印章数量"}]})"));
    const FormDefinition b = parseFormDefinition(parseObject(R"({"id": "b", "title": "B", "fields": [
        {"id": "applicant", "type": "group", "label": "经办人", "fields": [{"id": "name", "type": "text", "label": "姓名"}]},
        {"id": "invoice_kind", "type": "choice", "label": "发票种类", "options": [{"value": "e", "label": "电子发票"}]}]})"));
    const FormDefinition merged = mergeForms({a, b}, "bundle", "企业开办");
    ASSERT_EQ(merged.fields.size(), 3u);
    EXPECT_EQ(merged.fields[0].id, "applicant");
    EXPECT_EQ(merged.fields[0].label, "申请人");
    EXPECT_EQ(merged.fields[1].id, "seal_count");
    EXPECT_EQ(merged.fields[2].id, "invoice_kind");
}

TEST(CatalogDocument, EveryDemoItemHasItsFormAndABundleAsksSharedFieldsOnce) {
    const CatalogDocument document = demoCatalog();
    EXPECT_EQ(document.forms.size(), 12u);
    for (const auto& item : document.catalog.items)
        EXPECT_NE(document.form(item.form), nullptr) << item.code;

    const Bundle* bundle = document.catalog.bundle("YJS-QYKB");
    ASSERT_NE(bundle, nullptr);
    const FormDefinition form = document.intakeForm(bundle->items, bundle->code, bundle->name);
    std::map<std::string, int> seen;
    for (const auto& f : form.fields)
        ++seen[f.id];
    for (const auto& [id, count] : seen)
        EXPECT_EQ(count, 1) << id;
    EXPECT_EQ(seen.count("applicant"), 1u);
    EXPECT_EQ(seen.count("enterprise_name"), 1u);
    EXPECT_EQ(seen.count("seals"), 1u);        // from the seal filing form
    EXPECT_EQ(seen.count("invoice_kind"), 1u); // from the invoice form
    EXPECT_EQ(seen.count("employees"), 1u);    // from the social insurance form
    EXPECT_EQ(form.fields.front().id, "applicant");
}

TEST(CatalogDocument, AFormErrorIsReportedUnderItsPlaceInTheCatalog) {
    auto object = parseObject(ow::testing::readTextFile(ONEWINDOW_DEMO_CATALOG));
    object->getArray("forms")->getObject(3)->set("title", "");
    object->getArray("forms")->getObject(3)->getArray("fields")->getObject(1)->set("type", 7);
    try {
        parseCatalogDocument(object);
        ADD_FAILURE() << "accepted a broken form";
    } catch (const DocumentErrors& e) {
        ASSERT_EQ(e.errors().size(), 2u) << e.errors().front();
        EXPECT_EQ(e.errors()[0].rfind("$.forms[3].title: ", 0), 0u) << e.errors()[0];
        EXPECT_EQ(e.errors()[1].rfind("$.forms[3].fields[1].type: ", 0), 0u) << e.errors()[1];
    }
}

// A permit's particulars come from the item's form: a field it names that the form does not have is refused with its
// place; the demo's business licence reads the enterprise from the enterprise form.
TEST(CatalogDocument, APermitsFieldsMustBeItsFormsFields) {
    const CatalogDocument demo = demoCatalog();
    const ServiceItem* licence = demo.catalog.item("SC-QYSL");
    ASSERT_NE(licence, nullptr);
    EXPECT_TRUE(licence->permit.enterprise());
    EXPECT_EQ(licence->permit.holderField, "enterprise_name");
    ASSERT_EQ(licence->permit.lines.size(), 4u);
    EXPECT_EQ(licence->permit.lines[2].unit, "万元");
    EXPECT_FALSE(demo.catalog.item("GA-JZZ")->permit.enterprise()); // a person's permit names the applicant

    auto object = parseObject(ow::testing::readTextFile(ONEWINDOW_DEMO_CATALOG));
    auto permit = object->getArray("items")->getObject(0)->getObject("permit");
    permit->getArray("lines")->getObject(1)->set("field", "chairman");
    permit->set("scope_field", "activities");
    try {
        parseCatalogDocument(object);
        ADD_FAILURE() << "accepted a permit naming fields its form does not have";
    } catch (const DocumentErrors& e) {
        ASSERT_EQ(e.errors().size(), 2u) << e.errors().front();
        EXPECT_EQ(e.errors()[0].rfind("$.items[0].permit.scope_field: ", 0), 0u) << e.errors()[0];
        EXPECT_EQ(e.errors()[1].rfind("$.items[0].permit.lines[1].field: ", 0), 0u) << e.errors()[1];
    }
}

// A form's value as a paper prints it: a choice by its label, several joined, a number as written.
TEST(FieldText, ChoicesByTheirLabelsNumbersAsWritten) {
    const FormDefinition form = enterpriseForm();
    Poco::JSON::Object::Ptr values = parseObject(kValid);
    EXPECT_EQ(fieldText(form, values, "enterprise_type"), "有限责任公司");
    EXPECT_EQ(fieldText(form, values, "scope"), "软件开发；信息咨询");
    EXPECT_EQ(fieldText(form, values, "capital"), "100");
    values->set("capital", 12.5);
    EXPECT_EQ(fieldText(form, values, "capital"), "12.5");
    EXPECT_EQ(fieldText(form, values, "address"), "成都市青白江区大弯街道凤凰大道100号");
    EXPECT_EQ(fieldText(form, values, "shareholders"), ""); // not a line of text
    EXPECT_EQ(fieldText(form, values, "no_such_field"), "");
    EXPECT_EQ(fieldText(form, nullptr, "address"), "");
}
