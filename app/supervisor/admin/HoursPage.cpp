#include "app/supervisor/admin/HoursPage.h"

#include "app/common/TextTableModel.h"
#include "domain/Clock.h"
#include "sync/AdminService.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTextCharFormat>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace ow {
namespace {

QTime timeOf(int minute) { return QTime(minute / 60 % 24, minute % 60); }
int minuteOf(const QTime& time) { return time.hour() * 60 + time.minute(); }

QTimeEdit* timeEdit(int minute, const QString& name) {
    auto* edit = new QTimeEdit(timeOf(minute));
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    edit->setAccessibleName(name);
    return edit;
}

QString spanText(const HallHours::Day& d) {
    QString text = QStringLiteral("%1–%2").arg(QString::fromStdString(clockText(d.open.from)),
                                               QString::fromStdString(clockText(d.open.to)));
    if (d.lunch)
        text +=
            HoursPage::tr(", lunch %1–%2")
                .arg(QString::fromStdString(clockText(d.lunch->from)), QString::fromStdString(clockText(d.lunch->to)));
    if (d.extendedUntil)
        text += HoursPage::tr(", extended to %1").arg(QString::fromStdString(clockText(*d.extendedUntil)));
    return text;
}

} // namespace

HoursPage::HoursPage(AdminService& service, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
    , m_dateModel(new TextTableModel({tr("Date"), tr("Hours"), tr("Note")}, this)) {
    auto* layout = new QVBoxLayout(this);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("hoursState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    auto* weekBox = new QGroupBox(tr("Every week"));
    auto* grid = new QGridLayout(weekBox);
    const QStringList headers = {tr("Day"),         tr("Open"), tr("From"), tr("To"),
                                 tr("Lunch break"), tr("From"), tr("To"),   tr("Extended (延时服务)"),
                                 tr("Until")};
    for (int c = 0; c < headers.size(); ++c)
        grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(headers[c])), 0, c);
    const QStringList days = {tr("Monday"), tr("Tuesday"),  tr("Wednesday"), tr("Thursday"),
                              tr("Friday"), tr("Saturday"), tr("Sunday")};
    for (int d = 0; d < 7; ++d) {
        WeekRow& row = m_week[static_cast<std::size_t>(d)];
        const int r = d + 1;
        grid->addWidget(new QLabel(days[d]), r, 0);
        row.open = new QCheckBox;
        row.open->setObjectName(QStringLiteral("open%1").arg(d + 1));
        row.open->setAccessibleName(tr("%1 open").arg(days[d]));
        row.opens = timeEdit(9 * 60, tr("%1 opens").arg(days[d]));
        row.closes = timeEdit(17 * 60, tr("%1 closes").arg(days[d]));
        row.lunch = new QCheckBox;
        row.lunch->setAccessibleName(tr("%1 lunch break").arg(days[d]));
        row.lunchFrom = timeEdit(12 * 60, tr("%1 lunch from").arg(days[d]));
        row.lunchTo = timeEdit(13 * 60 + 30, tr("%1 lunch to").arg(days[d]));
        row.extended = new QCheckBox;
        row.extended->setAccessibleName(tr("%1 extended service").arg(days[d]));
        row.extendedUntil = timeEdit(19 * 60, tr("%1 extended until").arg(days[d]));
        const QList<QWidget*> cells = {row.open,      row.opens,   row.closes,   row.lunch,
                                       row.lunchFrom, row.lunchTo, row.extended, row.extendedUntil};
        for (int c = 0; c < cells.size(); ++c)
            grid->addWidget(cells[c], r, c + 1);
        auto update = [row] {
            const bool open = row.open->isChecked();
            for (QWidget* w : {static_cast<QWidget*>(row.opens), static_cast<QWidget*>(row.closes),
                               static_cast<QWidget*>(row.lunch), static_cast<QWidget*>(row.extended)})
                w->setEnabled(open);
            row.lunchFrom->setEnabled(open && row.lunch->isChecked());
            row.lunchTo->setEnabled(open && row.lunch->isChecked());
            row.extendedUntil->setEnabled(open && row.extended->isChecked());
        };
        for (QCheckBox* box : {row.open, row.lunch, row.extended})
            connect(box, &QCheckBox::toggled, this, update);
        update();
    }
    layout->addWidget(weekBox);

    auto* datesBox = new QGroupBox(tr("Dates that differ (holidays, swapped working days)"));
    auto* datesLayout = new QHBoxLayout(datesBox);
    m_calendar = new QCalendarWidget;
    m_calendar->setObjectName(QStringLiteral("hoursCalendar"));
    m_calendar->setAccessibleName(tr("Calendar of the dates that differ"));
    m_calendar->setGridVisible(true);
    datesLayout->addWidget(m_calendar);
    auto* side = new QVBoxLayout;
    m_dateView = new QTableView;
    m_dateView->setObjectName(QStringLiteral("datesTable"));
    m_dateView->setAccessibleName(tr("Dates that differ"));
    m_dateView->setModel(m_dateModel);
    m_dateView->verticalHeader()->hide();
    m_dateView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dateView->horizontalHeader()->setStretchLastSection(true);
    side->addWidget(m_dateView, 1);
    auto* dateButtons = new QHBoxLayout;
    auto* closeDay = new QPushButton(tr("Closed on the selected date…"));
    closeDay->setObjectName(QStringLiteral("closeDateButton"));
    auto* openDay = new QPushButton(tr("Open on the selected date…"));
    auto* clearDay = new QPushButton(tr("As its weekday"));
    for (QPushButton* b : {closeDay, openDay, clearDay})
        dateButtons->addWidget(b);
    side->addLayout(dateButtons);
    datesLayout->addLayout(side, 1);
    layout->addWidget(datesBox, 1);
    auto askNote = [this](const QString& title, const QString& fallback, bool& ok) {
        return QInputDialog::getText(this, title, tr("Note (shown on the kiosk)"), QLineEdit::Normal, fallback, &ok);
    };
    connect(closeDay, &QPushButton::clicked, this, [this, askNote] {
        bool ok = false;
        const QString note = askNote(tr("Closed"), tr("Holiday"), ok);
        if (ok)
            closeSelectedDate(note);
    });
    connect(openDay, &QPushButton::clicked, this, [this, askNote] {
        bool ok = false;
        const QString note = askNote(tr("Open"), tr("Swapped working day"), ok);
        if (ok)
            openSelectedDate(note);
    });
    connect(clearDay, &QPushButton::clicked, this, &HoursPage::clearSelectedDate);

    auto* bottom = new QHBoxLayout;
    auto* saveButton = new QPushButton(tr("Save the hours"));
    saveButton->setObjectName(QStringLiteral("primaryButton"));
    bottom->addWidget(saveButton);
    bottom->addStretch(1);
    layout->addLayout(bottom);
    connect(saveButton, &QPushButton::clicked, this, &HoursPage::save);
    connect(&m_service, &AdminService::hoursChanged, this, &HoursPage::showHours);
    m_calendar->setSelectedDate(QDate::fromString(QString::fromStdString(m_clock.todayIso()), Qt::ISODate));
    showHours();
}

void HoursPage::setDay(WeekRow& row, const std::optional<HallHours::Day>& day) {
    row.open->setChecked(day.has_value());
    if (!day)
        return;
    row.opens->setTime(timeOf(day->open.from));
    row.closes->setTime(timeOf(day->open.to));
    row.lunch->setChecked(day->lunch.has_value());
    if (day->lunch) {
        row.lunchFrom->setTime(timeOf(day->lunch->from));
        row.lunchTo->setTime(timeOf(day->lunch->to));
    }
    row.extended->setChecked(day->extendedUntil.has_value());
    if (day->extendedUntil)
        row.extendedUntil->setTime(timeOf(*day->extendedUntil));
}

std::optional<HallHours::Day> HoursPage::dayOf(const WeekRow& row) const {
    if (!row.open->isChecked())
        return std::nullopt;
    HallHours::Day day{{minuteOf(row.opens->time()), minuteOf(row.closes->time())}, std::nullopt, std::nullopt};
    if (row.lunch->isChecked())
        day.lunch = HallHours::Span{minuteOf(row.lunchFrom->time()), minuteOf(row.lunchTo->time())};
    if (row.extended->isChecked())
        day.extendedUntil = minuteOf(row.extendedUntil->time());
    return day;
}

void HoursPage::showHours() {
    const auto& hours = m_service.hours();
    if (hours) {
        setEdited(*hours);
        m_state->setText(tr("The kiosk gives numbers in these hours only; a clerk may still give one at the window."));
    } else { // never set: a working week to start from
        HallHours start;
        for (std::size_t d = 0; d < 5; ++d)
            start.week[d] = HallHours::Day{{9 * 60, 17 * 60}, HallHours::Span{12 * 60, 13 * 60 + 30}, std::nullopt};
        setEdited(start);
        m_state->setText(tr("No hours are set: the kiosk gives numbers at any time. Below is a working week to start "
                            "from; it holds once saved."));
    }
}

void HoursPage::setEdited(const HallHours& hours) {
    for (std::size_t d = 0; d < 7; ++d)
        setDay(m_week[d], hours.week[d]);
    m_dates = hours.dates;
    showDates();
}

HallHours HoursPage::edited() const {
    HallHours hours;
    for (std::size_t d = 0; d < 7; ++d)
        hours.week[d] = dayOf(m_week[d]);
    hours.dates = m_dates;
    return hours;
}

void HoursPage::showDates() {
    std::sort(m_dates.begin(), m_dates.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
    std::vector<QStringList> rows;
    std::vector<QString> tones;
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // all marks cleared
    for (const auto& d : m_dates) {
        rows.push_back(
            {QString::fromStdString(d.date), d.day ? spanText(*d.day) : tr("Closed"), QString::fromStdString(d.note)});
        tones.push_back(d.day ? QString() : QStringLiteral("warn"));
        QTextCharFormat mark;
        mark.setFontWeight(QFont::Bold);
        mark.setBackground(d.day ? QColor(0xdc, 0xf0, 0xe0) : QColor(0xfb, 0xe3, 0xd4));
        m_calendar->setDateTextFormat(QDate::fromString(QString::fromStdString(d.date), Qt::ISODate), mark);
    }
    m_dateModel->setRows(std::move(rows), std::move(tones));
}

void HoursPage::closeSelectedDate(const QString& note) {
    clearSelectedDate();
    m_dates.push_back(
        {m_calendar->selectedDate().toString(Qt::ISODate).toStdString(), std::nullopt, note.trimmed().toStdString()});
    showDates();
}

void HoursPage::openSelectedDate(const QString& note) {
    clearSelectedDate();
    const auto monday = dayOf(m_week[0]);
    m_dates.push_back({m_calendar->selectedDate().toString(Qt::ISODate).toStdString(),
                       monday ? *monday : HallHours::Day{{9 * 60, 17 * 60}, std::nullopt, std::nullopt},
                       note.trimmed().toStdString()});
    showDates();
}

void HoursPage::clearSelectedDate() {
    const std::string date = m_calendar->selectedDate().toString(Qt::ISODate).toStdString();
    m_dates.erase(std::remove_if(m_dates.begin(), m_dates.end(), [&](const auto& d) { return d.date == date; }),
                  m_dates.end());
    showDates();
}

void HoursPage::save() { m_service.saveHours(edited()); }

} // namespace ow
