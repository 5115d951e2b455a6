#pragma once

#include <QList>
#include <QString>

namespace SalesSync {

enum class FieldType { Text, Integer, Real, Boolean, Timestamp };

// How concurrent edits of one field are resolved. Declared here, once, for every synced field;
// the client's change capture and the server's merge both read this table.
enum class ConflictPolicy {
    LastWriterWins, // free text: the edit with the later hybrid logical clock wins
    Manual,         // the conflict waits for a person to choose
    ServerOwned,    // head office / admin data: the authoritative (server) side wins
    StateMachine,   // a status: the edit is validated against the current state
    Immutable,      // set when the row is created, never edited afterwards
    Derived,        // computed from other fields (order totals): recomputed, never merged
    AppendOnly,     // the ledger and the audit trail: rows are only ever inserted
};

struct FieldDef {
    QString name; // the column name, also the field name on the wire
    FieldType type;
    ConflictPolicy policy;
    bool nullable = false;
    QString references = {}; // the entity whose id this field holds (a foreign key), or empty
};

// A synced entity: its wire name, its table, its fields, and its parent (an order line's
// order), which comes first in a change set and in a pull page.
struct EntityDef {
    QString name;  // "customer"
    QString table; // "customers"
    QList<FieldDef> fields;
    QString parentEntity; // empty for roots
    QString parentField;  // the field holding the parent's id

    const FieldDef *field(const QString &fieldName) const;
    QStringList fieldNames() const;
};

class EntitySchema final {
public:
    // Every synced entity, parents before children.
    static const QList<EntityDef> &all();
    static const EntityDef &get(const QString &name); // asserts the name exists
    static const EntityDef *find(const QString &name);
};

} // namespace SalesSync
