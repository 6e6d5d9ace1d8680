#pragma once

#include "domain/wire/Admin.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ow {

class AdminService;
class Clock;
class TextTableModel;

// A one-time enrollment code, shown once: large, and as a QR code the new device's setup dialog reads with its camera
// or a barcode reader (domain/EnrollLink.h: the server's address with it).
class EnrollCodeDialog : public QDialog {
    Q_OBJECT
public:
    EnrollCodeDialog(const wire::EnrollCode& code, const QString& serverUrl, const QString& expires,
                     QWidget* parent = nullptr);
    const QString& link() const { return m_link; }
    QImage qrCode() const;

private:
    QString m_link;
    QLabel* m_qr = nullptr;
};

// 设备: the hall's enrolled computers and screens, with when each was last seen; a code for a new one; a lost, stolen
// or replaced one revoked (its screens close at once).
class DevicesPage : public QWidget {
    Q_OBJECT
public:
    DevicesPage(AdminService& service, const Clock& clock, QString serverUrl, QWidget* parent = nullptr);

    QTableView* table() const { return m_view; }
    QString selectedId() const;
    void selectDevice(const QString& id);
    // What the buttons do once asked (tests call them directly).
    void makeCode(const QString& kind, std::optional<int> counter);
    void revoke(const QString& id);
    EnrollCodeDialog* lastCodeDialog() const { return m_lastCode; }

public slots:
    void revokeSelected(); // asks first

private:
    void showDevices();
    static QString kindText(const QString& kind);

    AdminService& m_service;
    const Clock& m_clock;
    QString m_serverUrl;
    TextTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_counter = nullptr;
    QPushButton* m_revoke = nullptr;
    QPointer<EnrollCodeDialog> m_lastCode; // cleared by Qt when the dialog closes
};

} // namespace ow
