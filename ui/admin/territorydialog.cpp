#include "ui/admin/territorydialog.h"

#include "core/repositories/territoryrepository.h"
#include "ui/background.h"
#include "ui/dialogs/dialogwidth.h"
#include "ui/displaytext.h"
#include "ui/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace SalesSync {

namespace {

// A code proposed from the name: its words' first letters and the last word, upper case,
// ASCII only ("Stuttgart Mitte" in "R-SUED" gives "R-SUED-S-MITTE"); the person may change it.
QString proposedCode(const QString &parentCode, const QString &name)
{
    QString slug = name.normalized(QString::NormalizationForm_KD).toUpper();
    slug.remove(QRegularExpression(QStringLiteral("[^A-Z0-9 ]")));
    const QStringList words = slug.split(u' ', Qt::SkipEmptyParts);
    QString code;
    for (qsizetype i = 0; i < words.size(); ++i) {
        code += i + 1 < words.size() ? words.at(i).left(1) + u'-' : words.at(i).left(8);
    }
    return (parentCode.isEmpty() ? QString() : parentCode + u'-') + code;
}

} // namespace

TerritoryDialog::TerritoryDialog(Workspace &workspace, TerritoryLevel level, const std::optional<Territory> &parentNode,
                                 QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_new(true)
{
    m_territory.level = level;
    m_territory.parentId = parentNode ? parentNode->id : QString();
    setWindowTitle(level == TerritoryLevel::Region ? tr("New region")
                   : level == TerritoryLevel::Area ? tr("New area")
                                                   : tr("New territory"));
    build(tr("Where:"), parentNode ? tr("Below %1").arg(parentNode->name) : tr("At the top of the tree"),
          parentNode ? parentNode->code : QString());
}

TerritoryDialog::TerritoryDialog(Workspace &workspace, const Territory &territory, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_territory(territory)
    , m_codeEdited(true)
{
    setWindowTitle(tr("Edit %1").arg(territory.name));
    build(tr("Level:"), DisplayText::capitalized(territoryLevelName(territory.level)), QString());
    m_name->setText(territory.name);
    m_code->setText(territory.code);
}

void TerritoryDialog::build(const QString &placeLabel, const QString &place, const QString &parentCode)
{
    setReadableWidth(this);
    auto *whereLabel = new QLabel(place, this);
    whereLabel->setObjectName(QStringLiteral("where"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(200);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setMaxLength(32);
    m_code->setPlaceholderText(tr("Short and unique, e.g. DE-S-STR"));
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_.-]*")), this));
    // A new node's code follows its name until the person types one.
    connect(m_name, &QLineEdit::textEdited, this, [this, parentCode](const QString &name) {
        if (m_new && !m_codeEdited) {
            m_code->setText(proposedCode(parentCode, name));
        }
    });
    connect(m_code, &QLineEdit::textEdited, this, [this] { m_codeEdited = true; });

    auto *form = new QFormLayout;
    form->addRow(placeLabel, whereLabel);
    QLabel *nameError = FieldErrors::makeLabel(this, QStringLiteral("nameError"));
    QLabel *codeError = FieldErrors::makeLabel(this, QStringLiteral("codeError"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), nameError);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(QString(), codeError);
    QLabel *general = FieldErrors::makeLabel(this, QStringLiteral("error"));
    m_errors.add(QStringLiteral("name"), m_name, nameError);
    m_errors.add(QStringLiteral("code"), m_code, codeError);
    m_errors.setGeneralLabel(general);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TerritoryDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(m_buttons);
    m_name->setFocus();
}

void TerritoryDialog::submit()
{
    m_errors.clear();
    m_buttons->setEnabled(false);
    Territory wanted = m_territory;
    wanted.name = m_name->text().simplified();
    wanted.code = m_code->text().trimmed().toUpper();
    Database *database = &m_workspace.database();
    runInBackground(
        m_workspace.pool(), this,
        [database, wanted, isNew = m_new] {
            TerritoryRepository repository(*database);
            return isNew ? repository.create(wanted) : repository.update(wanted);
        },
        [this](Result<Territory> written) {
            m_buttons->setEnabled(true);
            if (!written) {
                m_errors.show(written.error());
                return;
            }
            m_territory = *written;
            m_workspace.localChange({QStringLiteral("territory")});
            accept();
        });
}

void TerritoryDialog::reject()
{
    if (m_buttons->isEnabled()) {
        QDialog::reject();
    }
}

} // namespace SalesSync
