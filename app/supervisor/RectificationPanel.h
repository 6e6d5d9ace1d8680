#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ow {

class RectificationModel;
class RectificationService;
struct Rectification;

// 差评整改 in supervisor mode: the open rectifications with their due dates (all of them on request), the
// selected one's details, and the steps — follow-up, fix, appeal, and the decision on another supervisor's appeal.
class RectificationPanel : public QWidget {
    Q_OBJECT
public:
    // Asks the supervisor for a text (title, prompt); nothing when cancelled. Tests put their own in.
    using TextAsker = std::function<std::optional<QString>(const QString& title, const QString& prompt)>;

    RectificationPanel(RectificationService& service, QString currentUser, QWidget* parent = nullptr);

    RectificationModel& model() { return *m_model; }
    QTableView& table() { return *m_table; }
    // Asks to pick one of `options`; its index, nothing when cancelled.
    using ChoiceAsker =
        std::function<std::optional<int>(const QString& title, const QString& prompt, const QStringList& options)>;
    void setTextAsker(TextAsker asker) { m_ask = std::move(asker); }
    void setChoiceAsker(ChoiceAsker asker) { m_choose = std::move(asker); }
    void selectRow(int row);

    // The steps on the selected rectification, as the buttons run them.
    void followUp();
    void fix();
    void appeal();   // asks the kind, then the reason
    void decide();   // asks uphold or reject, then the note
    void callBack(); // asks why, then shows the citizen's whole phone number (audited by the server)
    QString messageText() const;

private:
    const Rectification* selected() const;
    void updateDetails();

    RectificationService& m_service;
    QString m_user;
    RectificationModel* m_model;
    QTableView* m_table;
    QCheckBox* m_allCheck;
    QLabel* m_detailLabel;
    QLabel* m_messageLabel;
    QPushButton* m_followUpButton;
    QPushButton* m_fixButton;
    QPushButton* m_appealButton;
    QPushButton* m_decideButton;
    QPushButton* m_callBackButton;
    TextAsker m_ask;
    ChoiceAsker m_choose;
};

} // namespace ow
