#pragma once

#include "domain/HallProfile.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace ow {

class AdminService;

// 本厅信息: what the hall's papers and screens say of it — the county it serves (which names the catalog's departments
// on its permits), the telephones at the foot of every paper, the 机关代字 of its papers' numbers (文号) and the line
// its call boards show. Each field says at once what it will print; saved whole.
class HallPage : public QWidget {
    Q_OBJECT
public:
    explicit HallPage(AdminService& service, QWidget* parent = nullptr);

    HallProfile edited() const; // what the screen holds (checked by the server when saved)
    void setEdited(const HallProfile& profile);
    QString previewText() const; // what the fields will print, in words

public slots:
    void save();

private:
    void showPreview();

    AdminService& m_service;
    QLineEdit* m_division;
    QLabel* m_divisionName;
    QLineEdit* m_phone;
    QLineEdit* m_complaintPhone;
    QLineEdit* m_docPrefix;
    QLineEdit* m_notice;
    QLabel* m_preview;
};

} // namespace ow
