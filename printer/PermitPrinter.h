#pragma once

#include "domain/Permit.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace ow {

// What a permit's paper shows besides the permit itself.
struct PermitPaper {
    QString hallName;
    QString itemName;    // the service item's name
    QString issuedOn;    // "2026-11-27", the hall's day
    bool sample = false; // 样例: a test sheet for a hall's scanners, marked across the page
};

// 证照 on paper: the A4 permit (title, a table of what it grants, the verification QR code with how to check it, the
// authority's seal place) and the compact card (CR80, 85.6 × 54 mm) with the same code. The code holds the signed
// token at error correction level M.
class PermitPrinter {
    Q_DECLARE_TR_FUNCTIONS(PermitPrinter)
public:
    enum class Layout { A4, Card };
    static constexpr double kCardWidthMm = 85.6;
    static constexpr double kCardHeightMm = 54.0;

    static void paint(const Permit& permit, const PermitPaper& paper, Layout layout, QPagedPaintDevice& device);
    static bool printToPdf(const Permit& permit, const PermitPaper& paper, Layout layout, const QString& path,
                           QString* error = nullptr);
    // "2026年11月27日至2046年11月26日", or "长期（自2026年11月27日起）".
    static QString validity(const Permit& permit);
    // The issuing authority as printed: the permit's, else the hall's name.
    static QString authority(const Permit& permit, const PermitPaper& paper);
};

} // namespace ow
