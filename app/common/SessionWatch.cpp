#include "app/common/SessionWatch.h"

#include "sync/ApiClient.h"

#include <QApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace ow {

void watchSession(QMainWindow& window, ApiClient& sessionApi) {
    QObject::connect(&sessionApi, &ApiClient::sessionEnded, &window, [&window](const QString& message) {
        if (QWidget* work = window.centralWidget())
            work->setEnabled(false);
        window.statusBar()->showMessage(message);
        auto* box = new QMessageBox(QMessageBox::Warning, QApplication::translate("SessionWatch", "Session ended"),
                                    message, QMessageBox::Close, &window);
        box->setObjectName(QStringLiteral("sessionEndedBox"));
        box->setInformativeText(QApplication::translate(
            "SessionWatch", "Close OneWindow and start it again to log in; work not yet sent is kept on this "
                            "computer."));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

} // namespace ow
