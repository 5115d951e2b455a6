#pragma once

#include "core/store/entityschema.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace SalesSync {

// Which side's value a field kept after a concurrent edit, as reported to the device.
enum class Resolution {
    Mine,     // the pushed value was taken
    Theirs,   // the server kept its value
    Manual,   // the server kept its value; a person decides
    Rejected, // the op was refused
};

QString resolutionToText(Resolution resolution);
std::optional<Resolution> resolutionFromText(QStringView text);

// What each conflict policy means, as pure functions: one pushed field of an update against the
// server's row. No database, no clock: the server's push applies the decision, the tests check
// every policy against a table of cases.
namespace FieldMerge {

// One field of an update: the value the device saw (base), the value it sends (mine), the
// server's value now (theirs), the op's clock and the clock of the server's last write to the
// field, and whether the pushing user's role may change this field (FieldDef::writers).
struct Input {
    QJsonValue base;
    QJsonValue mine;
    QJsonValue theirs;
    QString mineHlc;
    QString theirsHlc;
    bool writer = true;
    Role role = Role::Agent; // the pushing user's, for state machines that depend on it
};

enum class Outcome {
    Unchanged, // the field already has the value: nothing to write, nothing to report
    Take,      // write the pushed value
    Keep,      // keep the server's value
    Reject,    // refuse the whole op (see Decision::code)
};

// Why an op is refused because of one field.
enum class RejectReason { None, Immutable, IllegalTransition, AppendOnly, NotWriter };

struct Decision {
    Outcome outcome = Outcome::Unchanged;
    // Report the field as a conflict (and record it), with this resolution.
    bool conflict = false;
    Resolution resolution = Resolution::Mine;
    RejectReason reason = RejectReason::None;
    QString message; // for a rejection: why, for people

    bool operator==(const Decision &) const = default;
};

// Whether two wire values of a field are the same value (1 and 1.0, true and 1, two spellings
// of one instant).
bool sameValue(const FieldDef &field, const QJsonValue &a, const QJsonValue &b);

// The policy's decision for one field:
// - the same value as the server's: Unchanged;
// - Immutable and AppendOnly fields never change: Reject;
// - a StateMachine field with a state machine must make a legal transition from the server's
//   value, else Reject (a refused op records nothing, so no conflict either);
// - Derived fields are the server's to compute: Keep, never merged, never a conflict;
// - a field the role may not change (a credit limit for an agent): Reject, naming who may;
// - not changed on the server since the device saw it: Take;
// - changed on both sides: LastWriterWins and StateMachine take the later clock; ServerOwned
//   takes the pushed value (only its writers get here); Manual keeps the server's value and
//   waits for a person. Each of these is reported as a conflict.
Decision decide(const FieldDef &field, const Input &input);

} // namespace FieldMerge

} // namespace SalesSync
