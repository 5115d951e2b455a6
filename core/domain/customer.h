#pragma once

#include "core/geo.h"
#include "core/money.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace SalesSync {

enum class CustomerStatus { Active, OnHold, Inactive };

QString customerStatusToText(CustomerStatus status);
std::optional<CustomerStatus> customerStatusFromText(QStringView text);
QStringList customerStatusTexts(); // every value's text, in declaration order

struct Customer {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Customer)

public:
    QString id;
    QString code; // customer number, unique
    QString name;
    QString contactPerson;
    QString phone;
    QString email;
    QString street;
    QString postalCode;
    QString city;
    QString countryCode; // ISO 3166-1 alpha-2
    std::optional<GeoPoint> location;
    Money creditLimit; // its currency is the customer's trading currency
    int paymentTermsDays = 30;
    QString priceListId; // empty: the products' list prices apply
    QString territoryId;
    CustomerStatus status = CustomerStatus::Active;
    QString notes;
    QString language; // of the documents sent to the customer ("de"); empty: the country's
    qint64 serverVersion = 0;

    const Currency &currency() const { return creditLimit.currency(); }
    QList<FieldError> validate() const;
};

} // namespace SalesSync
