#include "ui/admin/administrationpage.h"

#include "ui/admin/territoriespage.h"
#include "ui/theme/theme.h"
#include "ui/widgets/pageheader.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace SalesSync {

AdministrationPage::AdministrationPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("administrationPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("administrationTabs"));
    m_tabs->setDocumentMode(true);
    m_territories = new TerritoriesPage(workspace, m_tabs);
    m_tabs->addTab(m_territories, Theme::icon(QStringLiteral("view-list-tree")), tr("&Territories"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tabs);
}

} // namespace SalesSync
