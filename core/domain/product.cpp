#include "core/domain/product.h"

#include "core/domain/validation.h"

namespace SalesSync {

QList<FieldError> Product::validate() const
{
    using namespace Validation;
    QList<FieldError> errors;
    requireId(errors, QStringLiteral("id"), id);
    requireText(errors, QStringLiteral("sku"), sku, 64);
    requireText(errors, QStringLiteral("name"), name);
    limitText(errors, QStringLiteral("category"), category, 100);
    requireText(errors, QStringLiteral("unit"), unit, 16);
    requireNonNegative(errors, QStringLiteral("unitPrice"), unitPrice);
    requireTaxRate(errors, QStringLiteral("taxRate"), taxRateBasisPoints);
    return errors;
}

QList<FieldError> PriceList::validate() const
{
    using namespace Validation;
    QList<FieldError> errors;
    requireId(errors, QStringLiteral("id"), id);
    requireText(errors, QStringLiteral("name"), name);
    requireCurrency(errors, QStringLiteral("currency"), currency);
    return errors;
}

QList<FieldError> PriceListItem::validate() const
{
    using namespace Validation;
    QList<FieldError> errors;
    requireId(errors, QStringLiteral("id"), id);
    requireId(errors, QStringLiteral("priceListId"), priceListId);
    requireId(errors, QStringLiteral("productId"), productId);
    requireNonNegative(errors, QStringLiteral("unitPrice"), unitPrice);
    return errors;
}

} // namespace SalesSync
