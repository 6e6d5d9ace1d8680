#pragma once

#include "domain/Case.h"
#include "domain/Catalog.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

class QPagedPaintDevice;

namespace ow {

// What the acceptance receipt (受理通知书) shows besides the case itself: names the catalog and the hall know.
struct ReceiptContext {
    QString hallName;
    QString clerkName;
    QStringList itemNames;                                      // in the order of the case's items
    std::vector<std::pair<std::string, QString>> materialNames; // material id -> name

    // For a case from the catalog: its items' names and every material of them.
    static ReceiptContext forCase(const Case& c, const Catalog* catalog, QString hallName, QString clerkName);

    // The printed name of a material: from materialNames, else `fallback`.
    QString materialName(const std::string& id, const QString& fallback) const {
        for (const auto& [materialId, name] : materialNames)
            if (materialId == id)
                return name;
        return fallback;
    }
};

// The A4 acceptance receipt: hall, case number, items, applicant with the ID masked, the materials received,
// waived (with the date to supply them), replaced by commitment or fetched by data sharing, the promised date,
// the clerk, signature lines and a QR code for progress lookup.
class ReceiptPrinter {
    Q_DECLARE_TR_FUNCTIONS(ReceiptPrinter)
public:
    static void paint(const Case& c, const ReceiptContext& context, QPagedPaintDevice& device);
    static bool printToPdf(const Case& c, const ReceiptContext& context, const QString& path, QString* error = nullptr);
    // What the QR code holds: the case number with its check digits, behind a fixed prefix.
    // The QR text of a case: its number and, on papers the applicant keeps, its query code (domain CaseReference).
    static QString caseReference(const std::string& caseNo, const std::string& queryCode = {});
    // "Applicant: 王磊 (110105********002X)": shared by every document about a case.
    static QString applicantLine(const Case& c);
    static QString applicantText(const Case& c); // "王磊 (110105********002X)"

    // How a material stands on the receipt: received, waived with its due date, ...
    static QString materialState(const MaterialRecord& m);
};

} // namespace ow
