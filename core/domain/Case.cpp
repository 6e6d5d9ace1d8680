#include "domain/Case.h"

#include "domain/Json.h"

namespace ow {

std::optional<std::string> earliestWaiverDue(const Case& c) {
    std::optional<std::string> due;
    for (const MaterialRecord& m : c.materials)
        if (m.state == MaterialState::Waived && m.dueDate && (!due || *m.dueDate < *due))
            due = *m.dueDate;
    return due;
}

Poco::JSON::Object::Ptr caseToJson(const Case& c) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("id", c.id);
    o->set("case_no", c.caseNo);
    if (!c.queryCode.empty())
        o->set("query_code", c.queryCode);
    o->set("hall", c.hall);
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const auto& code : c.items)
        items->add(code);
    o->set("items", items);
    o->set("bundle", c.bundle);
    Poco::JSON::Object::Ptr applicant = new Poco::JSON::Object(true);
    applicant->set("kind", std::string(c.applicant.kind == Applicant::Kind::Person ? "person" : "enterprise"));
    applicant->set("name", c.applicant.name);
    applicant->set("id_number", c.applicant.idNumber);
    applicant->set("credit_code", c.applicant.creditCode);
    applicant->set("phone", c.applicant.phone);
    o->set("applicant", applicant);
    o->set("form", c.formValues ? c.formValues : Poco::JSON::Object::Ptr(new Poco::JSON::Object));
    Poco::JSON::Array::Ptr materials = new Poco::JSON::Array;
    for (const auto& m : c.materials) {
        Poco::JSON::Object::Ptr r = new Poco::JSON::Object(true);
        r->set("id", m.materialId);
        r->set("state", std::string(toString(m.state)));
        r->set("due_date", m.dueDate ? Poco::Dynamic::Var(*m.dueDate) : Poco::Dynamic::Var());
        Poco::JSON::Array::Ptr attachments = new Poco::JSON::Array;
        for (const auto& a : m.attachments)
            attachments->add(a);
        r->set("attachments", attachments);
        r->set("note", m.note);
        materials->add(r);
    }
    o->set("materials", materials);
    o->set("state", std::string(toString(c.state)));
    o->set("channel", c.channel);
    o->set("clerk", c.clerk);
    o->set("ticket_id", c.ticketId);
    o->set("created_at_ms", c.createdAtMs);
    o->set("updated_at_ms", c.updatedAtMs);
    o->set("accepted_date", c.acceptedDate);
    o->set("promised_date", c.promisedDate);
    o->set("refusal_reason", c.refusalReason);
    if (!c.life.empty())
        o->set("life", caseLifeToJson(c.life));
    o->set("version", c.version);
    return o;
}

Case caseFromJson(const Poco::JSON::Object::Ptr& o) {
    Case c;
    c.id = requireString(o, "id");
    c.caseNo = optionalString(o, "case_no").value_or("");
    c.queryCode = optionalString(o, "query_code").value_or("");
    c.hall = requireString(o, "hall");
    if (auto items = optionalArray(o, "items"))
        for (unsigned i = 0; i < items->size(); ++i)
            c.items.push_back(items->getElement<std::string>(i));
    c.bundle = optionalString(o, "bundle").value_or("");
    if (auto a = optionalObject(o, "applicant")) {
        c.applicant.kind = optionalString(a, "kind").value_or("person") == "enterprise" ? Applicant::Kind::Enterprise
                                                                                        : Applicant::Kind::Person;
        c.applicant.name = optionalString(a, "name").value_or("");
        c.applicant.idNumber = optionalString(a, "id_number").value_or("");
        c.applicant.creditCode = optionalString(a, "credit_code").value_or("");
        c.applicant.phone = optionalString(a, "phone").value_or("");
    }
    c.formValues = optionalObject(o, "form");
    if (auto materials = optionalArray(o, "materials"))
        for (unsigned i = 0; i < materials->size(); ++i) {
            auto r = materials->getObject(i);
            if (!r)
                throw BadInput("invalid_field", "materials must be objects");
            MaterialRecord m;
            m.materialId = requireString(r, "id");
            const auto state = materialStateFromString(requireString(r, "state"));
            if (!state)
                throw BadInput("invalid_field", "unknown material state");
            m.state = *state;
            m.dueDate = optionalString(r, "due_date");
            if (auto attachments = optionalArray(r, "attachments"))
                for (unsigned j = 0; j < attachments->size(); ++j)
                    m.attachments.push_back(attachments->getElement<std::string>(j));
            m.note = optionalString(r, "note").value_or("");
            c.materials.push_back(std::move(m));
        }
    const auto state = caseStateFromString(requireString(o, "state"));
    if (!state)
        throw BadInput("invalid_field", "unknown case state");
    c.state = *state;
    c.channel = optionalString(o, "channel").value_or("counter");
    c.clerk = optionalString(o, "clerk").value_or("");
    c.ticketId = optionalString(o, "ticket_id").value_or("");
    c.createdAtMs = optionalInt(o, "created_at_ms").value_or(0);
    c.updatedAtMs = optionalInt(o, "updated_at_ms").value_or(0);
    c.acceptedDate = optionalString(o, "accepted_date").value_or("");
    c.promisedDate = optionalString(o, "promised_date").value_or("");
    c.refusalReason = optionalString(o, "refusal_reason").value_or("");
    if (const auto life = optionalObject(o, "life"))
        c.life = caseLifeFromJson(life);
    c.version = static_cast<int>(optionalInt(o, "version").value_or(0));
    return c;
}

} // namespace ow
