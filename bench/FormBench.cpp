// Catalog document reading and form validation speed on the largest demo form. Prints microseconds per operation.
// (The issue's targets: form ready < 100 ms, validation < 2 ms per change; the Qt renderer is timed when it lands.)
#include "forms/CatalogDocument.h"
#include "forms/FormValidator.h"

#include "domain/Json.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

using Clock = std::chrono::steady_clock;

int main() {
    std::ifstream in(ONEWINDOW_DEMO_CATALOG);
    std::stringstream text;
    text << in.rdbuf();
    const std::string definition = text.str();
    const std::string values =
        R"({"applicant": {"name": "王磊", "id_number": "11010519491231002X", "phone": "13812345678"},
        "enterprise_name": "成都青白江云帆软件有限公司", "enterprise_type": "llc", "legal_representative": "王磊",
        "address": "成都市青白江区大弯街道凤凰大道100号", "capital": 100, "scope": ["software", "consulting"],
        "opening_date": "2027-01-15", "shareholders": [
          {"kind": "person", "name": "王磊", "id_number": "11010519491231002X", "share": 60},
          {"kind": "enterprise", "name": "成都某某科技有限公司", "credit_code": "91330100716105852F", "share": 40}]})";

    const int reads = 200;
    auto start = Clock::now();
    ow::CatalogDocument document;
    for (int i = 0; i < reads; ++i)
        document = ow::parseCatalogDocument(ow::parseObject(definition));
    const ow::FormDefinition form = *document.form("enterprise-setup");
    const double readUs = std::chrono::duration<double, std::micro>(Clock::now() - start).count() / reads;

    const auto parsedValues = ow::parseObject(values);
    const int checks = 20000;
    std::size_t errors = 0;
    start = Clock::now();
    for (int i = 0; i < checks; ++i)
        errors += ow::validateForm(form, parsedValues, "2026-11-27").size();
    const double validateUs = std::chrono::duration<double, std::micro>(Clock::now() - start).count() / checks;

    std::printf("form_bench: enterprise-setup (%zu top-level fields, 2 shareholders)\n", form.fields.size());
    std::printf("  read + check catalog     %8.1f us  (%zu items, %zu forms)\n", readUs, document.catalog.items.size(),
                document.forms.size());
    std::printf("  validate whole form      %8.1f us  (target < 2000 us per change; %zu errors)\n", validateUs, errors);
    return errors == 0 ? 0 : 1;
}
