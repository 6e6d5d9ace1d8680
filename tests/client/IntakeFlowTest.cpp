// The clerk's intake at a real counter window against a real server: a bundle (企业开办“一件事”) with a missing
// material gets the one-time notice; with the missing one waived it is accepted, the receipt PDF holds the case
// number and promised date, its QR code the case reference, and the case reaches the server.
#include "ClientFixture.h"
#include "PdfProbe.h"

#include "app/cases/CaseListPanel.h"
#include "app/cases/IntakePanel.h"
#include "app/counter/CounterWindow.h"
#include "forms/ui/FormView.h"
#include "forms/ui/MaterialsChecklist.h"
#include "printer/ReceiptPrinter.h"
#include "services/CatalogSource.h"
#include "store/BlobCache.h"
#include "store/CaseStore.h"
#include "store/LocalStore.h"
#include "sync/CounterService.h"
#include "sync/HallFeed.h"
#include "sync/SyncEngine.h"
#include "widgets/DocumentPreview.h"
#include "widgets/ScanView.h"

#include "TestFiles.h"
#include "domain/CaseNumber.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

using namespace ow;
using namespace ow::testing;

namespace {

std::string stringOf(const Poco::JSON::Object::Ptr& object, const std::string& key) {
    return object && object->has(key) ? object->getValue<std::string>(key) : std::string();
}

class IntakeFlow : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"B", "企业开办"}}, 1, {"B"});
        server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
        token = server.clerkAt("h1", 1);
        local = std::make_unique<LocalStore>(dir.filePath(QStringLiteral("device.db")));
        StaffSession clerk{QByteArray::fromStdString(token), QStringLiteral("c1"), QStringLiteral("张敏"),
                           QStringLiteral("clerk")};
        window =
            std::make_unique<CounterWindow>(clientFor(server, token), CounterSetup{QStringLiteral("h1"),
                                                                                   1,
                                                                                   clerk,
                                                                                   local.get(),
                                                                                   deviceOf(server, token),
                                                                                   dir.filePath(QStringLiteral("docs")),
                                                                                   {},
                                                                                   {}});
        window->show();
        ASSERT_TRUE(waitFor([&] { return window->catalog().document().has_value(); }));
    }

    IntakePanel& intake() { return window->intake(); }
    FormView& form() { return *intake().form(); }

    void type(const QString& path, const QString& text) {
        auto* edit = qobject_cast<QLineEdit*>(form().editor(path));
        ASSERT_NE(edit, nullptr) << path.toStdString();
        edit->clear();
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii)
            QTest::keyClicks(edit, text); // typed key by key
        else
            edit->insert(text); // committed by the input method, as Chinese text is
        emit edit->editingFinished();
    }
    void choose(const QString& path, const QString& value) {
        auto* combo = qobject_cast<QComboBox*>(form().editor(path));
        ASSERT_NE(combo, nullptr) << path.toStdString();
        combo->setCurrentIndex(combo->findData(value));
    }
    void check(const QString& path, const QString& value) {
        QWidget* boxes = form().findChild<QWidget*>(QStringLiteral("field_") + path);
        ASSERT_NE(boxes, nullptr) << path.toStdString();
        for (auto* box : boxes->findChildren<QCheckBox*>())
            if (box->property("value").toString() == value)
                box->setChecked(true);
    }

    // What a clerk types for 企业设立登记.
    void fillEnterprise() {
        type(QStringLiteral("applicant.name"), QStringLiteral("王磊"));
        type(QStringLiteral("applicant.id_number"), QStringLiteral("11010519491231002x")); // lower-case x is fine
        type(QStringLiteral("applicant.phone"), QStringLiteral("13812345678"));
        type(QStringLiteral("enterprise_name"), QStringLiteral("成都青白江云帆软件有限公司"));
        choose(QStringLiteral("enterprise_type"), QStringLiteral("llc"));
        type(QStringLiteral("legal_representative"), QStringLiteral("王磊"));
        type(QStringLiteral("address"), QStringLiteral("成都市青白江区大弯街道凤凰大道100号"));
        type(QStringLiteral("capital"), QStringLiteral("100"));
        check(QStringLiteral("scope"), QStringLiteral("software"));
        choose(QStringLiteral("shareholders[0].kind"), QStringLiteral("person"));
        type(QStringLiteral("shareholders[0].name"), QStringLiteral("王磊"));
        type(QStringLiteral("shareholders[0].id_number"), QStringLiteral("11010519491231002X"));
        type(QStringLiteral("shareholders[0].share"), QStringLiteral("100"));
    }

    // 企业开办: the applicant once, the enterprise once, then each item's own questions.
    void fillEnterpriseBundle() {
        fillEnterprise();
        check(QStringLiteral("seals"), QStringLiteral("official"));
        choose(QStringLiteral("invoice_kind"), QStringLiteral("e_normal"));
        type(QStringLiteral("employees"), QStringLiteral("3"));
        type(QStringLiteral("insured_from"), QStringLiteral("2026-12-01"));
    }

    TestServer server;
    std::string token;
    QTemporaryDir dir;
    std::unique_ptr<LocalStore> local;
    std::unique_ptr<CounterWindow> window;
};

} // namespace

TEST_F(IntakeFlow, AMissingMaterialGetsTheNoticeAWaivedOneIsAcceptedWithAReceipt) {
    ASSERT_TRUE(intake().chooseEntry(QStringLiteral("YJS-QYKB")));
    // The bundle asks the applicant once although all four forms have the group.
    EXPECT_NE(form().editor(QStringLiteral("applicant.name")), nullptr);
    EXPECT_EQ(form().findChildren<QLineEdit*>(QStringLiteral("field_applicant.name")).size(), 1);
    fillEnterpriseBundle();
    ASSERT_TRUE(form().isValid()) << form().errors().front().path << ": " << form().errors().front().message;

    // Everything is brought except the articles of association (公司章程).
    intake().materials()->receiveAll();
    ASSERT_TRUE(intake().materials()->setState("gszc", MaterialState::Missing));
    intake().accept();
    EXPECT_FALSE(intake().showingDocuments());
    EXPECT_TRUE(intake().messageText().contains(QStringLiteral("missing"))) << intake().messageText().toStdString();
    EXPECT_FALSE(intake().lastCase().has_value()); // nothing saved by a refused accept

    intake().notify();
    ASSERT_TRUE(intake().showingDocuments());
    ASSERT_EQ(intake().lastDocuments().size(), 1);
    const QString notice = pdfText(intake().lastDocuments().front());
    EXPECT_TRUE(notice.contains(QStringLiteral("公司章程"))) << notice.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("110105********002X"))) << notice.toStdString();
    EXPECT_EQ(intake().lastCase()->state, CaseState::Notified);

    // The applicant comes back with the articles but without the lease proof, which may follow within 5 days.
    const auto typed = form().values();
    intake().startNew();
    EXPECT_FALSE(intake().showingDocuments());
    intake().form()->setValues(typed);
    intake().materials()->receiveAll();
    ASSERT_FALSE(intake().materials()->setState("gszc", MaterialState::Waived)); // not waivable: not offered
    ASSERT_TRUE(intake().materials()->setState("zscl", MaterialState::Waived));
    intake().accept();
    ASSERT_TRUE(intake().showingDocuments()) << intake().messageText().toStdString();
    const Case accepted = *intake().lastCase();
    EXPECT_EQ(accepted.state, CaseState::Accepted);
    EXPECT_EQ(accepted.bundle, "YJS-QYKB");
    EXPECT_EQ(accepted.items.size(), 4u);
    EXPECT_EQ(accepted.applicant.idNumber, "11010519491231002X");
    ASSERT_TRUE(CaseNumber::parse(accepted.caseNo)) << accepted.caseNo;
    EXPECT_EQ(accepted.caseNo.rfind("H1-", 0), 0u) << accepted.caseNo;
    EXPECT_GE(accepted.promisedDate, accepted.acceptedDate);
    bool waived = false;
    for (const auto& m : accepted.materials)
        if (m.materialId == "zscl") {
            waived = m.state == MaterialState::Waived && m.dueDate && *m.dueDate > accepted.acceptedDate;
        }
    EXPECT_TRUE(waived);

    ASSERT_EQ(intake().lastDocuments().size(), 1); // no commitment, so no commitment letter
    const QString receipt = intake().lastDocuments().front();
    const QString words = pdfText(receipt);
    EXPECT_TRUE(words.contains(QString::fromStdString(accepted.caseNo))) << words.toStdString();
    EXPECT_TRUE(words.contains(QString::fromStdString(accepted.promisedDate))) << words.toStdString();
    // The receipt's code carries the case's query code, printed beside it too: the applicant's key to its progress.
    ASSERT_EQ(accepted.queryCode.size(), 6u);
    EXPECT_EQ(pdfQrCode(receipt), ReceiptPrinter::caseReference(accepted.caseNo, accepted.queryCode));
    EXPECT_TRUE(words.contains(QString::fromStdString(accepted.queryCode))) << words.toStdString();

    // Both decisions were saved locally and pushed to the server.
    ASSERT_TRUE(waitFor([&] { return window->syncText().contains(QStringLiteral("All cases uploaded")); }))
        << window->syncText().toStdString();
    EXPECT_EQ(server.context().sync.counts().cases, 2);

    // Both are in the counter's case list, the ID masked; the whole ID number finds them.
    CaseListPanel& list = window->caseList();
    list.searchField()->setText(QStringLiteral("11010519491231002X"));
    ASSERT_EQ(list.model().rowCount(), 2);
    EXPECT_EQ(list.model().data(list.model().index(0, CaseListModel::IdNumber), Qt::DisplayRole).toString(),
              QStringLiteral("110105********002X"));
    EXPECT_EQ(list.model().data(list.model().index(0, CaseListModel::Limit), Qt::DisplayRole).toString(),
              QStringLiteral("On time"));
}

TEST_F(IntakeFlow, TheCaseListLightsDueSoonOverdueAndLateSupplements) {
    CaseStore cases(*local);
    auto make = [&](const char* id, const char* accepted, const char* promised, const char* waiverDue) {
        Case c;
        c.id = id;
        c.hall = "h1";
        c.caseNo = std::string("H1-20261101-C1-000") + id;
        c.applicant.name = "王磊";
        c.state = CaseState::Accepted;
        c.acceptedDate = accepted;
        c.promisedDate = promised;
        if (*waiverDue)
            c.materials = {{"zscl", MaterialState::Waived, std::string(waiverDue), {}, {}}};
        cases.save(c, nowUtcMs());
    };
    const QDate today = QDate::currentDate();
    auto iso = [](QDate d) { return d.toString(Qt::ISODate).toStdString(); };
    make("1", iso(today.addDays(-30)).c_str(), iso(today.addDays(-1)).c_str(), ""); // overdue
    make("2", iso(today.addDays(-30)).c_str(), iso(today.addDays(2)).c_str(), "");  // > 80 % used
    make("3", iso(today).c_str(), iso(today.addDays(60)).c_str(), "");              // on time
    make("4", iso(today.addDays(-3)).c_str(), iso(today.addDays(60)).c_str(),
         iso(today.addDays(-1)).c_str()); // lease proof late
    CaseListPanel& list = window->caseList();
    list.refresh();
    std::map<std::string, QString> light;
    for (int i = 0; i < list.model().rowCount(); ++i)
        light[list.model().row(i).id.toStdString()] = list.model().limitText(list.model().row(i));
    EXPECT_TRUE(light["1"].contains(QStringLiteral("Overdue"))) << light["1"].toStdString();
    EXPECT_TRUE(light["2"].contains(QStringLiteral("Due soon"))) << light["2"].toStdString();
    EXPECT_EQ(light["3"], QStringLiteral("On time"));
    EXPECT_TRUE(light["4"].contains(QStringLiteral("Waived material overdue"))) << light["4"].toStdString();
    list.overdueFilter()->setChecked(true);
    std::set<std::string> overdue;
    for (int i = 0; i < list.model().rowCount(); ++i)
        overdue.insert(list.model().row(i).id.toStdString());
    EXPECT_EQ(overdue, (std::set<std::string>{"1", "4"}));
}

TEST_F(IntakeFlow, ACommitmentPrintsTheLetterAndAnInvalidFormIsNeverAccepted) {
    ASSERT_TRUE(intake().chooseEntry(QStringLiteral("SC-QYSL")));
    fillEnterprise();
    type(QStringLiteral("applicant.id_number"), QStringLiteral("110105194912310021")); // wrong check digit
    intake().materials()->receiveAll();
    ASSERT_TRUE(intake().materials()->setState("zscl", MaterialState::Commitment));
    intake().accept();
    EXPECT_FALSE(intake().showingDocuments());
    EXPECT_FALSE(intake().lastCase().has_value());
    ASSERT_FALSE(form().isValid());
    EXPECT_EQ(form().errors().front().path, "applicant.id_number");
    QStringList shown; // every error is beside its field now that the clerk tried to accept
    for (auto* label : form().findChildren<QLabel*>(QStringLiteral("fieldError")))
        if (label->isVisible())
            shown << label->text();
    ASSERT_EQ(shown.size(), 1) << shown.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(shown.front().contains(QStringLiteral("resident ID number"))) << shown.front().toStdString();

    type(QStringLiteral("applicant.id_number"), QStringLiteral("11010519491231002X"));
    ASSERT_TRUE(form().isValid());
    intake().accept();
    ASSERT_TRUE(intake().showingDocuments()) << intake().messageText().toStdString();
    ASSERT_EQ(intake().lastDocuments().size(), 2);
    EXPECT_EQ(intake().preview()->count(), 2);
    if (QPrinterInfo::defaultPrinter().isNull()) { // no printer here: a sentence, not a dialog or a crash
        QString error;
        EXPECT_FALSE(intake().preview()->print(&error));
        EXPECT_TRUE(error.contains(QStringLiteral("PDF"))) << error.toStdString();
    }
    const QString letter = pdfText(intake().lastDocuments().at(1));
    const QString lease = QStringLiteral("住所（经营场所）使用证明").normalized(QString::NormalizationForm_KC);
    EXPECT_TRUE(letter.contains(lease)) << letter.toStdString();
}

TEST_F(IntakeFlow, ARefusalNeedsItsReasonAndTheCatalogStaysWhenTheServerIsGone) {
    ASSERT_TRUE(intake().chooseEntry(QStringLiteral("GA-JZZ")));
    type(QStringLiteral("applicant.name"), QStringLiteral("李娜"));
    intake().refuse(QString());
    EXPECT_FALSE(intake().lastCase().has_value());
    EXPECT_FALSE(intake().messageText().isEmpty());
    intake().refuse(QStringLiteral("申请人不具备申请资格"));
    ASSERT_TRUE(intake().showingDocuments());
    EXPECT_EQ(intake().lastCase()->state, CaseState::Refused);
    EXPECT_TRUE(pdfText(intake().lastDocuments().front()).contains(QStringLiteral("申请人不具备申请资格")));

    // A later start with no server: the catalog copy on the computer is used.
    window.reset();
    CatalogSource offline(*local);
    ASSERT_TRUE(offline.document().has_value());
    EXPECT_EQ(offline.document()->forms.size(), 12u);
    EXPECT_FALSE(offline.adopt("{\"version\": 9}")); // broken: refused, the copy stays
    EXPECT_EQ(CatalogSource(*local).document()->catalog.items.size(), 12u);
}

TEST_F(IntakeFlow, TheApplicationFollowsTheCalledTicketAndSurvivesStartingService) {
    HttpClient http(server.port());
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    ASSERT_EQ(http.post("/api/v1/halls/h1/tickets", R"({"category":"B"})", kiosk).status, 201);
    ASSERT_TRUE(intake().chooseEntry(QStringLiteral("GA-JZZ"))); // whatever was on screen before the call
    ASSERT_TRUE(waitFor([&] { return window->feed().isLive(); }));
    window->service().callNext();
    ASSERT_TRUE(waitFor([&] { return window->service().current().has_value(); }));
    EXPECT_EQ(form().definition().id, "YJS-QYKB");                // queue B: the 企业开办 bundle is offered first
    ASSERT_TRUE(intake().chooseEntry(QStringLiteral("SC-QYSL"))); // the citizen only wants the licence
    type(QStringLiteral("applicant.name"), QStringLiteral("王磊"));
    ASSERT_TRUE(intake().materials()->setState("gszc", MaterialState::Submitted));

    window->service().start(); // the citizen sits down: nothing the clerk chose or typed is lost
    ASSERT_TRUE(waitFor([&] { return window->service().current()->status == TicketStatus::Serving; }));
    EXPECT_EQ(form().definition().id, "SC-QYSL");
    const auto records = intake().materials()->records();
    const auto gszc =
        std::find_if(records.begin(), records.end(), [](const MaterialRecord& r) { return r.materialId == "gszc"; });
    ASSERT_NE(gszc, records.end());
    EXPECT_EQ(gszc->state, MaterialState::Submitted);
    EXPECT_EQ(stringOf(form().values()->getObject("applicant"), "name"), "王磊");

    intake().notify();
    ASSERT_TRUE(intake().lastCase().has_value()) << intake().messageText().toStdString();
    EXPECT_EQ(intake().lastCase()->ticketId, window->service().current()->id);
}

TEST_F(IntakeFlow, AFileAttachedToTheFormIsKeptOnThisComputerAndGoesUp) {
    ASSERT_TRUE(intake().chooseEntry(QStringLiteral("YJS-QYKB")));
    fillEnterpriseBundle();
    const QString scan = dir.filePath(QStringLiteral("lease.jpg"));
    {
        QFile file(scan);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("a scanned lease, as the clerk picked it from the scanner's folder"));
    }
    form().setFileChooser([&] { return scan; });
    auto* pick = form().findChild<QPushButton*>(QStringLiteral("field_lease_scan"));
    ASSERT_NE(pick, nullptr);
    pick->click();
    const QString sha = QString::fromStdString(form().values()->getValue<std::string>("lease_scan"));
    ASSERT_EQ(sha.size(), 64);
    // Kept in the device's attachments, not merely named: the original may be deleted from the scanner's folder.
    EXPECT_TRUE(QFile::exists(window->sync().blobs().path(sha)));
    QFile::remove(scan);
    intake().materials()->receiveAll();
    intake().accept();
    ASSERT_TRUE(intake().showingDocuments()) << intake().messageText().toStdString();
    ASSERT_TRUE(waitFor([&] { return server.context().sync.counts().blobs >= 1; }))
        << window->sync().status().lastError.toStdString();
}

// A card read for an applicant already entered under another name and number is said as a problem, with both — the
// numbers masked — and the form holds what the card says; the same person's card fills in quietly. The scan view
// shows the number it read masked.
TEST_F(IntakeFlow, ACardOfAnotherPersonIsSaidAndItsNumberShownMasked) {
    ASSERT_TRUE(intake().chooseEntry(QStringLiteral("GA-JZZ")));
    type(QStringLiteral("applicant.name"), QStringLiteral("王磊"));
    type(QStringLiteral("applicant.id_number"), QStringLiteral("11010519491231002X"));
    intake().applyIdentity({QStringLiteral("passport"), QStringLiteral("李娜"), QStringLiteral("E12345678"),
                            QStringLiteral("1990-01-01"), QStringLiteral("F")});
    const QString said = intake().messageText();
    EXPECT_TRUE(said.contains(QStringLiteral("not the applicant's"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("李娜")) && said.contains(QStringLiteral("王磊"))) << said.toStdString();
    intake().applyIdentity({QStringLiteral("id_card"), {}, QStringLiteral("510113198001011013"), {}, {}});
    const QString number = intake().messageText();
    EXPECT_TRUE(number.contains(QStringLiteral("510113********1013"))) << number.toStdString();
    EXPECT_TRUE(number.contains(QStringLiteral("110105********002X"))) << number.toStdString();
    EXPECT_FALSE(number.contains(QStringLiteral("11010519491231002X"))) << "never whole on the screen";
    // The same card again: nothing differs, nothing to warn of.
    intake().applyIdentity({QStringLiteral("id_card"), {}, QStringLiteral("510113198001011013"), {}, {}});
    EXPECT_FALSE(intake().messageText().contains(QStringLiteral("not the applicant's")))
        << intake().messageText().toStdString();
}
