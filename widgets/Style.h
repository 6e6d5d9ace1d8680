#pragma once

#include <QString>

class QApplication;
class QLabel;
class QWidget;

namespace ow {

// Applies the one application style sheet and the Chinese UI font.
void applyStyle(QApplication& app);

// Re-polishes a widget after a dynamic property used by the style sheet changed.
void setStyleProperty(QWidget* widget, const char* name, const QString& value);

// The same for a property that selectors of the widget's descendants use (`#kioskRoot[elder="true"] QLabel`): the
// whole tree is re-polished.
void setStyleTreeProperty(QWidget* root, const char* name, const QString& value);

// A message line under a form: hidden until showMessage; errors in red, information in blue.
QLabel* makeMessageLabel();
void showMessage(QLabel* label, const QString& text, bool error);

// A header bar with a title on the left and an info text on the right (both handed out for updates).
QWidget* makeHeaderBar(const QString& title, QLabel** titleLabel = nullptr, QLabel** infoLabel = nullptr);

// A headline figure of a supervisor's screen: a card with the value large above its caption ("—" until set), found
// again under `root` by its `name`; `tone` "warn" or "bad" colours the value.
QWidget* makeTile(QWidget* parent, const QString& name, const QString& caption);
void setTileValue(QWidget* root, const QString& name, const QString& value, const QString& tone = {});
QString tileValue(const QWidget* root, const QString& name);

} // namespace ow
