#pragma once

#include <QTableView>

class QTreeWidget;

namespace SalesSync {

// A table view as every list in SalesSync shows one: whole rows selected one at a time, rows
// striped, no row numbers, Tab leaving the table (arrows move inside it), columns sized to
// their contents with `stretch` taking the room left (-1: the last column).
QTableView *makeListTable(QWidget *parent, const QString &objectName, QAbstractItemModel *model, int stretch = -1);

// Columns the view may leave out when it is too narrow to show every column whole, the least
// important first; each comes back as soon as there is room. The rest never scrolls sideways
// for want of room (on a small screen, at 200 %).
void setOptionalColumns(QTableView *view, const QList<int> &leastImportantFirst);

// A short list of a customer's history (visits, orders, ledger entries): rows without a tree,
// of even height, columns sized to their contents.
QTreeWidget *makeHistoryList(QWidget *parent, const QString &objectName, const QStringList &headers);

} // namespace SalesSync
