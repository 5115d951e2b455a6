#include "ui/dashboard/kpitile.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>

namespace SalesSync {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void Sparkline::setValues(const QList<double> &values)
{
    m_values = values;
    update();
}

QSize Sparkline::sizeHint() const
{
    return {Theme::space(20), Theme::space(6)};
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (m_values.size() < 2) {
        return;
    }
    const auto [low, high] = std::minmax_element(m_values.cbegin(), m_values.cend());
    const double span = *high - *low > 0 ? *high - *low : 1.0;
    const QRectF area = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QPainterPath line;
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        const QPointF p(area.left() + area.width() * double(i) / double(m_values.size() - 1),
                        area.bottom() - area.height() * (m_values.at(i) - *low) / span);
        i == 0 ? line.moveTo(p) : line.lineTo(p);
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Theme::color(Tone::Accent, palette()), 1.5));
    painter.drawPath(line);
}

KpiTile::KpiTile(Kpi kpi, QWidget *parent)
    : QFrame(parent)
    , m_kpi(kpi)
{
    setObjectName(Kpis::definition(kpi).key + QStringLiteral("Tile"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::TabFocus);
    setCursor(Qt::PointingHandCursor);
    m_name = new QLabel(this);
    m_name->setWordWrap(true);
    Theme::setTextStyle(m_name, TextStyle::Secondary);
    m_value = new QLabel(QStringLiteral("…"), this);
    m_value->setObjectName(QStringLiteral("value"));
    Theme::setTextStyle(m_value, TextStyle::Figure);
    // A figure never breaks at its thousands separator; the grid gives the tiles their width.
    m_parts = new QLabel(this);
    m_parts->setWordWrap(true);
    Theme::setTextStyle(m_parts, TextStyle::Secondary);
    m_previous = new QLabel(this);
    m_previous->setObjectName(QStringLiteral("previous"));
    m_lastYear = new QLabel(this);
    m_lastYear->setObjectName(QStringLiteral("lastYear"));
    for (QLabel *label : {m_previous, m_lastYear}) {
        label->setWordWrap(true);
        label->setFont(Theme::font(TextStyle::Secondary));
    }
    m_sparkline = new Sparkline(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(3), Theme::space(2), Theme::space(3), Theme::space(2));
    layout->setSpacing(Theme::space(1));
    layout->addWidget(m_name);
    layout->addWidget(m_value);
    layout->addWidget(m_parts);
    layout->addWidget(m_previous);
    layout->addWidget(m_lastYear);
    layout->addStretch(1);
    layout->addWidget(m_sparkline);
    retranslate();
}

void KpiTile::retranslate()
{
    const KpiDefinition d = Kpis::definition(m_kpi);
    m_name->setText(d.name);
    setToolTip(tr("%1\n\nClick for how this is computed.").arg(d.definition));
    setAccessibleName(d.name);
}

void KpiTile::show(const KpiValue &now, const KpiValue &previous, const KpiValue &lastYear, const QString &previousName,
                   const QList<double> &series)
{
    m_value->setText(KpiDisplay::value(m_kpi, now));
    const QString parts = KpiDisplay::parts(m_kpi, now);
    m_parts->setText(parts);
    m_parts->setVisible(!parts.isEmpty());
    const KpiDisplay::Change p = KpiDisplay::change(m_kpi, now, previous, tr("vs. %1").arg(previousName));
    const KpiDisplay::Change y = KpiDisplay::change(m_kpi, now, lastYear, tr("vs. a year ago"));
    m_previous->setText(p.text);
    Theme::setTone(m_previous, p.tone);
    m_lastYear->setText(y.text);
    Theme::setTone(m_lastYear, y.tone);

    m_sparkline->setValues(series);
    m_sparkline->setVisible(series.size() > 1);
}

void KpiTile::clear()
{
    m_value->setText(QStringLiteral("…"));
    m_parts->clear();
    m_previous->clear();
    m_lastYear->clear();
    m_sparkline->setValues({});
}

void KpiTile::setYearAgoShown(bool shown)
{
    m_lastYear->setVisible(shown);
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::previousText() const
{
    return m_previous->text();
}

QString KpiTile::lastYearText() const
{
    return m_lastYear->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit clicked(m_kpi);
    }
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked(m_kpi);
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

} // namespace SalesSync
