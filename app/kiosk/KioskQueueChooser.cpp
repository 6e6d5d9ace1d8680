#include "app/kiosk/KioskQueueChooser.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ow {
namespace {

QPushButton* choiceButton(const char* objectName) {
    auto* button = new QPushButton;
    button->setObjectName(QString::fromLatin1(objectName));
    button->setMinimumHeight(88);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

QString q(const std::string& text) { return QString::fromStdString(text); }

} // namespace

KioskQueueChooser::KioskQueueChooser(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(22);
    auto* top = new QHBoxLayout;
    m_back = choiceButton("kioskSecondaryButton");
    m_back->setText(tr("◀ All departments"));
    m_back->setAccessibleName(tr("Back to all departments"));
    connect(m_back, &QPushButton::clicked, this, &KioskQueueChooser::reset);
    top->addWidget(m_back);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("kioskDepartmentLabel"));
    m_title->setAlignment(Qt::AlignCenter);
    top->addWidget(m_title, 1);
    layout->addLayout(top);
    m_choiceLayout = new QVBoxLayout;
    m_choiceLayout->setSpacing(22);
    m_choiceLayout->addStretch(); // the choices from the top (inserted before it)
    layout->addLayout(m_choiceLayout, 1);
    auto* paging = new QHBoxLayout;
    m_previous = choiceButton("kioskSecondaryButton");
    m_previous->setText(tr("◀ Previous page"));
    connect(m_previous, &QPushButton::clicked, this, &KioskQueueChooser::previousPage);
    m_pageLabel = new QLabel;
    m_pageLabel->setObjectName(QStringLiteral("kioskPageLabel"));
    m_pageLabel->setAlignment(Qt::AlignCenter);
    m_next = choiceButton("kioskSecondaryButton");
    m_next->setText(tr("Next page ▶"));
    connect(m_next, &QPushButton::clicked, this, &KioskQueueChooser::nextPage);
    paging->addWidget(m_previous, 2);
    paging->addWidget(m_pageLabel, 1);
    paging->addWidget(m_next, 2);
    layout->addLayout(paging);
    showChoices();
}

bool KioskQueueChooser::byDepartment() const {
    return std::any_of(m_categories.begin(), m_categories.end(), [](const auto& c) { return !c.group.empty(); });
}

std::vector<QString> KioskQueueChooser::departments() const {
    std::vector<QString> out;
    bool none = false;
    for (const auto& c : m_categories) {
        if (c.group.empty())
            none = true;
        else if (std::find(out.begin(), out.end(), q(c.group)) == out.end())
            out.push_back(q(c.group));
    }
    if (none && !out.empty())
        out.emplace_back(QLatin1String("")); // the queues of no department, last
    return out;
}

std::vector<const QueueSnapshot::Category*> KioskQueueChooser::shownQueues() const {
    std::vector<const QueueSnapshot::Category*> out;
    for (const auto& c : m_categories)
        if (!byDepartment() || (m_inDepartment && q(c.group) == m_department))
            out.push_back(&c);
    return out;
}

int KioskQueueChooser::pages() const {
    const std::size_t n = m_hits ? m_hits->size() : showsDepartments() ? departments().size() : shownQueues().size();
    const auto per = static_cast<std::size_t>(m_perScreen);
    return std::max(1, static_cast<int>((n + per - 1) / per));
}

const QueueSnapshot::Category* KioskQueueChooser::category(const QString& prefix) const {
    for (const auto& c : m_categories)
        if (q(c.prefix) == prefix)
            return &c;
    return nullptr;
}

void KioskQueueChooser::showHits(std::vector<Hit> hits) {
    m_hits = std::move(hits);
    m_page = 0;
    showChoices();
    emit screenChanged();
}

void KioskQueueChooser::setPerScreen(int count) {
    const int first = m_page * m_perScreen; // the first choice shown stays on the screen
    m_perScreen = std::max(1, count);
    m_page = first / m_perScreen;
    showChoices();
    emit screenChanged();
}

void KioskQueueChooser::setCategories(const std::vector<QueueSnapshot::Category>& categories) {
    QString key;
    for (const auto& c : categories)
        key += q(c.prefix + '\t' + c.name + '\t' + c.group) + QLatin1Char('\n');
    m_categories = categories;
    if (key != m_builtFor) {
        m_builtFor = key;
        const auto all = departments();
        if (m_inDepartment && std::find(all.begin(), all.end(), m_department) == all.end())
            m_inDepartment = false; // its department is gone: back to the departments
        m_page = std::min(m_page, pages() - 1);
    }
    showChoices();
}

void KioskQueueChooser::reset() {
    m_hits.reset();
    m_inDepartment = false;
    m_department.clear();
    m_page = 0;
    showChoices();
    emit screenChanged();
}

void KioskQueueChooser::openDepartment(const QString& department) {
    m_inDepartment = true;
    m_department = department;
    m_page = 0;
    showChoices();
    emit screenChanged();
}

void KioskQueueChooser::nextPage() {
    if (m_page + 1 < pages()) {
        ++m_page;
        showChoices();
        emit screenChanged();
    }
}

void KioskQueueChooser::previousPage() {
    if (m_page > 0) {
        --m_page;
        showChoices();
        emit screenChanged();
    }
}

void KioskQueueChooser::showChoices() {
    const bool departmentsShown = showsDepartments();
    // What each button of this page stands for: a department, a queue, or what a search found (at its queue).
    struct Choice {
        QString department;
        const QueueSnapshot::Category* queue = nullptr;
        QString found = {};
    };
    std::vector<Choice> all;
    if (m_hits) {
        for (const Hit& hit : *m_hits)
            all.push_back({{}, category(hit.prefix), hit.name});
    } else if (departmentsShown) {
        for (const QString& d : departments())
            all.push_back({d, nullptr});
    } else {
        for (const auto* c : shownQueues())
            all.push_back({{}, c});
    }
    const auto per = static_cast<std::size_t>(m_perScreen);
    const auto first = static_cast<std::size_t>(m_page) * per;
    const std::size_t count = first < all.size() ? std::min(per, all.size() - first) : 0;
    // The buttons are made again only when their number changes (a snapshot every call must not take a press away).
    while (m_choices.size() > static_cast<int>(count)) { // maybe the very button being pressed: later
        QPushButton* gone = m_choices.takeLast();
        gone->hide();
        gone->deleteLater();
    }
    while (m_choices.size() < static_cast<int>(count)) {
        auto* button = choiceButton("kioskCategoryButton");
        const int index = static_cast<int>(m_choices.size());
        connect(button, &QPushButton::clicked, this, [this, index] {
            const auto at = static_cast<std::size_t>(m_page * m_perScreen + index);
            if (m_hits) {
                if (at < m_hits->size())
                    emit chosen((*m_hits)[at].prefix);
            } else if (showsDepartments()) {
                const auto list = departments();
                if (at < list.size())
                    openDepartment(list[at]);
            } else {
                const auto list = shownQueues();
                if (at < list.size())
                    emit chosen(q(list[at]->prefix));
            }
        });
        m_choiceLayout->insertWidget(index, button);
        m_choices.append(button);
    }
    for (std::size_t i = 0; i < count; ++i) {
        const Choice& choice = all[first + i];
        QPushButton* button = m_choices[static_cast<int>(i)];
        if (!choice.found.isEmpty()) {
            // Found by a search: where it is taken, or that its queue gives no numbers now.
            const auto* c = choice.queue;
            const QString queue = c ? q(c->name) : QString();
            button->setEnabled(c && c->open);
            button->setText(c && c->open ? tr("%1\nat %2 · %n waiting", nullptr, c->waiting).arg(choice.found, queue)
                                         : tr("%1\nNo numbers at the moment").arg(choice.found));
        } else if (choice.queue) {
            const auto& c = *choice.queue;
            // A queue the administrator closed stays on the screen, saying so, so that nobody looks for it in vain.
            button->setEnabled(c.open);
            button->setText(c.open ? tr("%1\n%n waiting", nullptr, c.waiting).arg(q(c.name))
                                   : tr("%1\nNo numbers at the moment").arg(q(c.name)));
        } else {
            int queues = 0, waiting = 0;
            for (const auto& c : m_categories)
                if (q(c.group) == choice.department) {
                    ++queues;
                    waiting += c.waiting;
                }
            const QString name = choice.department.isEmpty() ? tr("Other services") : choice.department;
            button->setEnabled(true);
            button->setText(tr("%1\n%2 services · %n waiting", nullptr, waiting).arg(name).arg(queues));
        }
        button->setAccessibleName(button->text().replace(QLatin1Char('\n'), QLatin1String(", ")));
    }
    const bool inDepartment = !m_hits && m_inDepartment && byDepartment();
    m_back->setVisible(inDepartment);
    m_title->setVisible(inDepartment);
    m_title->setText(inDepartment ? (m_department.isEmpty() ? tr("Other services") : m_department) : QString());
    const bool paged = pages() > 1;
    m_previous->setVisible(paged);
    m_next->setVisible(paged);
    m_pageLabel->setVisible(paged);
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pages());
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(pages()));
}

} // namespace ow
