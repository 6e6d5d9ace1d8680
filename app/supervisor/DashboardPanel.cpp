#include "app/supervisor/DashboardPanel.h"

#include "app/common/TableExport.h"
#include "app/common/TextTableModel.h"
#include "app/supervisor/DayFiguresModel.h"
#include "printer/DailyReportPrinter.h"
#include "printer/PdfFile.h"
#include "sync/StatsService.h"
#include "widgets/Style.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPainter>
#include <QPicture>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ow {
namespace {

const QColor kBlue(0x0b, 0x3d, 0x91), kGreen(0x1b, 0x6e, 0x31), kAmber(0xc9, 0x8a, 0x00), kRed(0xa6, 0x1b, 0x1b);

QChartView* chartView(QWidget* parent) {
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(230);
    // A picture of the figures the tables below hold: Tab and a screen reader go to the tables.
    view->setFocusPolicy(Qt::NoFocus);
    view->viewport()->setFocusPolicy(Qt::NoFocus);
    return view;
}

// The charts' text in the documents' fonts: the report replays them into its PDF, where a Noto CJK glyph shared with a
// radical would read back as the radical (口 as ⼝).
QFont chartFont(int pixels, bool bold = false) {
    QFont font = documentFont(9, bold);
    font.setPixelSize(pixels);
    return font;
}

QChart* freshChart(const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setTitleFont(chartFont(14, true));
    chart->legend()->setFont(chartFont(12));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Category axis below, value axis at the side; small counts get whole-number ticks (0 1 2 3), never 0 0 1 1.
void attach(QChart* chart, QAbstractSeries* series, const QStringList& categories, double maxValue,
            const QString& xTitle = {}, bool wholeNumbers = true) {
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(xTitle);
    auto* y = new QValueAxis;
    const QFont small = chartFont(12);
    if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
        for (QBarSet* set : bars->barSets())
            set->setLabelFont(small);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(x), static_cast<QAbstractAxis*>(y)}) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
        axis->setTruncateLabels(false);
    }
    if (wholeNumbers && maxValue <= 5) {
        const int top = std::max(1, static_cast<int>(std::ceil(maxValue)));
        y->setRange(0, top);
        y->setTickCount(top + 1);
        y->setLabelFormat(QStringLiteral("%d"));
    } else {
        y->setRange(0, std::max(wholeNumbers ? 1.0 : 0.1, maxValue * 1.15));
        y->applyNiceNumbers();
        y->setLabelFormat(wholeNumbers   ? QStringLiteral("%d")
                          : maxValue < 1 ? QStringLiteral("%.2f")
                                         : QStringLiteral("%.1f"));
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

QDate DashboardPanel::today() const {
    return QDate::fromString(QString::fromStdString(m_clock.todayIso()), Qt::ISODate);
}

QString DashboardPanel::hallClock(const QDateTime& at) const {
    return QString::fromStdString(m_clock.hallTime().localClock(at.toMSecsSinceEpoch()));
}

DashboardPanel::DashboardPanel(StatsService& service, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock) {
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("The hall's day"), this);
    title->setObjectName(QStringLiteral("sectionLabel"));
    top->addWidget(title);
    top->addStretch(1);
    m_stateLabel = new QLabel(this);
    top->addWidget(m_stateLabel);
    m_dateEdit = new QDateEdit(today(), this);
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setAccessibleName(tr("Day shown"));
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd dddd"));
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        m_chosen = true;
        m_service.load(date.toString(Qt::ISODate));
    });
    top->addWidget(m_dateEdit);
    auto* todayButton = new QPushButton(tr("Today"), this);
    connect(todayButton, &QPushButton::clicked, this, &DashboardPanel::showToday);
    top->addWidget(todayButton);
    auto* refresh = new QPushButton(tr("Refresh (F5)"), this);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refresh, &QPushButton::clicked, &m_service, &StatsService::reload);
    top->addWidget(refresh);
    layout->addLayout(top);
    m_chooseFile = [this](const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(this, tr("Export"), suggested, filter);
    };
    m_exports.setMaxThreadCount(1);

    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    tiles->addWidget(makeTile(this, QStringLiteral("issued"), tr("Numbers taken")));
    tiles->addWidget(makeTile(this, QStringLiteral("served"), tr("Served")));
    tiles->addWidget(makeTile(this, QStringLiteral("wait"), tr("Average wait")));
    tiles->addWidget(makeTile(this, QStringLiteral("wait90"), tr("9 in 10 waited at most")));
    tiles->addWidget(makeTile(this, QStringLiteral("accepted"), tr("Cases accepted")));
    tiles->addWidget(makeTile(this, QStringLiteral("overdue"), tr("Cases overdue")));
    tiles->addWidget(makeTile(this, QStringLiteral("completed"), tr("Completed (on time)")));
    tiles->addWidget(makeTile(this, QStringLiteral("ratingRate"), tr("Rating rate")));
    tiles->addWidget(makeTile(this, QStringLiteral("goodRate"), tr("Good rate")));
    tiles->addWidget(makeTile(this, QStringLiteral("rectifications"), tr("Open rectifications")));
    layout->addLayout(tiles);

    auto* charts = new QHBoxLayout;
    m_hourlyView = chartView(this);
    m_counterView = chartView(this);
    m_ratingView = chartView(this);
    charts->addWidget(m_hourlyView, 3);
    charts->addWidget(m_counterView, 2);
    charts->addWidget(m_ratingView, 2);
    layout->addLayout(charts, 2);
    // The hall's hours that day and the numbers taken in 延时服务 or outside the hours (given at a window).
    m_hoursLabel = new QLabel;
    m_hoursLabel->setObjectName(QStringLiteral("hoursLabel"));
    m_hoursLabel->setWordWrap(true);
    layout->addWidget(m_hoursLabel);

    auto* tableBar = new QHBoxLayout;
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setPlaceholderText(tr("Filter by name…"));
    m_filterEdit->setAccessibleName(m_filterEdit->placeholderText());
    m_filterEdit->setClearButtonEnabled(true);
    auto* csv = new QPushButton(tr("Export table (CSV)"), this);
    connect(csv, &QPushButton::clicked, this, &DashboardPanel::exportCsv);
    auto* pdf = new QPushButton(tr("Daily report (PDF)"), this);
    connect(pdf, &QPushButton::clicked, this, &DashboardPanel::exportPdf);
    tableBar->addWidget(csv);
    tableBar->addWidget(pdf);
    tableBar->addStretch(1);
    tableBar->addWidget(m_filterEdit);
    QWidget::setTabOrder(csv, pdf); // as the row reads, then the tables
    QWidget::setTabOrder(pdf, m_filterEdit);
    layout->addLayout(tableBar);
    m_tables = new QTabWidget(this);
    const QString names[4] = {tr("Counter"), tr("Staff"), tr("Queue"), tr("Service item")};
    const QString tabs[4] = {tr("By counter"), tr("By staff"), tr("By queue"), tr("By service item")};
    for (int i = 0; i < 4; ++i) {
        m_models[i] = new DayFiguresModel(names[i], this);
        auto* proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(m_models[i]);
        proxy->setSortRole(Qt::UserRole);
        proxy->setFilterKeyColumn(DayFiguresModel::Name);
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        connect(m_filterEdit, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
        auto* view = new QTableView(this);
        view->setAccessibleName(tabs[i]);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(DayFiguresModel::Name, Qt::AscendingOrder);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
        m_tables->addTab(view, tabs[i]);
        if (i == 0) {
            connect(view, &QTableView::doubleClicked, this, [this, proxy](const QModelIndex& index) {
                if (const DayFigures* f = m_models[0]->at(proxy->mapToSource(index).row()))
                    drillDown(std::stoi(f->key));
            });
        }
    }
    m_appointments = new TextTableModel(DailyReportPrinter::appointmentHeader(), this);
    m_tables->addTab(makeTextTable(m_appointments, QStringLiteral("appointmentsTable"), tr("Appointments of the day")),
                     tr("Appointments"));
    layout->addWidget(m_tables, 2);
    m_messageLabel = makeMessageLabel();
    layout->addWidget(m_messageLabel);

    connect(&m_service, &StatsService::loaded, this, &DashboardPanel::showDay);
    connect(&m_service, &StatsService::failed, this,
            [this](const QString& text) { showMessage(m_messageLabel, text, true); });
    connect(&m_service, &StatsService::busyChanged, this,
            [this](bool busy) { m_stateLabel->setText(busy ? tr("Counting…") : QString()); });
}

QString DashboardPanel::tileText(const QString& name) const { return tileValue(this, name); }

void DashboardPanel::exportCsv() {
    const auto* view = qobject_cast<QTableView*>(m_tables->currentWidget());
    if (!view || !m_service.day())
        return;
    const QString path = m_chooseFile(
        tr("%1 %2.csv").arg(QString::fromStdString(m_service.day()->date), m_tables->tabText(m_tables->currentIndex())),
        tr("CSV tables (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    // The table as sorted and filtered on screen.
    const bool ok =
        file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(tableAsCsv(*view->model())) >= 0;
    file.close();
    showMessage(m_messageLabel, ok ? tr("Saved %1.").arg(path) : tr("Could not write %1.").arg(path), !ok);
    emit exported(path, ok);
}

void DashboardPanel::exportPdf() {
    if (!m_service.day())
        return;
    const QString path = m_chooseFile(tr("Daily report %1.pdf").arg(QString::fromStdString(m_service.day()->date)),
                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    // The charts as they are on screen, recorded here as painting commands (vectors in the PDF); the document is
    // written on the worker.
    const auto record = [](QChartView* view) {
        QPicture drawing;
        QPainter painter(&drawing);
        view->render(&painter, QRectF(QPointF(0, 0), view->size()), view->viewport()->rect());
        painter.end();
        drawing.setBoundingRect(QRect(QPoint(0, 0), view->size()));
        return drawing;
    };
    const DailyReportPrinter::Charts charts{record(m_hourlyView), record(m_counterView), record(m_ratingView)};
    const DailyStats day = *m_service.day();
    const QString hall = m_hallName.isEmpty() ? QString::fromStdString(day.hall) : m_hallName;
    showMessage(m_messageLabel, tr("Writing the report…"), false);
    m_exports.start([self = QPointer(this), day, hall, charts, path] {
        QString error;
        const bool ok = DailyReportPrinter::printToPdf(day, hall, charts, path, &error);
        QMetaObject::invokeMethod(self, [self, path, ok, error] {
            if (!self)
                return;
            showMessage(self->m_messageLabel, ok ? tr("Saved %1.").arg(path) : error, !ok);
            emit self->exported(path, ok);
        });
    });
}

void DashboardPanel::drillDown(int counter) {
    m_service.loadTickets(counter, [self = QPointer(this), counter](std::optional<std::vector<TicketOfDay>> tickets) {
        if (self && tickets)
            self->showTickets(counter, *tickets);
    });
}

void DashboardPanel::showTickets(int counter, const std::vector<TicketOfDay>& tickets) {
    if (!m_drillDialog) {
        m_drillDialog = new QDialog(this);
        m_drillDialog->resize(900, 520);
        auto* box = new QVBoxLayout(m_drillDialog);
        m_drillModel = new TextTableModel({tr("Number"), tr("Queue"), tr("State"), tr("Taken at"), tr("Called at"),
                                           tr("Wait"), tr("Service"), tr("Staff"), tr("Rating"), tr("Cases")},
                                          m_drillDialog);
        auto* view = new QTableView(m_drillDialog);
        view->setModel(m_drillModel);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
        box->addWidget(view);
    }
    static const std::pair<const char*, const char*> kStates[] = {
        {"waiting", QT_TR_NOOP("waiting")}, {"called", QT_TR_NOOP("called")},
        {"serving", QT_TR_NOOP("serving")}, {"done", QT_TR_NOOP("served")},
        {"no_show", QT_TR_NOOP("no-show")}, {"transferred", QT_TR_NOOP("transferred")}};
    std::vector<QStringList> rows;
    std::vector<QString> tones;
    for (const TicketOfDay& t : tickets) {
        QString state = t.status;
        for (const auto& [code, words] : kStates)
            if (t.status == QLatin1String(code))
                state = tr(words);
        const QString rating = t.rating ? QString::number(*t.rating) : QStringLiteral("—");
        rows.push_back({t.number, t.category, state, hallClock(t.issuedAt),
                        t.calledAt.isValid() ? hallClock(t.calledAt) : QStringLiteral("—"),
                        t.waitS ? DayFiguresModel::duration(static_cast<double>(*t.waitS)) : QStringLiteral("—"),
                        t.serviceS ? DayFiguresModel::duration(static_cast<double>(*t.serviceS)) : QStringLiteral("—"),
                        t.clerkName, rating,
                        t.cases.isEmpty() ? QStringLiteral("—") : t.cases.join(QStringLiteral("、"))});
        tones.push_back(t.rating && *t.rating <= 2 ? QStringLiteral("bad") : QString());
    }
    m_drillModel->setRows(std::move(rows), std::move(tones));
    m_drillDialog->setWindowTitle(tr("Counter %1 — %2").arg(counter).arg(m_service.date()));
    m_drillDialog->show();
    m_drillDialog->raise();
}

DayFiguresModel& DashboardPanel::table(int index) { return *m_models[std::clamp(index, 0, 3)]; }

void DashboardPanel::showDate(const QDate& date) {
    const QSignalBlocker quiet(m_dateEdit);
    m_dateEdit->setDate(date);
    m_service.load(date.toString(Qt::ISODate));
}

void DashboardPanel::showToday() {
    showDate(m_hallToday.isValid() ? m_hallToday : today());
    m_chosen = false;
}

void DashboardPanel::setHallToday(const QDate& date) {
    if (date == m_hallToday)
        return;
    m_hallToday = date;
    if (!m_chosen && m_dateEdit->date() != date) // the day on screen is already the hall's: no second count
        showDate(date);
}

void DashboardPanel::showDay() {
    const auto& day = m_service.day();
    if (!day)
        return;
    DayFiguresModel::showTotals(this, day->totals);
    m_models[0]->setRows(day->byCounter);
    m_models[1]->setRows(day->byClerk);
    m_models[2]->setRows(day->byCategory);
    m_models[3]->setRows(day->byItem);
    std::vector<QStringList> slotRows = DailyReportPrinter::appointmentRows(*day);
    std::vector<QString> tones;
    for (const auto& slot : day->appointmentSlots)
        tones.push_back(slot.noShow ? QStringLiteral("warn") : QString());
    if (!slotRows.empty()) {
        const DayFigures& t = day->totals;
        slotRows.push_back({tr("All"), QString(), QString(), QString::number(t.appointmentsBooked),
                            QString::number(t.appointmentsCheckedIn), QString::number(t.appointmentsNoShow),
                            QString::number(t.appointmentsBooked - t.appointmentsCheckedIn - t.appointmentsNoShow),
                            QString::number(t.appointmentsCancelled)});
        tones.emplace_back();
    }
    m_appointments->setRows(std::move(slotRows), std::move(tones));
    drawHourly();
    QString hoursLine = hoursText(*day);
    if (day->homeVisitsOnDay || day->homeVisitsToSchedule)
        hoursLine += QLatin1Char(' ') + tr("Home visits: %1 planned for the day, %2 done; %3 requests to schedule.")
                                            .arg(day->homeVisitsOnDay)
                                            .arg(day->homeVisitsDone)
                                            .arg(day->homeVisitsToSchedule);
    m_hoursLabel->setText(hoursLine);
    drawCounters();
    drawRatings();
    m_messageLabel->hide();
}

QString DashboardPanel::hoursText(const DailyStats& day) {
    if (!day.hoursSet)
        return tr("No opening hours are set: the kiosk gives numbers at any time.");
    if (!day.hours)
        return tr("The hall was closed this day. Numbers given at a window: %1.").arg(day.issuedOutsideHours);
    const auto clock = [](int minute) { return QString::fromStdString(clockText(minute)); };
    QString open = tr("Open %1–%2").arg(clock(day.hours->open.from), clock(day.hours->open.to));
    if (day.hours->lunch)
        open += tr(", lunch %1–%2").arg(clock(day.hours->lunch->from), clock(day.hours->lunch->to));
    if (day.hours->extendedUntil)
        open += tr(", extended service (延时服务) to %1: %n number(s)", nullptr, day.issuedExtended)
                    .arg(clock(*day.hours->extendedUntil));
    return open + tr(". Numbers given outside the hours at a window: %1.").arg(day.issuedOutsideHours);
}

void DashboardPanel::drawHourly() {
    const auto& hours = m_service.day()->hourly;
    int first = 8, last = 17; // office hours at least, or the hall's own
    if (const auto& open = m_service.day()->hours) {
        first = open->open.from / 60;
        last = (std::max(open->open.to, open->extendedUntil.value_or(0)) - 1) / 60;
    }
    for (const auto& h : hours) {
        if (h.arrivals || h.waitingAtEnd) {
            first = std::min(first, h.hour);
            last = std::max(last, h.hour);
        }
    }
    auto* arrivals = new QBarSet(tr("Numbers taken"));
    arrivals->setColor(kBlue);
    auto* waiting = new QLineSeries;
    waiting->setName(tr("Waiting at the hour's end"));
    waiting->setColor(kAmber);
    waiting->setPointsVisible(true);
    QStringList categories;
    double top = 0;
    for (int hour = first; hour <= last; ++hour) {
        const auto& h = hours.at(static_cast<std::size_t>(hour));
        *arrivals << h.arrivals;
        waiting->append(hour - first, h.waitingAtEnd);
        categories << QString::number(hour);
        top = std::max({top, static_cast<double>(h.arrivals), static_cast<double>(h.waitingAtEnd)});
    }
    auto* bars = new QBarSeries;
    bars->append(arrivals);
    QChart* chart = freshChart(tr("Arrivals and waiting by hour"));
    attach(chart, bars, categories, top, tr("Hour of the day"));
    chart->addSeries(waiting);
    for (auto* axis : chart->axes())
        waiting->attachAxis(axis);
    delete m_hourlyView->chart();
    m_hourlyView->setChart(chart);
}

void DashboardPanel::drawCounters() {
    // In seconds while every counter's average is under two minutes (a day of quick enquiries), else in minutes to a
    // tenth: never "0.056" of a minute.
    double longest = 0;
    for (const DayFigures& f : m_service.day()->byCounter)
        longest = std::max(longest, f.service.avg);
    const bool inSeconds = longest < 120;
    auto* times = new QBarSet(inSeconds ? tr("Average service (seconds)") : tr("Average service (minutes)"));
    times->setColor(kBlue);
    QStringList categories;
    double top = 0;
    for (const DayFigures& f : m_service.day()->byCounter) {
        const double value = inSeconds ? std::round(f.service.avg) : std::round(f.service.avg / 6.0) / 10.0;
        *times << value;
        categories << QString::fromStdString(f.key);
        top = std::max(top, value);
    }
    auto* series = new QBarSeries;
    series->append(times);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(4);
    QChart* chart = freshChart(inSeconds ? tr("Average service time by counter (seconds)")
                                         : tr("Average service time by counter (minutes)"));
    chart->legend()->hide();
    attach(chart, series, categories, top, tr("Counter"), inSeconds);
    delete m_counterView->chart();
    m_counterView->setChart(chart);
}

void DashboardPanel::drawRatings() {
    const int* levels = m_service.day()->totals.ratings.levels;
    // One colour per kind, so no legend is needed to tell good from bad: the level names are on the axis.
    auto* good = new QBarSet(tr("Good"));
    auto* neutral = new QBarSet(tr("Fair"));
    auto* bad = new QBarSet(tr("Bad"));
    good->setColor(kGreen);
    neutral->setColor(kAmber);
    bad->setColor(kRed);
    QStringList categories;
    double top = 0;
    for (int level = 5; level >= 1; --level) {
        const int n = levels[level - 1];
        *good << (level >= 4 ? n : 0);
        *neutral << (level == 3 ? n : 0);
        *bad << (level <= 2 ? n : 0);
        top = std::max(top, static_cast<double>(n));
    }
    categories << tr("Very satisfied") << tr("Satisfied") << tr("Fairly satisfied") << tr("Dissatisfied")
               << tr("Very dissatisfied");
    auto* series = new QStackedBarSeries;
    series->append(good);
    series->append(neutral);
    series->append(bad);
    QChart* chart = freshChart(tr("Ratings by level"));
    chart->legend()->hide();
    attach(chart, series, categories, top);
    delete m_ratingView->chart();
    m_ratingView->setChart(chart);
}

} // namespace ow
