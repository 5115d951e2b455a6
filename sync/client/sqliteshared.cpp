#include "sync/client/sqliteshared.h"

#include "core/store/sqlutil.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace SalesSync::Sync {

sqlite3 *sharedSqliteHandle(QSqlDatabase db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    // A different SQLite version may lay out its structures differently: compare through Qt
    // before touching the handle at all.
    const Result<QVariant> source = queryValue(db, QStringLiteral("SELECT sqlite_source_id()"));
    if (!source || source->toString() != QString::fromLatin1(sqlite3_sourceid())) {
        return nullptr;
    }
    // Same version; the same library only if the connection's VFS object is ours.
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_vfs *vfs = nullptr;
    if (connection == nullptr ||
        sqlite3_file_control(connection, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) != SQLITE_OK ||
        vfs != sqlite3_vfs_find(nullptr)) {
        return nullptr;
    }
    return connection;
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_statement, index, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        break;
    default: {
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        break;
    }
    }
}

Status SqliteStatement::run(const QString &context)
{
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        // Through the same reading as every other SQLite error (constraint failures name the column).
        return sqlError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                                  QString::number(sqlite3_extended_errcode(m_db) & 0xff)),
                        context);
    }
    return {};
}

} // namespace SalesSync::Sync
