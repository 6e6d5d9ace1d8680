#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace ow {

class AdminService;

// 事项目录: a new service catalog loaded from a file, checked whole by the server. Refused, every problem is listed
// with its JSON path and the current catalog stays; taken, its version is said.
class CatalogPage : public QWidget {
    Q_OBJECT
public:
    explicit CatalogPage(AdminService& service, QWidget* parent = nullptr);

    // Loads the file and sends it; false (said on the page) when it cannot be read.
    bool upload(const QString& path);
    QStringList problems() const;
    QString stateText() const;

public slots:
    void chooseFile();

private:
    AdminService& m_service;
    QLabel* m_state = nullptr;
    QListWidget* m_problems = nullptr;
};

} // namespace ow
