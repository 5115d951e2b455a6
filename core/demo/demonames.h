#pragma once

#include <QList>
#include <QString>

// Word lists for the demo data generator: plausible German trade customers, people and places.
namespace SalesSync::DemoNames {

struct City {
    const char16_t *name;
    const char16_t *region; // the sales region the city's area belongs to
    double latitude;
    double longitude;
    const char16_t *postalPrefix; // first two digits of the city's postal codes
    const char16_t *phoneArea;    // telephone area code without the leading 0
    int weight;                   // relative number of customers
};

struct ProductFamily {
    const char16_t *category;
    const char16_t *skuPrefix;
    const char16_t *unit;
    int taxRateBasisPoints;
    qint64 minPriceMinor;
    qint64 maxPriceMinor;
    QList<const char16_t *> names;
};

const QList<City> &cities();
const QList<const char16_t *> &firstNames();
const QList<const char16_t *> &lastNames();
const QList<const char16_t *> &businessTypes();
const QList<const char16_t *> &streetNames();
const QList<const char16_t *> &districts();
const QList<ProductFamily> &productFamilies();
const QList<const char16_t *> &productVariants();
const QList<const char16_t *> &visitOutcomes();
const QList<const char16_t *> &visitNotes();
const QList<const char16_t *> &offSiteReasons();
const QList<const char16_t *> &cancelReasons();
const QList<const char16_t *> &reversalReasons();

} // namespace SalesSync::DemoNames
