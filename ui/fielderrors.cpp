#include "ui/fielderrors.h"

#include "ui/clearonedit.h"
#include "ui/theme/theme.h"

#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMetaProperty>

namespace SalesSync {

namespace {

// Lets the window grow to show messages that appeared, so none is cut off or overlaps a field.
void fitWindow(QWidget *inside)
{
    QWidget *window = inside ? inside->window() : nullptr;
    if (!window || !window->isWindow() || !window->layout()) {
        return;
    }
    window->layout()->activate();
    const QSize needed = window->sizeHint().expandedTo(window->minimumSizeHint());
    if (needed.height() > window->height() || needed.width() > window->width()) {
        window->resize(window->size().expandedTo(needed));
    }
}

} // namespace

QLabel *FieldErrors::makeLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    Theme::setTone(label, Tone::Danger);
    label->setVisible(false);
    return label;
}

void FieldErrors::setGeneralLabel(QLabel *label)
{
    m_general = label;
}

void FieldErrors::add(const QString &field, QWidget *editor, QLabel *label)
{
    m_order << field;
    m_fields.insert(field, Entry{editor, label});
    const QMetaProperty value = editor ? editor->metaObject()->userProperty() : QMetaProperty();
    if (label && value.hasNotifySignal()) {
        auto *clearer = new ClearOnEdit(label);
        QObject::connect(editor, value.notifySignal(), clearer,
                         clearer->metaObject()->method(clearer->metaObject()->indexOfSlot("clear()")));
    }
}

void FieldErrors::show(const Error &error)
{
    clear();
    QStringList unclaimed;
    QString first;
    for (const FieldError &f : error.fields()) {
        const auto it = m_fields.constFind(f.field);
        if (it == m_fields.cend() || !it->label) {
            unclaimed << f.message;
            continue;
        }
        it->label->setText(it->label->text().isEmpty() ? f.message : it->label->text() + u'\n' + f.message);
        it->label->setVisible(true);
        if (first.isEmpty() || m_order.indexOf(f.field) < m_order.indexOf(first)) {
            first = f.field;
        }
    }
    if (error.fields().isEmpty()) {
        unclaimed << error.message();
    }
    if (!unclaimed.isEmpty() && m_general) {
        m_general->setText(unclaimed.join(u'\n'));
        m_general->setVisible(true);
    }
    fitWindow(m_general ? m_general.data() : (m_fields.isEmpty() ? nullptr : m_fields.cbegin()->label.data()));
    if (QWidget *editor = first.isEmpty() ? nullptr : m_fields.value(first).editor.data()) {
        editor->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            edit->selectAll();
        }
    }
}

void FieldErrors::show(const QString &field, const QString &message)
{
    show(field.isEmpty() ? Error(ErrorCode::Validation, message) : Error::validation(field, message));
}

void FieldErrors::clear()
{
    for (const Entry &e : std::as_const(m_fields)) {
        if (e.label) {
            e.label->clear();
            e.label->setVisible(false);
        }
    }
    if (m_general) {
        m_general->clear();
        m_general->setVisible(false);
    }
}

QString FieldErrors::message(const QString &field) const
{
    if (field.isEmpty()) {
        return m_general ? m_general->text() : QString();
    }
    const auto it = m_fields.constFind(field);
    return it != m_fields.cend() && it->label ? it->label->text() : QString();
}

bool FieldErrors::isEmpty() const
{
    for (const Entry &e : m_fields) {
        if (e.label && !e.label->text().isEmpty()) {
            return false;
        }
    }
    return !m_general || m_general->text().isEmpty();
}

} // namespace SalesSync
