#include "app/appointments/BookingPanel.h"

#include "app/common/TextTableModel.h"
#include "sync/AppointmentService.h"
#include "widgets/Style.h"

#include "domain/Appointment.h"
#include "domain/IdNumber.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {
namespace {

constexpr int kBookableDays = 14; // as the booking page offers: today and the 13 days after

QString bookingStateText(const std::string& state) {
    if (state == "booked")
        return BookingPanel::tr("Booked");
    if (state == "checked_in")
        return BookingPanel::tr("Checked in");
    if (state == "no_show")
        return BookingPanel::tr("Did not come");
    if (state == "cancelled")
        return BookingPanel::tr("Cancelled");
    return QString::fromStdString(state);
}

} // namespace

BookingPanel::BookingPanel(AppointmentService& service, Clock clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(std::move(clock)) {
    const QDate today = QDate::fromString(QString::fromStdString(m_clock.todayIso()), Qt::ISODate);
    auto* layout = new QHBoxLayout(this);
    auto* formCard = new QFrame(this);
    formCard->setObjectName(QStringLiteral("card"));
    auto* formBox = new QVBoxLayout(formCard);
    auto* title = new QLabel(tr("Book a time for someone (预约登记)"), formCard);
    title->setObjectName(QStringLiteral("sectionLabel"));
    formBox->addWidget(title);
    auto* form = new QFormLayout;
    m_queueCombo = new QComboBox(formCard);
    m_queueCombo->setAccessibleName(tr("Queue"));
    m_dateEdit = new QDateEdit(today, formCard);
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd ddd"));
    m_dateEdit->setDateRange(today, today.addDays(kBookableDays - 1));
    m_dateEdit->setAccessibleName(tr("Day"));
    m_slotList = new QListWidget(formCard);
    m_slotList->setAccessibleName(tr("Times with free places"));
    m_slotList->setMinimumHeight(120);
    m_nameEdit = new QLineEdit(formCard);
    m_idEdit = new QLineEdit(formCard);
    m_idEdit->setMaxLength(18);
    m_phoneEdit = new QLineEdit(formCard);
    m_phoneEdit->setPlaceholderText(tr("11-digit mobile: the code is sent to it"));
    form->addRow(tr("Queue"), m_queueCombo);
    form->addRow(tr("Day"), m_dateEdit);
    form->addRow(tr("Time"), m_slotList);
    form->addRow(tr("Name"), m_nameEdit);
    form->addRow(tr("ID number"), m_idEdit);
    form->addRow(tr("Phone"), m_phoneEdit);
    formBox->addLayout(form);
    m_bookButton = new QPushButton(tr("Book"), formCard);
    m_bookButton->setObjectName(QStringLiteral("primaryButton"));
    connect(m_bookButton, &QPushButton::clicked, this, &BookingPanel::book);
    formBox->addWidget(m_bookButton);
    m_codeLabel = new QLabel(formCard);
    m_codeLabel->setObjectName(QStringLiteral("bookingCodeLabel"));
    m_codeLabel->setWordWrap(true);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    formBox->addWidget(m_codeLabel);
    m_messageLabel = makeMessageLabel();
    formBox->addWidget(m_messageLabel);
    formBox->addStretch(1);
    layout->addWidget(formCard, 2);

    auto* right = new QVBoxLayout;
    auto* listTitle = new QLabel(tr("Bookings of the day"), this);
    listTitle->setObjectName(QStringLiteral("sectionLabel"));
    right->addWidget(listTitle);
    m_bookings = new TextTableModel(
        {tr("Time"), tr("Queue"), tr("Name"), tr("ID number"), tr("Phone"), tr("State"), tr("Code")}, this);
    right->addWidget(makeTextTable(m_bookings, QStringLiteral("bookingsTable"), tr("Bookings of the day")), 1);
    layout->addLayout(right, 3);

    connect(m_queueCombo, &QComboBox::currentIndexChanged, this, &BookingPanel::loadSlots);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this] {
        loadSlots();
        m_service.loadDay(m_dateEdit->date().toString(Qt::ISODate));
    });
    connect(&m_service, &AppointmentService::queuesChanged, this, [this] {
        const QString chosen = m_queueCombo->currentData().toString();
        {
            const QSignalBlocker block(m_queueCombo);
            m_queueCombo->clear();
            for (const auto& queue : m_service.queues())
                m_queueCombo->addItem(tr("%1 %2").arg(queue.category, queue.name), queue.category);
            m_queueCombo->setCurrentIndex(std::max(0, m_queueCombo->findData(chosen)));
        }
        if (m_service.queues().empty())
            showMessage(m_messageLabel, tr("No queue of the hall takes appointments yet: the supervisor plans them."),
                        false);
        loadSlots();
    });
    connect(&m_service, &AppointmentService::slotsChanged, this, &BookingPanel::showSlots);
    connect(&m_service, &AppointmentService::bookingsChanged, this, &BookingPanel::showBookings);
    connect(&m_service, &AppointmentService::failed, this,
            [this](const QString& text) { showMessage(m_messageLabel, text, true); });
    connect(&m_service, &AppointmentService::busyChanged, this, [this](bool busy) { m_bookButton->setEnabled(!busy); });
    connect(&m_service, &AppointmentService::booked, this,
            [this](const QString& code, const QString& date, const QString& start, const QString& end) {
                m_codeLabel->setText(tr("Check-in code <b style=\"font-size:20pt\">%1</b><br>%2 %3–%4. Tell it to "
                                        "the person: they check in with it at the kiosk from 30 minutes before; it "
                                        "is also sent to their phone.")
                                         .arg(code, date, start, end));
                m_messageLabel->hide();
                for (auto* edit : {m_nameEdit, m_idEdit, m_phoneEdit})
                    edit->clear();
            });
}

void BookingPanel::reload() {
    m_service.loadQueues();
    m_service.loadDay(m_dateEdit->date().toString(Qt::ISODate));
}

void BookingPanel::loadSlots() {
    m_service.loadSlots(m_queueCombo->currentData().toString(), m_dateEdit->date().toString(Qt::ISODate));
}

void BookingPanel::showSlots() {
    const QString chosen =
        m_slotList->currentItem() ? m_slotList->currentItem()->data(Qt::UserRole).toString() : QString();
    m_slotList->clear();
    for (const auto& slot : m_service.times()) {
        const QString start = QString::fromStdString(slot.start);
        auto* item =
            new QListWidgetItem(slot.free > 0 ? tr("%1–%2 · %3 of %4 free")
                                                    .arg(start, QString::fromStdString(slot.end))
                                                    .arg(slot.free)
                                                    .arg(slot.capacity)
                                              : tr("%1–%2 · full").arg(start, QString::fromStdString(slot.end)),
                                m_slotList);
        item->setData(Qt::UserRole, start);
        if (slot.free <= 0)
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
        if (start == chosen && slot.free > 0)
            m_slotList->setCurrentItem(item);
    }
    if (m_service.times().empty() && m_queueCombo->count() > 0)
        new QListWidgetItem(tr("No times are offered on this day."), m_slotList);
}

void BookingPanel::showBookings() {
    std::vector<QStringList> rows;
    std::vector<QString> tones;
    for (const auto& b : m_service.bookings()) {
        rows.push_back({QStringLiteral("%1–%2").arg(QString::fromStdString(b.start), QString::fromStdString(b.end)),
                        QString::fromStdString(b.category), QString::fromStdString(b.name),
                        QString::fromStdString(b.idNumber), QString::fromStdString(b.phone), bookingStateText(b.state),
                        QString::fromStdString(b.code)});
        tones.push_back(b.state == "no_show" ? QStringLiteral("warn") : QString());
    }
    m_bookings->setRows(std::move(rows), std::move(tones));
}

bool BookingPanel::chooseQueue(const QString& category) {
    const int index = m_queueCombo->findData(category);
    if (index < 0)
        return false;
    m_queueCombo->setCurrentIndex(index);
    return true;
}

void BookingPanel::chooseDate(const QDate& date) { m_dateEdit->setDate(date); }

bool BookingPanel::chooseSlot(const QString& start) {
    for (int i = 0; i < m_slotList->count(); ++i) {
        QListWidgetItem* item = m_slotList->item(i);
        if (item->data(Qt::UserRole).toString() == start && (item->flags() & Qt::ItemIsEnabled)) {
            m_slotList->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void BookingPanel::fill(const QString& name, const QString& idNumber, const QString& phone) {
    m_nameEdit->setText(name);
    m_idEdit->setText(idNumber);
    m_phoneEdit->setText(phone);
}

QString BookingPanel::problem() const {
    if (m_queueCombo->currentData().toString().isEmpty())
        return tr("Choose a queue.");
    if (!m_slotList->currentItem() || m_slotList->currentItem()->data(Qt::UserRole).toString().isEmpty())
        return tr("Choose a time with free places.");
    if (m_nameEdit->text().trimmed().isEmpty())
        return tr("Enter the person's name.");
    if (!IdNumber::isValid(m_idEdit->text().trimmed().toUpper().toStdString(), m_clock.todayIso()))
        return tr("The ID number is not valid: check it against the card.");
    if (normalizeMobile(m_phoneEdit->text().toStdString()).empty())
        return tr("The phone number must be a mobile number of 11 digits.");
    return {};
}

void BookingPanel::book() {
    if (const QString wrong = problem(); !wrong.isEmpty()) {
        showMessage(m_messageLabel, wrong, true);
        return;
    }
    wire::BookingRequest request;
    request.category = m_queueCombo->currentData().toString().toStdString();
    request.date = m_dateEdit->date().toString(Qt::ISODate).toStdString();
    request.start = m_slotList->currentItem()->data(Qt::UserRole).toString().toStdString();
    request.name = m_nameEdit->text().trimmed().toStdString();
    request.idNumber = m_idEdit->text().trimmed().toUpper().toStdString();
    request.phone = m_phoneEdit->text().trimmed().toStdString();
    m_codeLabel->clear();
    m_service.book(request);
}

QString BookingPanel::messageText() const { return m_messageLabel->text(); }

QString BookingPanel::codeText() const { return m_codeLabel->text(); }

} // namespace ow
