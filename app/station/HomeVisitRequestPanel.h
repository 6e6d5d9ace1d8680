#pragma once

#include "app/appointments/HomeVisitList.h"
#include "domain/Clock.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ow {

class HomeVisitList;
class HomeVisitService;

// 预约上门 at the village agency station: the agent asks the hall to come to a villager who cannot travel (over
// 80, severely disabled) — who, where, what, a phone the clerk can call, why — and sees each request's state: to
// schedule, scheduled (which clerk, which day), done, cancelled. A request not sent (no network) stays in the form
// with its id, so that sending it again after a lost answer is still the one request.
class HomeVisitRequestPanel : public QWidget {
    Q_OBJECT
public:
    HomeVisitRequestPanel(HomeVisitService& service, Clock clock, QWidget* parent = nullptr);

    // The services to choose from (the catalog's names); any other may be typed.
    void setServices(const QStringList& names);
    // What the agent fills in, as the tests do.
    void fill(const QString& name, const QString& idNumber, const QString& phone, const QString& address,
              const QString& service, const QString& reason, const QString& note);
    void send();                 // checks the form, then sends it
    void cancelSelected();       // asks why
    QString messageText() const; // the last thing said under the form
    HomeVisitList& list() { return *m_list; }
    void setTextAsker(TextAsker asker) { m_ask = std::move(asker); }

private:
    QString problem() const; // what is missing or wrong in the form, in words; empty when it can go
    void clearForm();
    void updateButtons();

    HomeVisitService& m_service;
    Clock m_clock;
    QString m_pendingId; // the request being sent: the same id until the server has it or the form changes
    QLineEdit* m_nameEdit;
    QLineEdit* m_idEdit;
    QLineEdit* m_phoneEdit;
    QLineEdit* m_addressEdit;
    QComboBox* m_serviceCombo;
    QButtonGroup* m_reasons;
    QPlainTextEdit* m_noteEdit;
    QPushButton* m_sendButton;
    QPushButton* m_cancelButton;
    QLabel* m_messageLabel;
    HomeVisitList* m_list;
    TextAsker m_ask;
};

} // namespace ow
