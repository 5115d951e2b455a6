#include "ui/helpdialogs.h"

#include "ui/theme/theme.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QRegularExpression>
#include <QShortcut>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SalesSync {

namespace {

// An action's text as a list shows it: no mnemonic ampersands, no trailing dots.
QString plainText(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)"));
    text.remove(mnemonic);
    if (text.endsWith(u'…')) {
        text.chop(1);
    }
    return text;
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("SalesSync user guide"));
    setObjectName(QStringLiteral("userGuide"));
    m_browser = new QTextBrowser(this);
    m_browser->setSearchPaths({QStringLiteral(":/guide")});
    m_browser->setOpenExternalLinks(true);
    QFile guide(QStringLiteral(":/guide/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly)) {
        m_browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    } else {
        m_browser->setPlainText(tr("The user guide is missing from this installation: %1").arg(guide.errorString()));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 40);
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, const QList<std::pair<QString, QWidget *>> &sections, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setObjectName(QStringLiteral("shortcuts"));
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Where"), tr("What"), tr("Keys")});
    m_list->setSortingEnabled(false);
    const auto add = [this](const QString &where, const QString &what, const QList<QKeySequence> &keys) {
        QStringList texts;
        for (const QKeySequence &k : keys) {
            texts << k.toString(QKeySequence::NativeText);
        }
        new QTreeWidgetItem(m_list, {where, plainText(what), texts.join(QStringLiteral(", "))});
    };
    // Everywhere: the menus' actions and the section shortcuts.
    const auto pageOf = [&sections](const QObject *o) -> const std::pair<QString, QWidget *> * {
        for (const auto &section : sections) {
            for (const QObject *p = o; p; p = p->parent()) {
                if (p == section.second) {
                    return &section;
                }
            }
        }
        return nullptr;
    };
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty() && !action->text().isEmpty() && !pageOf(action)) {
            add(tr("Everywhere"), action->text(), action->shortcuts());
        }
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (!shortcut->whatsThis().isEmpty()) {
            add(tr("Everywhere"), shortcut->whatsThis(), {shortcut->key()});
        }
    }
    for (const auto &[name, page] : sections) {
        for (const QAction *action : page->findChildren<QAction *>()) {
            if (!action->shortcuts().isEmpty() && !action->text().isEmpty()) {
                add(name, action->text(), action->shortcuts());
            }
        }
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 30);
}

} // namespace SalesSync
