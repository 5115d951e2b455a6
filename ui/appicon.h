#pragma once

#include <QIcon>

namespace SalesSync {

// The application icon: a blue tile with a white location pin inside two sync arrows. Drawn
// with QPainter at each size, so it is sharp at any scale and needs no image plugin; the
// packaging PNGs in resources/icons are rendered from the same drawing (scripts/screenshots.sh).
class AppIcon final {
public:
    static QIcon icon();
    static QPixmap pixmap(int size);
};

} // namespace SalesSync
