#include "ui/dialogs/planvisitdialog.h"

#include "ui/displaytext.h"
#include "core/repositories/visitrepository.h"
#include "ui/background.h"
#include "ui/widgets/customerpicker.h"
#include "ui/workspace.h"

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
    m_when = new QDateTimeEdit(when, this);
    m_when->setObjectName(QStringLiteral("plannedAt"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + u' ' + DisplayText::timeFormat());
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
            return reschedule ? visits.reschedule(visit.id, visit.plannedAt) : visits.plan(visit);
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

void PlanVisitDialog::reject()
{
    if (m_buttons->isEnabled()) {
        QDialog::reject();
    }
}

} // namespace SalesSync
