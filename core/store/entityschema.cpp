#include "core/store/entityschema.h"

#include "core/domain/customer.h"
#include "core/domain/enumtext.h"
#include "core/domain/territory.h"
#include "core/domain/transaction.h"
#include "core/rules/workflow.h"

namespace SalesSync {

namespace {

const std::pair<ConflictPolicy, const char16_t *> kPolicyTexts[] = {
    {ConflictPolicy::LastWriterWins, u"last_writer_wins"},
    {ConflictPolicy::Manual, u"manual"},
    {ConflictPolicy::ServerOwned, u"server_owned"},
    {ConflictPolicy::StateMachine, u"state_machine"},
    {ConflictPolicy::Immutable, u"immutable"},
    {ConflictPolicy::Derived, u"derived"},
    {ConflictPolicy::AppendOnly, u"append_only"},
};

const std::pair<FieldType, const char16_t *> kTypeTexts[] = {
    {FieldType::Text, u"text"},       {FieldType::Integer, u"integer"},     {FieldType::Real, u"number"},
    {FieldType::Boolean, u"boolean"}, {FieldType::Timestamp, u"timestamp"}, {FieldType::Date, u"date"},
};

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
FieldDef date(const char *name, ConflictPolicy policy)
{
    return FieldDef{QString::fromLatin1(name), FieldType::Date, policy, false};
}
// A field a create may leave out: it then holds this value.
FieldDef initially(FieldDef field, QJsonValue value)
{
    field.initial = std::move(value);
    return field;
}
// A text field that is empty unless given.
FieldDef blank(const char *name, ConflictPolicy policy)
{
    return initially(text(name, policy), QString());
}
// A text field holding one of a fixed set of values; initial, if given, is what a create that
// leaves it out gets.
FieldDef oneOf(FieldDef field, QStringList values, const QString &initial = {})
{
    field.values = std::move(values);
    if (!initial.isEmpty()) {
        field.initial = initial;
    }
    return field;
}
FieldDef currency(const char *name, ConflictPolicy policy)
{
    FieldDef field = text(name, policy);
    field.format = TextFormat::CurrencyCode;
    return field;
}
// A figure the server computes from other fields (order and line totals); a create starts it at 0.
FieldDef derived(const char *name)
{
    return initially(FieldDef{QString::fromLatin1(name), FieldType::Integer, ConflictPolicy::Derived}, 0);
}
// A field recording a manager's or admin's decision (an order's approval): theirs alone to set.
FieldDef decidedBy(FieldDef field)
{
    field.setters = RoleSet{Role::Manager, Role::Admin};
    field.writers = RoleSet{Role::Manager, Role::Admin};
    return field;
}
// A customer's master data (credit limit, terms, price list, number, territory, status): set and
// changed by managers within their territories and by admins, read-only for agents. A required
// one (the number, the territory) is given by whoever creates the row.
FieldDef masterData(FieldDef field)
{
    field.policy = ConflictPolicy::ServerOwned;
    field.writers = RoleSet{Role::Manager, Role::Admin};
    if (!field.requiredOnCreate()) {
        field.setters = RoleSet{Role::Manager, Role::Admin};
    }
    return field;
}
FieldDef stamped(FieldDef field, Stamp stamp)
{
    field.stamp = stamp;
    return field;
}
FieldDef withTransitions(FieldDef field, TransitionCheck check)
{
    field.transition = check;
    return field;
}

Status orderTransition(const QString &from, const QString &to, Role role)
{
    const std::optional<OrderStatus> a = orderStatusFromText(from);
    const std::optional<OrderStatus> b = orderStatusFromText(to);
    if (!a || !b) {
        return Error::validation(QStringLiteral("status"), Workflow::tr("is not an order status"));
    }
    return Workflow::checkOrderTransition(*a, *b, role);
}

Status visitTransition(const QString &from, const QString &to, Role)
{
    const std::optional<VisitStatus> a = visitStatusFromText(from);
    const std::optional<VisitStatus> b = visitStatusFromText(to);
    if (!a || !b) {
        return Error::validation(QStringLiteral("status"), Workflow::tr("is not a visit status"));
    }
    return Workflow::checkVisitTransition(*a, *b);
}

using P = ConflictPolicy;
using K = ScopeDef::Kind;

const ScopeDef kEveryone{K::Everyone};
ScopeDef territoryThrough(const char *field)
{
    return ScopeDef{K::Territory, QString::fromLatin1(field)};
}

// Reference data and assignments: admins write them, everyone reads them.
const Permissions kAdminsWrite{{Role::Admin}, {Role::Admin}, {Role::Admin}};
// Field data: everyone creates and edits it within their scope; only admins delete it.
const Permissions kFieldData{RoleSet::all(), RoleSet::all(), {Role::Admin}};

// A visit nobody has begun, or an order nobody has submitted, may be deleted by whoever may edit
// it (an agent's mistake undone); once under way it is cancelled instead, so that the record stays.
Permissions deletableWhile(DeleteCheck check, const char *note)
{
    return Permissions{RoleSet::all(), RoleSet::all(), RoleSet::all(), check, QString::fromLatin1(note)};
}

Status visitDeletable(const QJsonObject &row, Role role)
{
    const QString status = row.value(QStringLiteral("status")).toString();
    if (role == Role::Admin || status == visitStatusToText(VisitStatus::Planned)) {
        return {};
    }
    return Error(ErrorCode::IllegalTransition,
                 Workflow::tr("A visit can be deleted only while it is planned; this one is %1. Cancel it instead.")
                     .arg(Workflow::visitStatusName(visitStatusFromText(status).value_or(VisitStatus::Planned))));
}

Status orderDeletable(const QJsonObject &row, Role role)
{
    const QString status = row.value(QStringLiteral("status")).toString();
    if (role == Role::Admin || status == orderStatusToText(OrderStatus::Draft)) {
        return {};
    }
    return Error(ErrorCode::IllegalTransition,
                 Workflow::tr("An order can be deleted only while it is a draft; this one is %1. Cancel it instead.")
                     .arg(Workflow::orderStatusName(orderStatusFromText(status).value_or(OrderStatus::Draft))));
}
// Assignments within a territory: admins anywhere, managers within their subtree (the territory
// in field via must be in their scope).
Permissions managedThrough(const char *via)
{
    const RoleSet staff{Role::Manager, Role::Admin};
    return Permissions{staff, staff, staff, nullptr, {}, QString::fromLatin1(via)};
}
// Targets and the like: managers write them for their subtree, admins anywhere.
const Permissions kManagersWrite{
    {Role::Manager, Role::Admin}, {Role::Manager, Role::Admin}, {Role::Manager, Role::Admin}};
// Rows that are only ever inserted.
const Permissions kInsertOnly{RoleSet::all(), {}, {}};

EntityDef entity(const char *name, const char *table, ScopeDef scope, Permissions permissions, QList<FieldDef> fields)
{
    return EntityDef{QString::fromLatin1(name),
                     QString::fromLatin1(table),
                     std::move(fields),
                     std::move(scope),
                     permissions,
                     false,
                     {}};
}

EntityDef appendOnly(EntityDef entity)
{
    entity.appendOnly = true;
    entity.permissions.update = {};
    entity.permissions.remove = {};
    return entity;
}

// Who may change a field of an existing row, where the declaration does not say.
RoleSet defaultWriters(const FieldDef &field, const EntityDef &entity)
{
    switch (field.policy) {
    case ConflictPolicy::Immutable:
    case ConflictPolicy::AppendOnly:
    case ConflictPolicy::Derived:
        return {};
    case ConflictPolicy::ServerOwned:
        return entity.permissions.update.intersected({Role::Admin});
    case ConflictPolicy::LastWriterWins:
    case ConflictPolicy::Manual:
    case ConflictPolicy::StateMachine:
        break;
    }
    return entity.permissions.update;
}

// Who may give a field a value of their own on create, where the declaration does not say.
RoleSet defaultSetters(const FieldDef &field, const EntityDef &entity)
{
    if (field.policy == ConflictPolicy::Derived) {
        return {};
    }
    if (field.policy == ConflictPolicy::ServerOwned && !field.requiredOnCreate()) {
        return entity.permissions.create.intersected({Role::Admin});
    }
    return entity.permissions.create;
}

void fillDefaults(QList<EntityDef> &schema)
{
    for (EntityDef &entity : schema) {
        for (FieldDef &field : entity.fields) {
            if (!field.writers) {
                field.writers = defaultWriters(field, entity);
            }
            if (!field.setters) {
                field.setters = defaultSetters(field, entity);
            }
        }
    }
}

using E = AuditRule::Event;

AuditRule audited(E event, const QString &action, const QStringList &fields)
{
    return AuditRule{event, action, fields};
}
AuditRule audited(E event, const char *action, const QStringList &fields)
{
    return audited(event, QString::fromLatin1(action), fields);
}
// Recorded only when the row's new value of field is one of values.
AuditRule auditedWhen(AuditRule rule, const char *field, const QStringList &values, const QStringList &context = {})
{
    rule.whenField = QString::fromLatin1(field);
    rule.whenValues = values;
    rule.context = context;
    return rule;
}
// An entity whose every create, change and delete is recorded (admin data): "<entity>.created",
// "<entity>.changed" (the fields in changed), "<entity>.deleted".
QList<AuditRule> everyChange(const EntityDef &entity, const QStringList &changed)
{
    return {audited(E::Create, entity.name + QStringLiteral(".created"), entity.fieldNames()),
            audited(E::Update, entity.name + QStringLiteral(".changed"), changed),
            audited(E::Delete, entity.name + QStringLiteral(".deleted"), entity.fieldNames())};
}

// Every admin action and every sensitive change (docs/sync-protocol.md, "The audit trail").
void addAuditRules(QList<EntityDef> &schema)
{
    const auto rules = [&](const char *name) -> QList<AuditRule> & {
        return std::find_if(schema.begin(), schema.end(),
                            [&](const EntityDef &e) { return e.name == QLatin1StringView(name); })
            ->audit;
    };
    const auto entityNamed = [&](const char *name) -> const EntityDef & {
        return *std::find_if(schema.cbegin(), schema.cend(),
                             [&](const EntityDef &e) { return e.name == QLatin1StringView(name); });
    };
    const QStringList profileFields = [&] {
        QStringList fields = entityNamed("company_profile").fieldNames();
        fields.removeAll(QStringLiteral("logo")); // an image: whether it changed shows in the version
        return fields;
    }();
    rules("company_profile") = {
        audited(E::Create, "company_profile.created", profileFields),
        audited(E::Update, "company_profile.changed", entityNamed("company_profile").fieldNames())};
    rules("territory") = everyChange(entityNamed("territory"), {QStringLiteral("code"), QStringLiteral("name")});
    rules("territory") << audited(E::Update, "territory.moved", {QStringLiteral("parent_id")})
                       << auditedWhen(audited(E::Update, "territory.deactivated", {QStringLiteral("active")}), "active",
                                      {QStringLiteral("false")})
                       << auditedWhen(audited(E::Update, "territory.reactivated", {QStringLiteral("active")}), "active",
                                      {QStringLiteral("true")});
    rules("user") = everyChange(entityNamed("user"),
                                {QStringLiteral("username"), QStringLiteral("display_name"), QStringLiteral("email")});
    rules("user") << audited(E::Update, "user.role_changed", {QStringLiteral("role")})
                  << auditedWhen(audited(E::Update, "user.disabled", {QStringLiteral("active")}), "active",
                                 {QStringLiteral("false")})
                  << auditedWhen(audited(E::Update, "user.enabled", {QStringLiteral("active")}), "active",
                                 {QStringLiteral("true")});
    rules("manager_territory") = {
        audited(E::Create, "manager_territory.created", entityNamed("manager_territory").fieldNames()),
        audited(E::Delete, "manager_territory.deleted", entityNamed("manager_territory").fieldNames())};
    rules("agent") = everyChange(entityNamed("agent"),
                                 {QStringLiteral("employee_id"), QStringLiteral("phone"), QStringLiteral("active")});
    rules("agent_territory") = {
        audited(E::Create, "agent_territory.created", entityNamed("agent_territory").fieldNames()),
        audited(E::Delete, "agent_territory.deleted", entityNamed("agent_territory").fieldNames())};
    for (const char *reference : {"price_list", "product", "price_list_item"}) {
        QStringList changed = entityNamed(reference).fieldNames();
        rules(reference) = everyChange(entityNamed(reference), changed);
    }
    const QStringList master{QStringLiteral("code"),          QStringLiteral("credit_limit_minor"),
                             QStringLiteral("currency"),      QStringLiteral("payment_terms_days"),
                             QStringLiteral("price_list_id"), QStringLiteral("territory_id"),
                             QStringLiteral("status")};
    const char *masterActions[] = {"customer.number_changed",     "customer.credit_limit_changed",
                                   "customer.currency_changed",   "customer.payment_terms_changed",
                                   "customer.price_list_changed", "customer.territory_changed",
                                   "customer.status_changed"};
    for (qsizetype i = 0; i < master.size(); ++i) {
        rules("customer") << audited(E::Update, masterActions[i], {master.at(i)});
    }
    rules("customer") << audited(E::Delete, "customer.deleted", {QStringLiteral("code"), QStringLiteral("name")});
    rules("visit") = {
        auditedWhen(
            audited(E::Update, "visit.checked_in_outside_geofence", {QStringLiteral("outside_geofence")}),
            "outside_geofence", {QStringLiteral("true")},
            {QStringLiteral("check_in_distance_m"), QStringLiteral("check_in_reason"), QStringLiteral("customer_id")}),
        auditedWhen(audited(E::Update, "visit.checked_in_without_position", {QStringLiteral("check_in_source")}),
                    "check_in_source", {QStringLiteral("manual")},
                    {QStringLiteral("check_in_reason"), QStringLiteral("customer_id")}),
    };
    // A decision made offline may reach the server with the order itself (a manager's own order).
    for (const char *decision : {"approved", "rejected"}) {
        for (const E event : {E::Create, E::Update}) {
            rules("order") << auditedWhen(
                audited(event, QStringLiteral("order.") + QString::fromLatin1(decision), {QStringLiteral("status")}),
                "status", {QString::fromLatin1(decision)},
                {QStringLiteral("status_reason"), QStringLiteral("total_minor"), QStringLiteral("currency"),
                 QStringLiteral("customer_id")});
        }
    }
    rules("transaction") = {
        auditedWhen(audited(E::Create, "transaction.reversed",
                            {QStringLiteral("customer_id"), QStringLiteral("kind"), QStringLiteral("reverses_id"),
                             QStringLiteral("amount_minor"), QStringLiteral("currency"), QStringLiteral("reason")}),
                    "direction", {QStringLiteral("reverse")})};
    rules("sales_target") =
        everyChange(entityNamed("sales_target"),
                    {QStringLiteral("period_start"), QStringLiteral("period_end"), QStringLiteral("amount_minor")});
}

QList<EntityDef> makeSchema()
{
    QList<EntityDef> e;
    e << entity("company_profile", "company_profiles", kEveryone, kAdminsWrite,
                {text("name", P::ServerOwned), blank("street", P::ServerOwned), blank("postal_code", P::ServerOwned),
                 blank("city", P::ServerOwned), blank("country_code", P::ServerOwned), blank("phone", P::ServerOwned),
                 blank("email", P::ServerOwned), blank("website", P::ServerOwned), blank("vat_id", P::ServerOwned),
                 blank("registration", P::ServerOwned), blank("bank_name", P::ServerOwned),
                 blank("iban", P::ServerOwned), blank("bic", P::ServerOwned), blank("logo", P::ServerOwned)});
    e << entity("territory", "territories", kEveryone, kAdminsWrite,
                {ref("parent_id", "territory", P::ServerOwned, true),
                 oneOf(text("level", P::Immutable), territoryLevelTexts()), text("code", P::ServerOwned),
                 text("name", P::ServerOwned), initially(boolean("active", P::ServerOwned), true)});
    // Accounts carry passwords and sessions: they change only through the administration
    // endpoints (sync/server/adminservice.h), which check what a push could not (nobody disables
    // themselves or the last admin, a new role ends the sessions), never through a push.
    e << entity("user", "users", kEveryone, Permissions{},
                {text("username", P::ServerOwned), text("display_name", P::ServerOwned), blank("email", P::ServerOwned),
                 oneOf(text("role", P::ServerOwned), roleTexts()), initially(boolean("active", P::ServerOwned), true)});
    e << entity("manager_territory", "manager_territories", kEveryone, kAdminsWrite,
                {ref("user_id", "user", P::Immutable), ref("territory_id", "territory", P::Immutable)});
    e << entity("agent", "agents", kEveryone, kAdminsWrite,
                {ref("user_id", "user", P::Immutable), text("employee_id", P::ServerOwned),
                 blank("phone", P::LastWriterWins), initially(boolean("active", P::ServerOwned), true)});
    e << entity("agent_territory", "agent_territories", kEveryone, managedThrough("territory_id"),
                {ref("agent_id", "agent", P::Immutable), ref("territory_id", "territory", P::Immutable)});
    e << entity("price_list", "price_lists", kEveryone, kAdminsWrite,
                {text("name", P::ServerOwned), currency("currency", P::ServerOwned),
                 initially(boolean("active", P::ServerOwned), true)});
    e << entity("product", "products", kEveryone, kAdminsWrite,
                {text("sku", P::ServerOwned), text("name", P::ServerOwned), blank("category", P::ServerOwned),
                 text("unit", P::ServerOwned), integer("unit_price_minor", P::ServerOwned),
                 currency("currency", P::ServerOwned), integer("tax_rate_bp", P::ServerOwned),
                 initially(boolean("active", P::ServerOwned), true)});
    e << entity("price_list_item", "price_list_items", kEveryone, kAdminsWrite,
                {ref("price_list_id", "price_list", P::Immutable), ref("product_id", "product", P::Immutable),
                 integer("unit_price_minor", P::ServerOwned)});
    e << entity("customer", "customers", territoryThrough("territory_id"), kFieldData,
                {masterData(text("code", P::ServerOwned)), text("name", P::Manual),
                 blank("contact_person", P::LastWriterWins), blank("phone", P::LastWriterWins),
                 blank("email", P::LastWriterWins), blank("street", P::Manual), blank("postal_code", P::Manual),
                 blank("city", P::Manual), blank("country_code", P::Manual), real("latitude", P::Manual),
                 real("longitude", P::Manual), masterData(initially(integer("credit_limit_minor", P::ServerOwned), 0)),
                 currency("currency", P::ServerOwned),
                 masterData(initially(integer("payment_terms_days", P::ServerOwned), 30)),
                 masterData(ref("price_list_id", "price_list", P::ServerOwned, true)),
                 masterData(ref("territory_id", "territory", P::ServerOwned)),
                 masterData(oneOf(text("status", P::ServerOwned), customerStatusTexts(), QStringLiteral("active"))),
                 blank("notes", P::LastWriterWins), blank("language", P::LastWriterWins)});
    e << entity("visit", "visits", territoryThrough("customer_id"),
                deletableWhile(visitDeletable, "agents and managers only while its `status` is `planned`"),
                {ref("customer_id", "customer", P::Immutable),
                 stamped(ref("agent_id", "agent", P::ServerOwned), Stamp::SessionAgent),
                 timestamp("planned_at", P::LastWriterWins, false),
                 withTransitions(oneOf(text("status", P::StateMachine), visitStatusTexts(), QStringLiteral("planned")),
                                 visitTransition),
                 timestamp("checked_in_at", P::Manual), real("check_in_latitude", P::Manual),
                 real("check_in_longitude", P::Manual), real("check_in_accuracy_m", P::Manual),
                 oneOf(text("check_in_source", P::Manual, true), positionSourceTexts()),
                 real("check_in_distance_m", P::Manual), initially(boolean("outside_geofence", P::Manual), false),
                 blank("check_in_reason", P::Manual), timestamp("checked_out_at", P::Manual),
                 blank("outcome", P::LastWriterWins), blank("notes", P::LastWriterWins),
                 blank("follow_up", P::LastWriterWins), blank("cancel_reason", P::LastWriterWins),
                 initially(boolean("appointment", P::LastWriterWins), false)});
    e << entity("order", "orders", territoryThrough("customer_id"),
                deletableWhile(orderDeletable, "agents and managers only while its `status` is `draft`"),
                {ref("customer_id", "customer", P::Immutable),
                 stamped(ref("agent_id", "agent", P::Immutable), Stamp::SessionAgent),
                 ref("visit_id", "visit", P::Immutable, true),
                 withTransitions(oneOf(text("status", P::StateMachine), orderStatusTexts(), QStringLiteral("draft")),
                                 orderTransition),
                 currency("currency", P::Immutable), derived("net_minor"), derived("tax_minor"), derived("total_minor"),
                 blank("notes", P::LastWriterWins), blank("status_reason", P::LastWriterWins),
                 timestamp("created_at", P::Immutable, false), timestamp("submitted_at", P::StateMachine),
                 decidedBy(timestamp("decided_at", P::StateMachine)),
                 decidedBy(timestamp("fulfilled_at", P::StateMachine)), timestamp("cancelled_at", P::StateMachine)});
    e << entity("order_line", "order_lines", territoryThrough("order_id"),
                {RoleSet::all(), RoleSet::all(), RoleSet::all()},
                {ref("order_id", "order", P::Immutable), integer("line_no", P::Immutable),
                 ref("product_id", "product", P::Manual), blank("description", P::LastWriterWins),
                 integer("quantity_milli", P::Manual), integer("unit_price_minor", P::Manual),
                 initially(integer("discount_minor", P::Manual), 0), integer("tax_rate_bp", P::Manual),
                 derived("net_minor"), derived("tax_minor")});
    e << appendOnly(
        entity("transaction", "transactions", territoryThrough("customer_id"), kInsertOnly,
               {ref("customer_id", "customer", P::AppendOnly), ref("order_id", "order", P::AppendOnly, true),
                oneOf(text("kind", P::AppendOnly), transactionKindTexts()),
                oneOf(text("direction", P::AppendOnly), transactionDirectionTexts()),
                ref("reverses_id", "transaction", P::AppendOnly, true), integer("amount_minor", P::AppendOnly),
                currency("currency", P::AppendOnly),
                oneOf(text("method", P::AppendOnly), paymentMethodTexts(), QStringLiteral("none")),
                blank("reference", P::AppendOnly), blank("reason", P::AppendOnly),
                timestamp("occurred_at", P::AppendOnly, false),
                stamped(text("recorded_by", P::AppendOnly), Stamp::SessionUser)}));
    // The audit trail is the server's: it writes every entry itself, nobody else adds, edits or
    // deletes one.
    e << appendOnly(
        entity("audit_entry", "audit_entries", ScopeDef{K::AdminsOnly}, Permissions{},
               {timestamp("at", P::AppendOnly, false), stamped(text("user_id", P::AppendOnly), Stamp::SessionUser),
                stamped(text("device_id", P::AppendOnly), Stamp::SessionDevice), text("action", P::AppendOnly),
                text("entity", P::AppendOnly), text("row_id", P::AppendOnly),
                initially(text("details", P::AppendOnly), QStringLiteral("{}"))}));
    e << entity("sales_target", "sales_targets", territoryThrough("territory_id"), kManagersWrite,
                {ref("territory_id", "territory", P::Immutable), ref("agent_id", "agent", P::Immutable, true),
                 date("period_start", P::Manual), date("period_end", P::Manual), currency("currency", P::Immutable),
                 integer("amount_minor", P::Manual),
                 stamped(ref("created_by", "user", P::Immutable), Stamp::SessionUser)});
    fillDefaults(e);
    addAuditRules(e);
    return e;
}

} // namespace

QString fieldTypeToText(FieldType type)
{
    return enumToText(kTypeTexts, type);
}

QString conflictPolicyToText(ConflictPolicy policy)
{
    return enumToText(kPolicyTexts, policy);
}

std::optional<ConflictPolicy> conflictPolicyFromText(QStringView text)
{
    return enumFromText(kPolicyTexts, text);
}

RoleSet::RoleSet(std::initializer_list<Role> roles)
{
    for (const Role role : roles) {
        m_bits |= bit(role);
    }
}

RoleSet RoleSet::intersected(RoleSet other) const
{
    RoleSet result;
    result.m_bits = m_bits & other.m_bits;
    return result;
}

QStringList RoleSet::texts() const
{
    QStringList out;
    for (const Role role : {Role::Agent, Role::Manager, Role::Admin}) {
        if (contains(role)) {
            out << roleToText(role);
        }
    }
    return out;
}

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

bool EntityDef::isScopeRoot() const
{
    const FieldDef *via = isScoped() ? field(scope.via) : nullptr;
    return via != nullptr && via->references == u"territory";
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

QList<ScopeHop> EntitySchema::scopePath(const EntityDef &entity)
{
    QList<ScopeHop> path;
    for (const EntityDef *at = &entity; at != nullptr && at->isScoped();) {
        path << ScopeHop{at, at->scope.via};
        if (at->isScopeRoot()) {
            break;
        }
        const FieldDef *via = at->field(at->scope.via);
        Q_ASSERT_X(via && !via->references.isEmpty(), "EntitySchema::scopePath", "scope through a non-reference");
        at = via ? find(via->references) : nullptr;
    }
    return path;
}

const EntityDef *EntitySchema::scopeRoot(const EntityDef &entity)
{
    const QList<ScopeHop> path = scopePath(entity);
    return path.isEmpty() ? nullptr : path.last().entity;
}

QList<const EntityDef *> EntitySchema::scopeRoots()
{
    QList<const EntityDef *> roots;
    for (const EntityDef &entity : all()) {
        if (entity.isScopeRoot()) {
            roots << &entity;
        }
    }
    return roots;
}

QList<const EntityDef *> EntitySchema::dependentsOf(const EntityDef &root)
{
    QList<const EntityDef *> dependents;
    for (const EntityDef &entity : all()) {
        if (&entity != &root && scopeRoot(entity) == &root) {
            dependents << &entity;
        }
    }
    return dependents;
}

} // namespace SalesSync
