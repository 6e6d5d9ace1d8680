#include "app/common/SyncIndicator.h"

#include "widgets/Announcement.h"

#include "sync/SyncEngine.h"
#include "widgets/Style.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>

namespace ow {

SyncIndicator::SyncIndicator(QMainWindow& window, SyncEngine& engine, const Clock& clock, QString allDone)
    : QObject(&window)
    , m_engine(engine)
    , m_clock(clock)
    , m_allDone(std::move(allDone)) {
    m_label = new Announcement;
    m_label->setObjectName(QStringLiteral("syncLabel"));
    window.statusBar()->addPermanentWidget(m_label);
    auto* syncNow = new QPushButton(tr("Sync now (F9)"));
    syncNow->setFocusPolicy(Qt::NoFocus);
    auto* action = new QAction(&window);
    action->setShortcut(Qt::Key_F9);
    connect(action, &QAction::triggered, syncNow, &QPushButton::click);
    window.addAction(action);
    window.statusBar()->addPermanentWidget(syncNow);
    connect(syncNow, &QPushButton::clicked, &engine, &SyncEngine::syncNow);
    connect(&engine, &SyncEngine::statusChanged, this, &SyncIndicator::refresh);
    refresh();
}

void SyncIndicator::refresh() {
    const SyncStatus st = m_engine.status();
    const int pending = st.pendingChanges + st.pendingBlobs;
    // A failed round says so first, and why, instead of "all done" beside "failed".
    QString text = !st.lastError.isEmpty() ? tr("✖ Sync failed: %1 (retrying by itself)").arg(st.lastError)
                   : pending == 0          ? m_allDone
                                           : QString();
    if (pending > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) +
                tr("⇅ %n item(s) waiting to upload", nullptr, pending);
    if (st.issues > 0)
        text += QStringLiteral(" · ") + tr("%n need(s) a person", nullptr, st.issues);
    if (st.lastSuccessMs > 0) // "12-04 09:05", in the hall's time zone
        text += QStringLiteral(" · ") +
                tr("last sync %1")
                    .arg(QString::fromStdString(m_clock.hallTime().localDateTime(st.lastSuccessMs).substr(5)));
    // A failure is said once, when it begins (the line keeps saying it on the screen).
    if (!st.lastError.isEmpty() && !m_failing)
        m_label->say(text, tr("Sync failed; OneWindow keeps retrying by itself"));
    else
        m_label->setText(text);
    m_failing = !st.lastError.isEmpty();
    m_label->setToolTip(st.lastError.isEmpty() ? QString() : tr("Last error: %1").arg(st.lastError));
    const bool ok = pending == 0 && st.issues == 0 && st.lastError.isEmpty();
    setStyleProperty(m_label, "state", ok ? QStringLiteral("ok") : QStringLiteral("pending"));
}

QString SyncIndicator::text() const { return m_label->text(); }

QTabWidget* makeWorkTabs(QWidget& window, const std::vector<std::pair<QWidget*, QString>>& pages) {
    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("workTabs"));
    for (std::size_t i = 0; i < pages.size(); ++i) {
        tabs->addTab(pages[i].first, pages[i].second);
        auto* action = new QAction(&window);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + static_cast<int>(i))));
        QObject::connect(action, &QAction::triggered, tabs, [tabs, i] { tabs->setCurrentIndex(static_cast<int>(i)); });
        window.addAction(action);
    }
    return tabs;
}

} // namespace ow
