#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace SalesSync {

// An ISO 4217 currency: its three-letter code and how many minor-unit digits it has
// (EUR 2, JPY 0, KWD 3). Only codes in the ISO 4217 list are accepted.
class Currency final {
public:
    Currency() = default;

    static std::optional<Currency> fromCode(QStringView code);
    static Currency eur() { return *fromCode(u"EUR"); }

    bool isValid() const { return !m_code.isEmpty(); }
    const QString &code() const { return m_code; }
    int minorDigits() const { return m_minorDigits; }
    // 10^minorDigits: how many minor units make one major unit.
    qint64 minorPerMajor() const;

    bool operator==(const Currency &other) const { return m_code == other.m_code; }

private:
    Currency(QString code, int minorDigits)
        : m_code(std::move(code))
        , m_minorDigits(minorDigits)
    {}

    QString m_code;
    int m_minorDigits = 0;
};

// Rounds num/den to the nearest integer, halves away from zero ("commercial rounding",
// 2.5 -> 3, -2.5 -> -3). den must be positive. This is the one rounding rule of SalesSync.
qint64 divideRoundHalfUp(qint64 num, qint64 den);

// An amount of money: integer minor units plus a currency. Never floating point.
// Arithmetic that could overflow or mix currencies returns a Result instead of a value.
class Money final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Money)

public:
    Money() = default;
    Money(qint64 minorUnits, Currency currency)
        : m_minor(minorUnits)
        , m_currency(std::move(currency))
    {}

    static Money zero(const Currency &currency) { return Money(0, currency); }

    // Parses "1234.56", "-3", "0.5" (C locale) or a localized "1.234,56" with the given locale.
    // More decimals than the currency has is an error, never silently rounded.
    static Result<Money> parse(QStringView text, const Currency &currency, const QLocale &locale = QLocale::c());

    qint64 minorUnits() const { return m_minor; }
    const Currency &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Money negated() const { return Money(-m_minor, m_currency); }

    // Amount times a quantity given in thousandths (1500 = 1.5 units), rounded half-up.
    Result<Money> timesQuantityMilli(qint64 quantityMilli) const;
    // Amount times a rate in basis points (1900 = 19.00 %), rounded half-up.
    Result<Money> timesBasisPoints(qint64 basisPoints) const;

    // "1234.56 EUR": locale-independent, for logs, files and tests.
    QString toString() const;
    // Decimal digits only ("1234.56"), C locale: the form parse() reads back.
    QString toDecimalString() const;
    // "1.234,56 EUR" in a German locale, "1,234.56 EUR" in English: for people.
    QString format(const QLocale &locale) const;
    // The number alone ("1.234,56"), for columns whose title names the currency.
    QString formatNumber(const QLocale &locale) const;

    bool operator==(const Money &other) const = default;

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace SalesSync

Q_DECLARE_METATYPE(SalesSync::Money)
