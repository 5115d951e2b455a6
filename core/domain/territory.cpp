#include "core/domain/territory.h"

#include "core/domain/enumtext.h"
#include "core/domain/validation.h"

namespace SalesSync {

namespace {
constexpr std::pair<TerritoryLevel, const char16_t *> kLevels[] = {
    {TerritoryLevel::Region, u"region"},
    {TerritoryLevel::Area, u"area"},
    {TerritoryLevel::Territory, u"territory"},
};
} // namespace

QString territoryLevelToText(TerritoryLevel level)
{
    return enumToText(kLevels, level);
}

std::optional<TerritoryLevel> territoryLevelFromText(QStringView text)
{
    return enumFromText(kLevels, text);
}

QStringList territoryLevelTexts()
{
    return enumTexts(kLevels);
}

QString territoryLevelName(TerritoryLevel level)
{
    switch (level) {
    case TerritoryLevel::Region:
        return Territory::tr("region");
    case TerritoryLevel::Area:
        return Territory::tr("area", "territory level between region and territory");
    case TerritoryLevel::Territory:
        return Territory::tr("territory");
    }
    return {};
}

std::optional<TerritoryLevel> parentLevelOf(TerritoryLevel level)
{
    switch (level) {
    case TerritoryLevel::Region:
        return std::nullopt;
    case TerritoryLevel::Area:
        return TerritoryLevel::Region;
    case TerritoryLevel::Territory:
        return TerritoryLevel::Area;
    }
    return std::nullopt;
}

QList<FieldError> Territory::validate() const
{
    using namespace Validation;
    QList<FieldError> errors;
    requireId(errors, QStringLiteral("id"), id);
    requireText(errors, QStringLiteral("code"), code, 32);
    requireText(errors, QStringLiteral("name"), name);
    if (level == TerritoryLevel::Region && !parentId.isEmpty()) {
        errors << FieldError{QStringLiteral("parentId"), tr("must be empty for a region")};
    } else if (level != TerritoryLevel::Region) {
        requireId(errors, QStringLiteral("parentId"), parentId);
    }
    if (!parentId.isEmpty() && parentId == id) {
        errors << FieldError{QStringLiteral("parentId"), tr("cannot be the territory itself")};
    }
    return errors;
}

} // namespace SalesSync
