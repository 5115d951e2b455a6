#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <utility>

namespace SalesSync {

// Each domain enum has one table mapping its values to the stable lower-case text stored in
// SQLite and sent over the wire. These two helpers read that table in both directions.
template <typename Enum, size_t N>
QString enumToText(const std::pair<Enum, const char16_t *> (&table)[N], Enum value)
{
    for (const auto &[e, text] : table) {
        if (e == value) {
            return QString::fromUtf16(text);
        }
    }
    Q_ASSERT_X(false, "enumToText", "value missing from its table");
    return {};
}

template <typename Enum, size_t N>
std::optional<Enum> enumFromText(const std::pair<Enum, const char16_t *> (&table)[N], QStringView text)
{
    for (const auto &[e, t] : table) {
        if (text == QStringView(t)) {
            return e;
        }
    }
    return std::nullopt;
}

// Every text of a table, in table order (for validation and documentation).
template <typename Enum, size_t N>
QStringList enumTexts(const std::pair<Enum, const char16_t *> (&table)[N])
{
    QStringList texts;
    for (const auto &[e, text] : table) {
        texts << QString::fromUtf16(text);
    }
    return texts;
}

} // namespace SalesSync
