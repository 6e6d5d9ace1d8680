#pragma once

#include "domain/Clock.h"

#include <QObject>
#include <QString>

#include <utility>
#include <vector>

class QLabel;
class QMainWindow;
class QTabWidget;
class QWidget;

namespace ow {

class Announcement;
class SyncEngine;

// The sync part of a window's status bar, the same at a counter and a station: what waits to go up, what needs
// a person, the last sync, a failure in words (details on hover), and "Sync now (F9)".
class SyncIndicator : public QObject {
    Q_OBJECT
public:
    // `allDone` is the sentence for "nothing waiting" in this window's words.
    SyncIndicator(QMainWindow& window, SyncEngine& engine, const Clock& clock, QString allDone);

    void refresh();
    QString text() const;

private:
    SyncEngine& m_engine;
    const Clock& m_clock;
    QString m_allDone;
    Announcement* m_label;
    bool m_failing = false; // the last round failed: said once
};

// The work tabs of a window, switched with Ctrl+1, Ctrl+2, ...
QTabWidget* makeWorkTabs(QWidget& window, const std::vector<std::pair<QWidget*, QString>>& pages);

} // namespace ow
