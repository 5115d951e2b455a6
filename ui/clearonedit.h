#pragma once

#include <QLabel>
#include <QObject>

namespace SalesSync {

// Hides a field's error the moment the person changes the field: what it said no longer
// describes what is there. FieldErrors connects the notify signal of the editor's user property
// to clear(); the object lives as a child of the error label.
class ClearOnEdit final : public QObject {
    Q_OBJECT

public:
    explicit ClearOnEdit(QLabel *label)
        : QObject(label)
        , m_label(label)
    {}

public slots:
    void clear()
    {
        m_label->clear();
        m_label->setVisible(false);
    }

private:
    QLabel *m_label;
};

} // namespace SalesSync
