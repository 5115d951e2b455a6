#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace SalesSync {

// Territories form a three-level tree: region > area > territory. Customers and agents
// belong to the leaf level; managers manage any node and with it the whole subtree.
enum class TerritoryLevel { Region, Area, Territory };

QString territoryLevelToText(TerritoryLevel level);
std::optional<TerritoryLevel> territoryLevelFromText(QStringView text);
QStringList territoryLevelTexts(); // every value's text, in declaration order
// The level's name for people, translated ("region").
QString territoryLevelName(TerritoryLevel level);
// The level a node's parent must have, or nothing for a region (which has no parent).
std::optional<TerritoryLevel> parentLevelOf(TerritoryLevel level);

struct Territory {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Territory)

public:
    QString id;
    QString parentId; // empty for a region
    TerritoryLevel level = TerritoryLevel::Territory;
    QString code; // short unique code, e.g. "DE-S-STR"
    QString name;
    bool active = true; // a deactivated node keeps its history but takes no new customers or agents
    qint64 serverVersion = 0;

    // Rules that need no other rows. Parent existence and level are checked by the repository.
    QList<FieldError> validate() const;
};

} // namespace SalesSync
