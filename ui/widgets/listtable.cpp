#include "ui/widgets/listtable.h"

#include <QHeaderView>

namespace SalesSync {

QTableView *makeListTable(QWidget *parent, const QString &objectName, QAbstractItemModel *model, int stretch)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (stretch >= 0) {
        view->horizontalHeader()->setStretchLastSection(false);
        view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    } else {
        view->horizontalHeader()->setStretchLastSection(true);
    }
    return view;
}

} // namespace SalesSync
