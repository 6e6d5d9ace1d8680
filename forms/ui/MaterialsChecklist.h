#pragma once

#include "domain/Catalog.h"
#include "domain/Intake.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QGridLayout;

namespace ow {

// The materials of an application, each asked for once (a bundle merges its items' lists): what it is, how
// many originals and copies, which items need it, and how it stands — received, or where the catalog allows it
// waived (容缺, with the days to supply it), replaced by a signed commitment (告知承诺), fetched by data sharing
// (免提交) — or not received. Only the states the catalog allows are offered.
class MaterialsChecklist : public QWidget {
    Q_OBJECT
public:
    explicit MaterialsChecklist(QWidget* parent = nullptr);

    // `itemNames` gives the short names shown for the items that ask for each material.
    void setMaterials(std::vector<MergedMaterial> materials, std::vector<std::pair<std::string, QString>> itemNames);
    const std::vector<MergedMaterial>& materials() const { return m_materials; }

    std::vector<MaterialRecord> records() const;
    // Sets one material's state; false when the material is unknown or the state is not allowed for it.
    bool setState(const std::string& materialId, MaterialState state);
    void receiveAll(); // every material that can be received, marked received (the clerk's "all here")

    static QString stateName(MaterialState state);

signals:
    void changed();

private:
    std::vector<MergedMaterial> m_materials;
    std::vector<QComboBox*> m_states;
    QGridLayout* m_grid;
};

} // namespace ow
