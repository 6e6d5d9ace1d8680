#include "forms/ui/FormView.h"

#include <Poco/JSON/Array.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <set>

namespace ow {

struct FormView::Node {
    const FieldDefinition* def = nullptr;
    QString path;
    QFormLayout* layout = nullptr; // the layout whose row holds this field
    QWidget* container = nullptr;  // the row's field widget: the editor and, under it, the error line
    QLabel* error = nullptr;
    bool touched = false;
    QLineEdit* line = nullptr;
    QComboBox* combo = nullptr;
    std::vector<QCheckBox*> boxes;
    QLabel* fileLabel = nullptr;
    QString fileHash;
    std::vector<std::unique_ptr<Node>> children;             // group
    std::vector<std::vector<std::unique_ptr<Node>>> entries; // repeat
    std::vector<QWidget*> entryFrames;
    QVBoxLayout* entriesLayout = nullptr;
};

namespace {

QString text(const std::string& s) { return QString::fromStdString(s); }

bool isLine(FieldType type) {
    switch (type) {
    case FieldType::Text:
    case FieldType::Number:
    case FieldType::Date:
    case FieldType::IdNumber:
    case FieldType::Phone:
    case FieldType::Address:
    case FieldType::CreditCode: return true;
    default: return false;
    }
}

Poco::JSON::Object::Ptr objectAt(const Poco::JSON::Object::Ptr& level, const std::string& id) {
    if (!level || !level->has(id) || level->get(id).type() != typeid(Poco::JSON::Object::Ptr))
        return {};
    return level->getObject(id);
}

Poco::JSON::Array::Ptr arrayAt(const Poco::JSON::Object::Ptr& level, const std::string& id) {
    if (!level || !level->has(id) || level->get(id).type() != typeid(Poco::JSON::Array::Ptr))
        return {};
    return level->getArray(id);
}

// Values of fields that are not shown are dropped, so a case never keeps what the form no longer asks.
void prune(const std::vector<FieldDefinition>& defs, Poco::JSON::Object::Ptr level,
           const Poco::JSON::Object::Ptr& top) {
    for (const auto& def : defs) {
        if (!level->has(def.id))
            continue;
        if (!isRelevant(def, level, top)) {
            level->remove(def.id);
        } else if (def.type == FieldType::Group) {
            if (auto child = objectAt(level, def.id))
                prune(def.fields, child, top);
        } else if (def.type == FieldType::Repeat) {
            if (auto list = arrayAt(level, def.id))
                for (unsigned i = 0; i < list->size(); ++i)
                    if (auto entry = list->getObject(i))
                        prune(def.fields, entry, top);
        }
    }
}

QString numberText(double value) { return QLocale::c().toString(value, 'g', 15); }

} // namespace

FormView::FormView(FormDefinition form, QString todayIso, QWidget* parent)
    : QWidget(parent)
    , m_form(std::move(form))
    , m_today(std::move(todayIso)) {
    setObjectName(QStringLiteral("formView"));
    setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QFormLayout(this);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_nodes = build(m_form.fields, {}, layout);
    revalidate();
}

FormView::~FormView() = default;

std::vector<std::unique_ptr<FormView::Node>> FormView::build(const std::vector<FieldDefinition>& defs,
                                                             const QString& prefix, QFormLayout* layout) {
    std::vector<std::unique_ptr<Node>> nodes;
    for (const auto& def : defs) {
        auto node = buildNode(def, prefix.isEmpty() ? text(def.id) : prefix + QLatin1Char('.') + text(def.id));
        node->layout = layout;
        if (def.type == FieldType::Group || def.type == FieldType::Repeat) {
            layout->addRow(node->container);
        } else {
            auto* label = new QLabel(
                def.required
                    ? QStringLiteral("%1 <span style=\"color:#b3261e\">*</span>").arg(text(def.label).toHtmlEscaped())
                    : text(def.label).toHtmlEscaped());
            label->setObjectName(QStringLiteral("fieldLabel"));
            label->setTextFormat(Qt::RichText);
            layout->addRow(label, node->container);
            // The field sits in a container beside its label, so a screen reader does not find the label by itself:
            // the field is named after it ("required" said in words, not by the red star).
            const QString name = def.required ? tr("%1 (required)").arg(text(def.label)) : text(def.label);
            if (node->line) {
                label->setBuddy(node->line);
                node->line->setAccessibleName(name);
            } else if (node->combo) {
                label->setBuddy(node->combo);
                node->combo->setAccessibleName(name);
            }
        }
        nodes.push_back(std::move(node));
    }
    return nodes;
}

std::unique_ptr<FormView::Node> FormView::buildNode(const FieldDefinition& def, const QString& path) {
    auto node = std::make_unique<Node>();
    Node* n = node.get();
    n->def = &def;
    n->path = path;
    n->container = new QWidget;
    auto* column = new QVBoxLayout(n->container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto changedNow = [this, n] {
        if (m_filling)
            return;
        n->touched = true;
        revalidate();
    };

    if (isLine(def.type)) {
        n->line = new QLineEdit;
        n->line->setObjectName(QStringLiteral("field_") + path);
        QString placeholder = text(def.hint);
        if (placeholder.isEmpty()) {
            switch (def.type) {
            case FieldType::Date: placeholder = tr("e.g. %1").arg(m_today); break;
            case FieldType::IdNumber: placeholder = tr("18 characters, last may be X"); break;
            case FieldType::CreditCode: placeholder = tr("18 characters"); break;
            case FieldType::Phone: placeholder = tr("mobile or landline with area code"); break;
            default: break;
            }
        }
        n->line->setPlaceholderText(placeholder);
        if (def.maxLength)
            n->line->setMaxLength(*def.maxLength + 10); // room to see the error rather than a silent stop
        connect(n->line, &QLineEdit::textChanged, this, [this] { revalidate(); });
        connect(n->line, &QLineEdit::editingFinished, this, changedNow);
        column->addWidget(n->line);
    } else if (def.type == FieldType::Choice) {
        n->combo = new QComboBox;
        n->combo->setObjectName(QStringLiteral("field_") + path);
        n->combo->addItem(tr("— choose —"), QString());
        for (const auto& [value, label] : def.options)
            n->combo->addItem(text(label), text(value));
        connect(n->combo, &QComboBox::currentIndexChanged, this, changedNow);
        column->addWidget(n->combo);
    } else if (def.type == FieldType::MultiChoice) {
        auto* boxes = new QWidget;
        boxes->setObjectName(QStringLiteral("field_") + path);
        auto* grid = new QGridLayout(boxes);
        grid->setContentsMargins(0, 0, 0, 0);
        int i = 0;
        for (const auto& [value, label] : def.options) {
            auto* box = new QCheckBox(text(label));
            box->setProperty("value", text(value));
            connect(box, &QCheckBox::toggled, this, changedNow);
            grid->addWidget(box, i / 2, i % 2);
            n->boxes.push_back(box);
            ++i;
        }
        column->addWidget(boxes);
    } else if (def.type == FieldType::File) {
        auto* row = new QHBoxLayout;
        n->fileLabel = new QLabel(tr("Nothing attached"));
        auto* pick = new QPushButton(tr("Attach file…"));
        pick->setObjectName(QStringLiteral("field_") + path);
        connect(pick, &QPushButton::clicked, this, [this, n] {
            const QString file = m_chooseFile ? m_chooseFile()
                                              : QFileDialog::getOpenFileName(this, tr("Attach a scanned document"), {},
                                                                             tr("Scans (*.png *.jpg *.jpeg *.pdf)"));
            if (file.isEmpty())
                return;
            if (!m_keepFile) {
                n->fileLabel->setText(tr("Files cannot be kept on this computer"));
                return;
            }
            try {
                n->fileHash = m_keepFile(file); // kept with the device's attachments: it goes up with the case
            } catch (const std::exception& e) {
                n->fileLabel->setText(
                    tr("Could not keep %1: %2").arg(QFileInfo(file).fileName(), QString::fromUtf8(e.what())));
                return;
            }
            n->fileLabel->setText(tr("%1 attached").arg(QFileInfo(file).fileName()));
            n->touched = true;
            revalidate();
        });
        row->addWidget(n->fileLabel, 1);
        row->addWidget(pick);
        column->addLayout(row);
    } else if (def.type == FieldType::Group) {
        auto* box = new QGroupBox(text(def.label));
        box->setObjectName(QStringLiteral("formGroup"));
        auto* inner = new QFormLayout(box);
        inner->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
        inner->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        n->children = build(def.fields, path, inner);
        column->addWidget(box);
    } else if (def.type == FieldType::Repeat) {
        auto* box = new QGroupBox(def.required ? tr("%1 (at least one)").arg(text(def.label)) : text(def.label));
        box->setObjectName(QStringLiteral("formGroup"));
        auto* inner = new QVBoxLayout(box);
        n->entriesLayout = new QVBoxLayout;
        inner->addLayout(n->entriesLayout);
        auto* add = new QPushButton(tr("Add %1").arg(text(def.label)));
        add->setObjectName(QStringLiteral("add_") + path);
        connect(add, &QPushButton::clicked, this, [this, n] {
            addEntry(*n);
            n->touched = true;
            revalidate();
        });
        inner->addWidget(add, 0, Qt::AlignLeft);
        column->addWidget(box);
        const int initial = std::max(def.minItems.value_or(0), def.required ? 1 : 0);
        for (int i = 0; i < initial; ++i)
            addEntry(*n);
    }
    if (!def.hint.empty() && !isLine(def.type))
        n->container->setToolTip(text(def.hint));
    n->error = new QLabel;
    n->error->setObjectName(QStringLiteral("fieldError"));
    n->error->setWordWrap(true);
    n->error->hide();
    column->addWidget(n->error);
    return node;
}

void FormView::addEntry(Node& repeat) {
    const std::size_t index = repeat.entries.size();
    auto* frame = new QFrame;
    frame->setObjectName(QStringLiteral("repeatEntry"));
    auto* column = new QVBoxLayout(frame);
    auto* head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("No. %1").arg(index + 1)), 1);
    auto* remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("remove_%1[%2]").arg(repeat.path).arg(index));
    Node* n = &repeat;
    connect(remove, &QPushButton::clicked, this, [this, n, index] { removeEntry(*n, index); });
    head->addWidget(remove);
    column->addLayout(head);
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    column->addLayout(form);
    repeat.entries.push_back(build(repeat.def->fields, QStringLiteral("%1[%2]").arg(repeat.path).arg(index), form));
    repeat.entryFrames.push_back(frame);
    repeat.entriesLayout->addWidget(frame);
}

void FormView::removeEntry(Node& repeat, std::size_t index) {
    // Paths name entries by position, so the entries are rebuilt from their values without the removed one.
    Poco::JSON::Array::Ptr kept = new Poco::JSON::Array;
    for (std::size_t i = 0; i < repeat.entries.size(); ++i)
        if (i != index)
            kept->add(collect(repeat.entries[i]));
    rebuildEntries(repeat, kept);
    repeat.touched = true;
    revalidate();
}

void FormView::rebuildEntries(Node& repeat, const Poco::JSON::Array::Ptr& entries) {
    const bool wasFilling = std::exchange(m_filling, true);
    for (QWidget* frame : repeat.entryFrames)
        frame->deleteLater();
    for (QWidget* frame : repeat.entryFrames)
        frame->hide();
    repeat.entryFrames.clear();
    repeat.entries.clear();
    const std::size_t count = entries ? entries->size() : 0;
    for (std::size_t i = 0; i < count; ++i) {
        addEntry(repeat);
        const auto object = entries->getObject(static_cast<unsigned>(i));
        for (auto& child : repeat.entries.back())
            if (object && object->has(child->def->id))
                fill(*child, object->get(child->def->id));
    }
    m_filling = wasFilling;
}

Poco::Dynamic::Var FormView::valueOf(const Node& node) {
    const FieldDefinition& def = *node.def;
    if (node.line) {
        const QString value = node.line->text().trimmed();
        if (value.isEmpty())
            return {};
        if (def.type == FieldType::Number) {
            bool ok = false;
            const double number = QLocale::c().toDouble(value, &ok);
            if (ok)
                return number;
        }
        if (def.type == FieldType::IdNumber || def.type == FieldType::CreditCode)
            return value.toUpper().toStdString();
        return value.toStdString();
    }
    if (node.combo) {
        const QString value = node.combo->currentData().toString();
        return value.isEmpty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(value.toStdString());
    }
    if (def.type == FieldType::MultiChoice) {
        Poco::JSON::Array::Ptr chosen = new Poco::JSON::Array;
        for (const QCheckBox* box : node.boxes)
            if (box->isChecked())
                chosen->add(box->property("value").toString().toStdString());
        return chosen->size() ? Poco::Dynamic::Var(chosen) : Poco::Dynamic::Var();
    }
    if (def.type == FieldType::File)
        return node.fileHash.isEmpty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(node.fileHash.toStdString());
    if (def.type == FieldType::Group) {
        // An optional group left empty is absent (its fields are asked only once it is started); a required one
        // is always there, so each of its fields says what is missing.
        auto group = collect(node.children);
        return group->size() == 0 && !def.required ? Poco::Dynamic::Var() : Poco::Dynamic::Var(group);
    }
    if (def.type == FieldType::Repeat) {
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        for (const auto& entry : node.entries)
            list->add(collect(entry));
        return list;
    }
    return {};
}

Poco::JSON::Object::Ptr FormView::collect(const std::vector<std::unique_ptr<Node>>& nodes) {
    Poco::JSON::Object::Ptr object = new Poco::JSON::Object;
    for (const auto& node : nodes) {
        Poco::Dynamic::Var value = valueOf(*node);
        if (!value.isEmpty())
            object->set(node->def->id, value);
    }
    return object;
}

Poco::JSON::Object::Ptr FormView::values() const {
    Poco::JSON::Object::Ptr all = collect(m_nodes);
    prune(m_form.fields, all, all);
    return all;
}

void FormView::fill(Node& node, const Poco::Dynamic::Var& value) {
    const FieldDefinition& def = *node.def;
    if (node.line) {
        if (value.isEmpty())
            node.line->clear();
        else if (value.isNumeric())
            node.line->setText(numberText(value.convert<double>()));
        else
            node.line->setText(QString::fromStdString(value.convert<std::string>()));
    } else if (node.combo) {
        const int at =
            value.isString() ? node.combo->findData(QString::fromStdString(value.extract<std::string>())) : 0;
        node.combo->setCurrentIndex(std::max(at, 0));
    } else if (def.type == FieldType::MultiChoice) {
        std::set<QString> chosen;
        if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
            const auto list = value.extract<Poco::JSON::Array::Ptr>();
            for (unsigned i = 0; i < list->size(); ++i)
                chosen.insert(QString::fromStdString(list->get(i).convert<std::string>()));
        }
        for (QCheckBox* box : node.boxes)
            box->setChecked(chosen.count(box->property("value").toString()) > 0);
    } else if (def.type == FieldType::File) {
        node.fileHash = value.isString() ? QString::fromStdString(value.extract<std::string>()) : QString();
        node.fileLabel->setText(node.fileHash.isEmpty() ? tr("Nothing attached")
                                                        : tr("Attached (%1…)").arg(node.fileHash.left(8)));
    } else if (def.type == FieldType::Group) {
        const auto object = value.type() == typeid(Poco::JSON::Object::Ptr) ? value.extract<Poco::JSON::Object::Ptr>()
                                                                            : Poco::JSON::Object::Ptr();
        for (auto& child : node.children)
            fill(*child, object && object->has(child->def->id) ? object->get(child->def->id) : Poco::Dynamic::Var());
    } else if (def.type == FieldType::Repeat) {
        rebuildEntries(node, value.type() == typeid(Poco::JSON::Array::Ptr) ? value.extract<Poco::JSON::Array::Ptr>()
                                                                            : Poco::JSON::Array::Ptr());
    }
}

void FormView::setValues(const Poco::JSON::Object::Ptr& values) {
    m_filling = true;
    for (auto& node : m_nodes)
        fill(*node, values && values->has(node->def->id) ? values->get(node->def->id) : Poco::Dynamic::Var());
    m_filling = false;
    revalidate();
}

void FormView::showAllErrors() {
    m_showAll = true;
    revalidate();
}

void FormView::revalidate() {
    if (m_filling)
        return;
    // Relevance is decided on the pruned values too, so a field that depends on a hidden one is hidden as well.
    const Poco::JSON::Object::Ptr current = values();
    m_errors = validateForm(m_form, current, m_today.toStdString());
    updateNodes(m_nodes, current, current);
    emit changed();
}

void FormView::updateNodes(std::vector<std::unique_ptr<Node>>& nodes, const Poco::JSON::Object::Ptr& level,
                           const Poco::JSON::Object::Ptr& top) {
    for (auto& node : nodes) {
        const FieldDefinition& def = *node->def;
        const bool shown = isRelevant(def, level, top);
        node->layout->setRowVisible(node->container, shown);
        const FieldError* error = nullptr;
        if (shown) {
            const std::string path = node->path.toStdString();
            for (const auto& e : m_errors)
                if (e.path == path || (def.type == FieldType::MultiChoice && e.path.rfind(path + "[", 0) == 0)) {
                    error = &e;
                    break;
                }
        }
        const bool visible = error && (node->touched || m_showAll);
        if (visible)
            node->error->setText(message(*error, def));
        node->error->setVisible(visible);
        if (def.type == FieldType::Group) {
            updateNodes(node->children, objectAt(level, def.id), top);
        } else if (def.type == FieldType::Repeat) {
            const auto list = arrayAt(level, def.id);
            for (std::size_t i = 0; i < node->entries.size(); ++i)
                updateNodes(node->entries[i], list ? list->getObject(static_cast<unsigned>(i)) : nullptr, top);
        }
    }
}

const FormView::Node* FormView::find(const std::vector<std::unique_ptr<Node>>& nodes, const QString& path) const {
    for (const auto& node : nodes) {
        if (node->path == path)
            return node.get();
        if (path.startsWith(node->path)) {
            if (const Node* found = find(node->children, path))
                return found;
            for (const auto& entry : node->entries)
                if (const Node* found = find(entry, path))
                    return found;
        }
    }
    return nullptr;
}

QWidget* FormView::editor(const QString& path) const {
    const Node* node = find(m_nodes, path);
    if (!node)
        return nullptr;
    if (node->line)
        return node->line;
    if (node->combo)
        return node->combo;
    return node->container;
}

QString FormView::message(const FieldError& error, const FieldDefinition& field) {
    using Code = FieldError::Code;
    switch (error.code) {
    case Code::Required: return tr("%1 is required").arg(text(field.label));
    case Code::NotText: return tr("Not a valid value");
    case Code::Pattern:
        return field.hint.empty() ? tr("Does not have the expected form")
                                  : tr("Does not have the expected form (%1)").arg(text(field.hint));
    case Code::TooShort: return tr("At least %n character(s)", nullptr, field.minLength.value_or(0));
    case Code::TooLong: return tr("At most %n character(s)", nullptr, field.maxLength.value_or(0));
    case Code::NotANumber: return tr("Enter a number, e.g. 100 or 12.5");
    case Code::BelowMin: return tr("Must be at least %1").arg(numberText(field.min.value_or(0)));
    case Code::AboveMax: return tr("Must be at most %1").arg(numberText(field.max.value_or(0)));
    case Code::NotADate: return tr("Enter a date like 2026-11-27");
    case Code::TooEarly: return tr("Must not be before %1").arg(text(field.minDate.value_or("")));
    case Code::TooLate: return tr("Must not be after %1").arg(text(field.maxDate.value_or("")));
    case Code::NotAnOption: return tr("Not one of the choices");
    case Code::TooFewItems: return tr("At least %n entr(y/ies)", nullptr, field.minItems.value_or(0));
    case Code::TooManyItems: return tr("At most %n entr(y/ies)", nullptr, field.maxItems.value_or(0));
    case Code::BadIdNumber: return tr("Not a valid resident ID number: check the digits and the last character");
    case Code::BadPhone: return tr("Enter an 11-digit mobile number or a landline with its area code");
    case Code::BadCreditCode: return tr("Not a valid unified social credit code: check the 18 characters");
    case Code::BadFile: return tr("The attachment is not valid; attach it again");
    }
    return text(error.message);
}

} // namespace ow
