#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace SalesSync {

enum class Role { Admin, Manager, Agent };

QString roleToText(Role role);
std::optional<Role> roleFromText(QStringView text);
QStringList roleTexts(); // every value's text, in declaration order

// A person who signs in. Managers manage territories (and their subtrees); agents have an
// Agent record with their field details. Passwords never live on the client.
struct User {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::User)

public:
    QString id;
    QString username;
    QString displayName;
    QString email;
    Role role = Role::Agent;
    bool active = true;
    QStringList managedTerritoryIds; // only for managers
    qint64 serverVersion = 0;

    QList<FieldError> validate() const;
};

} // namespace SalesSync
