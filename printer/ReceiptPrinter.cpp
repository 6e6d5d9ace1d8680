#include "printer/ReceiptPrinter.h"

#include "domain/CaseNumber.h"

#include "printer/DocumentPainter.h"
#include "printer/PdfFile.h"

#include "domain/IdNumber.h"
#include "forms/FieldText.h"

#include <algorithm>
#include <cstdio>

#include <QPageSize>

namespace ow {

ReceiptContext ReceiptContext::forCase(const Case& c, const CatalogDocument* catalog, const HallLetterhead& hall,
                                       QString clerkName) {
    ReceiptContext context{hall.name, std::move(clerkName), {}, {}, hall.profile};
    for (const auto& code : c.items) {
        const ServiceItem* item = catalog ? catalog->catalog.item(code) : nullptr;
        context.itemNames << QString::fromStdString(item ? item->name : code);
        if (!item)
            continue;
        for (const Material& m : item->materials)
            context.materialNames.emplace_back(m.id, QString::fromStdString(m.name));
        if (const FormDefinition* form = catalog->form(item->form); form && context.enterpriseName.isEmpty())
            context.enterpriseName = QString::fromStdString(permitEnterprise(item->permit, *form, c).name);
    }
    return context;
}

QString ReceiptContext::documentNumber(const Case& c, const char* kind) const {
    const auto number = CaseNumber::parse(c.caseNo);
    if (!number || number->date.size() != 8)
        return {};
    // The case's day, counter and sequence: unique to the case, made where it was taken in, offline too.
    char sequence[12];
    std::snprintf(sequence, sizeof sequence, "%04d", number->sequence);
    const std::string serial = number->date.substr(4) + "-" + number->device + "-" + sequence;
    return QString::fromStdString(
        ow::documentNumber(profile.docPrefix, kind, std::stoi(number->date.substr(0, 4)), serial));
}

bool ReceiptPrinter::forEnterprise(const Case& c, const ReceiptContext& context) {
    return c.applicant.kind == Applicant::Kind::Enterprise || !context.enterpriseName.isEmpty();
}

QString ReceiptPrinter::addressee(const Case& c, const ReceiptContext& context) {
    return tr("%1:").arg(context.enterpriseName.isEmpty() ? QString::fromStdString(c.applicant.name)
                                                          : context.enterpriseName);
}

void ReceiptPrinter::contacts(DocumentPainter& doc, const ReceiptContext& context) {
    doc.contacts(QString::fromStdString(context.profile.phone), QString::fromStdString(context.profile.complaintPhone));
}
QString ReceiptPrinter::caseReference(const std::string& caseNo, const std::string& queryCode) {
    return QString::fromStdString(CaseReference{caseNo, queryCode}.text());
}

QString ReceiptPrinter::materialState(const MaterialRecord& m) {
    switch (m.state) {
    case MaterialState::Submitted: return tr("received");
    case MaterialState::Waived:
        return tr("accepted without it for now (容缺): bring it by %1")
            .arg(QString::fromStdString(m.dueDate.value_or("")));
    case MaterialState::Commitment: return tr("replaced by the applicant's signed commitment (告知承诺)");
    case MaterialState::Shared: return tr("obtained by data sharing, nothing to bring (免提交)");
    case MaterialState::Missing: return tr("not required for this application");
    }
    return {};
}

QString ReceiptPrinter::personText(const Case& c) {
    const std::string id =
        c.applicant.kind == Applicant::Kind::Person ? IdNumber::masked(c.applicant.idNumber) : c.applicant.creditCode;
    return id.empty() ? QString::fromStdString(c.applicant.name)
                      : tr("%1 (%2)").arg(QString::fromStdString(c.applicant.name), QString::fromStdString(id));
}

QString ReceiptPrinter::applicantText(const Case& c, const ReceiptContext& context) {
    if (context.enterpriseName.isEmpty() || context.enterpriseName == QString::fromStdString(c.applicant.name))
        return personText(c);
    return tr("%1 (agent: %2)").arg(context.enterpriseName, personText(c));
}

QString ReceiptPrinter::applicantLine(const Case& c, const ReceiptContext& context) {
    return tr("Applicant: %1").arg(applicantText(c, context));
}

void ReceiptPrinter::paint(const Case& c, const ReceiptContext& context, QPagedPaintDevice& device) {
    DocumentPainter doc(device);
    doc.heading(context.hallName, tr("Acceptance receipt"), context.documentNumber(c, "受"));
    doc.qrCode(caseReference(c.caseNo, c.queryCode), 26); // on the first page, whatever the length of the rest
    doc.line(addressee(c, context), 11.5);
    const bool eased = std::any_of(c.materials.begin(), c.materials.end(), [](const MaterialRecord& m) {
        return m.state == MaterialState::Waived || m.state == MaterialState::Commitment;
    });
    const bool enterprise = forEnterprise(c, context);
    doc.line(eased ? (enterprise ? tr("The application of your organisation has been examined. It is accepted, with "
                                      "the materials to be supplied later or replaced by a signed commitment as "
                                      "listed below. Details:")
                                 : tr("Your application has been examined. It is accepted, with the materials to be "
                                      "supplied later or replaced by a signed commitment as listed below. Details:"))
                   : (enterprise ? tr("The application of your organisation has been examined. The materials are "
                                      "complete and in the legal form, and it is accepted. Details:")
                                 : tr("Your application has been examined. The materials are complete and in the "
                                      "legal form, and it is accepted. Details:")),
             11, false, 14);
    doc.gap(2);
    const QString items = context.itemNames.join(QStringLiteral("、"));
    std::vector<QStringList> facts{{tr("Case number"), QString::fromStdString(c.caseNo)}};
    if (!c.queryCode.empty())
        facts.push_back({tr("Query code"), tr("%1 (keep it: with the number it shows this case's progress)")
                                               .arg(QString::fromStdString(c.queryCode))});
    facts.insert(
        facts.end(),
        {{tr("Items"), items},
         {tr("Applicant"), applicantText(c, context)},
         {tr("Accepted on"), QString::fromStdString(c.acceptedDate)},
         {tr("Promised by"), tr("%1 (working days; holidays excluded)").arg(QString::fromStdString(c.promisedDate))}});
    doc.table(facts, {0.24, 0.76});
    doc.line(tr("Materials"), 12, true);
    std::vector<QStringList> rows{{tr("No."), tr("Material"), tr("How it stands")}};
    int n = 0;
    for (const MaterialRecord& m : c.materials)
        rows.push_back({QString::number(++n), context.materialName(m.materialId, QString::fromStdString(m.materialId)),
                        materialState(m)});
    doc.table(rows, {0.08, 0.42, 0.50}, true, 10);
    doc.line(tr("Scan the code, or enter the case number and the query code, at the kiosk to follow this application."),
             10, false, 7);
    doc.stamp(context.hallName, QString::fromStdString(c.acceptedDate));
    doc.signatures(tr("Clerk: %1").arg(context.clerkName), tr("Applicant's signature: ____________"));
    contacts(doc, context);
}

bool ReceiptPrinter::printToPdf(const Case& c, const ReceiptContext& context, const QString& path, QString* error) {
    return writeA4Pdf(
        path, tr("Acceptance receipt %1").arg(QString::fromStdString(c.caseNo)),
        [&](QPagedPaintDevice& d) { paint(c, context, d); }, error);
}

} // namespace ow
