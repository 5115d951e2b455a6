#pragma once

#include "core/money.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace SalesSync {

// A catalogue item. Prices and tax rates are owned by the head office; agents only read them.
struct Product {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Product)

public:
    QString id;
    QString sku;
    QString name;
    QString category;
    QString unit;               // "pc", "case", "kg", ...
    Money unitPrice;            // list price, net of tax
    int taxRateBasisPoints = 0; // 1900 = 19.00 %
    bool active = true;
    qint64 serverVersion = 0;

    QList<FieldError> validate() const;
};

// A customer-specific price list: overrides the list price of some products.
struct PriceList {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::PriceList)

public:
    QString id;
    QString name;
    Currency currency;
    bool active = true;
    qint64 serverVersion = 0;

    QList<FieldError> validate() const;
};

struct PriceListItem {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::PriceListItem)

public:
    QString id;
    QString priceListId;
    QString productId;
    Money unitPrice;
    qint64 serverVersion = 0;

    QList<FieldError> validate() const;
};

} // namespace SalesSync
