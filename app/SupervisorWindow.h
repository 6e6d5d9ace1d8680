#pragma once

#include "app/AppContext.h"

#include <QMainWindow>

#include <memory>

class QTabWidget;

namespace ow {

class ApiClient;
class RectificationPanel;
class RectificationService;

// `onewindow --mode supervisor`: the hall's supervisor at an office PC. Tabs of work; the first is 差评整改.
class SupervisorWindow : public QMainWindow {
    Q_OBJECT
public:
    SupervisorWindow(std::unique_ptr<ApiClient> sessionApi, QString hall, StaffSession supervisor,
                     QWidget* parent = nullptr);
    ~SupervisorWindow() override;

    RectificationPanel& rectifications() { return *m_rectificationPanel; }
    RectificationService& rectificationService() { return *m_rectificationService; }

private:
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<RectificationService> m_rectificationService;
    QTabWidget* m_tabs;
    RectificationPanel* m_rectificationPanel;
};

} // namespace ow
