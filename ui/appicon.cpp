#include "ui/appicon.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace SalesSync {

QPixmap AppIcon::pixmap(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 256.0, size / 256.0);

    // The tile.
    QLinearGradient tile(0, 0, 0, 256);
    tile.setColorAt(0, QColor(0x1e, 0x88, 0xe5));
    tile.setColorAt(1, QColor(0x0d, 0x47, 0xa1));
    p.setPen(Qt::NoPen);
    p.setBrush(tile);
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 52, 52);

    // Two arrows around the centre: syncing.
    QPen arrow(Qt::white, 16, Qt::SolidLine, Qt::RoundCap);
    p.setPen(arrow);
    p.setBrush(Qt::NoBrush);
    const QRectF ring(48, 48, 160, 160);
    p.drawArc(ring, 20 * 16, 140 * 16);
    p.drawArc(ring, 200 * 16, 140 * 16);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    const auto head = [&](double angleDegrees, double direction) {
        const double a = angleDegrees * M_PI / 180.0;
        const QPointF tip(128 + 80 * std::cos(a), 128 - 80 * std::sin(a));
        // Tangent pointing along the arc's drawing direction (counter-clockwise on screen).
        const QPointF t(-std::sin(a) * direction, -std::cos(a) * direction);
        const QPointF n(std::cos(a), -std::sin(a));
        QPolygonF triangle;
        triangle << tip + t * 22 << tip - t * 4 + n * 18 << tip - t * 4 - n * 18;
        p.drawPolygon(triangle);
    };
    head(160, 1);
    head(340, 1);

    // The pin.
    QPainterPath pin;
    pin.moveTo(128, 182);
    pin.cubicTo(108, 154, 94, 136, 94, 116);
    pin.arcTo(QRectF(94, 82, 68, 68), 180, -180);
    pin.cubicTo(162, 136, 148, 154, 128, 182);
    pin.closeSubpath();
    p.setBrush(QColor(0xff, 0xb3, 0x00));
    p.drawPath(pin);
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(128, 116), 13, 13);
    return pixmap;
}

QIcon AppIcon::icon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
        icon.addPixmap(pixmap(size));
    }
    return icon;
}

} // namespace SalesSync
