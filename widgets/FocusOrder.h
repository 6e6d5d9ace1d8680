#pragma once

#include <QList>

class QWidget;

namespace ow {

// Tab's order through `groups` in turn, as a person reads the screen: each group's own widgets that take Tab (or the
// group itself when it is one) top to bottom and, on a row, left to right, as laid out now. For panels whose fields
// are made as they are needed (a form built for the item chosen, a material list), which would otherwise be reached
// last, in the order they were made.
void setReadingTabOrder(const QList<QWidget*>& groups);

} // namespace ow
