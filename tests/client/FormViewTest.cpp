// The form renderer on the largest demo form: relevance hides and drops fields, repeats add and remove entries
// keeping their values in order, values round-trip, and errors show beside their field only once touched.
#include "ClientFixture.h"

#include "forms/CatalogDocument.h"
#include "forms/ui/FormView.h"

#include "TestFiles.h"
#include "domain/Json.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

FormDefinition enterpriseForm() {
    return *parseCatalogDocument(parseObject(readTextFile(ONEWINDOW_DEMO_CATALOG))).form("enterprise-setup");
}

QStringList shownErrors(const FormView& form) {
    QStringList shown;
    for (auto* label : form.findChildren<QLabel*>(QStringLiteral("fieldError")))
        if (!label->isHidden())
            shown << label->text();
    return shown;
}

} // namespace

TEST(FormView, RelevanceHidesAFieldAndDropsItsValue) {
    FormView form(enterpriseForm(), QStringLiteral("2026-11-27"));
    form.show();
    auto* type = qobject_cast<QComboBox*>(form.editor(QStringLiteral("enterprise_type")));
    ASSERT_NE(type, nullptr);
    type->setCurrentIndex(type->findData(QStringLiteral("llc")));
    qobject_cast<QLineEdit*>(form.editor(QStringLiteral("capital")))->setText(QStringLiteral("100"));
    EXPECT_TRUE(form.editor(QStringLiteral("capital"))->isVisible());
    EXPECT_EQ(form.values()->getValue<double>("capital"), 100.0);

    type->setCurrentIndex(type->findData(QStringLiteral("sole"))); // a sole proprietorship has no registered capital
    EXPECT_FALSE(form.editor(QStringLiteral("capital"))->isVisible());
    EXPECT_FALSE(form.values()->has("capital"));
    for (const auto& e : form.errors())
        EXPECT_NE(e.path, "capital");
}

TEST(FormView, RepeatsAddAndRemoveEntriesKeepingTheirValues) {
    FormView form(enterpriseForm(), QStringLiteral("2026-11-27"));
    form.show();
    ASSERT_NE(form.editor(QStringLiteral("shareholders[0].name")), nullptr); // required: one entry from the start
    EXPECT_EQ(form.editor(QStringLiteral("shareholders[1].name")), nullptr);
    auto* add = form.findChild<QPushButton*>(QStringLiteral("add_shareholders"));
    ASSERT_NE(add, nullptr);
    add->click();
    add->click();
    for (int i = 0; i < 3; ++i)
        qobject_cast<QLineEdit*>(form.editor(QStringLiteral("shareholders[%1].name").arg(i)))
            ->setText(QStringLiteral("股东%1").arg(i + 1));
    auto* remove = form.findChild<QPushButton*>(QStringLiteral("remove_shareholders[0]"));
    ASSERT_NE(remove, nullptr);
    remove->click();
    const auto list = form.values()->getArray("shareholders");
    ASSERT_EQ(list->size(), 2u);
    EXPECT_EQ(list->getObject(0)->getValue<std::string>("name"), "股东2");
    EXPECT_EQ(list->getObject(1)->getValue<std::string>("name"), "股东3");
    EXPECT_EQ(qobject_cast<QLineEdit*>(form.editor(QStringLiteral("shareholders[0].name")))->text(),
              QStringLiteral("股东2"));
}

TEST(FormView, ValuesRoundTripAndErrorsWaitUntilTouched) {
    const auto values = parseObject(R"({"applicant": {"name": "王磊", "id_number": "11010519491231002X",
        "phone": "13812345678"}, "enterprise_name": "成都青白江云帆软件有限公司", "enterprise_type": "llc", "legal_representative": "王磊",
        "address": "成都市青白江区大弯街道凤凰大道100号", "capital": 100, "scope": ["software", "consulting"],
        "shareholders": [{"kind": "person", "name": "王磊", "id_number": "11010519491231002X", "share": 60},
                         {"kind": "enterprise", "name": "成都某某科技有限公司", "credit_code": "91330100716105852F",
                          "share": 40}]})");
    FormView form(enterpriseForm(), QStringLiteral("2026-11-27"));
    form.show();
    EXPECT_FALSE(form.isValid());
    EXPECT_TRUE(shownErrors(form).isEmpty()); // nothing shouts at a clerk who has not typed yet
    form.setValues(values);
    EXPECT_TRUE(form.isValid()) << form.errors().front().path;
    EXPECT_EQ(toJsonText(form.values()), toJsonText(values));

    auto* capital = qobject_cast<QLineEdit*>(form.editor(QStringLiteral("capital")));
    capital->setText(QStringLiteral("一百"));
    EXPECT_FALSE(form.isValid());
    EXPECT_TRUE(shownErrors(form).isEmpty()); // still typing
    emit capital->editingFinished();
    ASSERT_EQ(shownErrors(form).size(), 1);
    EXPECT_TRUE(shownErrors(form).front().contains(QStringLiteral("number")));
    capital->setText(QStringLiteral("100"));
    EXPECT_TRUE(shownErrors(form).isEmpty()); // fixed: the error goes at once
}

TEST(FormView, AnOptionalGroupLeftEmptyAsksNothingUntilItIsStarted) {
    const auto document = parseCatalogDocument(parseObject(readTextFile(ONEWINDOW_DEMO_CATALOG)));
    FormView form(*document.form("birth-certificate"), QStringLiteral("2026-11-27"));
    auto paths = [&] {
        std::vector<std::string> out;
        for (const auto& e : form.errors())
            out.push_back(e.path);
        return out;
    };
    auto has = [&](const std::string& path) {
        const auto p = paths();
        return std::find(p.begin(), p.end(), path) != p.end();
    };
    EXPECT_FALSE(has("father.name"));   // no father on record: nothing asked
    EXPECT_TRUE(has("applicant.name")); // the applicant group is required: each field says so
    qobject_cast<QLineEdit*>(form.editor(QStringLiteral("father.name")))->setText(QStringLiteral("王强"));
    EXPECT_TRUE(has("father.id_number")); // started: now complete it
}
