#pragma once

#include <QPainter>
#include <QString>

class QPagedPaintDevice;

namespace ow {

// Lays out an A4 official document top to bottom: hall and title centred, lines of text, a QR code and
// signature lines at the foot. One look for every document the hall prints.
class DocumentPainter {
public:
    explicit DocumentPainter(QPagedPaintDevice& device);

    void heading(const QString& hallName, const QString& title);
    void line(const QString& text, double points = 11, bool bold = false, double heightMm = 8);
    void gap(double mmHeight) { m_y += static_cast<int>(mmHeight * m_mm); }
    void qrCode(const QString& text, double sideMm); // bottom right, above the signatures
    void signatures(const QString& left, const QString& right);

private:
    QPainter m_painter;
    double m_mm = 1;
    QRect m_area;
    int m_y = 0;
};

} // namespace ow
