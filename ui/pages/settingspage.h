#pragma once

#include "core/result.h"
#include "core/store/localsettings.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QLabel;
class QSpinBox;

namespace SalesSync {

class PositionProvider;
class ProfileStore;
class Workspace;

// Settings: the account and where its data lives, the language (from the next start), the
// geofence radius and how long check-in waits for a position, the credit policy, and About with
// the versions of SalesSync, Qt and the data format.
class SettingsPage final : public QWidget {
    Q_OBJECT

public:
    SettingsPage(Workspace &workspace, ProfileStore &profiles, QWidget *parent = nullptr);

    void setPositionProvider(PositionProvider *provider);
    QComboBox *languageField() const { return m_language; }
    QComboBox *appearanceField() const { return m_appearance; }
    QLineEdit *mapTilesField() const { return m_mapTiles; }
    QSpinBox *geofenceField() const { return m_geofence; }
    QSpinBox *timeoutField() const { return m_timeout; }
    QComboBox *creditPolicyField() const { return m_creditPolicy; }
    QString aboutText() const;

private:
    void updateAbout();
    QGroupBox *makeMapGroup();
    // The stored settings are read, and written whole, on the workspace's serial writer.
    void loadSettings();
    void save();
    void showError(const std::optional<Error> &error);

    Workspace &m_workspace;
    ProfileStore &m_profiles;
    PositionProvider *m_position = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QComboBox *m_appearance = nullptr;
    QLineEdit *m_mapTiles = nullptr;
    QSpinBox *m_geofence = nullptr;
    QSpinBox *m_timeout = nullptr;
    QComboBox *m_creditPolicy = nullptr;
    LocalSettings m_settings;
    QLabel *m_about = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace SalesSync
