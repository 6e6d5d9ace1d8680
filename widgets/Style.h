#pragma once

class QApplication;
class QLabel;
class QWidget;
class QString;

namespace ow {

// Applies the one application style sheet and the Chinese UI font.
void applyStyle(QApplication& app);

// Re-polishes a widget after a dynamic property used by the style sheet changed.
void setStyleProperty(QWidget* widget, const char* name, const QString& value);

// A message line under a form: hidden until showMessage; errors in red, information in blue.
QLabel* makeMessageLabel();
void showMessage(QLabel* label, const QString& text, bool error);

// A header bar with a title on the left and an info text on the right (both handed out for updates).
QWidget* makeHeaderBar(const QString& title, QLabel** titleLabel = nullptr, QLabel** infoLabel = nullptr);

} // namespace ow
