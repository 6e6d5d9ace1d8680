#pragma once

#include "services/CardReaderService.h"

#include <QWidget>

class QLabel;

namespace ow {

// The ID card reader's line above the application: whether a reader is there and ready ("lay the card on the
// reader"), and the card last read — its kind, holder, validity (an expired card in red) and the photo's place
// ("照片需专用解码" unless a hall's licensed decoder is configured). Polls the reader while it is shown.
class CardReaderBar : public QWidget {
    Q_OBJECT
public:
    explicit CardReaderBar(CardReaderService& reader, QWidget* parent = nullptr);

    void showCard(const ReadCard& card);
    void clearCard();
    QString stateText() const;
    QString cardText() const;
    bool showsPhoto() const; // the decoded photo, not the place-holder

signals:
    void cardLaid(const ow::ReadCard& card);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showState(CardReaderService::State state, const QString& text);

    CardReaderService& m_reader;
    QLabel* m_dot;
    QLabel* m_state;
    QLabel* m_card;
    QLabel* m_photo;
};

} // namespace ow
