#include "ui/syncindicator.h"

#include "sync/client/syncstatus.h"
#include "ui/displaytext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressBar>
#include <QToolButton>

namespace SalesSync {

namespace {

// A filled circle, drawn at the screen's pixel density so it stays crisp on high-DPI screens.
QPixmap dot(const QColor &color, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}

} // namespace

SyncIndicator::SyncIndicator(Sync::SyncStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_status(status)
{
    setObjectName(QStringLiteral("syncIndicator"));
    m_dot = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("syncState"));
    m_text->setCursor(Qt::PointingHandCursor);
    m_text->installEventFilter(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(m_text->sizeHint().height());
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_syncNow = new QToolButton(this);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setAutoRaise(true);
    m_signIn = new QToolButton(this);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setAutoRaise(true);
    m_signIn->setVisible(false);
    connect(m_syncNow, &QToolButton::clicked, this, &SyncIndicator::syncNowRequested);
    connect(m_signIn, &QToolButton::clicked, this, &SyncIndicator::signInRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    layout->addWidget(m_progress);
    layout->addWidget(m_signIn);
    layout->addWidget(m_syncNow);

    if (m_status) {
        connect(m_status, &Sync::SyncStatus::changed, this, &SyncIndicator::refresh);
        m_tick.setInterval(30000);
        connect(&m_tick, &QTimer::timeout, this, &SyncIndicator::refresh);
        m_tick.start();
    }
    refresh();
}

QString SyncIndicator::text() const
{
    return m_text->text();
}

void SyncIndicator::refresh()
{
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setToolTip(tr("Send your changes and fetch the latest data now (F5)"));
    m_signIn->setText(tr("Sign in…"));
    const qreal dpr = devicePixelRatioF();
    const int size = fontMetrics().height() * 2 / 3;
    if (!m_status) {
        m_dot->setPixmap(dot(QColor(0x9e, 0x9e, 0x9e), size, dpr));
        m_text->setText(tr("Local only — this workspace does not sync"));
        m_text->setToolTip(tr("The demo workspace lives on this computer only."));
        m_syncNow->setVisible(false);
        return;
    }
    using State = Sync::SyncStatus::State;
    const State state = m_status->state();
    QColor color;
    switch (state) {
    case State::Idle:
        color = m_status->pendingOps() > 0 ? QColor(0xf9, 0xa8, 0x25) : QColor(0x2e, 0x7d, 0x32);
        break;
    case State::Syncing:
    case State::FirstSync:
        color = QColor(0x15, 0x65, 0xc0);
        break;
    case State::Offline:
        color = QColor(0x9e, 0x9e, 0x9e);
        break;
    case State::NeedsLogin:
    case State::Error:
        color = QColor(0xd0, 0x31, 0x2d);
        break;
    }
    m_dot->setPixmap(dot(color, size, dpr));
    m_text->setText(m_status->summaryText());

    const bool busy = state == State::Syncing || state == State::FirstSync;
    m_progress->setVisible(busy);
    if (busy) {
        const int percent = m_status->percent();
        m_progress->setRange(0, percent >= 0 ? 100 : 0);
        m_progress->setValue(std::max(0, percent));
    }
    m_signIn->setVisible(m_status->needsLogin());
    m_syncNow->setVisible(true);
    m_syncNow->setEnabled(!busy && !m_status->needsLogin());

    const QLocale locale;
    QStringList details;
    details << (m_status->isOnline() ? tr("Server reachable") : tr("Server not reachable"));
    details << (m_status->lastSuccess().isValid()
                    ? tr("Last sync: %1").arg(DisplayText::dateTime(m_status->lastSuccess()))
                    : tr("Not synced yet"));
    if (m_status->pendingOps() > 0) {
        details << tr("Changes waiting: %1 (oldest from %2)")
                       .arg(locale.toString(m_status->pendingOps()), DisplayText::dateTime(m_status->oldestPending()));
    }
    if (m_status->quarantined() > 0) {
        details << tr("Changes the server refused: %1").arg(locale.toString(m_status->quarantined()));
    }
    if (m_status->openConflicts() > 0) {
        details << tr("Conflicts to decide: %1").arg(locale.toString(m_status->openConflicts()));
    }
    if (!m_status->lastError().isEmpty()) {
        details << tr("Last error: %1").arg(m_status->lastError());
    }
    m_text->setToolTip(details.join(u'\n'));
}

bool SyncIndicator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::MouseButtonRelease) {
        emit detailsRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace SalesSync
