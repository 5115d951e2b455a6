#include "ui/pages/settingspage.h"

#include "core/store/database.h"
#include "core/store/localsettings.h"
#include "sync/client/credentialstore.h"
#include "ui/background.h"
#include "ui/fielderrors.h"
#include "ui/map/tilesource.h"
#include "ui/positionprovider.h"
#include "ui/profilestore.h"
#include "ui/theme/theme.h"
#include "ui/translations.h"
#include "ui/widgets/pageheader.h"
#include "ui/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace SalesSync {

SettingsPage::SettingsPage(Workspace &workspace, ProfileStore &profiles, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_profiles(profiles)
{
    setObjectName(QStringLiteral("settingsPage"));
    Database &db = workspace.database();
    const Profile &profile = workspace.profile();

    auto *account = new QGroupBox(tr("Account"), this);
    auto *accountForm = new QFormLayout(account);
    accountForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    accountForm->addRow(tr("Profile:"), new QLabel(profile.name, account));
    accountForm->addRow(tr("Server:"), new QLabel(profile.isLocalOnly() ? tr("none (this computer only)")
                                                                        : profile.server.toDisplayString(),
                                                  account));
    accountForm->addRow(tr("Username:"), new QLabel(profile.username, account));
    if (Sync::CredentialStore *credentials = workspace.credentials(); credentials && !profile.isLocalOnly()) {
        accountForm->addRow(tr("Sign-in kept in:"), new QLabel(credentials->backendDescription(), account));
    }
    auto *dataPath = new QLabel(QFileInfo(db.path()).absolutePath(), account);
    dataPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *openFolder = new QPushButton(tr("Open the folder"), account);
    connect(openFolder, &QPushButton::clicked, this,
            [path = QFileInfo(db.path()).absolutePath()] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    accountForm->addRow(tr("Data location:"), dataPath);
    accountForm->addRow(QString(), openFolder);

    auto *look = new QGroupBox(tr("Language and appearance"), this);
    auto *lookForm = new QFormLayout(look);
    lookForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_language = new QComboBox(look);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(
        tr("As the system (%1)").arg(Translations::languageName(Translations::textLanguage(QLocale::system()))),
        QString());
    for (const auto &[code, name] : Translations::languages()) {
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(profiles.appSetting(QStringLiteral("language")))));
    m_languageNote = new QLabel(tr("Numbers, amounts and dates follow the language. A change takes effect when "
                                   "SalesSync starts next."),
                                look);
    m_languageNote->setWordWrap(true);
    m_languageNote->setMinimumWidth(m_languageNote->fontMetrics().averageCharWidth() * 70);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_profiles.setAppSetting(QStringLiteral("language"), m_language->currentData().toString()); });
    lookForm->addRow(tr("&Language:"), m_language);
    lookForm->addRow(QString(), m_languageNote);
    m_appearance = new QComboBox(look);
    m_appearance->setObjectName(QStringLiteral("appearance"));
    for (const Appearance a : {Appearance::System, Appearance::Light, Appearance::Dark}) {
        m_appearance->addItem(Theme::appearanceName(a), Theme::appearanceKey(a));
    }
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(Theme::appearanceKey(Theme::appearanceFromKey(
                                                  profiles.appSetting(QStringLiteral("appearance")))))));
    connect(m_appearance, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_appearance->currentData().toString();
        m_profiles.setAppSetting(QStringLiteral("appearance"), key);
        Theme::apply(*qApp, Theme::appearanceFromKey(key));
    });
    lookForm->addRow(tr("&Appearance:"), m_appearance);

    auto *visits = new QGroupBox(tr("Visits and orders"), this);
    auto *visitsForm = new QFormLayout(visits);
    visitsForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_geofence = new QSpinBox(visits);
    m_geofence->setObjectName(QStringLiteral("geofence"));
    m_geofence->setRange(LocalSettings::kGeofenceRadiusMetres.minimum, LocalSettings::kGeofenceRadiusMetres.maximum);
    m_geofence->setSingleStep(25);
    m_geofence->setSuffix(tr(" m"));
    m_geofence->setToolTip(tr("Check-ins farther from the customer need a reason and are marked for your manager."));
    connect(m_geofence, &QSpinBox::valueChanged, this, [this](int metres) {
        m_settings.geofenceRadiusMetres = metres;
        save();
    });
    m_timeout = new QSpinBox(visits);
    m_timeout->setObjectName(QStringLiteral("positionTimeout"));
    m_timeout->setRange(LocalSettings::kPositionTimeoutSeconds.minimum, LocalSettings::kPositionTimeoutSeconds.maximum);
    m_timeout->setSuffix(tr(" s"));
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_settings.positionTimeoutSeconds = seconds;
        save();
    });
    m_creditPolicy = new QComboBox(visits);
    m_creditPolicy->setObjectName(QStringLiteral("creditPolicy"));
    m_creditPolicy->addItem(tr("Warn, and tell the manager"), int(CreditPolicy::Warn));
    m_creditPolicy->addItem(tr("Do not allow submitting"), int(CreditPolicy::Block));
    connect(m_creditPolicy, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.creditPolicy = CreditPolicy(m_creditPolicy->currentData().toInt());
        save();
    });
    visitsForm->addRow(tr("&Geofence radius:"), m_geofence);
    visitsForm->addRow(tr("&Wait for a position:"), m_timeout);
    visitsForm->addRow(tr("Orders over the &credit limit:"), m_creditPolicy);
    m_error = FieldErrors::makeLabel(visits, QStringLiteral("error"));
    visitsForm->addRow(QString(), m_error);

    auto *about = new QGroupBox(tr("About"), this);
    m_about = new QLabel(about);
    m_about->setObjectName(QStringLiteral("about"));
    m_about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_about->setWordWrap(true);
    auto *aboutQt = new QPushButton(tr("About &Qt"), about);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    auto *aboutLayout = new QVBoxLayout(about);
    aboutLayout->addWidget(m_about);
    aboutLayout->addWidget(aboutQt, 0, Qt::AlignLeft);
    updateAbout();

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    setPageMargins(contentLayout);
    contentLayout->addWidget(new PageHeader(tr("Settings"), content));
    for (QWidget *w : std::initializer_list<QWidget *>{account, look, visits, makeMapGroup(), about}) {
        contentLayout->addWidget(w);
    }
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setFocusProxy(m_language);
    loadSettings();
}

void SettingsPage::loadSettings()
{
    for (QWidget *field : std::initializer_list<QWidget *>{m_geofence, m_timeout, m_creditPolicy}) {
        field->setEnabled(false);
    }
    runInBackground(
        m_workspace.serialWrites(), this,
        [&database = m_workspace.database()] { return LocalSettingsStore(database).load(); },
        [this](Result<LocalSettings> loaded) {
            if (!loaded) {
                showError(loaded.error());
                return;
            }
            m_settings = *loaded;
            const QSignalBlocker a(m_geofence);
            const QSignalBlocker b(m_timeout);
            const QSignalBlocker c(m_creditPolicy);
            m_geofence->setValue(m_settings.geofenceRadiusMetres);
            m_timeout->setValue(m_settings.positionTimeoutSeconds);
            m_creditPolicy->setCurrentIndex(m_creditPolicy->findData(int(m_settings.creditPolicy)));
            for (QWidget *field : std::initializer_list<QWidget *>{m_geofence, m_timeout, m_creditPolicy}) {
                field->setEnabled(true);
            }
        });
}

void SettingsPage::save()
{
    // Off the UI thread and in order (on the serial writer): a spin box sends a value per step.
    runInBackground(
        m_workspace.serialWrites(), this,
        [&database = m_workspace.database(), settings = m_settings] {
            return LocalSettingsStore(database).save(settings);
        },
        [this](Status saved) { showError(saved ? std::optional<Error>() : std::optional<Error>(saved.error())); });
}

void SettingsPage::showError(const std::optional<Error> &error)
{
    m_error->setText(error ? error->message() : QString());
    m_error->setVisible(error.has_value());
}

QGroupBox *SettingsPage::makeMapGroup()
{
    auto *group = new QGroupBox(tr("Maps"), this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_mapTiles = new QLineEdit(m_profiles.appSetting(QStringLiteral("mapTiles")), group);
    m_mapTiles->setObjectName(QStringLiteral("mapTiles"));
    m_mapTiles->setPlaceholderText(TileSource::kDefaultServer.toString());
    m_mapTiles->setMinimumWidth(m_mapTiles->fontMetrics().averageCharWidth() * 60);
    auto *credit = new QLineEdit(m_profiles.appSetting(QStringLiteral("mapAttribution")), group);
    credit->setObjectName(QStringLiteral("mapAttribution"));
    credit->setPlaceholderText(TileSource::kDefaultAttribution.toString());
    credit->setMinimumWidth(m_mapTiles->minimumWidth());
    QLabel *error = FieldErrors::makeLabel(group, QStringLiteral("mapTilesError"));
    auto *note = new QLabel(tr("An OpenStreetMap-compatible tile server, where {z}, {x} and {y} stand for a tile; "
                               "empty: OpenStreetMap's. Tiles are kept on this computer, so the area last seen is "
                               "there offline. A change takes effect when SalesSync starts next."),
                            group);
    note->setWordWrap(true);
    note->setMinimumWidth(m_mapTiles->minimumWidth());
    Theme::setTextStyle(note, TextStyle::Secondary);
    connect(m_mapTiles, &QLineEdit::editingFinished, this, [this, error] {
        const QString why = TileSource::checkTemplate(m_mapTiles->text());
        error->setText(why);
        error->setVisible(!why.isEmpty());
        if (why.isEmpty()) {
            m_profiles.setAppSetting(QStringLiteral("mapTiles"), m_mapTiles->text().trimmed());
        }
    });
    connect(m_mapTiles, &QLineEdit::textEdited, error, &QWidget::hide);
    connect(credit, &QLineEdit::editingFinished, this,
            [this, credit] { m_profiles.setAppSetting(QStringLiteral("mapAttribution"), credit->text().trimmed()); });
    form->addRow(tr("&Tiles from:"), m_mapTiles);
    form->addRow(QString(), error);
    form->addRow(tr("C&redit shown:"), credit);
    form->addRow(QString(), note);
    return group;
}

void SettingsPage::setPositionProvider(PositionProvider *provider)
{
    m_position = provider;
    updateAbout();
}

QString SettingsPage::aboutText() const
{
    return m_about->text();
}

void SettingsPage::updateAbout()
{
    Database &db = m_workspace.database();
    m_about->setText(tr("SalesSync %1 — offline-first field sales.\nQt %2 (built with %3)\nData format %4\n"
                        "Data file: %5\nPosition source: %6")
                         .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                              QStringLiteral(QT_VERSION_STR))
                         .arg(db.schemaVersion())
                         .arg(db.path(), m_position ? m_position->description() : tr("none")));
}

} // namespace SalesSync
