#pragma once

#include <QDialog>

class QPagedPaintDevice;

namespace ow {

// A password given by the administrator, shown once: the account, the password in large type, and a slip to print
// and hand over (账号、初始密码、首次登录须修改). Nothing of it is kept after the dialog closes.
class PasswordSlipDialog : public QDialog {
    Q_OBJECT
public:
    PasswordSlipDialog(QString user, QString name, QString password, QString when, QWidget* parent = nullptr);

    // The slip as a PDF (tests; a hall without a printer saves it); false with `error` when it cannot be written.
    bool savePdf(const QString& path, QString* error) const;
    const QString& password() const { return m_password; }

public slots:
    void print();

private:
    void paint(QPagedPaintDevice& device) const;

    QString m_user, m_name, m_password, m_when;
};

} // namespace ow
