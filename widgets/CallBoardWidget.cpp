#include "widgets/CallBoardWidget.h"

#include "widgets/Style.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace ow {

CallBoardWidget::CallBoardWidget(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->setSpacing(28);

    m_callPanel = new QFrame;
    m_callPanel->setObjectName(QStringLiteral("displayCallPanel"));
    auto* callLayout = new QVBoxLayout(m_callPanel);
    callLayout->setContentsMargins(24, 24, 24, 24);
    m_hintLabel = new QLabel(tr("Now calling"));
    m_hintLabel->setObjectName(QStringLiteral("displayHintLabel"));
    m_numberLabel = new QLabel(QStringLiteral("—"));
    m_numberLabel->setObjectName(QStringLiteral("displayNumberLabel"));
    m_counterLabel = new QLabel;
    m_counterLabel->setObjectName(QStringLiteral("displayCounterLabel"));
    for (QLabel* label : {m_hintLabel, m_numberLabel, m_counterLabel})
        label->setAlignment(Qt::AlignCenter);
    callLayout->addWidget(m_hintLabel);
    callLayout->addStretch();
    callLayout->addWidget(m_numberLabel);
    callLayout->addWidget(m_counterLabel);
    callLayout->addStretch();
    layout->addWidget(m_callPanel, 3);

    auto* listPanel = new QVBoxLayout;
    auto* listTitle = new QLabel(tr("Recent calls"));
    listTitle->setObjectName(QStringLiteral("displayListTitleLabel"));
    listPanel->addWidget(listTitle);
    m_listLayout = new QVBoxLayout;
    m_listLayout->setSpacing(4);
    for (int i = 0; i < 10; ++i) {
        auto* row = new QLabel;
        row->setObjectName(QStringLiteral("displayRowLabel"));
        m_rows.append(row);
        m_listLayout->addWidget(row);
    }
    listPanel->addLayout(m_listLayout);
    listPanel->addStretch();
    m_waitingLabel = new QLabel;
    m_waitingLabel->setObjectName(QStringLiteral("displayWaitingLabel"));
    m_waitingLabel->setWordWrap(true);
    listPanel->addWidget(m_waitingLabel);
    layout->addLayout(listPanel, 2);

    m_flashTimer.setInterval(400);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        setFlash(m_flashTicks % 2 == 0);
        if (++m_flashTicks >= 10) {
            m_flashTimer.stop();
            setFlash(false);
        }
    });
}

void CallBoardWidget::setFlash(bool on) {
    setStyleProperty(m_callPanel, "flash", on ? QStringLiteral("true") : QStringLiteral("false"));
}

void CallBoardWidget::setSnapshot(const QueueSnapshot& snapshot) {
    if (!snapshot.recentCalls.empty()) {
        const auto& newest = snapshot.recentCalls.front();
        m_numberLabel->setText(QString::fromStdString(newest.number));
        m_counterLabel->setText(newest.priority == Priority::Appointment
                                    ? tr("Counter %1 · appointment").arg(newest.counter)
                                    : tr("Counter %1").arg(newest.counter));
    } else {
        m_numberLabel->setText(QStringLiteral("—"));
        m_counterLabel->setText(tr("Please wait to be called"));
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const auto index = static_cast<std::size_t>(i);
        if (index < snapshot.recentCalls.size()) {
            const auto& call = snapshot.recentCalls[index];
            const QString number = QString::fromStdString(call.number);
            m_rows[i]->setText(call.priority == Priority::Appointment
                                   ? tr("%1 (appointment)  →  Counter %2").arg(number).arg(call.counter)
                                   : tr("%1  →  Counter %2").arg(number).arg(call.counter));
        } else {
            m_rows[i]->clear();
        }
    }
    QStringList waiting;
    for (const auto& c : snapshot.categories)
        waiting << tr("%1 %2: %n waiting", nullptr, c.waiting)
                       .arg(QString::fromStdString(c.prefix), QString::fromStdString(c.name));
    m_waitingLabel->setText(waiting.join(QLatin1Char('\n')));
}

void CallBoardWidget::flashCall(const QString& number, int counter, bool appointment) {
    m_numberLabel->setText(number);
    m_counterLabel->setText(appointment ? tr("Counter %1 · appointment").arg(counter) : tr("Counter %1").arg(counter));
    m_flashTicks = 0;
    m_flashTimer.start();
}

void CallBoardWidget::setConnected(bool connected) {
    m_hintLabel->setText(connected ? tr("Now calling") : tr("Reconnecting to the server…"));
}

QString CallBoardWidget::currentNumber() const { return m_numberLabel->text(); }

QString CallBoardWidget::callText(int row) const { return row < m_rows.size() ? m_rows[row]->text() : QString(); }

QString CallBoardWidget::counterText() const { return m_counterLabel->text(); }

int CallBoardWidget::listedCalls() const {
    int count = 0;
    for (const QLabel* row : m_rows)
        count += row->text().isEmpty() ? 0 : 1;
    return count;
}

void CallBoardWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    updateFonts();
}

void CallBoardWidget::updateFonts() {
    // The number is at least 15 % of the screen height, readable from 10 m.
    const int h = window()->height();
    QFont number = m_numberLabel->font();
    number.setPixelSize(std::max(48, static_cast<int>(h * 0.22)));
    number.setBold(true);
    m_numberLabel->setFont(number);
    QFont counter = m_counterLabel->font();
    counter.setPixelSize(std::max(32, static_cast<int>(h * 0.11)));
    counter.setBold(true);
    m_counterLabel->setFont(counter);
}

} // namespace ow
