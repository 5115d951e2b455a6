#include "ui/dialogs/routedialog.h"

#include "core/repositories/visitrepository.h"
#include "ui/background.h"
#include "ui/displaytext.h"
#include "ui/fielderrors.h"
#include "ui/workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SalesSync {

RouteDialog::RouteDialog(Workspace &workspace, const QList<const DayVisit *> &openStops,
                         const std::optional<GeoPoint> &start, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Suggested route"));
    resize(640, 420);
    QList<std::optional<GeoPoint>> positions;
    for (const DayVisit *stop : openStops) {
        m_stops << *stop;
        positions << stop->location;
    }
    QList<int> given(positions.size());
    std::iota(given.begin(), given.end(), 0);
    m_planned = RoutePlanner::measure(start, positions, given);
    m_suggested = RoutePlanner::suggest(start, positions);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("routeSummary"));
    m_summary->setWordWrap(true);
    const QString from = start ? tr("from where you were last located") : tr("from the first stop");
    if (m_stops.size() < 2) {
        m_summary->setText(tr("There is nothing to reorder: fewer than two visits are still to do today."));
    } else {
        const double saved = m_planned.totalMetres - m_suggested.totalMetres;
        m_summary->setText(tr("Planned order: %1. Suggested order: %2 (%3), straight-line distances.")
                               .arg(DisplayText::distance(m_planned.totalMetres),
                                    DisplayText::distance(m_suggested.totalMetres), from) +
                           (saved >= 50 ? u' ' + tr("Saves %1.").arg(DisplayText::distance(saved))
                                        : u' ' + tr("The planned order is as short.")));
    }
    if (m_suggested.withoutPosition > 0) {
        m_summary->setText(m_summary->text() + u' ' +
                           tr("%n customer(s) without coordinates stay at the end.", "", m_suggested.withoutPosition));
    }

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("suggestedOrder"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("#"), tr("New time"), tr("Customer"), tr("Address"), tr("Distance")});
    const QList<std::pair<QString, QDateTime>> times = newTimes();
    const QLocale locale;
    for (qsizetype i = 0; i < m_suggested.order.size(); ++i) {
        const DayVisit &stop = m_stops.at(m_suggested.order.at(i));
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::number(i + 1));
        item->setText(1, DisplayText::time(times.at(i).second.toLocalTime().time()));
        item->setText(2, stop.customerName);
        item->setText(3, stop.address);
        item->setText(4, stop.location ? DisplayText::distance(m_suggested.legMetres.at(i)) : tr("no coordinates"));
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_error = FieldErrors::makeLabel(this, QStringLiteral("error"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply this order"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setEnabled(m_stops.size() >= 2 && m_suggested.order != m_planned.order);
    connect(m_apply, &QPushButton::clicked, this, &RouteDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QList<std::pair<QString, QDateTime>> RouteDialog::newTimes() const
{
    // The same time timeSlots as planned, handed out in the new order.
    QList<QDateTime> timeSlots;
    for (const DayVisit &stop : m_stops) {
        timeSlots << stop.visit.plannedAt;
    }
    std::sort(timeSlots.begin(), timeSlots.end());
    // Two visits at the same minute would leave their order to chance: a minute apart instead.
    for (qsizetype i = 1; i < timeSlots.size(); ++i) {
        if (timeSlots.at(i) <= timeSlots.at(i - 1)) {
            timeSlots[i] = timeSlots.at(i - 1).addSecs(60);
        }
    }
    QList<std::pair<QString, QDateTime>> times;
    for (qsizetype i = 0; i < m_suggested.order.size(); ++i) {
        times.append({m_stops.at(m_suggested.order.at(i)).visit.id, timeSlots.at(i)});
    }
    return times;
}

void RouteDialog::apply()
{
    m_apply->setEnabled(false);
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), times = newTimes()] {
            return VisitRepository(database).rescheduleAll(times);
        },
        [this](Status done) {
            if (!done) {
                m_error->setText(done.error().message());
                m_error->setVisible(true);
                m_apply->setEnabled(true);
                return;
            }
            m_workspace.localChange({QStringLiteral("visit")});
            accept();
        });
}

} // namespace SalesSync
