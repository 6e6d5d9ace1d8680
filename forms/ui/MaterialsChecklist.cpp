#include "forms/ui/MaterialsChecklist.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>

namespace ow {

MaterialsChecklist::MaterialsChecklist(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("materialsChecklist"));
    setAttribute(Qt::WA_StyledBackground);
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(6, 6, 6, 6);
    m_grid->setVerticalSpacing(10);
    m_grid->setHorizontalSpacing(12);
    m_grid->setColumnStretch(0, 1);
}

QString MaterialsChecklist::stateName(MaterialState state) {
    switch (state) {
    case MaterialState::Submitted: return tr("Received");
    case MaterialState::Waived: return tr("Waived, supply later");
    case MaterialState::Commitment: return tr("Signed commitment");
    case MaterialState::Shared: return tr("Fetched by data sharing");
    case MaterialState::Missing: return tr("Not received");
    }
    return {};
}

void MaterialsChecklist::setMaterials(std::vector<MergedMaterial> materials,
                                      std::vector<std::pair<std::string, QString>> itemNames) {
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_states.clear();
    m_materials = std::move(materials);
    auto itemName = [&](const std::string& code) {
        for (const auto& [c, name] : itemNames)
            if (c == code)
                return name;
        return QString::fromStdString(code);
    };
    const bool severalItems = itemNames.size() > 1;

    int row = 0;
    for (const auto& merged : m_materials) {
        const Material& m = merged.material;
        QString title = QString::fromStdString(m.name).toHtmlEscaped();
        if (m.required)
            title += QStringLiteral(" <span style=\"color:#b3261e\">*</span>");
        QStringList details;
        if (m.originals > 0)
            details << tr("%n original(s)", nullptr, m.originals);
        if (m.copies > 0)
            details << tr("%n copy(ies)", nullptr, m.copies);
        if (!m.required)
            details << tr("optional");
        if (severalItems) {
            QStringList names;
            for (const auto& code : merged.items)
                names << itemName(code);
            details << tr("for %1").arg(names.join(QStringLiteral("、")));
        }
        auto* label = new QLabel(QStringLiteral("%1<br><span style=\"color:#5f6b7a; font-size:13px\">%2</span>")
                                     .arg(title, details.join(QStringLiteral(" · ").toHtmlEscaped())));
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        m_grid->addWidget(label, row, 0);

        auto* state = new QComboBox;
        state->setMaximumWidth(250);
        state->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        state->setMinimumContentsLength(13);
        state->setObjectName(QStringLiteral("material_") + QString::fromStdString(m.id));
        state->addItem(stateName(MaterialState::Missing), static_cast<int>(MaterialState::Missing));
        state->addItem(stateName(MaterialState::Submitted), static_cast<int>(MaterialState::Submitted));
        if (m.waivableDays)
            state->addItem(tr("Waived, supply within %n working day(s)", nullptr, *m.waivableDays),
                           static_cast<int>(MaterialState::Waived));
        if (m.commitment)
            state->addItem(stateName(MaterialState::Commitment), static_cast<int>(MaterialState::Commitment));
        if (m.shared)
            state->addItem(stateName(MaterialState::Shared), static_cast<int>(MaterialState::Shared));
        // What the authority fetches itself is not asked of the citizen: sharing is the starting state.
        if (m.shared)
            state->setCurrentIndex(state->findData(static_cast<int>(MaterialState::Shared)));
        connect(state, &QComboBox::currentIndexChanged, this, &MaterialsChecklist::changed);
        m_grid->addWidget(state, row, 1, Qt::AlignTop);
        label->setBuddy(state); // a screen reader says the material with its state
        m_states.push_back(state);
        ++row;
    }
    emit changed();
}

std::vector<MaterialRecord> MaterialsChecklist::records() const {
    std::vector<MaterialRecord> records;
    for (std::size_t i = 0; i < m_materials.size(); ++i) {
        MaterialRecord record;
        record.materialId = m_materials[i].material.id;
        record.state = static_cast<MaterialState>(m_states[i]->currentData().toInt());
        records.push_back(std::move(record));
    }
    return records;
}

bool MaterialsChecklist::setState(const std::string& materialId, MaterialState state) {
    for (std::size_t i = 0; i < m_materials.size(); ++i) {
        if (m_materials[i].material.id != materialId)
            continue;
        const int at = m_states[i]->findData(static_cast<int>(state));
        if (at < 0)
            return false;
        m_states[i]->setCurrentIndex(at);
        return true;
    }
    return false;
}

void MaterialsChecklist::receiveAll() {
    for (std::size_t i = 0; i < m_materials.size(); ++i)
        if (static_cast<MaterialState>(m_states[i]->currentData().toInt()) == MaterialState::Missing)
            m_states[i]->setCurrentIndex(m_states[i]->findData(static_cast<int>(MaterialState::Submitted)));
}

} // namespace ow
