#include "app/kiosk/KioskProgressPage.h"

#include "app/cases/CaseListPanel.h"

#include "sync/ApiClient.h"

#include "domain/CaseNumber.h"
#include "domain/Json.h"

#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ow {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

QPushButton* kioskButton(const QString& text, const char* objectName) {
    auto* button = new QPushButton(text);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setMinimumHeight(88);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

QString permitStatusName(const std::string& status) {
    if (status == "valid")
        return KioskProgressPage::tr("valid");
    if (status == "expired")
        return KioskProgressPage::tr("expired");
    if (status == "not_yet_valid")
        return KioskProgressPage::tr("not yet valid");
    if (status == "revoked")
        return KioskProgressPage::tr("revoked");
    return q(status);
}

} // namespace

KioskProgressPage::KioskProgressPage(ApiClient& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(80, 30, 80, 40);
    layout->setSpacing(20);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("kioskPromptLabel"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("kioskStateLabel"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_detail = new QLabel;
    m_detail->setObjectName(QStringLiteral("kioskInfoLabel"));
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detail->setWordWrap(true);
    layout->addWidget(m_detail, 1);
    m_rate = kioskButton(tr("Rate this service"), "kioskSecondaryButton");
    connect(m_rate, &QPushButton::clicked, this, [this] {
        emit rateRequested(QString::fromStdString(CaseReference{m_caseNo.toStdString(), m_code.toStdString()}.text()));
    });
    layout->addWidget(m_rate);
    auto* back = kioskButton(tr("Back"), "kioskCategoryButton");
    connect(back, &QPushButton::clicked, this, &KioskProgressPage::back);
    layout->addWidget(back);
}

void KioskProgressPage::showCase(const QString& caseNo, const QString& code) {
    m_caseNo = caseNo;
    m_code = code;
    const int generation = ++m_generation;
    m_loading = true;
    m_title->setText(tr("Case %1").arg(caseNo));
    m_state->setProperty("tone", QString());
    m_state->setText(tr("Looking it up…"));
    m_detail->setText(QString());
    m_rate->hide();
    m_api.get(apiPath(api::kProgress, {caseNo}) + QStringLiteral("?code=") +
                  QString::fromLatin1(QUrl::toPercentEncoding(code)),
              [this, generation](const ApiReply& reply) {
                  if (generation != m_generation)
                      return;
                  m_loading = false;
                  if (!reply.ok()) {
                      m_state->setText(reply.status == 404   ? tr("Not found")
                                       : reply.status == 400 ? tr("Not a case number")
                                       : reply.status == 429 ? tr("Please wait a moment")
                                                             : tr("Cannot look it up now"));
                      m_detail->setText(
                          reply.status == 404
                              ? tr("Check the query code printed beside the receipt's QR code (or the last four "
                                   "characters of the applicant's ID number). A case taken at a village station "
                                   "reaches the hall once the station has sent it; please try again later or "
                                   "ask at the help desk.")
                          : reply.status == 400 ? tr("The code could not be read as a case number. Please ask at the "
                                                     "help desk.")
                          : reply.status == 429
                              ? tr("Many lookups were made here just now. Please try again in a minute.")
                              : reply.userMessage());
                      return;
                  }
                  try {
                      const auto o = parseObject(reply.body.toStdString());
                      const auto state = caseStateFromString(requireString(o, "state"));
                      m_state->setText(state ? CaseListModel::stateName(*state) : q(requireString(o, "state")));
                      QStringList lines;
                      lines << tr("Applicant: %1").arg(q(optionalString(o, "applicant").value_or("")));
                      QStringList items;
                      if (const auto list = optionalArray(o, "items"))
                          for (unsigned i = 0; i < list->size(); ++i)
                              items << q(list->getElement<std::string>(i));
                      lines << tr("Items: %1").arg(items.join(QStringLiteral("、")));
                      if (const auto promised = optionalString(o, "promised_date"); promised && !promised->empty())
                          lines << tr("Promised by: %1").arg(q(*promised));
                      if (const auto missing = optionalArray(o, "missing"); missing && missing->size() > 0) {
                          lines << tr("Still to bring:");
                          for (unsigned i = 0; i < missing->size(); ++i) {
                              const auto m = missing->getObject(i);
                              const auto due = optionalString(m, "due_date");
                              lines << (due ? tr("• %1, by %2").arg(q(requireString(m, "name")), q(*due))
                                            : tr("• %1").arg(q(requireString(m, "name"))));
                          }
                      }
                      if (const auto stop = optionalObject(o, "clock_stopped"))
                          lines << tr("The time limit stands still since %1 for %2: %3")
                                       .arg(q(optionalString(stop, "since").value_or("")),
                                            CaseListModel::clockStopName(optionalString(stop, "kind").value_or("")),
                                            q(optionalString(stop, "reason").value_or("")));
                      if (const auto steps = optionalArray(o, "steps"); steps && steps->size() > 0) {
                          QStringList done;
                          for (unsigned i = 0; i < steps->size(); ++i)
                              if (const auto step = steps->getObject(i))
                                  done << tr("%1 %2").arg(
                                      q(optionalString(step, "day").value_or("")),
                                      CaseListModel::stepName(optionalString(step, "action").value_or("")));
                          lines << tr("Since intake: %1").arg(done.join(QStringLiteral(" → ")));
                      }
                      if (const auto waybill = optionalString(o, "waybill"); waybill && !waybill->empty())
                          lines << tr("Posted, waybill %1").arg(q(*waybill));
                      if (const auto permits = optionalArray(o, "permits"); permits && permits->size() > 0)
                          for (unsigned i = 0; i < permits->size(); ++i) {
                              const auto p = permits->getObject(i);
                              lines << tr("Permit issued: %1 No. %2 (%3)")
                                           .arg(q(requireString(p, "type_name")), q(requireString(p, "id")),
                                                permitStatusName(requireString(p, "status")));
                          }
                      m_detail->setText(lines.join(QLatin1Char('\n')));
                      m_rate->show();
                  } catch (const std::exception&) {
                      m_state->setText(tr("Cannot look it up now"));
                      m_detail->setText(tr("The server's answer could not be read. Please ask at the help desk."));
                  }
              });
}

QString KioskProgressPage::stateText() const { return m_state->text(); }
QString KioskProgressPage::detailText() const { return m_detail->text(); }

} // namespace ow
