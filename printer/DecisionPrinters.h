#pragma once

#include "printer/ReceiptPrinter.h"

namespace ow {

// The refusal notice (不予受理通知书): the application is not accepted, with the legal reason and the
// applicant's rights of review and appeal.
class RefusalPrinter {
    Q_DECLARE_TR_FUNCTIONS(RefusalPrinter)
public:
    static void paint(const Case& c, const ReceiptContext& context, const QString& date, QPagedPaintDevice& device);
    static bool printToPdf(const Case& c, const ReceiptContext& context, const QString& date, const QString& path,
                           QString* error = nullptr);
};

// The commitment letter (告知承诺书): for each material replaced by a signed commitment, the applicant's promise
// that the condition it proves is met, and that a false promise has consequences. Printed for signature.
class CommitmentPrinter {
    Q_DECLARE_TR_FUNCTIONS(CommitmentPrinter)
public:
    // Whether the case has any material replaced by commitment (otherwise there is nothing to sign).
    static bool needed(const Case& c);
    static void paint(const Case& c, const ReceiptContext& context, const QString& date, QPagedPaintDevice& device);
    static bool printToPdf(const Case& c, const ReceiptContext& context, const QString& date, const QString& path,
                           QString* error = nullptr);
};

} // namespace ow
