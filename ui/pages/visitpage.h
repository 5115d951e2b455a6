#pragma once

#include "core/domain/customer.h"
#include "core/domain/visit.h"
#include "core/reports/visitbrief.h"
#include "core/repositories/visitrepository.h"
#include "core/store/localsettings.h"
#include "ui/confirm.h"
#include "ui/fielderrors.h"
#include "ui/positionprovider.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace SalesSync {

class MapView;
class MessageBar;
class PageHeader;
class TileSource;
class Workspace;

// One visit as a workspace, from check-in to check-out, beside everything the agent needs at the
// customer: phone, open balance and available credit, what was ordered and paid during this
// visit, the open and the last orders, and what earlier visits noted. Check-in takes the
// position from the PositionProvider and checks it against the customer's geofence, shown on
// the map; outside it, or without a fix in time, the agent gives a reason and the check-in is
// flagged for the manager. Outcome, notes and follow-up are saved as they are typed (a second
// after the last keystroke), so nothing is lost if the laptop sleeps; check-out records the
// time in the shop. An order or a payment started here comes back here when it is done.
class VisitPage final : public QWidget {
    Q_OBJECT

public:
    VisitPage(Workspace &workspace, PositionProvider *position, QWidget *parent = nullptr);
    // Saves what was typed and not yet saved, before the workspace goes.
    ~VisitPage() override;

    // Shows a visit (what was typed for the one shown before is saved first).
    void open(const QString &visitId);
    // Saves what was typed and goes back to the day (closed()).
    void leave();
    void setPositionProvider(PositionProvider *position);
    void setTileSource(TileSource *tiles);

    const Visit &visit() const { return m_visit; }
    const VisitBrief &brief() const { return m_brief; }
    const FieldErrors &errors() const { return m_errors; }
    // The check-in line as shown: not yet, locating, how far away, or where and how it was made.
    QString checkInText() const;
    QString stateText() const;
    // The account line as shown: phone, open balance, available credit.
    QString accountText() const;

    QPushButton *checkInButton() const { return m_checkIn; }
    QPushButton *manualButton() const { return m_manual; }
    QPushButton *checkOutButton() const { return m_checkOut; }
    QPushButton *orderButton() const { return m_order; }
    QPushButton *paymentButton() const { return m_payment; }
    QPlainTextEdit *reasonField() const { return m_reason; }
    QComboBox *outcomeField() const { return m_outcome; }
    QPlainTextEdit *notesField() const { return m_notes; }
    QLineEdit *followUpField() const { return m_followUp; }
    QTreeWidget *thisVisitList() const { return m_thisVisit; }
    QTreeWidget *ordersList() const { return m_orders; }
    MapView *map() const { return m_map; }
    MessageBar *messageBar() const { return m_message; }
    // Checking out without an outcome, or within kBriefVisitMinutes of the check-in, asks first;
    // this answers for tests and scripts.
    void setConfirm(ConfirmAnswer confirm) { m_confirm = std::move(confirm); }
    static constexpr int kBriefVisitMinutes = 2;

signals:
    void orderRequested(const QString &customerId, const QString &visitId);
    void orderOpened(const QString &orderId);
    void closed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildCheckIn();
    QWidget *buildWork();
    QWidget *buildBrief();
    void reset();
    void load();
    void reloadBrief();
    void showVisit(const Visit &visit);
    void showBrief();
    void showMap();
    QString describeCheckIn() const;
    void locate();
    void onFix(const PositionFix &fix);
    void onNoFix(const QString &reason);
    void checkIn(const CheckInInput &input);
    void saveNotes();
    void flushNotes();
    void checkOut();
    bool confirmCheckOut();
    void recordPayment();

    Workspace &m_workspace;
    QPointer<PositionProvider> m_position;
    Visit m_visit;
    VisitBrief m_brief;
    ConfirmAnswer m_confirm;
    LocalSettings m_settings;         // the geofence radius and how long to wait for a position
    std::optional<PositionFix> m_fix; // the fix waiting for a reason (outside the geofence)
    bool m_locating = false;          // a position was asked for and has not come
    quint64 m_generation = 0;         // which open() a read belongs to
    quint64 m_briefReads = 0;         // the newest read of the brief; older answers are dropped
    bool m_briefStale = false;        // data changed while the page was hidden
    bool m_savingNotes = false;       // this page's own change, which it need not read back
    PageHeader *m_header = nullptr;
    MessageBar *m_message = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_checkInInfo = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QPushButton *m_checkIn = nullptr;
    QPushButton *m_manual = nullptr;
    MapView *m_map = nullptr;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLineEdit *m_followUp = nullptr;
    QPushButton *m_order = nullptr;
    QPushButton *m_payment = nullptr;
    QPushButton *m_checkOut = nullptr;
    QLabel *m_account = nullptr;
    QTreeWidget *m_thisVisit = nullptr;
    QTreeWidget *m_orders = nullptr;
    QTextBrowser *m_history = nullptr;
    QTimer m_autosave;
    FieldErrors m_errors;
};

} // namespace SalesSync
