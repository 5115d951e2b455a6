#include "ui/admin/companyprofilepage.h"

#include "core/repositories/companyprofilerepository.h"
#include "ui/background.h"
#include "ui/theme/theme.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/pageheader.h"
#include "ui/workspace.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSvgRenderer>
#include <QToolBar>
#include <QVBoxLayout>

namespace SalesSync {

namespace {

// The form's text fields by the names CompanyProfile::validate() gives them, with their members.
using TextMember = QString CompanyProfile::*;
const QList<std::pair<QString, TextMember>> &textFields()
{
    static const QList<std::pair<QString, TextMember>> fields = {
        {QStringLiteral("name"), &CompanyProfile::name},
        {QStringLiteral("street"), &CompanyProfile::street},
        {QStringLiteral("postalCode"), &CompanyProfile::postalCode},
        {QStringLiteral("city"), &CompanyProfile::city},
        {QStringLiteral("countryCode"), &CompanyProfile::countryCode},
        {QStringLiteral("phone"), &CompanyProfile::phone},
        {QStringLiteral("email"), &CompanyProfile::email},
        {QStringLiteral("website"), &CompanyProfile::website},
        {QStringLiteral("vatId"), &CompanyProfile::vatId},
        {QStringLiteral("bankName"), &CompanyProfile::bankName},
        {QStringLiteral("iban"), &CompanyProfile::iban},
        {QStringLiteral("bic"), &CompanyProfile::bic},
    };
    return fields;
}

bool sameContent(const CompanyProfile &a, const CompanyProfile &b)
{
    for (const auto &[name, member] : textFields()) {
        if (a.*member != b.*member) {
            return false;
        }
    }
    return a.registration == b.registration && a.logo == b.logo;
}

// The logo drawn into at most this size, keeping its proportions.
QPixmap logoPixmap(const QByteArray &logo, const QSize &box, qreal dpr)
{
    QImage image;
    if (logoFormat(logo) == LogoFormat::Svg) {
        QSvgRenderer renderer(logo);
        const QSize size = renderer.defaultSize().scaled(box, Qt::KeepAspectRatio);
        image = QImage(size * dpr, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
    } else {
        image = QImage::fromData(logo).scaled(box * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(dpr);
    return pixmap;
}

} // namespace

CompanyProfilePage::CompanyProfilePage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("companyProfilePage"));
    m_save = new QAction(Theme::icon(QStringLiteral("document-save-as")), tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_revert = new QAction(Theme::icon(QStringLiteral("edit-undo")), tr("&Revert"), this);
    m_revert->setToolTip(tr("Forget the changes and show the profile as saved"));
    for (QAction *a : {m_save, m_revert}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_save, &QAction::triggered, this, &CompanyProfilePage::save);
    connect(m_revert, &QAction::triggered, this, [this] { show(m_stored); });

    QWidget *content = buildForm();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_header = new PageHeader(tr("Company profile"), this);
    m_message = new MessageBar(this);
    QToolBar *toolbar = makePageToolBar(this);
    toolbar->addAction(m_save);
    toolbar->addAction(m_revert);
    auto *layout = new QVBoxLayout(this);
    setPageMargins(layout);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    layout->addWidget(toolbar);
    layout->addWidget(scroll, 1);
    setFocusProxy(m_fields.value(QStringLiteral("name")));

    connect(&m_workspace, &Workspace::dataChanged, this, [this](const QStringList &entities) {
        if (!entities.contains(u"company_profile") || m_saving) {
            return;
        }
        if (sameContent(edited(), m_stored)) {
            reload();
            return;
        }
        // Someone else's change arrived while this one is being edited: nothing is overwritten.
        m_message->showMessage(tr("The company profile was changed elsewhere meanwhile."), Tone::Warning);
        m_message->addButton(tr("Show it (drops your changes)"), [this] { reload(); });
    });
    reload();
}

// The fields in their groups, and the logo, as one widget to scroll.
QWidget *CompanyProfilePage::buildForm()
{
    const QHash<QString, QString> labels = {
        {QStringLiteral("name"), tr("&Name:")},
        {QStringLiteral("street"), tr("&Street:")},
        {QStringLiteral("postalCode"), tr("&Postal code:")},
        {QStringLiteral("city"), tr("C&ity:")},
        {QStringLiteral("countryCode"), tr("C&ountry:")},
        {QStringLiteral("phone"), tr("P&hone:")},
        {QStringLiteral("email"), tr("&E-mail:")},
        {QStringLiteral("website"), tr("&Website:")},
        {QStringLiteral("vatId"), tr("&VAT id:")},
        {QStringLiteral("bankName"), tr("&Bank:")},
        {QStringLiteral("iban"), tr("&IBAN:")},
        {QStringLiteral("bic"), tr("BI&C:")},
    };
    QHash<QString, QFormLayout *> forms;
    const auto group = [&](const QString &title, const QStringList &names) {
        auto *box = new QGroupBox(title, this);
        auto *form = new QFormLayout(box);
        for (const QString &name : names) {
            auto *edit = new QLineEdit(box);
            edit->setObjectName(name);
            m_fields.insert(name, edit);
            QLabel *error = FieldErrors::makeLabel(box, name + QStringLiteral("Error"));
            m_errors.add(name, edit, error);
            form->addRow(labels.value(name), edit);
            form->addRow(QString(), error);
            connect(edit, &QLineEdit::textChanged, this, &CompanyProfilePage::updateActions);
        }
        forms.insert(title, form);
        return box;
    };
    QGroupBox *company =
        group(tr("Company"), {QStringLiteral("name"), QStringLiteral("street"), QStringLiteral("postalCode"),
                              QStringLiteral("city"), QStringLiteral("countryCode")});
    QGroupBox *contact =
        group(tr("Contact"), {QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("website")});
    QGroupBox *legal = group(tr("Legal"), {QStringLiteral("vatId")});
    QGroupBox *bank = group(tr("Bank"), {QStringLiteral("bankName"), QStringLiteral("iban"), QStringLiteral("bic")});
    m_fields.value(QStringLiteral("countryCode"))->setPlaceholderText(tr("Two letters, like DE"));
    m_fields.value(QStringLiteral("countryCode"))->setMaxLength(2);
    m_fields.value(QStringLiteral("iban"))->setPlaceholderText(tr("DE89 3704 0044 0532 0130 00"));
    m_registration = new QPlainTextEdit(legal);
    m_registration->setObjectName(QStringLiteral("registration"));
    m_registration->setTabChangesFocus(true);
    m_registration->setPlaceholderText(tr("Register court and number, managing directors"));
    m_registration->setMaximumHeight(m_registration->fontMetrics().lineSpacing() * 5);
    QLabel *registrationError = FieldErrors::makeLabel(legal, QStringLiteral("registrationError"));
    m_errors.add(QStringLiteral("registration"), m_registration, registrationError);
    forms.value(tr("Legal"))->addRow(tr("&Registration:"), m_registration);
    forms.value(tr("Legal"))->addRow(QString(), registrationError);
    connect(m_registration, &QPlainTextEdit::textChanged, this, &CompanyProfilePage::updateActions);
    QGroupBox *logoBox = buildLogoBox();

    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(company, 0, 0);
    grid->addWidget(contact, 0, 1);
    grid->addWidget(legal, 1, 0);
    grid->addWidget(bank, 1, 1);
    grid->addWidget(logoBox, 2, 0, 1, 2);
    grid->setRowStretch(3, 1);
    return content;
}

// The logo: a preview, and buttons to choose or remove it.
QGroupBox *CompanyProfilePage::buildLogoBox()
{
    auto *logoBox = new QGroupBox(tr("Logo"), this);
    m_logoPreview = new QLabel(logoBox);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setMinimumSize(240, 80);
    m_logoPreview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *chooseLogo = new QPushButton(Theme::icon(QStringLiteral("document-open")), tr("Choose &file…"), logoBox);
    m_removeLogo = new QPushButton(Theme::icon(QStringLiteral("edit-delete")), tr("Remo&ve"), logoBox);
    auto *logoHint = new QLabel(tr("PNG, JPEG or SVG, at most %1 KB; printed at the top right of every document.")
                                    .arg(CompanyProfile::kMaximumLogoBytes / 1024),
                                logoBox);
    logoHint->setWordWrap(true);
    Theme::setTextStyle(logoHint, TextStyle::Secondary);
    QLabel *logoError = FieldErrors::makeLabel(logoBox, QStringLiteral("logoError"));
    m_errors.add(QStringLiteral("logo"), chooseLogo, logoError);
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the logo"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!path.isEmpty()) {
            setLogoFile(path);
        }
    });
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    auto *logoButtons = new QHBoxLayout;
    logoButtons->addWidget(chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch();
    auto *logoLayout = new QVBoxLayout(logoBox);
    logoLayout->addWidget(m_logoPreview);
    logoLayout->addLayout(logoButtons);
    logoLayout->addWidget(logoHint);
    logoLayout->addWidget(logoError);
    return logoBox;
}

QLineEdit *CompanyProfilePage::field(const QString &name) const
{
    return m_fields.value(name);
}

CompanyProfile CompanyProfilePage::edited() const
{
    CompanyProfile p = m_stored;
    for (const auto &[name, member] : textFields()) {
        p.*member = m_fields.value(name)->text().trimmed();
    }
    p.countryCode = p.countryCode.toUpper();
    p.registration = m_registration->toPlainText().trimmed();
    p.logo = m_logo;
    return p;
}

void CompanyProfilePage::reload()
{
    Database *database = &m_workspace.database();
    runInBackground(
        m_workspace.pool(), this, [database] { return CompanyProfileRepository(*database).current(); },
        [this](Result<std::optional<CompanyProfile>> current) {
            if (!current) {
                m_message->showMessage(tr("Cannot read the company profile: %1").arg(current.error().message()),
                                       Tone::Danger);
                return;
            }
            show(current->value_or(CompanyProfile()));
            m_loaded = true;
            emit loaded();
        });
}

void CompanyProfilePage::show(const CompanyProfile &profile)
{
    m_stored = profile;
    for (const auto &[name, member] : textFields()) {
        m_fields.value(name)->setText(profile.*member);
    }
    m_registration->setPlainText(profile.registration);
    m_logo = profile.logo;
    m_errors.clear();
    showLogo();
    m_header->setSubtitle(profile.id.isEmpty()
                              ? tr("None yet: documents go out without a letterhead until you save one.")
                              : tr("On every order confirmation, statement and receipt; syncs to every device."));
}

void CompanyProfilePage::showLogo()
{
    if (m_logo.isEmpty()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("No logo"));
    } else {
        m_logoPreview->setPixmap(logoPixmap(m_logo, QSize(240, 80), devicePixelRatioF()));
    }
    m_removeLogo->setEnabled(!m_logo.isEmpty());
    updateActions();
}

bool CompanyProfilePage::setLogoFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.show(QStringLiteral("logo"), tr("cannot be read: %1").arg(file.errorString()));
        return false;
    }
    // A file far too big is not read whole; the profile's own rule says how big a logo may be.
    const QByteArray bytes = file.read(CompanyProfile::kMaximumLogoBytes * 4);
    CompanyProfile candidate;
    candidate.name = QStringLiteral("-");
    candidate.logo = bytes;
    for (const FieldError &e : candidate.validate()) {
        if (e.field == u"logo") {
            m_errors.show(e.field, e.message);
            return false;
        }
    }
    m_logo = bytes;
    m_errors.clear();
    showLogo();
    return true;
}

void CompanyProfilePage::updateActions()
{
    const bool changed = !sameContent(edited(), m_stored);
    m_save->setEnabled(changed && !m_saving);
    m_revert->setEnabled(changed && !m_saving);
}

void CompanyProfilePage::save()
{
    m_errors.clear();
    m_saving = true;
    updateActions();
    Database *database = &m_workspace.database();
    runInBackground(
        m_workspace.pool(), this, [database, p = edited()] { return CompanyProfileRepository(*database).save(p); },
        [this](Result<CompanyProfile> saved) {
            m_saving = false;
            if (!saved) {
                m_errors.show(saved.error());
                updateActions();
                return;
            }
            show(*saved);
            m_message->showMessage(tr("Saved. The documents use it from now on; it reaches the other devices with "
                                      "their next sync."),
                                   Tone::Success);
            m_workspace.localChange({QStringLiteral("company_profile")});
        });
}

} // namespace SalesSync
