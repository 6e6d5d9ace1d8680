#pragma once

#include "printer/PermitPrinter.h"
#include "printer/ReceiptPrinter.h"
#include "store/CaseStore.h"

#include "domain/Clock.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ow {

class CaseStepsBar;
class CaseDesk;
class CaseWorkService;
class CatalogSource;
class DocumentPreview;
class PermitService;
struct PermitInput;

// The cases of this counter as a table: number, applicant with the ID masked, state, dates and the time-limit
// light — in words and colour: on time, due soon (80 % of the time used), overdue, or a waived material not
// supplied in time.
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Applicant, IdNumber, State, Accepted, Promised, Limit, Upload, ColumnCount };

    explicit CaseListModel(const CatalogSource& catalog, QObject* parent = nullptr);
    void setRows(std::vector<CaseRow> rows, QString today);
    const CaseRow& row(int index) const { return m_rows.at(static_cast<std::size_t>(index)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stateName(CaseState state);
    static QString stepName(const std::string& action); // a step after intake ("correction_requested" …) in words
    // What stops a case's clock (公示, 专家评审, 听证, 检验检测), in words.
    static QString clockStopName(const std::string& kind);
    // "On time" / "Due soon" / "Overdue" / "Supplement overdue" / "" for cases whose clock does not run.
    QString limitText(const CaseRow& row) const;

private:
    enum class Light { None, Normal, DueSoon, Overdue, WaiverOverdue };
    Light light(const CaseRow& row) const;

    const CatalogSource& m_catalog;
    std::vector<CaseRow> m_rows;
    QString m_today;
};

// Search the counter's cases by number, applicant name or whole ID number, by state, or only the overdue ones.
class CaseListPanel : public QWidget {
    Q_OBJECT
public:
    CaseListPanel(CaseStore& cases, const CatalogSource& catalog, const Clock& clock, QWidget* parent = nullptr);

    void refresh();
    CaseListModel& model() { return *m_model; }

    // At a counter: approving the selected case on the spot (即办件, Ctrl+Shift+A) and issuing its permit or printing
    // it again (Ctrl+Shift+P); the permit then shows in a print preview beside the list, A4 and card, and is kept as
    // PDF in `documentsDir`. `hall` names the hall on the paper.
    void enablePermits(PermitService& service, std::function<HallLetterhead()> hall, QString documentsDir);
    // The steps at the window after intake, under the list (CaseStepsBar): 后补, 出件, 寄递.
    // Their papers (送达回证, 寄递 label, 补正通知书) are kept as PDF in `documentsDir`.
    void enableSteps(CaseDesk& desk, QString documentsDir, std::function<HallLetterhead()> hall, QString personName);
    CaseStepsBar* steps() const { return m_steps; }
    void selectCase(const QString& caseId);
    QString selectedCaseId() const;
    void approveSelected();
    void issueSelected(); // asks for what the permit grants
    void issuePermit(const QString& caseId, const PermitInput& input);
    QString messageText() const;
    DocumentPreview* permitPreview() const { return m_preview; }
    QStringList keptPdfs() const { return m_keptPdfs; }

    QLineEdit* searchField() const { return m_search; }
    QComboBox* stateFilter() const { return m_state; }
    QCheckBox* overdueFilter() const { return m_overdue; }

signals:
    void caseChanged(); // approved here: the sync indicator has a change to count

private:
    void updateActions();
    void showPermit(const Permit& permit, bool isNew);
    void say(const QString& text, bool error);

    CaseStore& m_cases;
    const CatalogSource& m_catalog;
    const Clock& m_clock;
    PermitService* m_permits = nullptr;
    std::function<HallLetterhead()> m_hall;
    QString m_documentsDir;
    QPushButton* m_approve = nullptr;
    QPushButton* m_issue = nullptr;
    QPushButton* m_print = nullptr;
    QLabel* m_message = nullptr;
    DocumentPreview* m_preview = nullptr;
    CaseStepsBar* m_steps = nullptr;
    QStringList m_keptPdfs;
    CaseListModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_state;
    QCheckBox* m_overdue;
    QTableView* m_table;
    QLabel* m_count;
};

} // namespace ow
