#include "sqlitebaseline.h"

#include "core/store/database.h"
#include "core/store/entityschema.h"

#include <QElapsedTimer>

namespace SalesSync::Bench {

namespace {

bool check(int rc, sqlite3 *db, QString *error, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW) {
        return true;
    }
    *error = QStringLiteral("%1: %2").arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(db)));
    return false;
}

} // namespace

bool readAll(const QString &path, std::vector<Table> &tables, QString *error)
{
    sqlite3 *db = nullptr;
    if (!check(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), db, error, "open")) {
        sqlite3_close(db);
        return false;
    }
    for (const EntityDef &entity : EntitySchema::all()) {
        Table table;
        table.name = entity.table.toStdString();
        // The stored columns (table_info leaves out generated ones, which cannot be inserted).
        std::string columns;
        sqlite3_stmt *info = nullptr;
        const std::string infoSql = "SELECT name FROM pragma_table_info('" + table.name + "')";
        if (!check(sqlite3_prepare_v2(db, infoSql.c_str(), -1, &info, nullptr), db, error, "prepare columns")) {
            sqlite3_close(db);
            return false;
        }
        while (sqlite3_step(info) == SQLITE_ROW) {
            columns += (columns.empty() ? "" : ", ") +
                       std::string(reinterpret_cast<const char *>(sqlite3_column_text(info, 0)));
        }
        sqlite3_finalize(info);
        const std::string sql = "SELECT " + columns + " FROM " + table.name + " ORDER BY rowid";
        sqlite3_stmt *stmt = nullptr;
        if (!check(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), db, error, "prepare read")) {
            sqlite3_close(db);
            return false;
        }
        const int n = sqlite3_column_count(stmt);
        for (int i = 0; i < n; ++i) {
            table.columns.emplace_back(sqlite3_column_name(stmt, i));
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            std::vector<Value> row;
            row.reserve(size_t(n));
            for (int i = 0; i < n; ++i) {
                switch (sqlite3_column_type(stmt, i)) {
                case SQLITE_INTEGER:
                    row.emplace_back(sqlite3_column_int64(stmt, i));
                    break;
                case SQLITE_FLOAT:
                    row.emplace_back(sqlite3_column_double(stmt, i));
                    break;
                case SQLITE_NULL:
                    row.emplace_back(std::monostate{});
                    break;
                default:
                    row.emplace_back(std::string(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)),
                                                 size_t(sqlite3_column_bytes(stmt, i))));
                    break;
                }
            }
            table.rows.push_back(std::move(row));
        }
        sqlite3_finalize(stmt);
        tables.push_back(std::move(table));
    }
    sqlite3_close(db);
    return true;
}

bool insertAll(const QString &path, const std::vector<Table> &tables, QString *error)
{
    sqlite3 *db = nullptr;
    if (!check(sqlite3_open(path.toUtf8().constData(), &db), db, error, "open baseline")) {
        sqlite3_close(db);
        return false;
    }
    bool ok = check(sqlite3_exec(db,
                                 "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
                                 "BEGIN IMMEDIATE",
                                 nullptr, nullptr, nullptr),
                    db, error, "begin");
    for (const Table &table : tables) {
        if (!ok) {
            break;
        }
        std::string sql = "INSERT INTO " + table.name + " (";
        std::string marks;
        for (size_t i = 0; i < table.columns.size(); ++i) {
            sql += (i ? ", " : "") + table.columns[i];
            marks += i ? ", ?" : "?";
        }
        sql += ") VALUES (" + marks + ")";
        sqlite3_stmt *stmt = nullptr;
        ok = check(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), db, error, "prepare insert");
        for (size_t r = 0; ok && r < table.rows.size(); ++r) {
            const std::vector<Value> &row = table.rows[r];
            for (size_t i = 0; i < row.size(); ++i) {
                const int index = int(i + 1);
                if (const auto *v = std::get_if<sqlite3_int64>(&row[i])) {
                    sqlite3_bind_int64(stmt, index, *v);
                } else if (const auto *d = std::get_if<double>(&row[i])) {
                    sqlite3_bind_double(stmt, index, *d);
                } else if (const auto *s = std::get_if<std::string>(&row[i])) {
                    sqlite3_bind_text(stmt, index, s->data(), int(s->size()), SQLITE_STATIC);
                } else {
                    sqlite3_bind_null(stmt, index);
                }
            }
            ok = check(sqlite3_step(stmt), db, error, "insert");
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
    }
    ok = ok && check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, error, "commit");
    sqlite3_close(db);
    return ok;
}

bool measureBaseline(const QString &sourcePath, const QString &baselinePath, Baseline &result, QString *error)
{
    std::vector<Table> tables;
    if (!readAll(sourcePath, tables, error)) {
        return false;
    }
    if (Result<std::unique_ptr<Database>> db = Database::open(baselinePath); !db) { // the same schema
        *error = db.error().message();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    if (!insertAll(baselinePath, tables, error)) {
        return false;
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.rows = 0;
    for (const Table &t : tables) {
        result.rows += qint64(t.rows.size());
    }
    return true;
}

} // namespace SalesSync::Bench
