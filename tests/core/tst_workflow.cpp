#include "core/rules/workflow.h"

#include <QTest>

using namespace SalesSync;

Q_DECLARE_METATYPE(SalesSync::OrderStatus)
Q_DECLARE_METATYPE(SalesSync::VisitStatus)

class TestWorkflow : public QObject {
    Q_OBJECT

private slots:
    void orderTransitions_data();
    void orderTransitions();
    void visitTransitions_data();
    void visitTransitions();
};

void TestWorkflow::orderTransitions_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<OrderStatus>("to");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");
    using S = OrderStatus;
    QTest::newRow("draft -> submitted") << S::Draft << S::Submitted << true << "";
    QTest::newRow("draft -> cancelled") << S::Draft << S::Cancelled << true << "";
    QTest::newRow("submitted -> approved") << S::Submitted << S::Approved << true << "";
    QTest::newRow("submitted -> rejected") << S::Submitted << S::Rejected << true << "";
    QTest::newRow("submitted -> cancelled") << S::Submitted << S::Cancelled << true << "";
    QTest::newRow("approved -> fulfilled") << S::Approved << S::Fulfilled << true << "";
    QTest::newRow("draft -> approved") << S::Draft << S::Approved << false << "must be submitted first";
    QTest::newRow("draft -> fulfilled") << S::Draft << S::Fulfilled << false << "must be submitted first";
    QTest::newRow("submitted -> fulfilled") << S::Submitted << S::Fulfilled << false << "must be approved first";
    QTest::newRow("submitted -> draft") << S::Submitted << S::Draft << false << "cannot go back to draft";
    QTest::newRow("approved -> cancelled") << S::Approved << S::Cancelled << false << "reverse its invoice";
    QTest::newRow("approved -> rejected") << S::Approved << S::Rejected << false << "can only be fulfilled";
    QTest::newRow("fulfilled -> cancelled") << S::Fulfilled << S::Cancelled << false << "is final";
    QTest::newRow("rejected -> approved") << S::Rejected << S::Approved << false << "is final";
    QTest::newRow("cancelled -> draft") << S::Cancelled << S::Draft << false << "is final";
    QTest::newRow("draft -> draft") << S::Draft << S::Draft << false << "already has that status";
}

void TestWorkflow::orderTransitions()
{
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    const Status s = Workflow::checkOrderTransition(from, to);
    QCOMPARE(s.ok(), allowed);
    QCOMPARE(Workflow::nextOrderStatuses(from).contains(to), allowed);
    if (!allowed) {
        QCOMPARE(s.error().code(), ErrorCode::IllegalTransition);
        // The message names both states and says why.
        QVERIFY2(s.error().message().contains(reason), qPrintable(s.error().message()));
        QVERIFY(s.error().message().startsWith(QStringLiteral("An order cannot go from ")));
    }
}

void TestWorkflow::visitTransitions_data()
{
    QTest::addColumn<VisitStatus>("from");
    QTest::addColumn<VisitStatus>("to");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");
    using S = VisitStatus;
    QTest::newRow("planned -> checked in") << S::Planned << S::CheckedIn << true << "";
    QTest::newRow("planned -> cancelled") << S::Planned << S::Cancelled << true << "";
    QTest::newRow("planned -> missed") << S::Planned << S::Missed << true << "";
    QTest::newRow("checked in -> completed") << S::CheckedIn << S::Completed << true << "";
    QTest::newRow("planned -> completed") << S::Planned << S::Completed << false << "must check in first";
    QTest::newRow("checked in -> cancelled") << S::CheckedIn << S::Cancelled << false << "checking out";
    QTest::newRow("completed -> planned") << S::Completed << S::Planned << false << "is final";
    QTest::newRow("missed -> checked in") << S::Missed << S::CheckedIn << false << "is final";
    QTest::newRow("cancelled -> planned") << S::Cancelled << S::Planned << false << "is final";
}

void TestWorkflow::visitTransitions()
{
    QFETCH(VisitStatus, from);
    QFETCH(VisitStatus, to);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    const Status s = Workflow::checkVisitTransition(from, to);
    QCOMPARE(s.ok(), allowed);
    if (!allowed) {
        QCOMPARE(s.error().code(), ErrorCode::IllegalTransition);
        QVERIFY2(s.error().message().contains(reason), qPrintable(s.error().message()));
    }
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
