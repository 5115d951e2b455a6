#pragma once

#include "core/domain/user.h"
#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace SalesSync {

// How a field's values are stored and sent. On the wire: Text and Date as strings (Date
// "YYYY-MM-DD"), Integer as whole numbers, Real as numbers, Boolean as true/false, Timestamp as
// ISO 8601 UTC strings with milliseconds.
enum class FieldType { Text, Integer, Real, Boolean, Timestamp, Date };

QString fieldTypeToText(FieldType type);

// How concurrent edits of one field are resolved. Declared here, once, for every synced field;
// what each policy means is FieldMerge::decide (core/rules/fieldmerge.h), used by the server's
// merge; the client's change capture and the documentation read the same table.
enum class ConflictPolicy {
    LastWriterWins, // free text: the edit with the later hybrid logical clock wins
    Manual,         // the conflict waits for a person to choose
    ServerOwned,    // head office / admin data: only the roles that may write it change it
    StateMachine,   // a status: the edit is validated against the current state
    Immutable,      // set when the row is created, never edited afterwards
    Derived,        // computed from other fields (order totals): recomputed, never merged
    AppendOnly,     // the ledger and the audit trail: rows are only ever inserted
};

QString conflictPolicyToText(ConflictPolicy policy);
std::optional<ConflictPolicy> conflictPolicyFromText(QStringView text);

// A set of roles.
class RoleSet final {
public:
    constexpr RoleSet() = default;
    RoleSet(std::initializer_list<Role> roles);
    static RoleSet all() { return {Role::Agent, Role::Manager, Role::Admin}; }

    bool contains(Role role) const { return (m_bits & bit(role)) != 0; }
    bool isEmpty() const { return m_bits == 0; }
    RoleSet intersected(RoleSet other) const;
    QStringList texts() const; // "agent", "manager", "admin", in that order
    bool operator==(const RoleSet &) const = default;

private:
    static constexpr quint8 bit(Role role) { return quint8(1U << unsigned(role)); }
    quint8 m_bits = 0;
};

// A field that says who did something: the server fills it from the signed-in session when a
// create leaves it out, and refuses a create whose value names anyone else.
enum class Stamp {
    None,
    SessionUser,   // the signed-in user's id
    SessionDevice, // the pushing device's id
    SessionAgent,  // for an agent, their own agent id; managers and admins may name any agent
};

// What a text field's values must look like, beyond being text.
enum class TextFormat {
    Free,
    CurrencyCode, // an ISO 4217 code, like "EUR" (Currency::fromCode, core/money.h)
};

// A state machine's rule for one field: whether a person of the role may move the value from one
// text to another (core/rules/workflow.h). The error says why not.
using TransitionCheck = Status (*)(const QString &from, const QString &to, Role role);

struct FieldDef {
    QString name; // the column name, also the field name on the wire
    FieldType type;
    ConflictPolicy policy;
    bool nullable = false;
    QString references = {}; // the entity whose id this field holds (a foreign key), or empty
    // Who may change the value of an existing row. Filled from the policy unless declared:
    // nobody for Immutable, AppendOnly and Derived fields, admins for ServerOwned ones, and
    // otherwise whoever may update the entity.
    std::optional<RoleSet> writers = std::nullopt;
    Stamp stamp = Stamp::None;
    TransitionCheck transition = nullptr; // for StateMachine fields that follow a state machine
    // What a create stores when it leaves the field out, or when the creator's role may not set
    // it. Undefined: a create must give the field (unless it is nullable; then it is null).
    QJsonValue initial = QJsonValue::Undefined;
    // Who may give the field a value of their own when creating a row; everyone else leaves it
    // out or sends the initial value. Filled from the policy unless declared: nobody for Derived
    // fields (the server computes them), admins for ServerOwned ones that have an initial value,
    // and otherwise whoever may create the entity.
    std::optional<RoleSet> setters = std::nullopt;
    QStringList values = {}; // the only values a text field takes (an enumeration); empty: any
    TextFormat format = TextFormat::Free;

    // Whether a create must give this field (stamped fields are filled from the session).
    bool requiredOnCreate() const { return initial.isUndefined() && !nullable && stamp == Stamp::None; }
    // What a create that leaves the field out stores: the initial value, or null.
    QJsonValue valueOnCreate() const { return initial.isUndefined() ? QJsonValue(QJsonValue::Null) : initial; }
};

// How a row reaches the territory that decides who reads and writes it.
struct ScopeDef {
    enum class Kind {
        Everyone,   // reference data: every signed-in user reads it
        AdminsOnly, // the audit trail: admins only
        Territory,  // the row belongs to a territory, through the field `via`
    };
    Kind kind = Kind::Everyone;
    // Territory: the field holding the territory's id (the row is a scope root, like a customer),
    // or the id of the row it belongs to and shares the scope of (a visit's customer_id).
    QString via = {};
};

// Whether a person of the role may delete this row (its stored fields, by name, as on the wire).
using DeleteCheck = Status (*)(const QJsonObject &row, Role role);

// Which roles may create, update and delete rows of an entity (within their scope), and for
// deletes, when (for instance, an agent deletes a visit only while it is planned).
struct Permissions {
    RoleSet create;
    RoleSet update;
    RoleSet remove;
    DeleteCheck removable = nullptr; // nullptr: whenever the role may delete
    QString removableNote = {};      // removable, in words, for the protocol documentation
    // For reference data everyone reads that managers may write (an agent's territory): the field
    // holding the territory that must be in a manager's scope, before and after the change.
    QString managedVia = {};
};

// What the server records in its audit trail when a row of an entity changes: who (the pushing
// user and device, or the server command), when, the action and the fields' values before and
// after. The server generates its audit triggers from these (sync/server/auditsql.cpp), so a
// change is recorded whichever way it reaches the database.
struct AuditRule {
    enum class Event {
        Create, // a row is inserted
        Update, // a live row changes one of fields
        Delete, // a row becomes a tombstone
    };
    Event event = Event::Update;
    QString action;         // "customer.credit_limit_changed": "<entity>.<what happened>"
    QStringList fields;     // Update: the fields whose change is recorded; Create and Delete: the values recorded
    QString whenField = {}; // only when the row's new value of this field, as text, is one of whenValues
    QStringList whenValues = {};
    QStringList context = {}; // other fields whose values (after the change) are recorded with it
};

// A synced entity, declared completely: its wire name, its table, its fields with their conflict
// policies and writers, its scope, who may write it, and whether it is append-only. The server's
// push and pull, the change-log triggers (generated from this), the client's sync store and the
// protocol documentation all read it; adding an entity is a declaration here and a migration on
// each side.
struct EntityDef {
    QString name;  // "customer"
    QString table; // "customers"
    QList<FieldDef> fields;
    ScopeDef scope;
    Permissions permissions;
    bool appendOnly = false; // rows are only ever inserted (no update, no delete)
    QList<AuditRule> audit;  // what the server's audit trail records of its changes

    const FieldDef *field(const QString &fieldName) const;
    QStringList fieldNames() const;
    bool isScoped() const { return scope.kind == ScopeDef::Kind::Territory; }
    // A scoped entity whose rows name their territory themselves (a customer, a sales target).
    bool isScopeRoot() const;
};

// One step on the way from a row to its territory: this entity's field holds the id of a row of
// the next entity (the last step's field holds the territory's id).
struct ScopeHop {
    const EntityDef *entity;
    QString field;
};

class EntitySchema final {
public:
    // Every synced entity, each after the entities it refers to (except itself).
    static const QList<EntityDef> &all();
    static const EntityDef &get(const QString &name); // asserts the name exists
    static const EntityDef *find(const QString &name);

    // From a scoped entity to its territory, e.g. order_line: (order_line, order_id),
    // (order, customer_id), (customer, territory_id). Empty for unscoped entities.
    static QList<ScopeHop> scopePath(const EntityDef &entity);
    // The scope root a scoped entity's rows belong to (itself for a root), or nullptr.
    static const EntityDef *scopeRoot(const EntityDef &entity);
    // Every scope root, in declaration order.
    static QList<const EntityDef *> scopeRoots();
    // The entities whose rows belong to rows of root (a customer's visits, orders, order lines
    // and ledger entries), in declaration order; root itself is not among them.
    static QList<const EntityDef *> dependentsOf(const EntityDef &root);
};

} // namespace SalesSync
