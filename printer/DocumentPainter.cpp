#include "printer/DocumentPainter.h"

#include "printer/PdfFile.h"
#include "printer/QrImage.h"

#include <QPagedPaintDevice>

namespace ow {

DocumentPainter::DocumentPainter(QPagedPaintDevice& device)
    : m_painter(&device) {
    const QRect page = m_painter.viewport();
    m_mm = page.width() / 210.0;
    const int margin = static_cast<int>(20 * m_mm);
    m_area = page.adjusted(margin, margin, -margin, -margin);
    m_y = m_area.top();
}

void DocumentPainter::heading(const QString& hallName, const QString& title) {
    m_painter.setFont(documentFont(14, true));
    m_painter.drawText(QRect(m_area.left(), m_y, m_area.width(), static_cast<int>(10 * m_mm)), Qt::AlignCenter, hallName);
    m_y += static_cast<int>(10 * m_mm);
    m_painter.setFont(documentFont(20, true));
    m_painter.drawText(QRect(m_area.left(), m_y, m_area.width(), static_cast<int>(14 * m_mm)), Qt::AlignCenter, title);
    m_y += static_cast<int>(16 * m_mm);
}

void DocumentPainter::line(const QString& text, double points, bool bold, double heightMm) {
    m_painter.setFont(documentFont(points, bold));
    const QRect box(m_area.left(), m_y, m_area.width(), static_cast<int>(heightMm * m_mm));
    const QRect needed = m_painter.boundingRect(box, Qt::AlignLeft | Qt::TextWordWrap, text);
    const QRect drawn(box.left(), box.top(), box.width(), std::max(box.height(), needed.height()));
    m_painter.drawText(drawn, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, text);
    m_y += drawn.height();
}

void DocumentPainter::qrCode(const QString& text, double sideMm) {
    const int side = static_cast<int>(sideMm * m_mm);
    const QRect box(m_area.right() - side, m_area.bottom() - side - static_cast<int>(20 * m_mm), side, side);
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

} // namespace ow
