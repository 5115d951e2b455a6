#include "ui/theme/theme.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QLabel>
#include <QPainter>
#include <QPixmapCache>
#include <QStyleFactory>
#include <QStyleHints>
#include <QSvgRenderer>

#include <array>
#include <optional>

namespace SalesSync {

namespace {

// What Theme::apply was last asked for, and the palette the platform gave before it.
Appearance s_appearance = Appearance::System;
std::optional<QPalette> s_platformPalette;

// The property a widget coloured by Theme::setTextStyle keeps its tone in, so that a change of
// palette can colour it again.
constexpr char kToneProperty[] = "salessyncTone";

QColor blend(const QColor &a, const QColor &b, qreal towardsB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardsB),
                            float(a.greenF() + (b.greenF() - a.greenF()) * towardsB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * towardsB));
}

struct PaletteColours {
    QColor window, base, alternateBase, text, button, highlight, placeholder, disabledText, link;
};

QPalette makePalette(const PaletteColours &c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.link);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::ToolTipBase, c.base);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::Light, blend(c.button, Qt::white, 0.5));
    p.setColor(QPalette::Midlight, blend(c.button, c.text, 0.08));
    p.setColor(QPalette::Mid, blend(c.button, c.text, 0.25));
    p.setColor(QPalette::Dark, blend(c.button, c.text, 0.45));
    p.setColor(QPalette::Shadow, blend(c.window, Qt::black, 0.6));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, c.disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, blend(c.highlight, c.window, 0.5));
    return p;
}

QPalette lightPalette()
{
    return makePalette({.window = QColor(0xf3, 0xf4, 0xf6),
                        .base = Qt::white,
                        .alternateBase = QColor(0xf7, 0xf8, 0xfa),
                        .text = QColor(0x1d, 0x20, 0x26),
                        .button = QColor(0xfa, 0xfa, 0xfb),
                        .highlight = QColor(0x2a, 0x6a, 0xc7),
                        .placeholder = QColor(0x66, 0x6c, 0x76),
                        .disabledText = QColor(0xa0, 0xa5, 0xad),
                        .link = QColor(0x1f, 0x5f, 0xb8)});
}

QPalette darkPalette()
{
    return makePalette({.window = QColor(0x1d, 0x20, 0x25),
                        .base = QColor(0x25, 0x28, 0x2e),
                        .alternateBase = QColor(0x2a, 0x2e, 0x35),
                        .text = QColor(0xe4, 0xe6, 0xea),
                        .button = QColor(0x2d, 0x31, 0x38),
                        .highlight = QColor(0x3a, 0x85, 0xd9),
                        .placeholder = QColor(0x9d, 0xa3, 0xad),
                        .disabledText = QColor(0x6a, 0x70, 0x79),
                        .link = QColor(0x7d, 0xb5, 0xf0)});
}

bool systemIsDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
        scheme != Qt::ColorScheme::Unknown) {
        return scheme == Qt::ColorScheme::Dark;
    }
#endif
    return s_platformPalette && Theme::isDark(*s_platformPalette);
}

void recolourToned()
{
    for (QWidget *widget : QApplication::allWidgets()) {
        const QVariant tone = widget->property(kToneProperty);
        if (tone.isValid()) {
            QPalette p = widget->palette();
            p.setColor(QPalette::WindowText, Theme::color(Tone(tone.toInt())));
            widget->setPalette(p);
        }
    }
}

void applyPalette(QApplication &app)
{
    const bool dark = s_appearance == Appearance::Dark || (s_appearance == Appearance::System && systemIsDark());
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    recolourToned();
    app.setProperty("salessyncDark", dark);
}

// The sizes Breeze draws its icons at, smallest first.
constexpr std::array<int, 3> kIconSizes = {16, 22, 32};
// The colour Breeze's drawings give their ColorScheme-Text parts.
constexpr QLatin1StringView kBreezeText("#232629");

QString iconFile(const QString &name, int size)
{
    return QStringLiteral(":/icons/breeze/%1/%2.svg").arg(size).arg(name);
}

// Draws a Breeze icon in a colour of the palette, at any size: the drawing for the smallest
// designed size that is not smaller than asked (Breeze tunes 16 and 22 px to the pixel grid).
class BreezeIconEngine final : public QIconEngine {
public:
    BreezeIconEngine(QString name, Tone tone)
        : m_name(std::move(name))
        , m_tone(tone)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap drawn = pixmap((QSizeF(rect.size()) * dpr).toSize(), mode, state);
        drawn.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect.topLeft(), drawn);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QColor colour = colourFor(mode);
        const QString key = QStringLiteral("breeze:%1:%2x%3:%4")
                                .arg(m_name)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(colour.name(QColor::HexArgb));
        QPixmap cached;
        if (QPixmapCache::find(key, &cached)) {
            return cached;
        }
        QPixmap drawn(size);
        drawn.fill(Qt::transparent);
        const QByteArray svg = drawing(std::min(size.width(), size.height()));
        QSvgRenderer renderer(QByteArray(svg).replace(kBreezeText.data(), colour.name(QColor::HexRgb).toLatin1()));
        if (renderer.isValid()) {
            QPainter p(&drawn);
            p.setOpacity(colour.alphaF());
            renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        QPixmapCache::insert(key, drawn);
        return drawn;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new BreezeIconEngine(m_name, m_tone); }
    QString key() const override { return QStringLiteral("SalesSyncBreeze"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return !Theme::hasIcon(m_name); }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int size : kIconSizes) {
            if (QFile::exists(iconFile(m_name, size))) {
                sizes << QSize(size, size);
            }
        }
        return sizes;
    }

private:
    QColor colourFor(QIcon::Mode mode) const
    {
        if (mode == QIcon::Disabled) {
            QColor faded = Theme::color(Tone::Secondary);
            faded.setAlphaF(0.45f);
            return faded;
        }
        if (mode == QIcon::Selected) {
            return QGuiApplication::palette().color(QPalette::HighlightedText);
        }
        return Theme::color(m_tone);
    }

    QByteArray drawing(int pixels) const
    {
        static QHash<QString, QByteArray> files;
        int chosen = 0;
        for (const int size : kIconSizes) {
            if (QFile::exists(iconFile(m_name, size)) && (chosen == 0 || chosen < pixels)) {
                chosen = size;
            }
        }
        const QString path = iconFile(m_name, chosen);
        auto it = files.find(path);
        if (it == files.end()) {
            QFile file(path);
            it = files.insert(path, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
        }
        return *it;
    }

    QString m_name;
    Tone m_tone;
};

} // namespace

void Theme::apply(QApplication &app, Appearance appearance)
{
    if (!s_platformPalette) {
        s_platformPalette = QApplication::palette();
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, &app, [&app] {
            if (s_appearance == Appearance::System) {
                applyPalette(app);
            }
        });
#endif
    }
    s_appearance = appearance;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    applyPalette(app);
}

Appearance Theme::appearance()
{
    return s_appearance;
}

QString Theme::appearanceName(Appearance appearance)
{
    switch (appearance) {
    case Appearance::System:
        return tr("As the system");
    case Appearance::Light:
        return tr("Light");
    case Appearance::Dark:
        return tr("Dark");
    }
    return {};
}

QString Theme::appearanceKey(Appearance appearance)
{
    switch (appearance) {
    case Appearance::System:
        return QStringLiteral("system");
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

Appearance Theme::appearanceFromKey(const QString &key)
{
    for (const Appearance a : {Appearance::Light, Appearance::Dark}) {
        if (key == appearanceKey(a)) {
            return a;
        }
    }
    return Appearance::System;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor Theme::color(Tone tone)
{
    return color(tone, QGuiApplication::palette());
}

QColor Theme::color(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    switch (tone) {
    case Tone::Text:
        return text;
    case Tone::Secondary:
        return blend(text, base, dark ? 0.36 : 0.40);
    case Tone::Accent:
        return palette.color(QPalette::Highlight);
    case Tone::Success:
        return dark ? QColor(0x7c, 0xc8, 0x80) : QColor(0x2e, 0x7d, 0x32);
    case Tone::Warning:
        return dark ? QColor(0xf2, 0xb4, 0x4f) : QColor(0x9a, 0x58, 0x00);
    case Tone::Danger:
        return dark ? QColor(0xf2, 0x7c, 0x7c) : QColor(0xc0, 0x27, 0x2d);
    case Tone::Neutral:
        return blend(text, base, 0.30);
    case Tone::Surface:
        return blend(base, text, dark ? 0.06 : 0.035);
    case Tone::Border:
        return blend(base, text, dark ? 0.22 : 0.16);
    }
    return text;
}

QColor Theme::tint(Tone tone, const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), color(tone, palette), isDark(palette) ? 0.22 : 0.12);
}

int Theme::space(int steps)
{
    const qreal points = QApplication::font().pointSizeF();
    const qreal scale = points > 0 ? points / 9.0 : 1.0;
    return qRound(4 * steps * scale);
}

QFont Theme::font(TextStyle style)
{
    QFont f = QApplication::font();
    const qreal points = f.pointSizeF() > 0 ? f.pointSizeF() : 9.0;
    switch (style) {
    case TextStyle::PageTitle:
        f.setPointSizeF(points * 1.6);
        f.setWeight(QFont::DemiBold);
        break;
    case TextStyle::Section:
        f.setPointSizeF(points * 1.15);
        f.setWeight(QFont::DemiBold);
        break;
    case TextStyle::Body:
        break;
    case TextStyle::Secondary:
        f.setPointSizeF(points * 0.95);
        break;
    case TextStyle::Figure:
        f.setPointSizeF(points * 1.5);
        f.setWeight(QFont::DemiBold);
        break;
    }
    return f;
}

void Theme::setTextStyle(QLabel *label, TextStyle style)
{
    label->setFont(font(style));
    if (style == TextStyle::Secondary) {
        setTone(label, Tone::Secondary);
    }
}

void Theme::setTone(QWidget *widget, Tone tone)
{
    widget->setProperty(kToneProperty, int(tone));
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, color(tone));
    widget->setPalette(p);
}

QIcon Theme::icon(const QString &name, Tone tone)
{
    return QIcon(new BreezeIconEngine(name, tone));
}

bool Theme::hasIcon(const QString &name)
{
    for (const int size : kIconSizes) {
        if (QFile::exists(iconFile(name, size))) {
            return true;
        }
    }
    return false;
}

} // namespace SalesSync
