#include "app/cases/CardReaderBar.h"

#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>

namespace ow {

CardReaderBar::CardReaderBar(CardReaderService& reader, QWidget* parent)
    : QWidget(parent)
    , m_reader(reader) {
    setObjectName(QStringLiteral("cardReaderBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_dot = new QLabel;
    m_dot->setFixedSize(12, 12);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("cardReaderState"));
    m_state->setAccessibleName(tr("ID card reader"));
    m_card = new QLabel;
    m_card->setObjectName(QStringLiteral("cardReaderCard"));
    m_card->setTextFormat(Qt::RichText);
    m_card->setWordWrap(true);
    m_photo = new QLabel;
    m_photo->setObjectName(QStringLiteral("cardReaderPhoto"));
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setMinimumHeight(26);
    m_photo->setStyleSheet(
        QStringLiteral("border:1px dashed #9aa5b1;border-radius:4px;color:#616e7c;padding:2px 8px;"));
    m_photo->hide();
    layout->addWidget(m_dot);
    layout->addWidget(m_state);
    layout->addSpacing(12);
    layout->addWidget(m_card, 1);
    layout->addWidget(m_photo);
    connect(&m_reader, &CardReaderService::stateChanged, this, &CardReaderBar::showState);
    connect(&m_reader, &CardReaderService::cardRead, this, [this](const ReadCard& card) {
        if (!isVisible())
            return;
        showCard(card);
        emit cardLaid(card);
    });
    showState(m_reader.state(), m_reader.stateText());
}

void CardReaderBar::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_reader.setWanted(this, true);
}

void CardReaderBar::hideEvent(QHideEvent* event) {
    m_reader.setWanted(this, false);
    QWidget::hideEvent(event);
}

void CardReaderBar::showState(CardReaderService::State state, const QString& text) {
    QString colour = QStringLiteral("#9aa5b1");
    QString sentence;
    switch (state) {
    case CardReaderService::State::Off: sentence = tr("ID card reader: not in use"); break;
    case CardReaderService::State::NotConnected:
        colour = QStringLiteral("#9aa5b1");
        sentence = tr("No ID card reader connected — the camera (F7) reads the card's number");
        break;
    case CardReaderService::State::Ready:
        colour = QStringLiteral("#2f9e44");
        sentence = tr("ID card reader ready: lay the card on the reader");
        break;
    case CardReaderService::State::Failed:
        colour = QStringLiteral("#e03131");
        sentence = tr("ID card reader: %1").arg(text);
        break;
    }
    m_dot->setStyleSheet(QStringLiteral("background:%1;border-radius:6px;").arg(colour));
    m_state->setText(sentence);
}

void CardReaderBar::showCard(const ReadCard& card) {
    const QString name = card.name.isEmpty() ? card.englishName : card.name;
    QString validity =
        card.validTo == QLatin1String("长期") ? tr("valid for the long term") : tr("valid until %1").arg(card.validTo);
    if (card.expired)
        validity = QStringLiteral("<span style='color:#c92a2a;font-weight:600'>%1</span>")
                       .arg(tr("expired on %1").arg(card.validTo).toHtmlEscaped());
    QStringList parts{QStringLiteral("<b>%1</b>").arg(card.cardTitle.toHtmlEscaped()), name.toHtmlEscaped(),
                      card.sex.toHtmlEscaped()};
    if (!card.nation.isEmpty())
        parts << card.nation.toHtmlEscaped();
    parts << tr("born %1").arg(card.birthDate).toHtmlEscaped() << validity;
    m_card->setText(tr("Read from the chip: %1").arg(parts.join(QStringLiteral(" · "))));
    // The chip's photo is in a licensed compressed format; without the hall's decoder it is kept, not shown.
    if (!card.photoRgb.isEmpty()) {
        const QImage image(reinterpret_cast<const uchar*>(card.photoRgb.constData()), card.photoWidth, card.photoHeight,
                           card.photoWidth * 3, QImage::Format_RGB888);
        m_photo->setPixmap(QPixmap::fromImage(image.scaledToHeight(84, Qt::SmoothTransformation)));
        m_photo->setToolTip(tr("The photo on the card's chip"));
    } else {
        m_photo->setText(tr("Photo needs the licensed decoder"));
        m_photo->setToolTip(tr("The chip's photo is kept with the case; showing it needs the licensed decoder."));
    }
    m_photo->show();
}

void CardReaderBar::clearCard() {
    m_card->clear();
    m_photo->clear();
    m_photo->hide();
}

QString CardReaderBar::stateText() const { return m_state->text(); }
QString CardReaderBar::cardText() const { return m_card->text(); }
bool CardReaderBar::showsPhoto() const { return !m_photo->pixmap().isNull(); }

} // namespace ow
