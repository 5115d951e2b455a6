#include "ui/dialogs/planvisitdialog.h"

#include "core/repositories/visitrepository.h"
#include "ui/background.h"
#include "ui/dialogs/dialogwidth.h"
#include "ui/displaytext.h"
#include "ui/theme/theme.h"
#include "ui/widgets/customerpicker.h"
#include "ui/workspace.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace SalesSync {

PlanVisitDialog::PlanVisitDialog(Workspace &workspace, const QDateTime &when, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Plan a visit"));
    m_picker = new CustomerPicker(workspace, this);
    build(when);
}

PlanVisitDialog::PlanVisitDialog(Workspace &workspace, const Visit &visit, const QString &customerName, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_visit(visit)
    , m_reschedule(true)
{
    setWindowTitle(tr("Reschedule the visit"));
    m_customer = new QLabel(customerName, this);
    build(visit.plannedAt.toLocalTime());
}

void PlanVisitDialog::build(const QDateTime &when)
{
    setReadableWidth(this);
    m_when = new QDateTimeEdit(when, this);
    m_when->setObjectName(QStringLiteral("plannedAt"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + u' ' + DisplayText::timeFormat());
    m_appointment = new QCheckBox(tr("&Appointment agreed with the customer"), this);
    m_appointment->setObjectName(QStringLiteral("appointment"));
    m_appointment->setToolTip(tr("Route suggestions keep the time of an appointment and plan the other visits "
                                 "around it."));
    m_appointment->setChecked(m_visit.appointment);
    m_pastWarning = new QLabel(this);
    m_pastWarning->setObjectName(QStringLiteral("pastWarning"));
    m_pastWarning->setWordWrap(true);
    Theme::setTone(m_pastWarning, Tone::Warning);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &PlanVisitDialog::updatePastWarning);
    updatePastWarning();
    QLabel *customerError = FieldErrors::makeLabel(this, QStringLiteral("customerError"));
    QLabel *whenError = FieldErrors::makeLabel(this, QStringLiteral("plannedAtError"));
    QLabel *general = FieldErrors::makeLabel(this, QStringLiteral("error"));
    m_errors.add(QStringLiteral("customerId"), m_picker ? static_cast<QWidget *>(m_picker) : m_customer, customerError);
    m_errors.add(QStringLiteral("plannedAt"), m_when, whenError);
    m_errors.setGeneralLabel(general);

    auto *form = new QFormLayout;
    form->addRow(tr("&Customer:"), m_picker ? static_cast<QWidget *>(m_picker) : m_customer);
    form->addRow(QString(), customerError);
    form->addRow(tr("&When:"), m_when);
    form->addRow(QString(), whenError);
    form->addRow(QString(), m_pastWarning);
    form->addRow(QString(), m_appointment);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save =
        m_buttons->addButton(m_reschedule ? tr("&Reschedule") : tr("&Plan visit"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    save->setAutoDefault(false);
    connect(save, &QPushButton::clicked, this, &PlanVisitDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(m_buttons);
    if (m_picker) {
        m_picker->setFocus();
        setTabOrder(m_picker, m_when);
        // Choosing the customer is one step; the time comes next, and nothing is planned yet.
        connect(m_picker, &CustomerPicker::customerChosen, m_when, [this] { m_when->setFocus(); });
    } else {
        m_when->setFocus();
    }
}

void PlanVisitDialog::submit()
{
    m_errors.clear();
    if (m_picker && m_picker->customerId().isEmpty()) {
        m_errors.show(QStringLiteral("customerId"), tr("Choose the customer to visit from the matches."));
        return;
    }
    Visit visit = m_visit;
    visit.plannedAt = m_when->dateTime().toUTC();
    visit.appointment = m_appointment->isChecked();
    if (!m_reschedule) {
        visit.customerId = m_picker->customerId();
        visit.agentId = m_workspace.agentId();
        if (visit.agentId.isEmpty()) {
            m_errors.show(QString(), tr("Only a sales agent can plan visits, and you are not signed in as one."));
            return;
        }
    }
    m_buttons->setEnabled(false);
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), visit, reschedule = m_reschedule] {
            VisitRepository visits(database);
            return reschedule ? visits.reschedule(visit.id, visit.plannedAt, visit.appointment) : visits.plan(visit);
        },
        [this](Result<Visit> saved) {
            m_buttons->setEnabled(true);
            if (!saved) {
                m_errors.show(saved.error());
                return;
            }
            m_visit = *saved;
            m_workspace.localChange({QStringLiteral("visit")});
            accept();
        });
}

void PlanVisitDialog::updatePastWarning()
{
    const QDateTime when = m_when->dateTime();
    const bool past = when < QDateTime::currentDateTime();
    m_pastWarning->setText(past ? tr("This time has passed: the visit will show as overdue at once.") : QString());
    m_pastWarning->setVisible(past);
}

QString PlanVisitDialog::warning() const
{
    return m_pastWarning->isVisible() ? m_pastWarning->text() : QString();
}

void PlanVisitDialog::reject()
{
    if (m_buttons->isEnabled()) {
        QDialog::reject();
    }
}

} // namespace SalesSync
