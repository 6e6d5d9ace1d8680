#pragma once

#include "domain/Catalog.h"
#include "sync/PermitChecker.h"

#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ow {

// 查验: the officer's or citizen's check of a permit. The code reader types the code into the field (Enter checks
// it), or a photo of the permit is opened and its codes read off the UI thread; the verdict comes in large words
// with a mark (never colour alone), then what the code says, to compare with the paper. At the kiosk the panel
// is larger and the reader's text is handed in by the kiosk.
class PermitCheckPanel : public QWidget {
    Q_OBJECT
public:
    enum class Style { Desk, Kiosk };
    PermitCheckPanel(PermitChecker& checker, Style style, QWidget* parent = nullptr);
    ~PermitCheckPanel() override;

    void checkCodes(const QStringList& codes);
    void checkImage(const QString& path); // a photo or scan of the permit
    // Watches the camera ("camera:0", or a folder or video standing in for one) until a permit's code is read, at
    // most `seconds`; the frames are read off the UI thread.
    void checkCamera(const QString& source, int seconds = 15);
    void clear();
    // The catalog the device holds (nothing before it came): permit types are named by it for people.
    void setCatalog(std::function<const Catalog*()> catalog) { m_catalog = std::move(catalog); }

    QString headlineText() const;
    QString claimsText() const; // what the panel shows of the permit, label and value a line
    QString detailText() const;
    bool isBusy() const { return m_busy; }
    const std::optional<PermitCheckResult>& lastResult() const { return m_result; }

private:
    void showResult(const PermitCheckResult& result);
    void setBusy(bool busy, const QString& text = {});
    void openImage();
    void report(const QString& problem); // nothing to check: said in the verdict's place
    // Reads the codes off the UI thread; says what went wrong in `problem`; gives up when `stop` turns true.
    using Reader = std::function<QStringList(QString& problem, const std::atomic_bool& stop)>;
    void readOffThread(const QString& busyText, Reader read);

    PermitChecker& m_checker;
    Style m_style;
    std::function<const Catalog*()> m_catalog;
    QLineEdit* m_code = nullptr;
    QLabel* m_headline;
    QLabel* m_detail;
    QWidget* m_claims;
    QFormLayout* m_claimsForm;
    QThreadPool m_pool;
    bool m_busy = false;
    int m_generation = 0; // an answer to an older request is dropped
    std::shared_ptr<std::atomic_bool> m_stopCamera = std::make_shared<std::atomic_bool>(false);
    std::optional<PermitCheckResult> m_result;
};

} // namespace ow
