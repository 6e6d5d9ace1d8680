#include "widgets/Announcement.h"

#include <QAccessibleWidget>

#include <mutex>

namespace ow {
namespace {

class AnnouncementAccessible : public QAccessibleWidget {
public:
    explicit AnnouncementAccessible(QWidget* widget)
        : QAccessibleWidget(widget, QAccessible::AlertMessage) {}

    QString text(QAccessible::Text t) const override {
        if (t == QAccessible::Name)
            return static_cast<const Announcement*>(widget())->spoken();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface* announcementFactory(const QString& className, QObject* object) {
    if (className == QLatin1String("ow::Announcement") && object && object->isWidgetType())
        return new AnnouncementAccessible(static_cast<QWidget*>(object));
    return nullptr;
}

} // namespace

Announcement::Announcement(QWidget* parent)
    : QLabel(parent) {
    static std::once_flag installed;
    std::call_once(installed, [] { QAccessible::installFactory(announcementFactory); });
}

void Announcement::say(const QString& text, const QString& spoken) {
    setText(text);
    m_spoken = spoken;
    // Hidden and shown again in one turn of the event loop: nothing flickers, and the bridge says "showing".
    if (isVisible())
        hide();
    show();
}

} // namespace ow
