#pragma once

#include "printer/ReceiptPrinter.h"

#include "domain/Intake.h"

namespace ow {

// The one-time notice (一次性告知书): an application that cannot be accepted yet, with every missing or
// unacceptable material and why, all at once, so the applicant needs only one more trip.
class NoticePrinter {
    Q_DECLARE_TR_FUNCTIONS(NoticePrinter)
public:
    static void paint(const Case& c, const std::vector<MaterialProblem>& problems, const ReceiptContext& context,
                      const QString& noticeDate, QPagedPaintDevice& device);
    static bool printToPdf(const Case& c, const std::vector<MaterialProblem>& problems, const ReceiptContext& context,
                           const QString& noticeDate, const QString& path, QString* error = nullptr);
    static QString reason(MaterialProblem::Kind kind);
};

} // namespace ow
