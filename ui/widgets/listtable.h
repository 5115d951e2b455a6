#pragma once

#include <QTableView>

namespace SalesSync {

// A table view as every list in SalesSync shows one: whole rows selected one at a time, rows
// striped, no row numbers, Tab leaving the table (arrows move inside it), columns sized to
// their contents with `stretch` taking the room left (-1: the last column).
QTableView *makeListTable(QWidget *parent, const QString &objectName, QAbstractItemModel *model, int stretch = -1);

} // namespace SalesSync
