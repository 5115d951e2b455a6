#pragma once

#include <QString>
#include <QStringList>

namespace SalesSync {

// One field of a CSV file (RFC 4180): quoted, with quotes doubled, when it holds a comma, a
// quote or a line break; as it is otherwise.
QString csvField(const QString &value);
// A line of fields, each through csvField, joined by commas (without the line break).
QString csvLine(const QStringList &fields);

} // namespace SalesSync
