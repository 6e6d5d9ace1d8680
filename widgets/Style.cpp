#include "widgets/Style.h"

#include "widgets/Announcement.h"

#include <QApplication>
#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

// The style sheet lives in a static library: its resources must be registered by hand.
static void initStyleResources() { Q_INIT_RESOURCE(resources); }

namespace ow {

void applyStyle(QApplication& app) {
    initStyleResources();
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSize(11);
    app.setFont(font);
    QFile qss(QStringLiteral(":/onewindow/onewindow.qss"));
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
}

void setStyleProperty(QWidget* widget, const char* name, const QString& value) {
    widget->setProperty(name, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void setStyleTreeProperty(QWidget* root, const char* name, const QString& value) {
    setStyleProperty(root, name, value);
    for (QWidget* child : root->findChildren<QWidget*>()) {
        child->style()->unpolish(child);
        child->style()->polish(child);
    }
}

QLabel* makeMessageLabel() {
    auto* label = new Announcement; // said to a screen reader each time it shows a message
    label->setObjectName(QStringLiteral("messageLabel"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showMessage(QLabel* label, const QString& text, bool error) {
    setStyleProperty(label, "tone", error ? QStringLiteral("error") : QStringLiteral("info"));
    if (auto* announcement = qobject_cast<Announcement*>(label))
        announcement->say(text);
    else {
        label->setText(text);
        label->show();
    }
}

QWidget* makeHeaderBar(const QString& title, QLabel** titleLabel, QLabel** infoLabel) {
    auto* bar = new QWidget;
    bar->setObjectName(QStringLiteral("headerBar"));
    bar->setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(16, 10, 16, 10);
    auto* heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("headerTitleLabel"));
    auto* info = new QLabel;
    info->setObjectName(QStringLiteral("headerInfoLabel"));
    layout->addWidget(heading);
    layout->addStretch();
    layout->addWidget(info);
    if (titleLabel)
        *titleLabel = heading;
    if (infoLabel)
        *infoLabel = info;
    return bar;
}

QWidget* makeTile(QWidget* parent, const QString& name, const QString& caption) {
    auto* frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("card"));
    auto* box = new QVBoxLayout(frame);
    box->setContentsMargins(10, 6, 10, 6);
    auto* value = new QLabel(QStringLiteral("—"), frame);
    value->setObjectName(QStringLiteral("tileValueLabel"));
    value->setProperty("tile", name);
    auto* label = new QLabel(caption, frame);
    label->setObjectName(QStringLiteral("tileCaptionLabel"));
    label->setWordWrap(true);
    box->addWidget(value);
    box->addWidget(label);
    return frame;
}

void setTileValue(QWidget* root, const QString& name, const QString& value, const QString& tone) {
    for (auto* label : root->findChildren<QLabel*>(QStringLiteral("tileValueLabel"))) {
        if (label->property("tile").toString() == name) {
            label->setText(value);
            setStyleProperty(label, "tone", tone);
        }
    }
}

QString tileValue(const QWidget* root, const QString& name) {
    for (auto* label : root->findChildren<QLabel*>(QStringLiteral("tileValueLabel")))
        if (label->property("tile").toString() == name)
            return label->text();
    return {};
}

} // namespace ow
