#include "app/supervisor/admin/StaffPage.h"

#include "app/common/TextTableModel.h"
#include "app/supervisor/admin/PasswordSlipDialog.h"
#include "domain/Clock.h"
#include "domain/Json.h"
#include "domain/Staff.h"
#include "sync/AdminService.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

const char* const kRoles[] = {"clerk", "agent", "supervisor", "approver", "admin"};

QComboBox* roleBox(const QString& current) {
    auto* box = new QComboBox;
    box->setObjectName(QStringLiteral("staffRole"));
    for (const char* role : kRoles)
        box->addItem(StaffPage::roleText(QLatin1String(role)), QLatin1String(role));
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

} // namespace

QString StaffPage::roleText(const QString& role) {
    if (role == QLatin1String("clerk"))
        return tr("Clerk (窗口人员)");
    if (role == QLatin1String("agent"))
        return tr("Agent (代办员)");
    if (role == QLatin1String("supervisor"))
        return tr("Supervisor (督查)");
    if (role == QLatin1String("approver"))
        return tr("Approver (审批人)");
    if (role == QLatin1String("admin"))
        return tr("Administrator (管理员)");
    return role;
}

StaffPage::StaffPage(AdminService& service, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
    , m_model(new TextTableModel(
          {tr("User name"), tr("Full name"), tr("Staff number"), tr("Role"), tr("State"), tr("Last login")}, this)) {
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Everyone who logs in at the hall's counters, stations and supervisor computers. "
                                "Someone who left is disabled, not deleted: the record keeps their name."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_conflictNote = new QLabel;
    m_conflictNote->setObjectName(QStringLiteral("staffConflictNote"));
    m_conflictNote->setWordWrap(true);
    m_conflictNote->hide();
    layout->addWidget(m_conflictNote);
    m_view = makeTextTable(m_model, QStringLiteral("staffTable"), tr("Staff accounts"));
    layout->addWidget(m_view, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add a person…"));
    add->setObjectName(QStringLiteral("addStaffButton"));
    m_edit = new QPushButton(tr("Change name or role…"));
    m_edit->setObjectName(QStringLiteral("editStaffButton"));
    m_disable = new QPushButton(tr("Disable"));
    m_disable->setObjectName(QStringLiteral("disableStaffButton"));
    m_reset = new QPushButton(tr("Reset password…"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_settle = new QPushButton(tr("Settle with the upstream platform…"));
    m_settle->setObjectName(QStringLiteral("settleConflictButton"));
    m_settle->hide();
    for (QPushButton* b : {add, m_edit, m_disable, m_reset, m_settle})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, qOverload<>(&StaffPage::addStaff));
    connect(m_edit, &QPushButton::clicked, this, &StaffPage::editSelected);
    connect(m_disable, &QPushButton::clicked, this, &StaffPage::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &StaffPage::resetSelected);
    connect(m_settle, &QPushButton::clicked, this, &StaffPage::settleSelected);
    connect(m_view, &QTableView::doubleClicked, this, &StaffPage::editSelected);
    connect(&m_service, &AdminService::staffChanged, this, &StaffPage::showStaff);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StaffPage::updateButtons);
    // A password made here is shown once, with its slip.
    connect(&m_service, &AdminService::passwordSet, this,
            [this](const QString& user, const QString& name, const QString& password) {
                auto* slip = new PasswordSlipDialog(user, name, password, q(m_clock.nowLocalIso()), this);
                slip->setAttribute(Qt::WA_DeleteOnClose);
                slip->open();
            });
    showStaff();
}

void StaffPage::showStaff() {
    const QString keep = selectedUser();
    std::vector<QStringList> rows;
    std::vector<QString> tones;
    int conflicts = 0;
    for (const auto& m : m_service.staff()) {
        QString state = m.disabled ? tr("Disabled") : tr("Active");
        if (!m.disabled && m.mustChangePassword)
            state = tr("Active — must choose a password");
        if (!m.upstreamConflicts.empty())
            state += QStringLiteral(" · ") + tr("differs from the upstream platform");
        const QString login =
            m.lastLoginAt.empty() ? tr("never") : q(m_clock.hallTime().localDateTime(parseUtcIso(m.lastLoginAt)));
        rows.push_back({q(m.user), q(m.name), q(m.staffNo), roleText(q(m.role)), state, login});
        tones.push_back(!m.upstreamConflicts.empty() ? QStringLiteral("warn")
                        : m.disabled                 ? QStringLiteral("bad")
                                                     : QString());
        conflicts += static_cast<int>(m.upstreamConflicts.size());
    }
    m_model->setRows(std::move(rows), std::move(tones));
    // Only at a hall with its own server, and only while something waits to be settled.
    m_conflictNote->setVisible(conflicts > 0);
    m_settle->setVisible(conflicts > 0);
    m_conflictNote->setText(tr("⚠ %n change(s) to accounts were made both here and at the upstream platform "
                               "(上级平台), each differently. Each side keeps its own until you choose: select the "
                               "account shown in amber and press “Settle with the upstream platform”.",
                               nullptr, conflicts));
    if (!keep.isEmpty())
        selectUser(keep);
    updateButtons();
}

void StaffPage::selectUser(const QString& user) {
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->data(m_model->index(row, 0)).toString() == user)
            m_view->selectRow(row);
}

QString StaffPage::selectedUser() const {
    const auto rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->data(m_model->index(rows.first().row(), 0)).toString();
}

const wire::StaffMember* StaffPage::selectedMember() const {
    const QString user = selectedUser();
    for (const auto& m : m_service.staff())
        if (q(m.user) == user)
            return &m;
    return nullptr;
}

void StaffPage::updateButtons() {
    const wire::StaffMember* member = selectedMember();
    for (QPushButton* b : {m_edit, m_disable, m_reset})
        b->setEnabled(member != nullptr);
    m_settle->setEnabled(member && !member->upstreamConflicts.empty());
    m_disable->setText(member && member->disabled ? tr("Enable again") : tr("Disable"));
}

void StaffPage::addStaff() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a person"));
    auto* form = new QFormLayout(&dialog);
    auto* user = new QLineEdit;
    user->setObjectName(QStringLiteral("newUser"));
    user->setPlaceholderText(tr("e.g. zhangmin or 0123 (letters, digits, . _ -)"));
    auto* name = new QLineEdit;
    name->setObjectName(QStringLiteral("newName"));
    QComboBox* role = roleBox(QStringLiteral("clerk"));
    auto* number = staffNumberEdit(QString());
    form->addRow(tr("User name (to log in)"), user);
    form->addRow(tr("Full name"), name);
    form->addRow(tr("Staff number (工号)"), number);
    form->addRow(tr("Role"), role);
    auto* note = new QLabel(tr("A first password is made and shown once, to print for the person; they choose their "
                               "own at the first login."));
    note->setWordWrap(true);
    form->addRow(note);
    auto* error = new QLabel;
    error->setProperty("tone", QStringLiteral("error"));
    error->setWordWrap(true);
    form->addRow(error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    form->addRow(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        if (!isValidUserName(user->text().trimmed().toStdString())) {
            error->setText(tr("A user name is 1-64 letters, digits, '.', '_' or '-', beginning with a letter or a "
                              "digit."));
            return;
        }
        if (name->text().trimmed().isEmpty()) {
            error->setText(tr("Give the person's name."));
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    addStaff(user->text().trimmed(), name->text().trimmed(), role->currentData().toString(), number->text().trimmed());
}

void StaffPage::addStaff(const QString& user, const QString& name, const QString& role, const QString& staffNo) {
    m_service.addStaff({user.toStdString(), name.toStdString(), role.toStdString(),
                        AdminService::newPassword().toStdString(), staffNo.toStdString()});
}

QLineEdit* StaffPage::staffNumberEdit(const QString& number) {
    auto* edit = new QLineEdit(number);
    edit->setObjectName(QStringLiteral("staffNumber"));
    edit->setPlaceholderText(tr("e.g. 0317 (shown with the name to the public; may be left empty)"));
    edit->setMaxLength(16);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Za-z-]{0,16}")), edit));
    return edit;
}

void StaffPage::setDisabled(const QString& user, bool disabled) {
    wire::StaffChange change;
    change.disabled = disabled;
    m_service.changeStaff(user, change);
}

void StaffPage::resetPassword(const QString& user) { m_service.resetPassword(user, AdminService::newPassword()); }

void StaffPage::settle(const QString& user, const QString& field, bool keepHall) {
    m_service.settleConflict(user, field, keepHall);
}

QString StaffPage::conflictValueText(const QString& field, const std::optional<std::string>& value) {
    if (field == QLatin1String("password") || !value)
        return tr("changed (never shown)");
    if (field == QLatin1String("role"))
        return roleText(q(*value));
    if (field == QLatin1String("disabled"))
        return *value == "1" ? tr("Disabled") : tr("Active");
    return q(*value);
}

void StaffPage::settleSelected() {
    const wire::StaffMember* member = selectedMember();
    if (!member || member->upstreamConflicts.empty())
        return;
    const QString user = q(member->user);
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("settleDialog"));
    dialog->setWindowTitle(tr("Settle %1 with the upstream platform").arg(user));
    auto* layout = new QVBoxLayout(dialog);
    auto* intro = new QLabel(tr("These were changed both here and at the upstream platform since they last agreed. "
                                "Choose for each which stays; the choice is recorded."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto fieldText = [](const QString& field) {
        if (field == QLatin1String("role"))
            return tr("Role");
        if (field == QLatin1String("name"))
            return tr("Full name");
        if (field == QLatin1String("password"))
            return tr("Password");
        return tr("Disabled or active");
    };
    for (const auto& c : member->upstreamConflicts) {
        const QString field = q(c.field);
        auto* row = new QFormLayout;
        row->addRow(new QLabel(QStringLiteral("<b>%1</b>").arg(fieldText(field).toHtmlEscaped())));
        row->addRow(tr("Here (this hall)"), new QLabel(conflictValueText(field, c.hallValue)));
        row->addRow(tr("Upstream platform"), new QLabel(conflictValueText(field, c.upstreamValue)));
        auto* choice = new QHBoxLayout;
        auto* keep = new QPushButton(tr("Keep this hall's"));
        keep->setObjectName(QStringLiteral("keepHall_") + field);
        auto* take = new QPushButton(tr("Take the upstream's"));
        take->setObjectName(QStringLiteral("takeUpstream_") + field);
        choice->addWidget(keep);
        choice->addWidget(take);
        choice->addStretch(1);
        row->addRow(choice);
        layout->addLayout(row);
        layout->addSpacing(10);
        for (QPushButton* b : {keep, take})
            connect(b, &QPushButton::clicked, dialog, [this, user, field, keep, take, b] {
                settle(user, field, b == keep);
                keep->setEnabled(false);
                take->setEnabled(false);
            });
    }
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close);
    box->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(box);
    m_settleDialog = dialog;
    dialog->open();
}

void StaffPage::editSelected() {
    const wire::StaffMember* member = selectedMember();
    if (!member)
        return;
    const QString user = q(member->user);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Change %1").arg(user));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(q(member->name));
    name->setObjectName(QStringLiteral("editName"));
    QComboBox* role = roleBox(q(member->role));
    auto* number = staffNumberEdit(q(member->staffNo));
    form->addRow(tr("Full name"), name);
    form->addRow(tr("Staff number (工号)"), number);
    form->addRow(tr("Role"), role);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    wire::StaffChange change;
    if (name->text().trimmed() != q(member->name))
        change.name = name->text().trimmed().toStdString();
    if (role->currentData().toString() != q(member->role))
        change.role = role->currentData().toString().toStdString();
    if (number->text().trimmed() != q(member->staffNo))
        change.staffNo = number->text().trimmed().toStdString();
    if (change.name || change.role || change.staffNo)
        m_service.changeStaff(user, change);
}

void StaffPage::toggleDisabled() {
    const wire::StaffMember* member = selectedMember();
    if (!member)
        return;
    const QString user = q(member->user);
    if (!member->disabled && QMessageBox::question(this, tr("Disable %1").arg(user),
                                                   tr("Disable %1 (%2)? They can no longer log in, and wherever they "
                                                      "are logged in now, their session ends at once.")
                                                       .arg(user, q(member->name))) != QMessageBox::Yes)
        return;
    setDisabled(user, !member->disabled);
}

void StaffPage::resetSelected() {
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Reset password"),
                              tr("Give %1 a new password? Their sessions end at once; the new password is shown "
                                 "once, to print for them, and they choose their own at the next login.")
                                  .arg(user)) != QMessageBox::Yes)
        return;
    resetPassword(user);
}

} // namespace ow
