#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QString>
#include <QStringList>

#include <vector>

class QPagedPaintDevice;

namespace ow {

// Lays out an A4 official document top to bottom: hall and title centred, lines of text, a QR code and
// signature lines at the foot. One look for every document the hall prints.
class DocumentPainter {
    Q_DECLARE_TR_FUNCTIONS(DocumentPainter)
public:
    explicit DocumentPainter(QPagedPaintDevice& device);

    // The issuing body, the title and, when the paper has one, its number (文号) under them.
    void heading(const QString& issuer, const QString& title, const QString& number = {});
    void line(const QString& text, double points = 11, bool bold = false, double heightMm = 8);
    // A bordered table; `widths` are fractions of the text width; the first row is bold when `header`.
    void table(const std::vector<QStringList>& rows, const std::vector<double>& widths, bool header = false,
               double points = 10.5);
    // 落款: the issuing body and the date in words, right-aligned above the signatures, with the place of its seal
    // (a dashed circle over them). `isoDate`: "2026-12-07".
    void stamp(const QString& office, const QString& isoDate);
    // The hall's telephones at the foot of the page, when it gave any.
    void contacts(const QString& phone, const QString& complaintPhone);
    // "2026年12月7日" in Chinese, "7 December 2026" in English; the text as it is when it is not an ISO date.
    static QString date(const QString& isoDate);
    void gap(double mmHeight) { m_y += static_cast<int>(mmHeight * m_mm); }
    // A drawing (a chart, recorded as painting commands: vector in the PDF) `widthMm` wide at the left margin, its
    // height in proportion; on the next page when it does not fit.
    void drawing(const QPicture& drawing, double widthMm);
    // Drawings side by side across the text width, a small gap between them.
    void drawingsInRow(const std::vector<QPicture>& drawings);
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
