#pragma once

#include <QFontMetrics>
#include <QWidget>

namespace SalesSync {

// Gives a form dialog room for its hints and placeholders (about 60 characters of its font),
// in every language and at every scale; the layout may make it wider still.
inline void setReadableWidth(QWidget *dialog, int characters = 60)
{
    dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * characters);
}

} // namespace SalesSync
