#pragma once

#include <QImage>
#include <QPainter>
#include <QString>
#include <QStringList>

#include <vector>

class QPagedPaintDevice;

namespace ow {

// Lays out an A4 official document top to bottom: hall and title centred, lines of text, a QR code and
// signature lines at the foot. One look for every document the hall prints.
class DocumentPainter {
public:
    explicit DocumentPainter(QPagedPaintDevice& device);

    void heading(const QString& hallName, const QString& title);
    void line(const QString& text, double points = 11, bool bold = false, double heightMm = 8);
    // A bordered table; `widths` are fractions of the text width; the first row is bold when `header`.
    void table(const std::vector<QStringList>& rows, const std::vector<double>& widths, bool header = false,
               double points = 10.5);
    // The issuing office's stamp place and the date, right-aligned above the signatures.
    void stamp(const QString& office, const QString& date);
    void gap(double mmHeight) { m_y += static_cast<int>(mmHeight * m_mm); }
    // A picture (a chart) `widthMm` wide at the left margin, its height in proportion; on the next page when it does
    // not fit.
    void image(const QImage& picture, double widthMm);
    // Pictures side by side across the text width, a small gap between them.
    void imagesInRow(const std::vector<QImage>& pictures);
    // Starts a new page unless `mm` of height are left (keeps a title with what follows it).
    void needRoom(double mm) { ensureRoom(static_cast<int>(mm * m_mm)); }
    void qrCode(const QString& text, double sideMm); // top right of the current page, beside the heading
    void signatures(const QString& left, const QString& right);
    // A QR code `sideMm` square at the left margin with lines of text beside it (how to check the code).
    void qrBlock(const QString& code, double sideMm, const QStringList& lines);
    // Large grey text across the middle of the page (样例 on a sample).
    void watermark(const QString& text);

private:
    bool ensureRoom(int height); // true when it started a new page

    QPagedPaintDevice& m_device;
    QPainter m_painter;
    double m_mm = 1;
    QRect m_area;
    int m_y = 0;
};

} // namespace ow
