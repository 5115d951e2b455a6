#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>

class QApplication;
class QLabel;

namespace SalesSync {

// The colours a screen may use, by what they mean. Status colours never carry a meaning alone:
// a chip or a message always has its text too.
enum class Tone {
    Text,      // body text
    Secondary, // captions, hints, figures' labels
    Accent,    // the selection, links, the primary action
    Success,   // completed, paid, synced
    Warning,   // needs attention soon: outside the geofence, pending
    Danger,    // overdue, refused, errors, reversals
    Neutral,   // drafts, cancelled, not yet started
    Surface,   // the background of cards, chips and the sidebar
    Border,    // lines between areas
};

// The type scale: what a piece of text is, never a point size.
enum class TextStyle {
    PageTitle, // one per page, top left
    Section,   // a group's heading inside a page or dialog
    Body,
    Secondary, // captions and hints, in the secondary colour
    Figure,    // a key number (balance, total), tabular digits
};

// Light, dark, or whichever the operating system uses (the default).
enum class Appearance { System, Light, Dark };

// SalesSync's design tokens in one place: colours by role derived from the palette (so a dark
// palette gets its own variants), spacing on a 4 px grid that grows with the font, the type
// scale, and the icons (Breeze, drawn in the palette's text or a status colour).
class Theme final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Theme)

public:
    // The item-data role under which list models give a cell's Tone (as int): the status
    // delegate draws such a cell as a coloured chip.
    static constexpr int ToneRole = Qt::UserRole + 0x5400;

    // Sets the style (Fusion on every platform, so screens look the same everywhere) and the
    // palette for the appearance; System follows the operating system's light or dark setting,
    // also when it changes while SalesSync runs (Qt 6.5 and later).
    static void apply(QApplication &app, Appearance appearance);
    static Appearance appearance();
    static QString appearanceName(Appearance appearance);
    // Setting values ("system", "light", "dark") and back; anything else reads as System.
    static QString appearanceKey(Appearance appearance);
    static Appearance appearanceFromKey(const QString &key);

    static bool isDark(const QPalette &palette);
    static QColor color(Tone tone);
    static QColor color(Tone tone, const QPalette &palette);
    // The tone's colour faded into the base colour, for a chip's or banner's background.
    static QColor tint(Tone tone, const QPalette &palette);

    // Spacing: steps of 4 px at the standard font size (9 pt), scaled with the application
    // font. Use 1 (4 px), 2 (8), 3 (12), 4 (16) and 6 (24).
    static int space(int steps);

    static QFont font(TextStyle style);
    // Gives a label the style's font and, for Secondary, the secondary colour.
    static void setTextStyle(QLabel *label, TextStyle style);
    // Colours a widget's text (a label's, say) in a tone, again whenever the palette changes.
    static void setTone(QWidget *widget, Tone tone);

    // A Breeze icon by its name ("document-edit"), drawn in the tone's colour at any size and
    // scale. Disabled icons are drawn in the secondary colour, faded.
    static QIcon icon(const QString &name, Tone tone = Tone::Text);
    // Whether an icon of that name is part of the application (tests).
    static bool hasIcon(const QString &name);
};

} // namespace SalesSync
