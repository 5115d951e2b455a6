#pragma once

#include "core/money.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace SalesSync::Validation {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("SalesSync::Validation", text);
}

// Each check appends a FieldError naming the field and the reason when the value breaks it.
void requireId(QList<FieldError> &errors, const QString &field, const QString &id);
void optionalId(QList<FieldError> &errors, const QString &field, const QString &id);
void requireText(QList<FieldError> &errors, const QString &field, const QString &value, int maxLength = 200);
void limitText(QList<FieldError> &errors, const QString &field, const QString &value, int maxLength = 2000);
void optionalEmail(QList<FieldError> &errors, const QString &field, const QString &value);
void optionalPhone(QList<FieldError> &errors, const QString &field, const QString &value);
void requireCurrency(QList<FieldError> &errors, const QString &field, const Currency &currency);
void requireNonNegative(QList<FieldError> &errors, const QString &field, const Money &amount);
void requireTaxRate(QList<FieldError> &errors, const QString &field, int basisPoints);

} // namespace SalesSync::Validation
