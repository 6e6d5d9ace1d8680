#pragma once

#include "printer/ReceiptPrinter.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ow {

class CaseStore;
class CaseWorkService;
class CatalogSource;

// Under the case list at a counter or a village station: the steps of the selected case that happen at the window,
// each needing the hall — 容缺后补 (a waived material brought, Ctrl+Shift+S), 出件 to the applicant at the window with
// the ID card checked (Ctrl+Shift+H), 寄递 with the address and waybill (Ctrl+Shift+M). The server's answer is
// written into this device's cases at once.
class CaseStepsBar : public QWidget {
    Q_OBJECT
public:
    CaseStepsBar(CaseStore& cases, CaseWorkService& service, const CatalogSource& catalog,
                 std::function<QString()> selectedCaseId, QWidget* parent = nullptr);

    QComboBox& waivedMaterials() { return *m_material; }
    QLineEdit& recipientField() { return *m_recipient; }
    QCheckBox& idChecked() { return *m_idChecked; }
    QLineEdit& addressField() { return *m_address; }
    QLineEdit& waybillField() { return *m_waybill; }
    QString messageText() const;
    QString historyText() const;
    // Where the papers go (the 补正通知书, the 送达回证 after a handover, the label after posting), with the hall's
    // and the person's names for them; without it nothing is printed.
    void setPapers(QString documentsDir, std::function<QString()> hallName, QString personName);
    QStringList keptPdfs() const { return m_keptPdfs; }

public slots:
    void selectionChanged(); // the list's selection moved: what the selected case allows
    void supply();
    void handOver();
    void post();
    void printCorrectionNotice(); // of the open correction (Ctrl+Shift+N)

signals:
    void caseUpdated(); // a step was stored here: the list shows it

private:
    void updateButtons(); // what the selected case allows now (the service may be busy)
    void say(const QString& text, bool error);
    void keepPapers(const Case& c); // after a handover or a posting
    ReceiptContext contextFor(const Case& c) const;

    CaseStore& m_cases;
    CaseWorkService& m_service;
    const CatalogSource& m_catalog;
    std::function<QString()> m_selected;
    std::optional<Case> m_case; // the selected one, as this device holds it
    QComboBox* m_material;
    QLineEdit *m_recipient, *m_address, *m_waybill;
    QCheckBox* m_idChecked;
    QPushButton *m_supply, *m_handOver, *m_post, *m_notice;
    QString m_documentsDir, m_personName;
    std::function<QString()> m_hallName;
    QStringList m_keptPdfs;
    QLabel* m_history; // 首问负责: what happened to the case after intake, step by step
    QLabel* m_message;
};

} // namespace ow
