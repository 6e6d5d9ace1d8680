#include "app/supervisor/admin/AuditPage.h"

#include "app/common/TextTableModel.h"
#include "domain/Clock.h"
#include "domain/Json.h"
#include "sync/AdminService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace ow {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

std::string valueText(const Poco::Dynamic::Var& value) {
    if (value.isEmpty())
        return {};
    return value.isString() ? value.toString() : Poco::Dynamic::Var::toString(value);
}

// A change's detail in words: what was before → what is now, field by field; other details as they are.
QString detailText(const Poco::JSON::Object::Ptr& detail) {
    if (!detail)
        return {};
    const auto before = optionalObject(detail, "before");
    const auto after = optionalObject(detail, "after");
    if (!after)
        return q(toJsonText(detail));
    QStringList parts;
    for (const auto& [key, value] : *after) {
        const std::string now = valueText(value);
        if (!before) {
            parts << QStringLiteral("%1 %2").arg(q(key), q(now));
            continue;
        }
        const std::string was = before->has(key) ? valueText(before->get(key)) : std::string();
        if (was != now)
            parts << QStringLiteral("%1 %2 → %3").arg(q(key), q(was), q(now));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString AuditPage::actionText(const QString& action) {
    static const std::map<QString, const char*> names = {
        {QStringLiteral("auth.login"), QT_TR_NOOP("Logged in")},
        {QStringLiteral("auth.login_failed"), QT_TR_NOOP("Failed login")},
        {QStringLiteral("staff.added"), QT_TR_NOOP("Added a person")},
        {QStringLiteral("staff.changed"), QT_TR_NOOP("Changed a person")},
        {QStringLiteral("staff.disabled"), QT_TR_NOOP("Disabled a person")},
        {QStringLiteral("staff.password_reset"), QT_TR_NOOP("Reset a password")},
        {QStringLiteral("staff.password_changed"), QT_TR_NOOP("Changed their own password")},
        {QStringLiteral("device.enroll"), QT_TR_NOOP("Device enrolled")},
        {QStringLiteral("device.enroll_code"), QT_TR_NOOP("Made an enrollment code")},
        {QStringLiteral("device.revoked"), QT_TR_NOOP("Revoked a device")},
        {QStringLiteral("hall.category_added"), QT_TR_NOOP("Added a queue")},
        {QStringLiteral("hall.category_changed"), QT_TR_NOOP("Changed a queue")},
        {QStringLiteral("hall.counter_added"), QT_TR_NOOP("Added a counter")},
        {QStringLiteral("hall.counter_changed"), QT_TR_NOOP("Changed a counter")},
        {QStringLiteral("hall.hours"), QT_TR_NOOP("Set the hours")},
        {QStringLiteral("catalog.imported"), QT_TR_NOOP("Loaded a catalog")},
        {QStringLiteral("rating.policy"), QT_TR_NOOP("Set the rating policy")},
        {QStringLiteral("rating.given"), QT_TR_NOOP("Rating given")},
        {QStringLiteral("rating.not_rated"), QT_TR_NOOP("Not rated")},
        {QStringLiteral("rectification.follow_up"), QT_TR_NOOP("Follow-up recorded")},
        {QStringLiteral("rectification.fix"), QT_TR_NOOP("Fix recorded")},
        {QStringLiteral("permit.issue"), QT_TR_NOOP("Permit issued")},
        {QStringLiteral("permit.revoke"), QT_TR_NOOP("Permit revoked")},
        {QStringLiteral("pii.reveal"), QT_TR_NOOP("Personal data shown")},
    };
    if (const auto it = names.find(action); it != names.end())
        return tr(it->second);
    if (action.startsWith(QLatin1String("case.")))
        return tr("Case: %1").arg(action.mid(5));
    if (action.startsWith(QLatin1String("ticket.")))
        return tr("Number: %1").arg(action.mid(7));
    return action;
}

AuditPage::AuditPage(AdminService& service, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
    , m_model(new TextTableModel({tr("Time"), tr("Who"), tr("What"), tr("On"), tr("Change")}, this)) {
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    auto* personLabel = new QLabel(tr("Person"));
    filters->addWidget(personLabel);
    m_person = new QComboBox;
    m_person->setObjectName(QStringLiteral("auditPerson"));
    m_person->setEditable(true);
    m_person->setMinimumWidth(160);
    personLabel->setBuddy(m_person);
    filters->addWidget(m_person);
    m_byDate = new QCheckBox(tr("From"));
    m_byDate->setObjectName(QStringLiteral("auditByDate"));
    filters->addWidget(m_byDate);
    const QDate today = QDate::fromString(q(m_clock.todayIso()), Qt::ISODate);
    m_from = new QDateEdit(today.addDays(-7));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From date"));
    filters->addWidget(m_from);
    auto* toLabel = new QLabel(tr("to"));
    filters->addWidget(toLabel);
    m_to = new QDateEdit(today);
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("To date"));
    toLabel->setBuddy(m_to);
    filters->addWidget(m_to);
    auto* search = new QPushButton(tr("Show"));
    search->setObjectName(QStringLiteral("auditShow"));
    filters->addWidget(search);
    filters->addStretch(1);
    layout->addLayout(filters);
    m_view = makeTextTable(m_model, QStringLiteral("auditTable"), tr("Audit record"));
    layout->addWidget(m_view, 1);
    m_more = new QPushButton(tr("Older entries"));
    m_more->setObjectName(QStringLiteral("auditMore"));
    layout->addWidget(m_more, 0, Qt::AlignLeft);
    connect(search, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_more, &QPushButton::clicked, this, &AuditPage::more);
    connect(m_byDate, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_byDate, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    connect(&m_service, &AdminService::auditChanged, this, &AuditPage::showEntries);
    connect(&m_service, &AdminService::staffChanged, this, [this] {
        const QString current = m_person->currentText();
        m_person->clear();
        m_person->addItem(tr("Everyone"), QString());
        for (const auto& m : m_service.staff())
            m_person->addItem(QStringLiteral("%1 %2").arg(q(m.user), q(m.name)), q(m.user));
        const int keep = m_person->findText(current);
        m_person->setCurrentIndex(keep >= 0 ? keep : 0);
    });
}

void AuditPage::setFilter(const QString& person, const QDate& from, const QDate& to) {
    const int index = m_person->findData(person);
    if (index >= 0)
        m_person->setCurrentIndex(index);
    else
        m_person->setEditText(person);
    m_byDate->setChecked(from.isValid());
    if (from.isValid()) {
        m_from->setDate(from);
        m_to->setDate(to.isValid() ? to : from);
    }
}

// A person picked from the list stands for their user name; one typed stands for itself.
QString AuditPage::person() const {
    if (m_person->currentIndex() >= 0 && m_person->itemText(m_person->currentIndex()) == m_person->currentText())
        return m_person->currentData().toString();
    return m_person->currentText().section(QLatin1Char(' '), 0, 0);
}

void AuditPage::load(bool more) {
    const bool byDate = m_byDate->isChecked();
    m_service.loadAudit(person(), byDate ? m_from->date().toString(Qt::ISODate) : QString(),
                        byDate ? m_to->date().toString(Qt::ISODate) : QString(), more);
}

void AuditPage::reload() { load(false); }

void AuditPage::more() { load(true); }

void AuditPage::showEntries() {
    std::vector<QStringList> rows;
    std::vector<QString> tones;
    for (const auto& e : m_service.audit()) {
        rows.push_back({q(m_clock.hallTime().localDateTime(parseUtcIso(e.at))), q(e.actor), actionText(q(e.action)),
                        q(e.subject), detailText(e.detail)});
        tones.push_back(e.action == "auth.login_failed" ? QStringLiteral("warn") : QString());
    }
    m_model->setRows(std::move(rows), std::move(tones));
}

} // namespace ow
