#include "printer/DocumentPainter.h"

#include "printer/PdfFile.h"
#include "printer/QrImage.h"

#include <QDate>
#include <QLocale>
#include <QPagedPaintDevice>

namespace ow {

DocumentPainter::DocumentPainter(QPagedPaintDevice& device)
    : m_device(device)
    , m_painter(&device) {
    const QRect page = m_painter.viewport();
    m_mm = page.width() / 210.0;
    const int margin = static_cast<int>(20 * m_mm);
    m_area = page.adjusted(margin, margin, -margin, -margin);
    m_y = m_area.top();
}

void DocumentPainter::heading(const QString& issuer, const QString& title, const QString& number) {
    m_painter.setFont(documentFont(14, true));
    m_painter.drawText(QRect(m_area.left(), m_y, m_area.width(), static_cast<int>(10 * m_mm)), Qt::AlignCenter, issuer);
    m_y += static_cast<int>(10 * m_mm);
    m_painter.setFont(documentFont(20, true));
    m_painter.drawText(QRect(m_area.left(), m_y, m_area.width(), static_cast<int>(14 * m_mm)), Qt::AlignCenter, title);
    m_y += static_cast<int>(15 * m_mm);
    if (!number.isEmpty()) {
        m_painter.setFont(documentFont(11));
        m_painter.drawText(QRect(m_area.left(), m_y, m_area.width(), static_cast<int>(7 * m_mm)), Qt::AlignCenter,
                           number);
        m_y += static_cast<int>(8 * m_mm);
    }
    // The red rule of an official document under its title.
    m_painter.setPen(QPen(QColor(0xb3, 0x26, 0x1e), 0.6 * m_mm));
    m_painter.drawLine(m_area.left(), m_y, m_area.right(), m_y);
    m_painter.setPen(Qt::black);
    m_y += static_cast<int>(5 * m_mm);
}

void DocumentPainter::table(const std::vector<QStringList>& rows, const std::vector<double>& widths, bool header,
                            double points) {
    const int pad = static_cast<int>(1.6 * m_mm);
    const int minHeight = static_cast<int>(7 * m_mm);
    QPen border(QColor(0x40, 0x40, 0x40));
    border.setWidthF(0.25 * m_mm);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const bool bold = header && r == 0;
        m_painter.setFont(documentFont(points, bold));
        // The row is as tall as its tallest cell.
        std::vector<QRect> cells;
        int x = m_area.left();
        int height = minHeight;
        for (std::size_t c = 0; c < widths.size(); ++c) {
            const int w = c + 1 == widths.size() ? m_area.right() - x : static_cast<int>(widths[c] * m_area.width());
            cells.emplace_back(x, m_y, w, 0);
            const QString text =
                c < static_cast<std::size_t>(rows[r].size()) ? rows[r][static_cast<int>(c)] : QString();
            const QRect need =
                m_painter.boundingRect(QRect(x + pad, m_y, w - 2 * pad, 10000), Qt::AlignLeft | Qt::TextWordWrap, text);
            height = std::max(height, need.height() + 2 * pad);
            x += w;
        }
        if (ensureRoom(height))
            for (QRect& cell : cells)
                cell.moveTop(m_y);
        if (bold)
            m_painter.fillRect(QRect(m_area.left(), m_y, m_area.width(), height), QColor(0xee, 0xf1, 0xf6));
        m_painter.setPen(border);
        for (std::size_t c = 0; c < cells.size(); ++c) {
            QRect cell = cells[c];
            cell.setHeight(height);
            m_painter.drawRect(cell);
            const QString text =
                c < static_cast<std::size_t>(rows[r].size()) ? rows[r][static_cast<int>(c)] : QString();
            m_painter.setPen(Qt::black);
            m_painter.drawText(cell.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                               text);
            m_painter.setPen(border);
        }
        m_painter.setPen(Qt::black);
        m_y += height;
    }
    m_y += static_cast<int>(3 * m_mm);
}

bool DocumentPainter::ensureRoom(int height) {
    // The foot of the page (QR code, stamp, signatures) stays free; a document that needs more goes on.
    const int limit = m_area.bottom() - static_cast<int>(40 * m_mm);
    if (m_y + height <= limit || m_y == m_area.top())
        return false;
    m_device.newPage();
    m_y = m_area.top();
    return true;
}

void DocumentPainter::stamp(const QString& office, const QString& isoDate) {
    m_painter.setFont(documentFont(12));
    const int height = static_cast<int>(7 * m_mm);
    const int top = m_area.bottom() - static_cast<int>(34 * m_mm);
    const QString day = date(isoDate);
    // The office and the date centred on one another, the block at the right margin, as a 落款 stands.
    const int width =
        std::max(m_painter.fontMetrics().horizontalAdvance(office), m_painter.fontMetrics().horizontalAdvance(day)) +
        static_cast<int>(4 * m_mm);
    const QRect officeBox(m_area.right() - width, top, width, height);
    m_painter.drawText(officeBox, Qt::AlignCenter, office);
    m_painter.drawText(officeBox.translated(0, height), Qt::AlignCenter, day);
    // The seal's place: a 42 mm circle (the size of an official seal) over the office and the date.
    const int seal = static_cast<int>(42 * m_mm);
    QPen dashed(QColor(0xb3, 0x26, 0x1e, 110), 0.3 * m_mm, Qt::DashLine);
    m_painter.save();
    m_painter.setPen(dashed);
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawEllipse(QRect(officeBox.center().x() - seal / 2, top + height - seal / 2, seal, seal));
    m_painter.restore();
}

void DocumentPainter::contacts(const QString& phone, const QString& complaintPhone) {
    QStringList parts;
    if (!phone.isEmpty())
        parts << tr("Enquiries: %1").arg(phone);
    if (!complaintPhone.isEmpty())
        parts << tr("Complaints: %1").arg(complaintPhone);
    if (parts.isEmpty())
        return;
    m_painter.save();
    m_painter.setFont(documentFont(9));
    m_painter.setPen(QColor(0x40, 0x40, 0x40));
    const int height = static_cast<int>(6 * m_mm);
    m_painter.drawText(
        QRect(m_area.left(), m_area.bottom() - height + static_cast<int>(8 * m_mm), m_area.width(), height),
        Qt::AlignCenter, parts.join(QStringLiteral("　　")));
    m_painter.restore();
}

QString DocumentPainter::date(const QString& isoDate) {
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    // The date format is translated: yyyy年M月d日 in Chinese.
    //: A QDate format for the date on a document (Chinese: yyyy年M月d日)
    return day.isValid() ? QLocale().toString(day, tr("d MMMM yyyy")) : isoDate;
}

void DocumentPainter::line(const QString& text, double points, bool bold, double heightMm) {
    m_painter.setFont(documentFont(points, bold));
    const QRect box(m_area.left(), m_y, m_area.width(), static_cast<int>(heightMm * m_mm));
    const QRect needed = m_painter.boundingRect(box, Qt::AlignLeft | Qt::TextWordWrap, text);
    ensureRoom(std::max(box.height(), needed.height()));
    const QRect drawn(box.left(), m_y, box.width(), std::max(box.height(), needed.height()));
    m_painter.drawText(drawn, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, text);
    m_y += drawn.height();
}

namespace {

// Replays `drawing` scaled into `target`: the commands, not pixels, reach the device.
void replay(QPainter& painter, const QPicture& drawing, const QRect& target) {
    const QRect frame = drawing.boundingRect();
    if (frame.isEmpty())
        return;
    // QPicture::play scales by the device's resolution over a picture's own (96 dpi, as QPicture reports it): that
    // is taken back here, so the drawing fills `target` whatever the device's resolution.
    const QPicture reference;
    const double dpiX = static_cast<double>(painter.device()->logicalDpiX()) / reference.logicalDpiX();
    const double dpiY = static_cast<double>(painter.device()->logicalDpiY()) / reference.logicalDpiY();
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(static_cast<double>(target.width()) / frame.width() / dpiX,
                  static_cast<double>(target.height()) / frame.height() / dpiY);
    painter.drawPicture(-frame.topLeft(), drawing);
    painter.restore();
}

int heightFor(const QPicture& drawing, int width) {
    const QRect frame = drawing.boundingRect();
    return frame.isEmpty() ? 0 : width * frame.height() / std::max(1, frame.width());
}

} // namespace

void DocumentPainter::drawing(const QPicture& drawing, double widthMm) {
    const int width = std::min(m_area.width(), static_cast<int>(widthMm * m_mm));
    const int height = heightFor(drawing, width);
    if (height == 0)
        return;
    ensureRoom(height);
    replay(m_painter, drawing, QRect(m_area.left(), m_y, width, height));
    m_y += height;
}

void DocumentPainter::drawingsInRow(const std::vector<QPicture>& drawings) {
    if (drawings.empty())
        return;
    const int gap = static_cast<int>(4 * m_mm);
    const int width =
        (m_area.width() - gap * static_cast<int>(drawings.size() - 1)) / static_cast<int>(drawings.size());
    int height = 0;
    for (const QPicture& d : drawings)
        height = std::max(height, heightFor(d, width));
    ensureRoom(height);
    int x = m_area.left();
    for (const QPicture& d : drawings) {
        replay(m_painter, d, QRect(x, m_y, width, heightFor(d, width)));
        x += width + gap;
    }
    m_y += height;
}

void DocumentPainter::qrCode(const QString& text, double sideMm) {
    // Top right of the page, beside the centred heading: the whole body width stays free for text and tables.
    const int side = static_cast<int>(sideMm * m_mm);
    const QRect box(m_area.right() - side, m_area.top() - static_cast<int>(8 * m_mm), side, side);
    m_painter.drawImage(box, qrImage(text, side));
}

void DocumentPainter::signatures(const QString& left, const QString& right) {
    m_painter.setFont(documentFont(10.5));
    const int top = m_area.bottom() - static_cast<int>(12 * m_mm);
    const int height = static_cast<int>(8 * m_mm);
    m_painter.drawText(QRect(m_area.left(), top, m_area.width() / 2, height), Qt::AlignLeft | Qt::AlignVCenter, left);
    m_painter.drawText(QRect(m_area.left() + m_area.width() / 2, top, m_area.width() / 2, height),
                       Qt::AlignLeft | Qt::AlignVCenter, right);
}

void DocumentPainter::qrBlock(const QString& code, double sideMm, const QStringList& lines) {
    const int side = static_cast<int>(sideMm * m_mm);
    ensureRoom(side);
    m_painter.drawImage(QRect(m_area.left(), m_y, side, side), qrImage(code, side));
    const int gap = static_cast<int>(5 * m_mm);
    QRect text(m_area.left() + side + gap, m_y + static_cast<int>(2 * m_mm), m_area.width() - side - gap, side);
    for (int i = 0; i < lines.size(); ++i) {
        m_painter.setFont(documentFont(i == 0 ? 12 : 10, i == 0));
        const QRect used = m_painter.boundingRect(text, Qt::AlignLeft | Qt::TextWordWrap, lines[i]);
        m_painter.drawText(text, Qt::AlignLeft | Qt::TextWordWrap, lines[i]);
        text.setTop(used.bottom() + static_cast<int>(2 * m_mm));
    }
    m_y += side + static_cast<int>(4 * m_mm);
}

void DocumentPainter::watermark(const QString& text) {
    m_painter.save();
    QFont font = documentFont(110, true);
    m_painter.setFont(font);
    m_painter.setPen(QColor(0xb3, 0x26, 0x1e, 60));
    const QPoint centre = m_painter.viewport().center();
    m_painter.translate(centre);
    m_painter.rotate(-30);
    const int w = m_area.width() + static_cast<int>(40 * m_mm);
    m_painter.drawText(QRect(-w / 2, -static_cast<int>(30 * m_mm), w, static_cast<int>(60 * m_mm)), Qt::AlignCenter,
                       text);
    m_painter.restore();
}

} // namespace ow
