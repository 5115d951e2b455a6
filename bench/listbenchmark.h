#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace SalesSync::Bench {

struct ListOptions {
    int customers = 100000;
    qint64 orderLines = 200000; // the ledger behind each row's open balance
    int repeats = 25;
    QString reuseFile; // an existing workspace to read instead of generating one
};

// The customer list as the Customers screen reads it (CustomerRepository::list: a page of 200
// rows with each open balance, keyset paging), at the first page, at the middle of the list,
// and for a search, each next to the cheapest possible read of 200 customer rows in the same
// file (by rowid, no sort, no balance) as the baseline. Medians of `repeats` runs. Then the
// administration's reads on the same file ("admin-lists"): the territory tree, and the audit log
// as it opens and filtered to one record, against the same baseline.
QList<QJsonObject> runListBenchmark(const ListOptions &options, QString *error);

// The median of `repeats` runs in milliseconds, or -1 when a run fails (shared by the list and
// dashboard benchmarks).
double medianMs(int repeats, const std::function<bool()> &run);

} // namespace SalesSync::Bench
