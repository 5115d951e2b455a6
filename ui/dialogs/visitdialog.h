#pragma once

#include "core/domain/customer.h"
#include "core/domain/visit.h"
#include "core/repositories/visitrepository.h"
#include "core/store/localsettings.h"
#include "ui/confirm.h"
#include "ui/fielderrors.h"
#include "ui/positionprovider.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace SalesSync {

class Workspace;

// One visit, from check-in to check-out. Check-in takes the position from the PositionProvider
// and checks it against the customer's geofence; outside it, or without a fix in time, the agent
// gives a reason and the check-in is flagged for the manager. Outcome, notes and follow-up are
// saved as they are typed (a second after the last keystroke), so nothing is lost if the laptop
// sleeps; check-out records the time in the shop.
class VisitDialog final : public QDialog {
    Q_OBJECT

public:
    VisitDialog(Workspace &workspace, PositionProvider *position, const QString &visitId, QWidget *parent = nullptr);

    const Visit &visit() const { return m_visit; }
    const FieldErrors &errors() const { return m_errors; }
    // The check-in line as shown: not yet, locating, how far away, or where and how it was made.
    QString checkInText() const;
    QString stateText() const;

    QPushButton *checkInButton() const { return m_checkIn; }
    QPushButton *manualButton() const { return m_manual; }
    QPushButton *checkOutButton() const { return m_checkOut; }
    QPushButton *orderButton() const { return m_order; }
    QPlainTextEdit *reasonField() const { return m_reason; }
    QComboBox *outcomeField() const { return m_outcome; }
    QPlainTextEdit *notesField() const { return m_notes; }
    QLineEdit *followUpField() const { return m_followUp; }
    // Checking out without an outcome, or within kBriefVisitMinutes of the check-in, asks first;
    // this answers for tests and scripts.
    void setConfirm(ConfirmAnswer confirm) { m_confirm = std::move(confirm); }
    static constexpr int kBriefVisitMinutes = 2;

signals:
    void orderRequested(const QString &customerId, const QString &visitId);

protected:
    void done(int result) override;

private:
    void load();
    void show(const Visit &visit);
    QString describeCheckIn() const;
    void locate();
    void onFix(const PositionFix &fix);
    void onNoFix(const QString &reason);
    void checkIn(const CheckInInput &input);
    void saveNotes();
    void checkOut();
    bool confirmCheckOut();

    Workspace &m_workspace;
    QPointer<PositionProvider> m_position;
    Visit m_visit;
    Customer m_customer;
    ConfirmAnswer m_confirm;
    LocalSettings m_settings;         // the geofence radius and how long to wait for a position
    std::optional<PositionFix> m_fix; // the fix waiting for a reason (outside the geofence)
    QLabel *m_header = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_checkInInfo = nullptr;
    QProgressBar *m_locating = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QPushButton *m_checkIn = nullptr;
    QPushButton *m_manual = nullptr;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLineEdit *m_followUp = nullptr;
    QPushButton *m_order = nullptr;
    QPushButton *m_checkOut = nullptr;
    QTimer m_autosave;
    FieldErrors m_errors;
};

} // namespace SalesSync
