#include "app/kiosk/KioskSearchPage.h"

#include "app/kiosk/KioskKeyboard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {
namespace {

QPushButton* key(const QString& text, const char* objectName) {
    auto* button = new QPushButton(text);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setMinimumHeight(80);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

KioskSearchPage::KioskSearchPage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("kioskSearchPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(60, 24, 60, 30);
    layout->setSpacing(16);
    auto* prompt = new QLabel(tr("Type the first letters of the pinyin of what you came for"));
    prompt->setObjectName(QStringLiteral("kioskPromptLabel"));
    prompt->setAlignment(Qt::AlignCenter);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    auto* example = new QLabel(tr("For example BDCDJ for 不动产登记, JMSFZ for 居民身份证"));
    example->setObjectName(QStringLiteral("kioskHintLabel"));
    example->setAlignment(Qt::AlignCenter);
    example->setWordWrap(true);
    layout->addWidget(example);
    m_queryLabel = new QLabel;
    m_queryLabel->setObjectName(QStringLiteral("kioskQueryLabel"));
    m_queryLabel->setAlignment(Qt::AlignCenter);
    m_queryLabel->setAccessibleName(tr("Letters typed"));
    layout->addWidget(m_queryLabel);
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("kioskHintLabel"));
    m_countLabel->setAlignment(Qt::AlignCenter);
    m_countLabel->setWordWrap(true);
    layout->addWidget(m_countLabel);
    m_results = new KioskQueueChooser;
    m_results->setPerScreen(kPerScreen);
    m_results->showHits({});
    connect(m_results, &KioskQueueChooser::chosen, this, &KioskSearchPage::chosen);
    layout->addWidget(m_results, 1);

    auto* keyboard = new KioskKeyboard(false);
    connect(keyboard, &KioskKeyboard::typed, this, &KioskSearchPage::type);
    connect(keyboard, &KioskKeyboard::erased, this, &KioskSearchPage::erase);
    layout->addWidget(keyboard);

    auto* bottom = new QHBoxLayout;
    auto* backButton = key(tr("◀ Back"), "kioskSecondaryButton");
    connect(backButton, &QPushButton::clicked, this, &KioskSearchPage::back);
    auto* clearButton = key(tr("Clear"), "kioskSecondaryButton");
    connect(clearButton, &QPushButton::clicked, this, &KioskSearchPage::clear);
    bottom->addWidget(backButton);
    bottom->addWidget(clearButton);
    layout->addLayout(bottom);
    search();
}

void KioskSearchPage::setChoices(std::vector<ServiceChoice> choices) {
    m_choices = std::move(choices);
    search();
}

void KioskSearchPage::setCategories(const std::vector<QueueSnapshot::Category>& categories) {
    m_results->setCategories(categories);
}

void KioskSearchPage::clear() {
    m_query.clear();
    search();
}

void KioskSearchPage::type(QChar letter) {
    if (!letter.isLetter() || m_query.size() >= kMaxLetters)
        return;
    m_query += letter.toUpper();
    search();
}

void KioskSearchPage::erase() {
    m_query.chop(1);
    search();
}

void KioskSearchPage::search() {
    m_queryLabel->setText(m_query.isEmpty() ? tr("Letters appear here") : m_query);
    setProperty("typed", !m_query.isEmpty());
    std::vector<KioskQueueChooser::Hit> hits;
    if (!m_query.isEmpty())
        for (const ServiceChoice& c : searchChoices(m_choices, m_query.toLower().toStdString()))
            hits.push_back({QString::fromStdString(c.name), QString::fromStdString(c.category)});
    if (m_query.isEmpty())
        m_countLabel->setText(tr("What matches appears here; touch it for a number of its queue."));
    else if (hits.empty())
        m_countLabel->setText(
            tr("Nothing matches %1. Delete a letter, or go back and choose by department.").arg(m_query));
    else
        m_countLabel->setText(tr("%n found", nullptr, static_cast<int>(hits.size())));
    m_countLabel->setAccessibleName(m_countLabel->text());
    m_results->showHits(std::move(hits));
}

} // namespace ow
