#include "core/rules/fieldmerge.h"

#include "core/domain/enumtext.h"
#include "core/timeutil.h"

#include <QCoreApplication>

#include <cmath>

namespace SalesSync {

namespace {

const std::pair<Resolution, const char16_t *> kResolutionTexts[] = {
    {Resolution::Mine, u"mine"},
    {Resolution::Theirs, u"theirs"},
    {Resolution::Manual, u"manual"},
    {Resolution::Rejected, u"rejected"},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("SalesSync::FieldMerge", text);
}

bool isMissing(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined();
}

// A refused op changes nothing and records nothing: no conflict to report.
FieldMerge::Decision rejection(FieldMerge::RejectReason reason, QString message)
{
    return FieldMerge::Decision{FieldMerge::Outcome::Reject, false, Resolution::Rejected, reason, std::move(message)};
}

FieldMerge::Decision reported(FieldMerge::Outcome outcome, Resolution resolution)
{
    return FieldMerge::Decision{outcome, true, resolution, FieldMerge::RejectReason::None, {}};
}

} // namespace

QString resolutionToText(Resolution resolution)
{
    return enumToText(kResolutionTexts, resolution);
}

std::optional<Resolution> resolutionFromText(QStringView text)
{
    return enumFromText(kResolutionTexts, text);
}

bool FieldMerge::sameValue(const FieldDef &field, const QJsonValue &a, const QJsonValue &b)
{
    if (isMissing(a) || isMissing(b)) {
        return isMissing(a) == isMissing(b);
    }
    switch (field.type) {
    case FieldType::Boolean:
        return (a.isBool() ? a.toBool() : a.toInteger() != 0) == (b.isBool() ? b.toBool() : b.toInteger() != 0);
    case FieldType::Integer:
        return a.toInteger() == b.toInteger();
    case FieldType::Real:
        return std::abs(a.toDouble() - b.toDouble()) < 1e-9;
    case FieldType::Timestamp:
        return fromIsoUtc(a.toString()) == fromIsoUtc(b.toString());
    case FieldType::Text:
    case FieldType::Date:
        return a.toString() == b.toString();
    }
    return false;
}

FieldMerge::Decision FieldMerge::decide(const FieldDef &field, const Input &in)
{
    if (sameValue(field, in.mine, in.theirs)) {
        return {};
    }
    switch (field.policy) {
    case ConflictPolicy::Immutable:
        return rejection(RejectReason::Immutable, tr("cannot change after the row was created"));
    case ConflictPolicy::AppendOnly:
        return rejection(RejectReason::AppendOnly, tr("is part of a row that can only be added, never changed"));
    case ConflictPolicy::Derived:
        return Decision{Outcome::Keep, false, Resolution::Theirs, RejectReason::None, {}};
    case ConflictPolicy::StateMachine:
        if (field.transition) {
            if (const Status allowed = field.transition(in.theirs.toString(), in.mine.toString(), in.role); !allowed) {
                return rejection(RejectReason::IllegalTransition, allowed.error().message());
            }
        }
        break;
    case ConflictPolicy::LastWriterWins:
    case ConflictPolicy::ServerOwned:
    case ConflictPolicy::Manual:
        break;
    }
    if (!in.writer) {
        const QStringList writers = field.writers.value_or(RoleSet()).texts();
        return rejection(RejectReason::NotWriter,
                         writers.isEmpty() ? tr("cannot be changed by anyone")
                                           : tr("may be changed only by: %1").arg(writers.join(QStringLiteral(", "))));
    }
    if (sameValue(field, in.base, in.theirs)) { // nobody else changed it since the device saw it
        return Decision{Outcome::Take, false, Resolution::Mine, RejectReason::None, {}};
    }
    switch (field.policy) {
    case ConflictPolicy::LastWriterWins:
    case ConflictPolicy::StateMachine: {
        const bool later = in.mineHlc > in.theirsHlc;
        return reported(later ? Outcome::Take : Outcome::Keep, later ? Resolution::Mine : Resolution::Theirs);
    }
    case ConflictPolicy::ServerOwned:
        return reported(Outcome::Take, Resolution::Mine);
    case ConflictPolicy::Manual:
        return reported(Outcome::Keep, Resolution::Manual);
    case ConflictPolicy::Immutable:
    case ConflictPolicy::AppendOnly:
    case ConflictPolicy::Derived:
        break; // decided above
    }
    return {};
}

} // namespace SalesSync
