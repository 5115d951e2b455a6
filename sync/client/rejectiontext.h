#pragma once

#include "sync/protocol/messages.h"

#include <QCoreApplication>
#include <QString>

namespace SalesSync::Sync {

// Why the server refused a change, in the client's own translated words, from the rejection
// code (docs/sync-protocol.md); the server's English detail is kept where it says more (a broken
// rule, an unknown code).
class RejectionText final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Sync::RejectionText)

public:
    // fieldLabel: the translated name of the field the server named (empty when it named none).
    static QString describe(Protocol::RejectionCode code, const QString &serverMessage, const QString &fieldLabel = {});
};

} // namespace SalesSync::Sync
