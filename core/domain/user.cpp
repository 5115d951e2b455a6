#include "core/domain/user.h"

#include "core/domain/enumtext.h"
#include "core/domain/validation.h"

#include <QRegularExpression>

namespace SalesSync {

namespace {
constexpr std::pair<Role, const char16_t *> kRoles[] = {
    {Role::Admin, u"admin"},
    {Role::Manager, u"manager"},
    {Role::Agent, u"agent"},
};
} // namespace

QString roleToText(Role role)
{
    return enumToText(kRoles, role);
}

std::optional<Role> roleFromText(QStringView text)
{
    return enumFromText(kRoles, text);
}

QStringList roleTexts()
{
    return enumTexts(kRoles);
}

QList<FieldError> User::validate() const
{
    using namespace Validation;
    QList<FieldError> errors;
    requireId(errors, QStringLiteral("id"), id);
    static const QRegularExpression usernamePattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    if (username.isEmpty()) {
        errors << FieldError{QStringLiteral("username"), tr("is required")};
    } else if (!usernamePattern.match(username).hasMatch()) {
        errors << FieldError{QStringLiteral("username"),
                             tr("must be 2 to 64 lower-case letters, digits, '.', '_' or '-'")};
    }
    requireText(errors, QStringLiteral("displayName"), displayName);
    optionalEmail(errors, QStringLiteral("email"), email);
    if (role != Role::Manager && !managedTerritoryIds.isEmpty()) {
        errors << FieldError{QStringLiteral("managedTerritoryIds"), tr("only managers manage territories")};
    }
    for (qsizetype i = 0; i < managedTerritoryIds.size(); ++i) {
        requireId(errors, QStringLiteral("managedTerritoryIds[%1]").arg(i), managedTerritoryIds.at(i));
    }
    return errors;
}

} // namespace SalesSync
