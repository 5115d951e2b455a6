#pragma once

#include "core/domain/visit.h"
#include "ui/fielderrors.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;

namespace SalesSync {

class CustomerPicker;
class Workspace;

// Plans a new visit (customer, time, whether the time is an appointment) or moves a planned one
// to another time. A time that has passed is allowed, with a warning under it. The write runs on
// the workspace's worker threads; refusals show next to the field.
class PlanVisitDialog final : public QDialog {
    Q_OBJECT

public:
    // A new visit for the signed-in agent, suggested at `when` (local time).
    PlanVisitDialog(Workspace &workspace, const QDateTime &when, QWidget *parent = nullptr);
    // Reschedules an existing planned visit.
    PlanVisitDialog(Workspace &workspace, const Visit &visit, const QString &customerName, QWidget *parent = nullptr);

    CustomerPicker *customerPicker() const { return m_picker; }
    QDateTimeEdit *timeField() const { return m_when; }
    QCheckBox *appointmentField() const { return m_appointment; }
    // The warning shown under the time (a time that has passed), or empty.
    QString warning() const;
    const FieldErrors &errors() const { return m_errors; }
    // The visit as saved, after accept().
    const Visit &visit() const { return m_visit; }

    // Esc and the window's close button wait while the write runs: its answer must arrive.
    void reject() override;

private:
    void build(const QDateTime &when);
    void submit();
    void updatePastWarning();

    Workspace &m_workspace;
    Visit m_visit;
    bool m_reschedule = false;
    CustomerPicker *m_picker = nullptr;
    QLabel *m_customer = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QCheckBox *m_appointment = nullptr;
    QLabel *m_pastWarning = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FieldErrors m_errors;
};

} // namespace SalesSync
