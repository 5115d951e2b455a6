#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace SalesSync::Server {

// Makes pull cursors tamper-evident and personal: each cursor handed out carries an HMAC-SHA256
// (libsodium) of the user it was issued to and its position, keyed with the database's
// cursor_key (migration 0006; shared by every server instance on the database). A cursor that
// was altered, made up, or issued to someone else does not verify, and is refused before it is
// read. The start cursor "0:0" is everyone's and carries no signature.
//
// Form: "<position>.<signature>", the signature 22 characters of base64url (128 bits of the MAC).
class CursorSigner final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Server::CursorSigner)

public:
    // Reads the key on first use (thread-safe); an Error when the database cannot be read or
    // has no key (not migrated).
    Status load(QSqlDatabase db);

    QString sign(const QString &position, const QString &userId) const;
    // The position of a cursor this server issued to this user, or nothing.
    std::optional<QString> verify(const QString &cursor, const QString &userId) const;

private:
    QByteArray mac(const QString &position, const QString &userId) const;

    mutable QMutex m_mutex;
    QByteArray m_key; // 32 bytes once loaded
};

} // namespace SalesSync::Server
