#include "ui/overviewpage.h"

#include "core/store/database.h"

#include <QDate>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace SalesSync {

namespace {

QString joinAmounts(const QList<Money> &amounts, const QLocale &locale)
{
    if (amounts.isEmpty()) {
        return Money::zero(Currency::eur()).format(locale);
    }
    QStringList parts;
    for (const Money &m : amounts) {
        parts << m.format(locale);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

OverviewPage::OverviewPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Overview"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *grid = new QGridLayout;
    const QList<std::pair<QString, QString>> figures = {
        {QStringLiteral("customers"), tr("Customers")},
        {QStringLiteral("territories"), tr("Territories")},
        {QStringLiteral("agents"), tr("Active agents")},
        {QStringLiteral("products"), tr("Active products")},
        {QStringLiteral("visitsToday"), tr("Visits today (completed / all)")},
        {QStringLiteral("orders30"), tr("Orders in the last 30 days")},
        {QStringLiteral("sales30"), tr("Net sales in the last 30 days")},
        {QStringLiteral("openBalance"), tr("Open customer balances")},
        {QStringLiteral("pending"), tr("Changes waiting to sync")},
    };
    int row = 0;
    for (const auto &[key, label] : figures) {
        auto *name = new QLabel(label, this);
        auto *value = new QLabel(QStringLiteral("…"), this);
        value->setObjectName(key);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont valueFont = value->font();
        valueFont.setBold(true);
        value->setFont(valueFont);
        name->setBuddy(value);
        grid->addWidget(name, row, 0);
        grid->addWidget(value, row, 1, Qt::AlignRight);
        m_values.insert(key, value);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);

    auto *buttons = new QHBoxLayout;
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    buttons->addWidget(refreshButton);
    m_status = new QLabel(this);
    buttons->addWidget(m_status, 1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(refreshButton, &QPushButton::clicked, this, &OverviewPage::refresh);
    connect(&m_watcher, &QFutureWatcher<Result<WorkspaceSummary>>::finished, this, &OverviewPage::showSummary);
    refresh();
}

OverviewPage::~OverviewPage()
{
    m_watcher.waitForFinished();
}

bool OverviewPage::isLoading() const
{
    return m_watcher.isRunning();
}

QString OverviewPage::figure(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

void OverviewPage::refresh()
{
    if (m_watcher.isRunning()) {
        return;
    }
    m_status->setText(tr("Updating…"));
    Database *database = &m_database;
    const QDate today = QDate::currentDate();
    m_watcher.setFuture(QtConcurrent::run([database, today] { return WorkspaceSummary::compute(*database, today); }));
}

void OverviewPage::showSummary()
{
    const Result<WorkspaceSummary> result = m_watcher.result();
    if (!result) {
        m_status->setText(tr("Could not compute the overview: %1").arg(result.error().message()));
        return;
    }
    const WorkspaceSummary &s = *result;
    const QLocale locale;
    m_values.value(QStringLiteral("customers"))->setText(locale.toString(s.customers));
    m_values.value(QStringLiteral("territories"))->setText(locale.toString(s.territories));
    m_values.value(QStringLiteral("agents"))->setText(locale.toString(s.agents));
    m_values.value(QStringLiteral("products"))->setText(locale.toString(s.activeProducts));
    m_values.value(QStringLiteral("visitsToday"))
        ->setText(tr("%1 / %2").arg(locale.toString(s.visitsTodayCompleted), locale.toString(s.visitsToday)));
    m_values.value(QStringLiteral("orders30"))->setText(locale.toString(s.ordersLast30Days));
    m_values.value(QStringLiteral("sales30"))->setText(joinAmounts(s.salesLast30Days, locale));
    m_values.value(QStringLiteral("openBalance"))->setText(joinAmounts(s.openBalance, locale));
    m_values.value(QStringLiteral("pending"))->setText(locale.toString(s.pendingChanges));
    m_status->setText(tr("Updated at %1").arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
    emit refreshed();
}

} // namespace SalesSync
