#include "app/appointments/ClerkVisitsPanel.h"

#include "app/appointments/HomeVisitList.h"
#include "sync/HomeVisitService.h"
#include "widgets/Style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

ClerkVisitsPanel::ClerkVisitsPanel(HomeVisitService& service, QString clerk, Clock clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clerk(std::move(clerk)) {
    m_ask = lineAsker(this);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("My home visits (预约上门)"), this);
    title->setObjectName(QStringLiteral("sectionLabel"));
    top->addWidget(title);
    top->addStretch(1);
    m_doneButton = new QPushButton(tr("Mark done…"), this);
    m_doneButton->setObjectName(QStringLiteral("primaryButton"));
    connect(m_doneButton, &QPushButton::clicked, this, &ClerkVisitsPanel::markDone);
    top->addWidget(m_doneButton);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &ClerkVisitsPanel::reload);
    top->addWidget(refresh);
    layout->addLayout(top);
    m_list = new HomeVisitList(m_service, std::move(clock), this);
    layout->addWidget(m_list, 1);
    m_messageLabel = makeMessageLabel();
    layout->addWidget(m_messageLabel);
    auto update = [this] {
        const wire::HomeVisit* visit = m_list->selected();
        m_doneButton->setEnabled(!m_service.isBusy() && visit && visit->state == "scheduled");
    };
    connect(m_list, &HomeVisitList::selectionChanged, this, update);
    connect(&m_service, &HomeVisitService::busyChanged, this, update);
    connect(&m_service, &HomeVisitService::info, this,
            [this](const QString& text) { showMessage(m_messageLabel, text, false); });
    connect(&m_service, &HomeVisitService::failed, this,
            [this](const QString& text) { showMessage(m_messageLabel, text, true); });
    update();
}

void ClerkVisitsPanel::reload() { m_service.setFilter(QStringLiteral("scheduled"), {}, m_clerk); }

void ClerkVisitsPanel::markDone() { m_list->markSelectedDone(m_ask); }

QString ClerkVisitsPanel::messageText() const { return m_messageLabel->text(); }

} // namespace ow
