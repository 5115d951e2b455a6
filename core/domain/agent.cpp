#include "core/domain/agent.h"

#include "core/domain/validation.h"

namespace SalesSync {

QList<FieldError> Agent::validate() const
{
    using namespace Validation;
    QList<FieldError> errors;
    requireId(errors, QStringLiteral("id"), id);
    requireId(errors, QStringLiteral("userId"), userId);
    requireText(errors, QStringLiteral("employeeId"), employeeId, 32);
    optionalPhone(errors, QStringLiteral("phone"), phone);
    for (qsizetype i = 0; i < territoryIds.size(); ++i) {
        requireId(errors, QStringLiteral("territoryIds[%1]").arg(i), territoryIds.at(i));
    }
    if (territoryIds.size() != QSet<QString>(territoryIds.cbegin(), territoryIds.cend()).size()) {
        errors << FieldError{QStringLiteral("territoryIds"), tr("lists a territory twice")};
    }
    return errors;
}

} // namespace SalesSync
