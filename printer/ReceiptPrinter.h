#pragma once

#include "domain/Case.h"
#include "domain/Catalog.h"
#include "domain/HallProfile.h"
#include "forms/CatalogDocument.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

class QPagedPaintDevice;

namespace ow {

class DocumentPainter;

// The hall as its papers name it: its name and what its administrator set (telephones, 文号 prefix, county).
struct HallLetterhead {
    QString name;
    HallProfile profile = {};
};

// What the acceptance receipt (受理通知书) and the case's other papers show besides the case itself: names the
// catalog and the hall know.
struct ReceiptContext {
    QString hallName;
    QString clerkName;
    QStringList itemNames;                                      // in the order of the case's items
    std::vector<std::pair<std::string, QString>> materialNames; // material id -> name
    HallProfile profile = {};                                   // the foot's telephones, the 文号's prefix
    QString enterpriseName = {}; // the enterprise the application is for (企业开办), named by the form; else empty

    // For a case from the catalog: its items' names, every material of them, the enterprise its form names.
    static ReceiptContext forCase(const Case& c, const CatalogDocument* catalog, const HallLetterhead& hall,
                                  QString clerkName);
    // 文号 of a paper of `kind` (UTF-8: 受, 补, 告 …; a Chinese paper's number in every language) about `c`: empty
    // when the hall set no prefix or the case has no number.
    QString documentNumber(const Case& c, const char* kind) const;

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
    // "Applicant: 王磊 (110105********002X)" — or, for an enterprise's application, "Applicant: 成都云帆软件有限公司
    // (agent: 王磊 (110105********002X))": shared by every document about a case.
    static QString applicantLine(const Case& c, const ReceiptContext& context);
    static QString applicantText(const Case& c, const ReceiptContext& context);
    static QString personText(const Case& c); // "王磊 (110105********002X)"
    // Whom a notice speaks to: "王磊:" or "成都云帆软件有限公司:".
    static QString addressee(const Case& c, const ReceiptContext& context);
    static bool forEnterprise(const Case& c, const ReceiptContext& context);
    // The papers' common foot: the hall's telephones.
    static void contacts(DocumentPainter& doc, const ReceiptContext& context);

    // How a material stands on the receipt: received, waived with its due date, ...
    static QString materialState(const MaterialRecord& m);
};

} // namespace ow
