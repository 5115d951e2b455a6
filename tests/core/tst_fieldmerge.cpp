#include "core/rules/fieldmerge.h"

#include <QJsonValue>
#include <QTest>

using namespace SalesSync;
using FieldMerge::Outcome;
using FieldMerge::RejectReason;

Q_DECLARE_METATYPE(FieldMerge::Outcome)
Q_DECLARE_METATYPE(FieldMerge::RejectReason)
Q_DECLARE_METATYPE(SalesSync::Resolution)
Q_DECLARE_METATYPE(SalesSync::ConflictPolicy)

namespace {

// "A" before "B": clocks compare as text.
const QString kEarly = QStringLiteral("0001763780924000-0000-a");
const QString kLate = QStringLiteral("0001763780925000-0000-b");

Status orderLike(const QString &from, const QString &to, Role)
{
    // draft -> submitted -> approved; nothing goes back.
    const QStringList steps = {QStringLiteral("draft"), QStringLiteral("submitted"), QStringLiteral("approved")};
    if (steps.indexOf(to) == steps.indexOf(from) + 1) {
        return {};
    }
    return Error(ErrorCode::IllegalTransition, QStringLiteral("%1 cannot follow %2").arg(to, from));
}

FieldDef field(ConflictPolicy policy, FieldType type = FieldType::Text)
{
    FieldDef f{QStringLiteral("f"), type, policy};
    if (policy == ConflictPolicy::StateMachine) {
        f.transition = orderLike;
    }
    return f;
}

} // namespace

class TestFieldMerge : public QObject {
    Q_OBJECT

private slots:
    void decide_data();
    void decide();
    void sameValueAcrossSpellings();
    void texts();
};

void TestFieldMerge::decide_data()
{
    QTest::addColumn<ConflictPolicy>("policy");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("mineHlc");
    QTest::addColumn<bool>("writer");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<bool>("conflict");
    QTest::addColumn<Resolution>("resolution");
    QTest::addColumn<RejectReason>("reason");

    using P = ConflictPolicy;
    using R = Resolution;
    const RejectReason none = RejectReason::None;
    // policy, base, mine, theirs, my clock (theirs is the other), writer -> decision
    QTest::newRow("same value: nothing to do")
        << P::Manual << "a"
        << "b"
        << "b" << kLate << true << Outcome::Unchanged << false << R::Mine << none;
    QTest::newRow("lww, only mine changed") << P::LastWriterWins << "a"
                                            << "b"
                                            << "a" << kEarly << true << Outcome::Take << false << R::Mine << none;
    QTest::newRow("lww, both, mine later") << P::LastWriterWins << "a"
                                           << "b"
                                           << "c" << kLate << true << Outcome::Take << true << R::Mine << none;
    QTest::newRow("lww, both, theirs later") << P::LastWriterWins << "a"
                                             << "b"
                                             << "c" << kEarly << true << Outcome::Keep << true << R::Theirs << none;
    QTest::newRow("manual, only mine changed") << P::Manual << "a"
                                               << "b"
                                               << "a" << kEarly << true << Outcome::Take << false << R::Mine << none;
    QTest::newRow("manual, both: a person decides")
        << P::Manual << "a"
        << "b"
        << "c" << kLate << true << Outcome::Keep << true << R::Manual << none;
    QTest::newRow("server owned, writer, only mine")
        << P::ServerOwned << "a"
        << "b"
        << "a" << kEarly << true << Outcome::Take << false << R::Mine << none;
    QTest::newRow("server owned, writer, both") << P::ServerOwned << "a"
                                                << "b"
                                                << "c" << kEarly << true << Outcome::Take << true << R::Mine << none;
    // A field the role may not change is refused, not silently kept: the person learns which field.
    QTest::newRow("server owned, not a writer")
        << P::ServerOwned << "a"
        << "b"
        << "a" << kLate << false << Outcome::Reject << false << R::Rejected << RejectReason::NotWriter;
    QTest::newRow("lww, not a writer") << P::LastWriterWins << "a"
                                       << "b"
                                       << "a" << kLate << false << Outcome::Reject << false << R::Rejected
                                       << RejectReason::NotWriter;
    QTest::newRow("immutable") << P::Immutable << "a"
                               << "b"
                               << "a" << kLate << true << Outcome::Reject << false << R::Rejected
                               << RejectReason::Immutable;
    QTest::newRow("append only") << P::AppendOnly << "a"
                                 << "b"
                                 << "a" << kLate << true << Outcome::Reject << false << R::Rejected
                                 << RejectReason::AppendOnly;
    QTest::newRow("derived: recomputed, never merged")
        << P::Derived << "1"
        << "2"
        << "3" << kLate << true << Outcome::Keep << false << R::Theirs << none;
    QTest::newRow("derived, only mine changed") << P::Derived << "1"
                                                << "2"
                                                << "1" << kLate << true << Outcome::Keep << false << R::Theirs << none;
    QTest::newRow("state machine, legal step")
        << P::StateMachine << "draft"
        << "submitted"
        << "draft" << kEarly << true << Outcome::Take << false << R::Mine << none;
    QTest::newRow("state machine, illegal step")
        << P::StateMachine << "draft"
        << "approved"
        << "draft" << kLate << true << Outcome::Reject << false << R::Rejected << RejectReason::IllegalTransition;
    QTest::newRow("state machine, moved on meanwhile, later clock")
        << P::StateMachine << "draft"
        << "approved"
        << "submitted" << kLate << true << Outcome::Take << true << R::Mine << none;
    QTest::newRow("state machine, moved on meanwhile, earlier clock")
        << P::StateMachine << "draft"
        << "approved"
        << "submitted" << kEarly << true << Outcome::Keep << true << R::Theirs << none;
    QTest::newRow("state machine, moved on past mine")
        << P::StateMachine << "draft"
        << "submitted"
        << "approved" << kLate << true << Outcome::Reject << false << R::Rejected << RejectReason::IllegalTransition;
}

void TestFieldMerge::decide()
{
    QFETCH(ConflictPolicy, policy);
    QFETCH(QString, base);
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(QString, mineHlc);
    QFETCH(bool, writer);
    const QString theirsHlc = mineHlc == kLate ? kEarly : kLate;
    const FieldMerge::Decision d = FieldMerge::decide(field(policy), {base, mine, theirs, mineHlc, theirsHlc, writer});
    QTEST(d.outcome, "outcome");
    QTEST(d.conflict, "conflict");
    if (d.outcome != Outcome::Unchanged) {
        QTEST(d.resolution, "resolution");
    }
    QTEST(d.reason, "reason");
    QCOMPARE(d.message.isEmpty(), d.outcome != Outcome::Reject);
}

void TestFieldMerge::sameValueAcrossSpellings()
{
    const FieldDef when = field(ConflictPolicy::LastWriterWins, FieldType::Timestamp);
    QVERIFY(FieldMerge::sameValue(when, QStringLiteral("2026-11-22T03:08:44.000Z"),
                                  QStringLiteral("2026-11-22T03:08:44Z")));
    const FieldDef count = field(ConflictPolicy::Manual, FieldType::Integer);
    QVERIFY(FieldMerge::sameValue(count, 3, 3.0));
    QVERIFY(!FieldMerge::sameValue(count, 3, 4));
    const FieldDef flag = field(ConflictPolicy::Manual, FieldType::Boolean);
    QVERIFY(FieldMerge::sameValue(flag, true, 1));
    QVERIFY(FieldMerge::sameValue(flag, QJsonValue::Null, QJsonValue(QJsonValue::Undefined)));
    QVERIFY(!FieldMerge::sameValue(flag, QJsonValue::Null, false));
    // Equal values never make a conflict, whatever the policy.
    const FieldMerge::Decision d =
        FieldMerge::decide(count, {QJsonValue(1), QJsonValue(3.0), QJsonValue(3), kEarly, kLate, false});
    QCOMPARE(d.outcome, Outcome::Unchanged);
    QVERIFY(!d.conflict);
}

void TestFieldMerge::texts()
{
    for (const Resolution r : {Resolution::Mine, Resolution::Theirs, Resolution::Manual, Resolution::Rejected}) {
        QCOMPARE(resolutionFromText(resolutionToText(r)), r);
    }
    QCOMPARE(resolutionToText(Resolution::Theirs), QStringLiteral("theirs"));
    QCOMPARE(resolutionFromText(u"nobody"), std::nullopt);
    QCOMPARE(conflictPolicyToText(ConflictPolicy::LastWriterWins), QStringLiteral("last_writer_wins"));
    QCOMPARE(conflictPolicyFromText(u"server_owned"), ConflictPolicy::ServerOwned);
}

QTEST_APPLESS_MAIN(TestFieldMerge)
#include "tst_fieldmerge.moc"
