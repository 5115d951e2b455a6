#include "ui/widgets/listtable.h"

#include "ui/theme/theme.h"
#include "ui/widgets/statusdelegate.h"

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
    view->setItemDelegate(new StatusDelegate(view));
    view->verticalHeader()->hide();
    // Rows separated by their stripes, not a spreadsheet's grid; room around each line of text.
    view->setShowGrid(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + Theme::space(3));
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
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
