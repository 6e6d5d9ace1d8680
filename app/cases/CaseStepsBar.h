#pragma once

#include "printer/ReceiptPrinter.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QDialog;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ow {

class CaseDesk;
class CaseStore;
class CaseWorkService;
class CatalogSource;
class ScanView;

// Under the case list at a counter or a village station: the steps of the selected case that happen at the window.
// 容缺后补 — a waived material brought (Ctrl+Shift+S), or scanned first (Ctrl+Shift+F7) — is taken on this device and
// goes to the hall with the case (offline too: the server records the step when the push arrives). 出件 to the
// applicant at the window with the ID card checked (Ctrl+Shift+H), 寄递 with the address and waybill
// (Ctrl+Shift+M) and the post's confirmation (妥投, Ctrl+Shift+D) need the hall: its answer is written into this
// device's cases at once.
class CaseStepsBar : public QWidget {
    Q_OBJECT
public:
    CaseStepsBar(CaseDesk& desk, std::function<QString()> selectedCaseId, QWidget* parent = nullptr);

    QComboBox& waivedMaterials() { return *m_material; }
    QLineEdit& recipientField() { return *m_recipient; }
    QCheckBox& idChecked() { return *m_idChecked; }
    QLineEdit& addressField() { return *m_address; }
    QLineEdit& waybillField() { return *m_waybill; }
    QString messageText() const;
    QString historyText() const;
    // Where the papers go (the 补正通知书, the 送达回证 after a handover, the label after posting), with the hall's
    // and the person's names for them; without it nothing is printed.
    void setPapers(QString documentsDir, std::function<HallLetterhead()> hall, QString personName);
    QStringList keptPdfs() const { return m_keptPdfs; }

public slots:
    void selectionChanged(); // the list's selection moved: what the selected case allows
    void supply();
    void scanAndSupply(); // the scan view for the chosen material; its pages attached are the material brought
    void handOver();
    void post();
    void confirmDelivered();      // the post says the posted result arrived (妥投)
    void printCorrectionNotice(); // of the open correction (Ctrl+Shift+N)

    ScanView* supplyScanner() const { return m_scanner; } // while the scan for 后补 is open

signals:
    void caseUpdated(); // a step was stored here: the list shows it
    void caseSaved();   // a 后补 was saved for the server: the sync engine sends it

private:
    void updateButtons(); // what the selected case allows now (the service may be busy)
    void say(const QString& text, bool error);
    void keepPapers(const Case& c); // after a handover or a posting
    ReceiptContext contextFor(const Case& c) const;
    void supplyWith(const QString& material, const std::vector<std::string>& scans);

    CaseDesk& m_desk;
    CaseStore& m_cases;
    CaseWorkService& m_service;
    const CatalogSource& m_catalog;
    std::function<QString()> m_selected;
    std::optional<Case> m_case; // the selected one, as this device holds it
    QComboBox* m_material;
    QLineEdit *m_recipient, *m_address, *m_waybill;
    QCheckBox* m_idChecked;
    QPushButton *m_supply, *m_scanSupply, *m_handOver, *m_post, *m_delivered, *m_notice;
    QDialog* m_scanDialog = nullptr;
    ScanView* m_scanner = nullptr;
    QString m_scanMaterial; // what the open scan is for
    QString m_documentsDir, m_personName;
    std::function<HallLetterhead()> m_hall;
    QStringList m_keptPdfs;
    QLabel* m_history; // 首问负责: what happened to the case after intake, step by step
    QLabel* m_message;
};

} // namespace ow
