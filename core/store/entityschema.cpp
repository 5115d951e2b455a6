#include "core/store/entityschema.h"

namespace SalesSync {

namespace {

FieldDef text(const char *name, ConflictPolicy policy, bool nullable = false)
{
    return FieldDef{QString::fromLatin1(name), FieldType::Text, policy, nullable};
}
// A text field holding the id of a row of another entity (a foreign key).
FieldDef ref(const char *name, const char *entity, ConflictPolicy policy, bool nullable = false)
{
    FieldDef field = text(name, policy, nullable);
    field.references = QString::fromLatin1(entity);
    return field;
}
FieldDef integer(const char *name, ConflictPolicy policy, bool nullable = false)
{
    return FieldDef{QString::fromLatin1(name), FieldType::Integer, policy, nullable};
}
FieldDef real(const char *name, ConflictPolicy policy, bool nullable = true)
{
    return FieldDef{QString::fromLatin1(name), FieldType::Real, policy, nullable};
}
FieldDef boolean(const char *name, ConflictPolicy policy)
{
    return FieldDef{QString::fromLatin1(name), FieldType::Boolean, policy, false};
}
FieldDef timestamp(const char *name, ConflictPolicy policy, bool nullable = true)
{
    return FieldDef{QString::fromLatin1(name), FieldType::Timestamp, policy, nullable};
}

using P = ConflictPolicy;

QList<EntityDef> makeSchema()
{
    QList<EntityDef> entities;
    entities << EntityDef{QStringLiteral("territory"),
                          QStringLiteral("territories"),
                          {ref("parent_id", "territory", P::ServerOwned, true), text("level", P::ServerOwned),
                           text("code", P::ServerOwned), text("name", P::ServerOwned)},
                          {},
                          {}};
    entities << EntityDef{QStringLiteral("user"),
                          QStringLiteral("users"),
                          {text("username", P::ServerOwned), text("display_name", P::ServerOwned),
                           text("email", P::ServerOwned), text("role", P::ServerOwned),
                           boolean("active", P::ServerOwned)},
                          {},
                          {}};
    entities << EntityDef{QStringLiteral("manager_territory"),
                          QStringLiteral("manager_territories"),
                          {ref("user_id", "user", P::Immutable), ref("territory_id", "territory", P::Immutable)},
                          QStringLiteral("user"),
                          QStringLiteral("user_id")};
    entities << EntityDef{QStringLiteral("agent"),
                          QStringLiteral("agents"),
                          {ref("user_id", "user", P::Immutable), text("employee_id", P::ServerOwned),
                           text("phone", P::LastWriterWins), boolean("active", P::ServerOwned)},
                          QStringLiteral("user"),
                          QStringLiteral("user_id")};
    entities << EntityDef{QStringLiteral("agent_territory"),
                          QStringLiteral("agent_territories"),
                          {ref("agent_id", "agent", P::Immutable), ref("territory_id", "territory", P::Immutable)},
                          QStringLiteral("agent"),
                          QStringLiteral("agent_id")};
    entities << EntityDef{
        QStringLiteral("price_list"),
        QStringLiteral("price_lists"),
        {text("name", P::ServerOwned), text("currency", P::ServerOwned), boolean("active", P::ServerOwned)},
        {},
        {}};
    entities << EntityDef{QStringLiteral("product"),
                          QStringLiteral("products"),
                          {text("sku", P::ServerOwned), text("name", P::ServerOwned), text("category", P::ServerOwned),
                           text("unit", P::ServerOwned), integer("unit_price_minor", P::ServerOwned),
                           text("currency", P::ServerOwned), integer("tax_rate_bp", P::ServerOwned),
                           boolean("active", P::ServerOwned)},
                          {},
                          {}};
    entities << EntityDef{QStringLiteral("price_list_item"),
                          QStringLiteral("price_list_items"),
                          {ref("price_list_id", "price_list", P::Immutable), ref("product_id", "product", P::Immutable),
                           integer("unit_price_minor", P::ServerOwned)},
                          QStringLiteral("price_list"),
                          QStringLiteral("price_list_id")};
    entities << EntityDef{
        QStringLiteral("customer"),
        QStringLiteral("customers"),
        {text("code", P::Immutable), text("name", P::Manual), text("contact_person", P::LastWriterWins),
         text("phone", P::LastWriterWins), text("email", P::LastWriterWins), text("street", P::Manual),
         text("postal_code", P::Manual), text("city", P::Manual), text("country_code", P::Manual),
         real("latitude", P::Manual), real("longitude", P::Manual), integer("credit_limit_minor", P::ServerOwned),
         text("currency", P::ServerOwned), integer("payment_terms_days", P::ServerOwned),
         ref("price_list_id", "price_list", P::ServerOwned, true), ref("territory_id", "territory", P::ServerOwned),
         text("status", P::ServerOwned), text("notes", P::LastWriterWins)},
        {},
        {}};
    entities << EntityDef{QStringLiteral("visit"),
                          QStringLiteral("visits"),
                          {ref("customer_id", "customer", P::Immutable), ref("agent_id", "agent", P::ServerOwned),
                           timestamp("planned_at", P::LastWriterWins, false), text("status", P::StateMachine),
                           timestamp("checked_in_at", P::Manual), real("check_in_latitude", P::Manual),
                           real("check_in_longitude", P::Manual), real("check_in_accuracy_m", P::Manual),
                           text("check_in_source", P::Manual, true), real("check_in_distance_m", P::Manual),
                           boolean("outside_geofence", P::Manual), text("check_in_reason", P::Manual),
                           timestamp("checked_out_at", P::Manual), text("outcome", P::LastWriterWins),
                           text("notes", P::LastWriterWins), text("follow_up", P::LastWriterWins),
                           text("cancel_reason", P::LastWriterWins)},
                          QStringLiteral("customer"),
                          QStringLiteral("customer_id")};
    entities << EntityDef{QStringLiteral("order"),
                          QStringLiteral("orders"),
                          {ref("customer_id", "customer", P::Immutable), ref("agent_id", "agent", P::Immutable),
                           ref("visit_id", "visit", P::Immutable, true), text("status", P::StateMachine),
                           text("currency", P::Immutable), integer("net_minor", P::Derived),
                           integer("tax_minor", P::Derived), integer("total_minor", P::Derived),
                           text("notes", P::LastWriterWins), text("status_reason", P::LastWriterWins),
                           timestamp("created_at", P::Immutable, false), timestamp("submitted_at", P::StateMachine),
                           timestamp("decided_at", P::StateMachine), timestamp("fulfilled_at", P::StateMachine),
                           timestamp("cancelled_at", P::StateMachine)},
                          QStringLiteral("customer"),
                          QStringLiteral("customer_id")};
    entities << EntityDef{QStringLiteral("order_line"),
                          QStringLiteral("order_lines"),
                          {ref("order_id", "order", P::Immutable), integer("line_no", P::Immutable),
                           ref("product_id", "product", P::Manual), text("description", P::LastWriterWins),
                           integer("quantity_milli", P::Manual), integer("unit_price_minor", P::Manual),
                           integer("discount_minor", P::Manual), integer("tax_rate_bp", P::Manual),
                           integer("net_minor", P::Derived), integer("tax_minor", P::Derived)},
                          QStringLiteral("order"),
                          QStringLiteral("order_id")};
    entities << EntityDef{QStringLiteral("transaction"),
                          QStringLiteral("transactions"),
                          {ref("customer_id", "customer", P::AppendOnly), ref("order_id", "order", P::AppendOnly, true),
                           text("kind", P::AppendOnly), text("direction", P::AppendOnly),
                           ref("reverses_id", "transaction", P::AppendOnly, true),
                           integer("amount_minor", P::AppendOnly), text("currency", P::AppendOnly),
                           text("method", P::AppendOnly), text("reference", P::AppendOnly),
                           text("reason", P::AppendOnly), timestamp("occurred_at", P::AppendOnly, false),
                           text("recorded_by", P::AppendOnly)},
                          QStringLiteral("customer"),
                          QStringLiteral("customer_id")};
    entities << EntityDef{QStringLiteral("audit_entry"),
                          QStringLiteral("audit_entries"),
                          {timestamp("at", P::AppendOnly, false), text("user_id", P::AppendOnly),
                           text("device_id", P::AppendOnly), text("action", P::AppendOnly),
                           text("entity", P::AppendOnly), text("row_id", P::AppendOnly),
                           text("details", P::AppendOnly)},
                          {},
                          {}};
    return entities;
}

} // namespace

const FieldDef *EntityDef::field(const QString &fieldName) const
{
    for (const FieldDef &f : fields) {
        if (f.name == fieldName) {
            return &f;
        }
    }
    return nullptr;
}

QStringList EntityDef::fieldNames() const
{
    QStringList names;
    names.reserve(fields.size());
    for (const FieldDef &f : fields) {
        names << f.name;
    }
    return names;
}

const QList<EntityDef> &EntitySchema::all()
{
    static const QList<EntityDef> schema = makeSchema();
    return schema;
}

const EntityDef *EntitySchema::find(const QString &name)
{
    for (const EntityDef &entity : all()) {
        if (entity.name == name) {
            return &entity;
        }
    }
    return nullptr;
}

const EntityDef &EntitySchema::get(const QString &name)
{
    const EntityDef *entity = find(name);
    Q_ASSERT_X(entity, "EntitySchema::get", "unknown entity");
    return *entity;
}

} // namespace SalesSync
