#include "widgets/FocusOrder.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QWidget>

#include <algorithm>

namespace ow {
namespace {

constexpr int kRowTolerance = 12; // widgets this close in height are on one row

// Not hidden on purpose (a widget just made in a shown panel is shown by its layout a moment later).
bool takesTab(const QWidget* w) {
    return (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() &&
           !(w->isHidden() && w->testAttribute(Qt::WA_WState_ExplicitShowHide));
}

bool isComposite(const QWidget* w) {
    return qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QLineEdit*>(w);
}

// A part of a composite control (a combo box's line edit, a view's viewport) is reached through the control.
bool partOfControl(const QWidget* w, const QWidget* group) {
    for (const QWidget* p = w->parentWidget(); p && p != group; p = p->parentWidget())
        if (isComposite(p))
            return true;
    return false;
}

QList<QWidget*> inReadingOrder(QWidget* group) {
    QList<QWidget*> found;
    if (isComposite(group))
        return takesTab(group) ? QList<QWidget*>{group} : QList<QWidget*>{};
    for (QWidget* w : group->findChildren<QWidget*>())
        if (takesTab(w) && !partOfControl(w, group))
            found << w;
    if (found.isEmpty() && takesTab(group))
        return {group};
    std::stable_sort(found.begin(), found.end(), [group](const QWidget* a, const QWidget* b) {
        const QPoint pa = a->mapTo(group, QPoint(0, 0)), pb = b->mapTo(group, QPoint(0, 0));
        if (std::abs(pa.y() - pb.y()) > kRowTolerance)
            return pa.y() < pb.y();
        return pa.x() < pb.x();
    });
    return found;
}

} // namespace

void setReadingTabOrder(const QList<QWidget*>& groups) {
    QWidget* previous = nullptr;
    for (QWidget* group : groups) {
        if (!group)
            continue;
        for (QWidget* w : inReadingOrder(group)) {
            if (previous)
                QWidget::setTabOrder(previous, w);
            previous = w;
        }
    }
}

} // namespace ow
