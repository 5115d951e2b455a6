#include "ui/dialogs/visitdialog.h"

#include "core/repositories/customerrepository.h"
#include "core/repositories/visitrepository.h"
#include "core/rules/workflow.h"
#include "core/store/database.h"
#include "ui/background.h"
#include "ui/confirm.h"
#include "ui/displaytext.h"
#include "ui/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace SalesSync {

namespace {

struct VisitLoad {
    Visit visit;
    Customer customer;
    LocalSettings settings;
};

QString sourceText(PositionSource source)
{
    switch (source) {
    case PositionSource::Gps:
        return VisitDialog::tr("GPS");
    case PositionSource::Network:
        return VisitDialog::tr("network location");
    case PositionSource::Manual:
        return VisitDialog::tr("manual");
    }
    return {};
}

} // namespace

VisitDialog::VisitDialog(Workspace &workspace, PositionProvider *position, const QString &visitId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_position(position)
{
    setWindowTitle(tr("Visit"));
    setMinimumWidth(520);
    m_visit.id = visitId;

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("header"));
    m_header->setWordWrap(true);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));

    // Check-in.
    auto *arrival = new QGroupBox(tr("Check-in"), this);
    m_checkInInfo = new QLabel(arrival);
    m_checkInInfo->setObjectName(QStringLiteral("checkInInfo"));
    m_checkInInfo->setWordWrap(true);
    m_locating = new QProgressBar(arrival);
    m_locating->setObjectName(QStringLiteral("locating"));
    m_locating->setRange(0, 0);
    m_locating->setVisible(false);
    m_reasonLabel = new QLabel(arrival);
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setVisible(false);
    m_reason = new QPlainTextEdit(arrival);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().height() * 3 + 12);
    m_reason->setVisible(false);
    m_reasonLabel->setBuddy(m_reason);
    QLabel *reasonError = FieldErrors::makeLabel(arrival, QStringLiteral("reasonError"));
    m_errors.add(QStringLiteral("checkIn.reason"), m_reason, reasonError);
    m_checkIn = new QPushButton(tr("&Check in"), arrival);
    m_checkIn->setObjectName(QStringLiteral("checkIn"));
    m_manual = new QPushButton(tr("Check in &without position"), arrival);
    m_manual->setObjectName(QStringLiteral("manual"));
    m_manual->setToolTip(tr("When no position can be had: the check-in is marked for your manager with your reason."));
    auto *arrivalButtons = new QHBoxLayout;
    arrivalButtons->addWidget(m_checkIn);
    arrivalButtons->addWidget(m_manual);
    arrivalButtons->addStretch();
    auto *arrivalLayout = new QVBoxLayout(arrival);
    arrivalLayout->addWidget(m_checkInInfo);
    arrivalLayout->addWidget(m_locating);
    arrivalLayout->addWidget(m_reasonLabel);
    arrivalLayout->addWidget(m_reason);
    arrivalLayout->addWidget(reasonError);
    arrivalLayout->addLayout(arrivalButtons);
    connect(m_checkIn, &QPushButton::clicked, this, [this] {
        if (m_fix) {
            // A fix outside the geofence, now with the reason.
            CheckInInput input;
            input.position = m_fix->point;
            input.accuracyMetres = m_fix->accuracyMetres;
            input.source = m_fix->source;
            input.at = m_fix->at;
            input.reason = m_reason->toPlainText();
            checkIn(input);
            return;
        }
        locate();
    });
    connect(m_manual, &QPushButton::clicked, this, [this] {
        if (!m_reason->isVisible()) {
            m_fix.reset();
            m_reasonLabel->setText(tr("Why is there no position? (The check-in is marked for your manager.)"));
            m_reasonLabel->setVisible(true);
            m_reason->setVisible(true);
            m_reason->setFocus();
            m_checkIn->setEnabled(false);
            return;
        }
        CheckInInput input;
        input.source = PositionSource::Manual;
        input.reason = m_reason->toPlainText();
        checkIn(input);
    });

    // The visit itself.
    auto *work = new QGroupBox(tr("Visit"), this);
    m_outcome = new QComboBox(work);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setEditable(true);
    m_outcome->addItems({QString(), tr("Order taken"), tr("No order this time"), tr("Payment collected"),
                         tr("Customer not available"), tr("Complaint handled"), tr("Merchandising done")});
    m_notes = new QPlainTextEdit(work);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_followUp = new QLineEdit(work);
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_followUp->setPlaceholderText(tr("e.g. call back about the promotion next week"));
    auto *workForm = new QFormLayout(work);
    workForm->addRow(tr("&Outcome:"), m_outcome);
    workForm->addRow(tr("&Notes:"), m_notes);
    workForm->addRow(tr("&Follow-up:"), m_followUp);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(1000);
    connect(&m_autosave, &QTimer::timeout, this, &VisitDialog::saveNotes);
    connect(m_outcome, &QComboBox::currentTextChanged, &m_autosave, qOverload<>(&QTimer::start));
    connect(m_notes, &QPlainTextEdit::textChanged, &m_autosave, qOverload<>(&QTimer::start));
    connect(m_followUp, &QLineEdit::textChanged, &m_autosave, qOverload<>(&QTimer::start));

    QLabel *general = FieldErrors::makeLabel(this, QStringLiteral("error"));
    m_errors.setGeneralLabel(general);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_order = buttons->addButton(tr("New &order…"), QDialogButtonBox::ActionRole);
    m_order->setObjectName(QStringLiteral("order"));
    m_checkOut = buttons->addButton(tr("Check &out"), QDialogButtonBox::ActionRole);
    m_checkOut->setObjectName(QStringLiteral("checkOut"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_checkOut, &QPushButton::clicked, this, &VisitDialog::checkOut);
    connect(m_order, &QPushButton::clicked, this, [this] {
        saveNotes();
        emit orderRequested(m_visit.customerId, m_visit.id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_state);
    layout->addWidget(arrival);
    layout->addWidget(work, 1);
    layout->addWidget(general);
    layout->addWidget(buttons);

    if (m_position) {
        connect(m_position, &PositionProvider::fixed, this, &VisitDialog::onFix);
        connect(m_position, &PositionProvider::failed, this, &VisitDialog::onNoFix);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_checkIn, m_manual, m_checkOut, m_order, m_outcome}) {
        w->setEnabled(false);
    }
    load();
}

void VisitDialog::load()
{
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), id = m_visit.id]() -> Result<VisitLoad> {
            Result<Visit> visit = VisitRepository(database).get(id);
            if (!visit) {
                return visit.error();
            }
            Result<Customer> customer = CustomerRepository(database).get(visit->customerId);
            if (!customer) {
                return customer.error();
            }
            Result<LocalSettings> settings = LocalSettingsStore(database).load();
            if (!settings) {
                return settings.error();
            }
            return VisitLoad{*std::move(visit), *std::move(customer), *settings};
        },
        [this](Result<VisitLoad> loaded) {
            if (!loaded) {
                m_errors.show(loaded.error());
                return;
            }
            m_customer = loaded->customer;
            m_settings = loaded->settings;
            show(loaded->visit);
            // What was typed before (a visit reopened) comes back.
            const QSignalBlocker a(m_outcome);
            const QSignalBlocker b(m_notes);
            const QSignalBlocker c(m_followUp);
            m_outcome->setCurrentText(m_visit.outcome);
            m_notes->setPlainText(m_visit.notes);
            m_followUp->setText(m_visit.followUp);
        });
}

void VisitDialog::show(const Visit &visit)
{
    m_visit = visit;
    const QLocale locale;
    m_header->setText(QStringLiteral("<h3>%1</h3>%2<br>%3")
                          .arg(m_customer.name.toHtmlEscaped(),
                               QStringList{m_customer.street, QString(m_customer.postalCode + u' ' + m_customer.city)}
                                   .join(QStringLiteral(", "))
                                   .toHtmlEscaped(),
                               tr("Planned for %1").arg(DisplayText::dateTime(visit.plannedAt)).toHtmlEscaped()));
    QString state = DisplayText::visitStatus(visit.status);
    if (visit.status == VisitStatus::Completed && visit.checkIn) {
        const qint64 minutes = visit.checkIn->at.secsTo(visit.checkedOutAt) / 60;
        state = tr("Completed — %n minute(s) in the shop", "", int(minutes));
    }
    m_state->setText(state);
    m_checkInInfo->setText(describeCheckIn());

    const VisitActions may = Workflow::visitActions(visit.status);
    const bool planned = may.checkIn;
    const bool checkedIn = may.record;
    m_checkIn->setEnabled(planned && !m_locating->isVisible());
    m_checkIn->setVisible(planned);
    m_manual->setEnabled(planned);
    m_manual->setVisible(planned);
    if (!planned) {
        m_reason->setVisible(false);
        m_reasonLabel->setVisible(false);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_outcome, m_notes, m_followUp, m_checkOut, m_order}) {
        w->setEnabled(checkedIn);
    }
}

QString VisitDialog::checkInText() const
{
    return m_checkInInfo->text();
}

QString VisitDialog::describeCheckIn() const
{
    if (!m_visit.checkIn) {
        if (!m_position || !m_position->isAvailable()) {
            return tr("Not checked in. This computer has no position source: check in without position, with a "
                      "reason.");
        }
        return tr("Not checked in. Check in when you arrive: your position is compared with the customer's.");
    }
    const VisitCheckIn &in = *m_visit.checkIn;
    const QLocale locale;
    QStringList parts;
    parts << tr("Checked in at %1").arg(DisplayText::time(in.at.toLocalTime().time()));
    if (in.source == PositionSource::Manual) {
        parts << tr("without position");
    } else {
        parts << (in.accuracyMetres > 0 ? tr("%1, ±%2 m").arg(sourceText(in.source)).arg(qRound(in.accuracyMetres))
                                        : sourceText(in.source));
    }
    if (in.distanceMetres) {
        parts << tr("%1 from the customer").arg(DisplayText::distance(*in.distanceMetres));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (in.outsideGeofence || in.source == PositionSource::Manual) {
        text += u'\n' + tr("Marked for your manager's review: %1").arg(in.reason);
    }
    return text;
}

QString VisitDialog::stateText() const
{
    return m_state->text();
}

void VisitDialog::locate()
{
    m_errors.clear();
    if (!m_position || !m_position->isAvailable()) {
        onNoFix(tr("This computer has no position source."));
        return;
    }
    m_locating->setVisible(true);
    m_checkIn->setEnabled(false);
    m_checkInInfo->setText(tr("Finding your position…"));
    m_position->request(m_settings.positionTimeoutSeconds * 1000);
}

void VisitDialog::onFix(const PositionFix &fix)
{
    if (!m_locating->isVisible()) {
        return; // not ours
    }
    m_locating->setVisible(false);
    const double radius = m_settings.geofenceRadiusMetres;
    const std::optional<GeofenceCheck> fence = checkGeofence(fix.point, m_customer.location, radius);
    if (fence && fence->outside) {
        // Not here yet, or the customer's coordinates are off: say so, and ask why.
        m_fix = fix;
        m_checkInInfo->setText(tr("You are %1 from the customer; the limit is %2.")
                                   .arg(DisplayText::distance(fence->distanceMetres), DisplayText::distance(radius)));
        m_reasonLabel->setText(tr("Why do you check in here? (The check-in is marked for your manager.)"));
        m_reasonLabel->setVisible(true);
        m_reason->setVisible(true);
        m_reason->setFocus();
        m_checkIn->setText(tr("&Check in here"));
        m_checkIn->setEnabled(true);
        return;
    }
    CheckInInput input;
    input.position = fix.point;
    input.accuracyMetres = fix.accuracyMetres;
    input.source = fix.source;
    input.at = fix.at;
    checkIn(input);
}

void VisitDialog::onNoFix(const QString &reason)
{
    if (!m_locating->isVisible() && m_position && m_position->isAvailable()) {
        return; // not ours
    }
    m_locating->setVisible(false);
    m_fix.reset();
    m_checkInInfo->setText(reason);
    m_reasonLabel->setText(tr("No position: check in without one and say why. (The check-in is marked for your "
                              "manager.)"));
    m_reasonLabel->setVisible(true);
    m_reason->setVisible(true);
    m_reason->setFocus();
    m_checkIn->setText(tr("Try &again"));
    m_checkIn->setEnabled(true);
}

void VisitDialog::checkIn(const CheckInInput &input)
{
    m_errors.clear();
    m_checkIn->setEnabled(false);
    m_manual->setEnabled(false);
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), id = m_visit.id, input] {
            return VisitRepository(database).checkIn(id, input);
        },
        [this](Result<Visit> done) {
            if (!done) {
                m_checkIn->setEnabled(true);
                m_manual->setEnabled(true);
                m_errors.show(done.error());
                return;
            }
            m_fix.reset();
            m_workspace.localChange({QStringLiteral("visit")});
            show(*done);
            m_outcome->setFocus();
        });
}

void VisitDialog::saveNotes()
{
    m_autosave.stop();
    if (m_visit.status != VisitStatus::CheckedIn) {
        return;
    }
    // In order, on the workspace's serial writer: a later save never overtakes an earlier one.
    runInBackground(
        m_workspace.serialWrites(), this,
        [&database = m_workspace.database(), id = m_visit.id, outcome = m_outcome->currentText().trimmed(),
         notes = m_notes->toPlainText(), followUp = m_followUp->text().trimmed()] {
            return VisitRepository(database).saveNotes(id, outcome, notes, followUp);
        },
        [this](Result<Visit> saved) {
            if (m_visit.status != VisitStatus::CheckedIn) {
                return; // checked out meanwhile, with the same text
            }
            if (!saved) {
                m_errors.show(saved.error());
                return;
            }
            m_visit = *saved;
            m_workspace.localChange({QStringLiteral("visit")});
        });
}

bool VisitDialog::confirmCheckOut()
{
    const QString outcome = m_outcome->currentText().trimmed();
    const int minutes = m_visit.checkIn ? int(m_visit.checkIn->at.secsTo(QDateTime::currentDateTimeUtc()) / 60) : 0;
    const bool brief = minutes < kBriefVisitMinutes;
    if (!outcome.isEmpty() && !brief) {
        return true;
    }
    QString question;
    if (outcome.isEmpty() && brief) {
        question =
            tr("You checked in at %1 %n minute(s) ago and have not recorded an outcome. Check out anyway?", "", minutes)
                .arg(m_customer.name);
    } else if (outcome.isEmpty()) {
        question = tr("Check out of %1 without recording an outcome?").arg(m_customer.name);
    } else {
        question =
            tr("You checked in at %1 only %n minute(s) ago. Check out already?", "", minutes).arg(m_customer.name);
    }
    return confirmAction(this, m_confirm, tr("Check out"), question, tr("Check &out"));
}

void VisitDialog::checkOut()
{
    if (!confirmCheckOut()) {
        return;
    }
    m_autosave.stop();
    m_errors.clear();
    m_checkOut->setEnabled(false);
    runInBackground(
        m_workspace.serialWrites(), this,
        [&database = m_workspace.database(), id = m_visit.id, outcome = m_outcome->currentText().trimmed(),
         notes = m_notes->toPlainText(), followUp = m_followUp->text().trimmed()] {
            return VisitRepository(database).checkOut(id, QDateTime::currentDateTimeUtc(), outcome, notes, followUp);
        },
        [this](Result<Visit> done) {
            if (!done) {
                m_checkOut->setEnabled(true);
                m_errors.show(done.error());
                return;
            }
            m_workspace.localChange({QStringLiteral("visit")});
            show(*done);
        });
}

void VisitDialog::done(int result)
{
    // Closing keeps what was typed: the last save goes on after the dialog, on the serial
    // writer (after any save still running), and tells the other screens when it is in.
    if (m_visit.status == VisitStatus::CheckedIn && m_autosave.isActive()) {
        m_autosave.stop();
        Workspace *workspace = &m_workspace;
        runInBackground(
            workspace->serialWrites(), workspace,
            [&database = workspace->database(), id = m_visit.id, outcome = m_outcome->currentText().trimmed(),
             notes = m_notes->toPlainText(), followUp = m_followUp->text().trimmed()] {
                return VisitRepository(database).saveNotes(id, outcome, notes, followUp);
            },
            [workspace](Result<Visit> saved) {
                if (saved) {
                    workspace->localChange({QStringLiteral("visit")});
                }
            });
    }
    if (m_position) {
        m_position->cancel();
    }
    QDialog::done(result);
}

} // namespace SalesSync
