#pragma once

#include "forms/FormDefinition.h"
#include "forms/FormValidator.h"

#include <Poco/JSON/Object.h>

#include <QString>
#include <QWidget>

#include <functional>

#include <memory>
#include <vector>

class QBoxLayout;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace ow {

// An intake form built from its declarative definition: one editor per field (line edits for text, numbers,
// dates and identity codes; a combo box for a choice; check boxes for a multi-choice; a group box per group;
// add/remove for repeats), checked on every change against the same validator the server uses. An error shows
// under its field once the clerk has touched it, and every error shows after showAllErrors() (when the clerk
// tries to accept). Fields that are not relevant are hidden and not checked.
class FormView : public QWidget {
    Q_OBJECT
public:
    FormView(FormDefinition form, QString todayIso, QWidget* parent = nullptr);
    ~FormView() override;

    const FormDefinition& definition() const { return m_form; }

    // Where a file attached to a file field is kept: copies it in and returns its SHA-256, or throws
    // std::runtime_error. Without one, a file field attaches nothing (a hash alone would promise a file that
    // is nowhere). The chooser asks for the file (a file dialog unless replaced, as tests do).
    using FileKeeper = std::function<QString(const QString& file)>;
    void setFileKeeper(FileKeeper keeper) { m_keepFile = std::move(keeper); }
    void setFileChooser(std::function<QString()> chooser) { m_chooseFile = std::move(chooser); }

    // The values as the validator and the case record read them: a JSON object keyed by field id.
    Poco::JSON::Object::Ptr values() const;
    // Fills the editors from values (unknown keys are ignored); repeats get as many entries as the values have.
    void setValues(const Poco::JSON::Object::Ptr& values);

    const std::vector<FieldError>& errors() const { return m_errors; }
    bool isValid() const { return m_errors.empty(); }
    void showAllErrors();

    // The editor of a field by its value path ("applicant.name", "shareholders[1].share"), for keyboard focus
    // and tests; nullptr when there is none.
    QWidget* editor(const QString& path) const;

    // A sentence for the clerk, in the UI language, for one validation error of `field`.
    static QString message(const FieldError& error, const FieldDefinition& field);

signals:
    void changed();

private:
    struct Node;
    std::vector<std::unique_ptr<Node>> build(const std::vector<FieldDefinition>& defs, const QString& prefix,
                                             QFormLayout* layout);
    std::unique_ptr<Node> buildNode(const FieldDefinition& def, const QString& path);
    void addEntry(Node& repeat);
    void removeEntry(Node& repeat, std::size_t index);
    void rebuildEntries(Node& repeat, const Poco::JSON::Array::Ptr& entries);
    void fill(Node& node, const Poco::Dynamic::Var& value);
    void revalidate();
    void updateNodes(std::vector<std::unique_ptr<Node>>& nodes, const Poco::JSON::Object::Ptr& level,
                     const Poco::JSON::Object::Ptr& top);
    static Poco::Dynamic::Var valueOf(const Node& node);
    static Poco::JSON::Object::Ptr collect(const std::vector<std::unique_ptr<Node>>& nodes);
    const Node* find(const std::vector<std::unique_ptr<Node>>& nodes, const QString& path) const;

    FormDefinition m_form;
    QString m_today;
    std::vector<std::unique_ptr<Node>> m_nodes;
    std::vector<FieldError> m_errors;
    bool m_showAll = false;
    bool m_filling = false;
    FileKeeper m_keepFile;
    std::function<QString()> m_chooseFile;
};

} // namespace ow
