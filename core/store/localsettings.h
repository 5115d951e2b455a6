#pragma once

#include "core/result.h"
#include "core/rules/creditcheck.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace SalesSync {

class Database;

// A whole-number setting's allowed range and the value used when none is stored.
struct SettingRange {
    int minimum;
    int maximum;
    int fallback;

    bool contains(int value) const { return value >= minimum && value <= maximum; }
};

// The settings kept in a profile's data file (never synced): one place for their keys, defaults,
// ranges and validation. The Settings page and the rules that use them read them through here.
struct LocalSettings {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::LocalSettings)

public:
    static constexpr SettingRange kGeofenceRadiusMetres{25, 5000, 200};
    static constexpr SettingRange kPositionTimeoutSeconds{5, 300, 30};

    int geofenceRadiusMetres = kGeofenceRadiusMetres.fallback;     // check-ins farther away need a reason
    int positionTimeoutSeconds = kPositionTimeoutSeconds.fallback; // how long check-in waits for a fix
    CreditPolicy creditPolicy = CreditPolicy::Warn;                // orders over the credit limit

    // Each value outside its range, named by field ("geofenceRadiusMetres").
    QList<FieldError> validate() const;
    bool operator==(const LocalSettings &) const = default;
};

// Reads and writes LocalSettings in the data file's meta table. Blocking: call off the UI thread.
class LocalSettingsStore final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::LocalSettingsStore)

public:
    explicit LocalSettingsStore(Database &database);

    // The stored settings; a missing value is its default, a stored value that is out of range
    // or unreadable (written by hand, or by an older version with other limits) is its default
    // too, and is logged.
    Result<LocalSettings> load();
    // Validates, then writes every setting in one transaction: all or nothing.
    Status save(const LocalSettings &settings);

private:
    Database &m_database;
};

} // namespace SalesSync
