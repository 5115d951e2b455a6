#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace SalesSync {

class Database;

// The customers a bulk move takes: those of some territories, of a city, of postal codes that
// start alike, or a list of customer numbers pasted from elsewhere (a spreadsheet column, an
// e-mail), always within the territories the person may move customers of.
class CustomerSelection final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::CustomerSelection)

public:
    enum class By { Territories, City, PostalCode, Numbers };

    struct Match {
        QStringList customerIds; // by customer number
        QStringList names;       // the same customers' names, in the same order
        // Pasted numbers that are no customer within the person's territories (unknown,
        // deleted, or someone else's), as pasted.
        QStringList notFound;
    };

    // what: territory ids (By::Territories), a city (matched whole, without regard to case), the
    // start of postal codes, or the pasted numbers (separated by white space, commas or
    // semicolons). within: the territories the person may move customers of; empty: all.
    static Result<Match> find(Database &database, By by, const QStringList &what, const QSet<QString> &within);

    // The customer numbers in pasted text, in order, each once.
    static QStringList numbers(const QString &pasted);
};

} // namespace SalesSync
