// Every control of every mode has a name a screen reader can say (Qt's accessibility interface, as the AT-SPI bridge
// hands it to Orca): each window of each mode, offscreen against a real server, every page and tab of it — shown or
// not — walked for buttons, fields, lists and tables without a name. tests/accessibility/atspi.sh reads the same
// through the real bridge.
#include "ClientFixture.h"

#include "app/cases/IntakePanel.h"
#include "app/common/LoginDialog.h"
#include "app/common/SetupDialog.h"
#include "app/counter/CounterWindow.h"
#include "app/display/CounterScreenWindow.h"
#include "app/display/DisplayWindow.h"
#include "app/kiosk/KioskWindow.h"
#include "app/pad/PadWindow.h"
#include "app/station/StationWindow.h"
#include "app/supervisor/SupervisorWindow.h"
#include "forms/ui/FormView.h"
#include "forms/ui/MaterialsChecklist.h"
#include "store/LocalStore.h"
#include "sync/CounterService.h"
#include "sync/HallFeed.h"
#include "sync/SyncEngine.h"
#include "widgets/Announcer.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

bool insideComposite(const QWidget* w) {
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p) ||
            qobject_cast<const QCalendarWidget*>(p) || qobject_cast<const QMenu*>(p) ||
            qobject_cast<const QTabBar*>(p) || qobject_cast<const QAbstractItemView*>(p) ||
            qobject_cast<const QLineEdit*>(p)) // a field's clear button is the field's
            return true;
    return false;
}

bool isControl(const QWidget* w) {
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           (qobject_cast<const QAbstractItemView*>(w) && !qobject_cast<const QHeaderView*>(w)) ||
           qobject_cast<const QTextEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w);
}

// A label whose buddy is the control: on Linux a combo box is said by its label (the labelled-by relation).
bool hasBuddyLabel(const QWidget* w) {
    for (const QLabel* label : w->window()->findChildren<QLabel*>())
        if (label->buddy() == w && !label->text().isEmpty())
            return true;
    return false;
}

QString where(const QWidget* w) {
    QStringList path;
    for (const QWidget* p = w; p; p = p->parentWidget())
        path.prepend(QString::fromLatin1(p->metaObject()->className()) +
                     (p->objectName().isEmpty() ? QString() : QLatin1Char('#') + p->objectName()));
    return path.join(QLatin1String(" > "));
}

// The controls under `root` with no name, each with where it is.
QStringList unnamedControls(QWidget* root) {
    QStringList out;
    QList<QWidget*> all = root->findChildren<QWidget*>();
    all.prepend(root);
    for (QWidget* w : all) {
        if (!isControl(w) || insideComposite(w) || qobject_cast<QScrollBar*>(w))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        QString name = iface ? iface->text(QAccessible::Name) : QString();
        if (auto* combo = qobject_cast<QComboBox*>(w)) // its name on Linux is its value: its label counts
            if (!w->accessibleName().isEmpty() || hasBuddyLabel(w) ||
                (combo->isEditable() && !combo->lineEdit()->accessibleName().isEmpty()))
                name = QStringLiteral("labelled");
        if (name.trimmed().isEmpty())
            out << where(w);
    }
    return out;
}

std::string report(const QStringList& unnamed) { return unnamed.join(QLatin1Char('\n')).toStdString(); }

class Accessibility : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}}, 2, {"A", "B"});
        server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
    }
    // The PC of counter 1 with its clerk 张敏 logged in.
    std::unique_ptr<CounterWindow> openCounter() {
        const std::string token = server.clerkAt("h1", 1);
        const StaffSession clerk{QByteArray::fromStdString(token), QStringLiteral("c1"), QStringLiteral("张敏"),
                                 QStringLiteral("clerk")};
        return std::make_unique<CounterWindow>(
            clientFor(server, token),
            CounterSetup{QStringLiteral("h1"), 1, clerk, &counterStore, deviceOf(server, token), dir.path(), {}, {}});
    }
    TestServer server;
    QTemporaryDir dir;
    LocalStore counterStore{dir.filePath(QStringLiteral("counter.db"))};
};

} // namespace

TEST_F(Accessibility, EveryControlAtTheCounterAndTheStationHasAName) {
    auto owned = openCounter();
    CounterWindow& counter = *owned;
    counter.show();
    ASSERT_TRUE(waitFor([&] { return counter.feed().isLive(); }));
    waitFor([] { return false; }, 500); // the catalog and its form
    EXPECT_EQ(report(unnamedControls(&counter)), "");

    const std::string agentToken = server.staffAt("h1", "a1", StaffRole::Agent, DeviceKind::Station);
    LocalStore stationStore(dir.filePath(QStringLiteral("station.db")));
    StationWindow station(clientFor(server, agentToken),
                          {QStringLiteral("h1"),
                           QStringLiteral("红星村代办站"),
                           StaffSession{QByteArray::fromStdString(agentToken), QStringLiteral("a1"),
                                        QStringLiteral("赵代办"), QStringLiteral("agent")},
                           &stationStore,
                           deviceOf(server, agentToken),
                           QStringLiteral("S001"),
                           dir.path(),
                           false,
                           {},
                           nullptr});
    station.show();
    waitFor([] { return false; }, 500);
    EXPECT_EQ(report(unnamedControls(&station)), "");
}

TEST_F(Accessibility, EveryControlOfTheSupervisorAndTheAdministratorHasAName) {
    SupervisorWindow admin(
        clientFor(server, server.staffAt("h1", "admin1", StaffRole::Admin, DeviceKind::Supervisor)),
        QStringLiteral("h1"),
        StaffSession{{}, QStringLiteral("admin1"), QStringLiteral("管理员"), QStringLiteral("admin")});
    admin.show();
    waitFor([] { return false; }, 800);
    EXPECT_EQ(report(unnamedControls(&admin)), "");
}

TEST_F(Accessibility, EveryControlOfTheCitizensScreensAndTheDialogsHasAName) {
    auto kioskApi = clientFor(server, server.enroll("h1", DeviceKind::Kiosk));
    KioskWindow kiosk(*kioskApi, QStringLiteral("h1"), {});
    kiosk.show();
    ASSERT_TRUE(waitFor([&] { return kiosk.isReady(); }));
    EXPECT_EQ(report(unnamedControls(&kiosk)), "");

    auto padApi = clientFor(server, server.enroll("h1", DeviceKind::Pad, 1));
    PadWindow pad(*padApi, PadWindow::Options{QStringLiteral("h1"), 1, nullptr, 0});
    pad.show();
    EXPECT_EQ(report(unnamedControls(&pad)), "");

    auto displayApi = clientFor(server, server.enroll("h1", DeviceKind::Display));
    CounterScreenWindow screen(*displayApi, QStringLiteral("h1"), 1);
    EXPECT_EQ(report(unnamedControls(&screen)), "");

    LoginDialog login(*displayApi, QStringLiteral("1 号窗口"), QStringLiteral("c1"));
    EXPECT_EQ(report(unnamedControls(&login)), "");
    SetupDialog setup(QStringLiteral("http://127.0.0.1:1"), {});
    EXPECT_EQ(report(unnamedControls(&setup)), "");
}

namespace {

// The widgets Tab visits, in order, from the window's first, once round.
std::vector<QWidget*> tabChain(QWidget* window) {
    std::vector<QWidget*> chain;
    QWidget* w = window;
    for (int guard = 0; guard < 2000; ++guard) {
        w = w->nextInFocusChain();
        if (w == window)
            break;
        // A tab widget hands its focus to its tab bar: one stop.
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() && !insideComposite(w) &&
            !qobject_cast<QTabWidget*>(w))
            chain.push_back(w);
    }
    return chain;
}

QString describe(const QWidget* w) {
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(const_cast<QWidget*>(w));
    const QPoint at = w->mapTo(w->window(), QPoint(0, 0));
    return QStringLiteral("%1 '%2' at %3,%4")
        .arg(QString::fromLatin1(w->metaObject()->className()), iface ? iface->text(QAccessible::Name) : QString())
        .arg(at.x())
        .arg(at.y());
}

} // namespace

// Keyboard alone: at the counter Tab goes through the item, the form top to bottom, the materials and then the
// decision — not to the form last because it was made last; at the supervisor's through the day's controls to the
// tables, never to a picture. Every stop of Tab has a name.
TEST_F(Accessibility, TabFollowsTheScreenAtTheCounterAndTheSupervisors) {
    auto owned = openCounter();
    CounterWindow& counter = *owned;
    counter.resize(1366, 768);
    counter.show();
    ASSERT_TRUE(waitFor([&] { return counter.intake().form() != nullptr; }));
    waitFor([] { return false; }, 300);
    const auto chain = tabChain(&counter);
    auto indexOf = [&](const QWidget* w) {
        const auto it = std::find(chain.begin(), chain.end(), w);
        return it == chain.end() ? -1 : static_cast<int>(it - chain.begin());
    };
    auto named = [&](const char* objectName) { return counter.findChild<QWidget*>(QString::fromLatin1(objectName)); };
    std::vector<int> formStops, materialStops;
    for (int i = 0; i < static_cast<int>(chain.size()); ++i) {
        if (counter.intake().form()->isAncestorOf(chain[static_cast<std::size_t>(i)]))
            formStops.push_back(i);
        if (counter.intake().materials()->isAncestorOf(chain[static_cast<std::size_t>(i)]))
            materialStops.push_back(i);
    }
    ASSERT_GT(formStops.size(), 10u);
    ASSERT_GT(materialStops.size(), 5u);
    const int picker = indexOf(named("entryPicker"));
    const int allHere = indexOf(named("allReceivedButton"));
    int accept = -1;
    for (const QPushButton* b : counter.intake().findChildren<QPushButton*>())
        if (b->text().startsWith(QStringLiteral("Accept")))
            accept = indexOf(b);
    const int refuse = indexOf(named("refuseButton"));
    std::string order;
    for (QWidget* w : chain)
        order += describe(w).toStdString() + "\n";
    EXPECT_TRUE(picker >= 0 && picker < formStops.front()) << order;
    EXPECT_TRUE(formStops.back() < allHere && allHere < materialStops.front()) << order;
    EXPECT_TRUE(materialStops.back() < accept && accept < refuse) << order;
    // The form's own stops, top to bottom and left to right on a row.
    for (std::size_t k = 1; k < formStops.size(); ++k) {
        const QWidget* a = chain[static_cast<std::size_t>(formStops[k - 1])];
        const QWidget* b = chain[static_cast<std::size_t>(formStops[k])];
        const QPoint pa = a->mapTo(counter.intake().form(), QPoint(0, 0));
        const QPoint pb = b->mapTo(counter.intake().form(), QPoint(0, 0));
        EXPECT_TRUE(pb.y() > pa.y() + 12 || (std::abs(pb.y() - pa.y()) <= 12 && pb.x() > pa.x()))
            << describe(a).toStdString() << " then " << describe(b).toStdString();
    }
    for (QWidget* w : chain)
        EXPECT_FALSE(QAccessible::queryAccessibleInterface(w)->text(QAccessible::Name).isEmpty() &&
                     !qobject_cast<QComboBox*>(w))
            << "a stop of Tab without a name: " << describe(w).toStdString();

    SupervisorWindow admin(
        clientFor(server, server.staffAt("h1", "admin1", StaffRole::Admin, DeviceKind::Supervisor)),
        QStringLiteral("h1"),
        StaffSession{{}, QStringLiteral("admin1"), QStringLiteral("管理员"), QStringLiteral("admin")});
    admin.resize(1366, 768);
    admin.show();
    waitFor([] { return false; }, 500);
    std::vector<QWidget*> stops = tabChain(&admin);
    std::string dayOrder;
    for (QWidget* w : stops)
        dayOrder += describe(w).toStdString() + "\n";
    int previousY = -1, previousX = -1;
    for (QWidget* w : stops) {
        EXPECT_EQ(qobject_cast<QAbstractScrollArea*>(w) && !qobject_cast<QAbstractItemView*>(w), false)
            << "a picture takes Tab: " << describe(w).toStdString();
        const QPoint at = w->mapTo(&admin, QPoint(0, 0));
        EXPECT_TRUE(at.y() > previousY + 12 || (std::abs(at.y() - previousY) <= 12 && at.x() > previousX))
            << "out of reading order: " << describe(w).toStdString() << "\n"
            << dayOrder;
        previousY = at.y();
        previousX = at.x();
    }
}

namespace {

// What the accessibility bridge reports: each alert (QAccessible::AlertMessage) as it is shown, by its name — Qt turns
// a widget's showing into the bridge's "showing" event (offscreen the bridge itself is not there to watch).
class AlertWatch : public QObject {
public:
    AlertWatch() { qApp->installEventFilter(this); }
    ~AlertWatch() override { qApp->removeEventFilter(this); }
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Show && watched->isWidgetType())
            if (QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(watched);
                iface && iface->role() == QAccessible::AlertMessage)
                said << iface->text(QAccessible::Name);
        return false;
    }
    QString all() const { return said.join(QLatin1Char('|')); }
    QStringList said;
};

} // namespace

TEST_F(Accessibility, ANumberCalledAndASyncThatFailedAreSaidToAScreenReader) {
    AlertWatch alerts;
    HttpClient http(server.port());
    ASSERT_EQ(
        http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", server.enroll("h1", DeviceKind::Kiosk)).status,
        201);
    auto owned = openCounter();
    CounterWindow& counter = *owned;
    counter.show();
    ASSERT_TRUE(waitFor([&] { return counter.feed().isLive(); }));
    alerts.said.clear();
    counter.service().callNext();
    ASSERT_TRUE(waitFor([&] { return alerts.all().contains(QStringLiteral("A001")); })) << alerts.all().toStdString();
    EXPECT_TRUE(alerts.all().contains(QStringLiteral("A001: Called"))) << alerts.all().toStdString();
    const auto called = alerts.said.filter(QStringLiteral("A001")).size();
    waitFor([] { return false; }, 500); // the snapshots that follow bring the same state: not said again
    EXPECT_EQ(alerts.said.filter(QStringLiteral("A001")).size(), called);

    // The line to the server cut: the failed sync is said once, not at every retry.
    server.stop();
    counter.sync().syncNow();
    ASSERT_TRUE(waitFor([&] { return alerts.all().contains(QStringLiteral("Sync failed")); }, 15000))
        << alerts.all().toStdString();
    // The line says why, and no longer "all uploaded" beside "failed".
    EXPECT_TRUE(counter.syncText().startsWith(QStringLiteral("✖ Sync failed: "))) << counter.syncText().toStdString();
    EXPECT_FALSE(counter.syncText().contains(QStringLiteral("✔"))) << counter.syncText().toStdString();
    counter.sync().syncNow();
    waitFor([] { return false; }, 1000);
    EXPECT_EQ(alerts.said.filter(QStringLiteral("Sync failed")).size(), 1);
}

// "✖ 表单：N 处需修改" under the materials is a link: it takes the clerk to the first field to fix.
TEST_F(Accessibility, TheFormsErrorCountLeadsToTheFirstFieldToFix) {
    auto owned = openCounter();
    CounterWindow& counter = *owned;
    counter.resize(1366, 768);
    counter.show();
    ASSERT_TRUE(waitFor([&] { return counter.intake().form() != nullptr; }));
    auto* summary = counter.intake().findChild<QLabel*>(QStringLiteral("intakeSummary"));
    ASSERT_NE(summary, nullptr);
    ASSERT_TRUE(waitFor([&] { return summary->text().contains(QStringLiteral("#first-error")); }))
        << summary->text().toStdString();
    QMetaObject::invokeMethod(summary, "linkActivated", Q_ARG(QString, QStringLiteral("#first-error")));
    QWidget* first =
        counter.intake().form()->editor(QString::fromStdString(counter.intake().form()->errors().front().path));
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(QApplication::focusWidget(), first);
}
