#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ow {

class CaseStore;
class CaseWorkService;
class CatalogSource;
struct Case;

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

public slots:
    void selectionChanged(); // the list's selection moved: what the selected case allows
    void supply();
    void handOver();
    void post();

signals:
    void caseUpdated(); // a step was stored here: the list shows it

private:
    void say(const QString& text, bool error);

    CaseStore& m_cases;
    CaseWorkService& m_service;
    const CatalogSource& m_catalog;
    std::function<QString()> m_selected;
    QComboBox* m_material;
    QLineEdit *m_recipient, *m_address, *m_waybill;
    QCheckBox* m_idChecked;
    QPushButton *m_supply, *m_handOver, *m_post;
    QLabel* m_message;
};

} // namespace ow
