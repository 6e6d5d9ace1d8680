#include "app/supervisor/RegionWindow.h"

#include "app/common/SessionWatch.h"
#include "app/supervisor/DashboardPanel.h"
#include "app/supervisor/DayFiguresModel.h"
#include "sync/ApiClient.h"
#include "sync/RegionService.h"
#include "sync/StatsService.h"
#include "widgets/Style.h"

#include "domain/Json.h"

#include <QDateEdit>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {

constexpr int kRecountMs = 60 * 1000; // today's figures, counted again by the server every minute

} // namespace

RegionWindow::RegionWindow(std::unique_ptr<ApiClient> sessionApi, QString region, StaffSession supervisor, Clock clock,
                           QWidget* parent)
    : QMainWindow(parent)
    , m_clock(std::move(clock))
    , m_api(std::move(sessionApi))
    , m_service(std::make_unique<RegionService>(*m_api, region)) {
    setWindowTitle(tr("OneWindow — region supervisor"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    QLabel* title = nullptr;
    QLabel* info = nullptr;
    layout->addWidget(makeHeaderBar(tr("Region supervisor — %1").arg(region), &title, &info));
    info->setText(supervisor.name);
    info->setToolTip(tr("Logged in as %1").arg(supervisor.user)); // the account, for support

    auto* body = new QWidget(central);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(12, 12, 12, 12);
    auto* top = new QHBoxLayout;
    auto* section = new QLabel(tr("The day of every hall in the region"), body);
    section->setObjectName(QStringLiteral("sectionLabel"));
    top->addWidget(section);
    top->addStretch(1);
    m_stateLabel = new QLabel(body);
    top->addWidget(m_stateLabel);
    m_dateEdit = new QDateEdit(today(), body);
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd dddd"));
    m_dateEdit->setAccessibleName(tr("Day"));
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        m_following = date == today();
        m_service->load(date.toString(Qt::ISODate));
    });
    top->addWidget(m_dateEdit);
    auto* todayButton = new QPushButton(tr("Today"), body);
    connect(todayButton, &QPushButton::clicked, this, &RegionWindow::showToday);
    top->addWidget(todayButton);
    auto* refresh = new QPushButton(tr("Refresh (F5)"), body);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refresh, &QPushButton::clicked, m_service.get(), &RegionService::reload);
    top->addWidget(refresh);
    bodyLayout->addLayout(top);

    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    tiles->addWidget(makeTile(body, QStringLiteral("halls"), tr("Halls")));
    tiles->addWidget(makeTile(body, QStringLiteral("issued"), tr("Numbers taken")));
    tiles->addWidget(makeTile(body, QStringLiteral("served"), tr("Served")));
    tiles->addWidget(makeTile(body, QStringLiteral("wait"), tr("Average wait")));
    tiles->addWidget(makeTile(body, QStringLiteral("wait90"), tr("9 in 10 waited at most")));
    tiles->addWidget(makeTile(body, QStringLiteral("accepted"), tr("Cases accepted")));
    tiles->addWidget(makeTile(body, QStringLiteral("overdue"), tr("Cases overdue")));
    tiles->addWidget(makeTile(body, QStringLiteral("goodRate"), tr("Good rate")));
    tiles->addWidget(makeTile(body, QStringLiteral("rectifications"), tr("Open rectifications")));
    bodyLayout->addLayout(tiles);

    auto* hint = new QLabel(tr("Double-click a hall (or press Enter on it) to open its day."), body);
    hint->setObjectName(QStringLiteral("hintLabel"));
    bodyLayout->addWidget(hint);
    m_halls = new DayFiguresModel(tr("Hall"), this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_halls);
    proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("regionHalls"));
    m_table->setAccessibleName(tr("Halls of the region"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DayFiguresModel::Name, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openHall(index.row()); });
    bodyLayout->addWidget(m_table, 1);
    m_message = makeMessageLabel();
    bodyLayout->addWidget(m_message);
    layout->addWidget(body, 1);
    setCentralWidget(central);

    connect(m_service.get(), &RegionService::loaded, this, [this, title] {
        title->setText(tr("Region supervisor — %1").arg(QString::fromStdString(m_service->day()->name)));
        showDay();
    });
    connect(m_service.get(), &RegionService::failed, this,
            [this](const QString& text) { showMessage(m_message, text, true); });
    connect(m_service.get(), &RegionService::busyChanged, this,
            [this](bool busy) { m_stateLabel->setText(busy ? tr("Counting…") : QString()); });
    m_recount.setInterval(kRecountMs);
    connect(&m_recount, &QTimer::timeout, this, [this] {
        if (m_following)
            showToday(); // past midnight, the new day
    });
    m_recount.start();
    watchSession(*this, *m_api);
    statusBar()->showMessage(tr("Logged in: %1").arg(supervisor.name));
    resize(1280, 800);
    showToday();
}

RegionWindow::~RegionWindow() { m_api->waitForIdle(); }

QDate RegionWindow::today() const { return QDate::fromString(QString::fromStdString(m_clock.todayIso()), Qt::ISODate); }

void RegionWindow::showDate(const QDate& date) {
    if (m_dateEdit->date() == date)
        m_service->load(date.toString(Qt::ISODate)); // the same day: counted again
    else
        m_dateEdit->setDate(date); // loads it
}

void RegionWindow::showToday() {
    m_following = true;
    showDate(today());
}

QString RegionWindow::tileText(const QString& name) const { return tileValue(this, name); }

QString RegionWindow::notice() const { return m_message->isHidden() ? QString() : m_message->text(); }

void RegionWindow::showDay() {
    const RegionDay& day = *m_service->day();
    setTileValue(this, QStringLiteral("halls"), QString::number(day.halls.size()));
    DayFiguresModel::showTotals(this, day.totals);
    std::vector<DayFigures> rows;
    for (const RegionHallDay& h : day.halls) {
        DayFigures f = h.totals;
        f.key = h.hall;
        f.label = h.name;
        rows.push_back(std::move(f));
    }
    m_halls->setRows(std::move(rows));
    // A hall server silent for a quarter of an hour of the hall's opening hours (the server judges, by the hall's
    // hours and clock), while today is shown: said under the table, with what was still waiting at its last word.
    QStringList silent;
    for (const RegionHallDay& h : day.halls)
        if (m_following && h.silentMinutes)
            silent << tr("%1: no word from its server for %2 minutes (%3 changes were waiting there then)")
                          .arg(QString::fromStdString(h.name))
                          .arg(*h.silentMinutes)
                          .arg(h.backlog.value_or(0));
    if (!silent.isEmpty())
        showMessage(m_message, silent.join(QLatin1Char('\n')), true);
    else if (day.halls.empty())
        showMessage(m_message, tr("No hall belongs to this region yet."), false);
    else
        m_message->hide();
}

QWidget* RegionWindow::openHall(int row) {
    auto* proxy = static_cast<QSortFilterProxyModel*>(m_table->model());
    const DayFigures* hall = m_halls->at(proxy->mapToSource(proxy->index(row, 0)).row());
    if (!hall)
        return nullptr;
    auto* window = new QDialog(this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setObjectName(QStringLiteral("hallDay"));
    window->setWindowTitle(tr("%1 — the day").arg(QString::fromStdString(hall->label)));
    auto* stats = new StatsService(*m_api, QString::fromStdString(hall->key), window);
    auto* box = new QVBoxLayout(window);
    auto* dashboard = new DashboardPanel(*stats, m_clock, window);
    dashboard->setHallName(QString::fromStdString(hall->label));
    box->addWidget(dashboard);
    window->resize(1200, 780);
    dashboard->chooseDate(m_dateEdit->date());
    window->show();
    return window;
}

} // namespace ow
