#pragma once

#include "core/domain/auditentry.h"

#include <QCoreApplication>
#include <QString>

namespace SalesSync {

// An audit entry in words, in the screens' language: its action ("Customer: credit limit
// changed") and what changed ("credit limit (minor units): 400000 → 500000").
class AuditText final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::AuditText)

public:
    static QString action(const QString &action);
    // currency: the record's own (a customer's), for amounts when the entry does not name one.
    static QString changes(const AuditEntry &entry, const QString &currency = {});
};

} // namespace SalesSync
