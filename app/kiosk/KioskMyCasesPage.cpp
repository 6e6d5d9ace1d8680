#include "app/kiosk/KioskMyCasesPage.h"

#include "app/cases/CaseListPanel.h"
#include "sync/ApiClient.h"

#include "domain/CaseState.h"
#include "domain/Json.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

KioskMyCasesPage::KioskMyCasesPage(ApiClient& api, const QString& hall, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_hall(hall) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(80, 30, 80, 40);
    auto* title = new QLabel(tr("Your cases in progress"));
    title->setObjectName(QStringLiteral("kioskPromptLabel"));
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    m_list = new QVBoxLayout;
    m_list->setSpacing(18);
    layout->addLayout(m_list, 1);
    auto* back = new QPushButton(tr("Back"));
    back->setObjectName(QStringLiteral("kioskCategoryButton"));
    back->setMinimumHeight(88);
    back->setFocusPolicy(Qt::NoFocus);
    connect(back, &QPushButton::clicked, this, &KioskMyCasesPage::back);
    layout->addWidget(back);
}

void KioskMyCasesPage::clear() {
    ++m_generation; // an answer still on its way is for nobody now
    m_tail.clear();
    m_caseNos.clear();
    while (auto* item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void KioskMyCasesPage::lookUp(const QString& idNumber) {
    clear();
    m_tail = idNumber.right(4).toUpper();
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("id_number", idNumber.toStdString());
    const int generation = m_generation;
    m_api.post(
        apiPath(api::kCasesByCard, {m_hall}), QByteArray::fromStdString(toJsonText(body)),
        [this, generation](const ApiReply& reply) {
            if (generation != m_generation)
                return;
            if (!reply.ok()) { // 404: nothing open; anything else: the kiosk says nothing rather than guess
                emit found(0);
                return;
            }
            try {
                const auto cases = parseObject(reply.body.toStdString())->getArray("cases");
                for (unsigned i = 0; cases && i < cases->size() && i < 4; ++i) {
                    const auto c = cases->getObject(i);
                    const QString caseNo = QString::fromStdString(requireString(c, "case_no"));
                    QStringList items;
                    if (const auto names = c->getArray("items"))
                        for (unsigned j = 0; j < names->size(); ++j)
                            items << QString::fromStdString(names->getElement<std::string>(j));
                    const auto state = caseStateFromString(requireString(c, "state"));
                    // A 一件事 of several items by its first: a button's line does not wrap.
                    const QString what =
                        items.size() > 1
                            ? tr("%1 and %n more", nullptr, static_cast<int>(items.size()) - 1).arg(items.front())
                            : items.value(0);
                    auto* button = new QPushButton(
                        tr("%1\n%2 · %3 · promised by %4")
                            .arg(what, caseNo, state ? CaseListModel::stateName(*state) : QString(),
                                 QString::fromStdString(c->optValue<std::string>("promised_date", ""))));
                    button->setObjectName(QStringLiteral("kioskCategoryButton"));
                    button->setMinimumHeight(96);
                    button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // the screen's width
                    button->setFocusPolicy(Qt::NoFocus);
                    connect(button, &QPushButton::clicked, this, [this, caseNo] { emit caseChosen(caseNo, m_tail); });
                    m_list->addWidget(button);
                    m_caseNos << caseNo;
                }
                m_list->addStretch();
            } catch (const std::exception&) {
                clear();
            }
            emit found(caseCount());
        });
}

} // namespace ow
