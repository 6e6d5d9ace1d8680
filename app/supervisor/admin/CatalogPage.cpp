#include "app/supervisor/admin/CatalogPage.h"

#include "sync/AdminService.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

CatalogPage::CatalogPage(AdminService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service) {
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The service catalog (事项目录) says which items the counters take in, with their "
                                "materials, time limits and forms. A new one is checked whole: with any problem it is "
                                "refused and the current one stays. Its \"version\" must be higher than the current "
                                "one's."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* row = new QHBoxLayout;
    auto* choose = new QPushButton(tr("Load a catalog file…"));
    choose->setObjectName(QStringLiteral("loadCatalogButton"));
    row->addWidget(choose);
    row->addStretch(1);
    layout->addLayout(row);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("catalogState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_problems = new QListWidget;
    m_problems->setObjectName(QStringLiteral("catalogProblems"));
    m_problems->setAccessibleName(tr("Problems of the refused catalog"));
    layout->addWidget(m_problems, 1);
    connect(choose, &QPushButton::clicked, this, &CatalogPage::chooseFile);
    connect(&m_service, &AdminService::catalogLoaded, this, [this](int version) {
        m_problems->clear();
        m_state->setText(
            tr("Catalog version %1 is current. Counters and stations take it at their next sync.").arg(version));
    });
    connect(&m_service, &AdminService::catalogRefused, this, [this](const QStringList& problems) {
        m_problems->clear();
        m_problems->addItems(problems);
        m_state->setText(tr("The catalog was refused: %n problem(s), each with where it is in the file. The current "
                            "catalog stays.",
                            nullptr, static_cast<int>(problems.size())));
    });
}

bool CatalogPage::upload(const QString& path) {
    QFile file(path);
    if (file.size() > 16 * 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
        m_state->setText(tr("The file %1 cannot be read, or is larger than 16 MiB.").arg(path));
        return false;
    }
    m_problems->clear();
    m_state->setText(tr("Checking %1…").arg(QFileInfo(path).fileName()));
    m_service.uploadCatalog(file.readAll());
    return true;
}

void CatalogPage::chooseFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Service catalog"), QString(), tr("Catalog (*.json);;All files (*)"));
    if (!path.isEmpty())
        upload(path);
}

QStringList CatalogPage::problems() const {
    QStringList out;
    for (int i = 0; i < m_problems->count(); ++i)
        out << m_problems->item(i)->text();
    return out;
}

QString CatalogPage::stateText() const { return m_state->text(); }

} // namespace ow
