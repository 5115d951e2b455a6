#pragma once

#include "core/result.h"

#include <QHash>
#include <QLabel>
#include <QPointer>
#include <QString>

namespace SalesSync {

// The error labels of a form, one under each field, named as the domain names the field
// ("creditLimit", "lines[2].quantity"). show() puts each message of a validation error next to
// its field, moves the focus to the first field in error, and puts anything no field claims in
// the form's general label. Messages are the core's, already translated.
class FieldErrors final {
public:
    // A hidden label in the error style, to place under a field.
    static QLabel *makeLabel(QWidget *parent, const QString &objectName = {});

    void setGeneralLabel(QLabel *label);
    void add(const QString &field, QWidget *editor, QLabel *label);

    void show(const Error &error);
    void show(const QString &field, const QString &message);
    void clear();
    // The message now shown for a field (tests, accessibility).
    QString message(const QString &field) const;
    bool isEmpty() const;

private:
    struct Entry {
        QPointer<QWidget> editor;
        QPointer<QLabel> label;
    };
    QStringList m_order;
    QHash<QString, Entry> m_fields;
    QPointer<QLabel> m_general;
};

} // namespace SalesSync
