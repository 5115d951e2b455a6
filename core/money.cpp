#include "core/money.h"

#include <QCoreApplication>
#include <QtNumeric>

#include <array>
#include <cstdlib>

namespace SalesSync {

namespace {

struct CurrencyInfo {
    const char16_t *code;
    int minorDigits;
};

// Active ISO 4217 codes (list 1, 2025) with their minor-unit exponent. Precious metals,
// testing and fund codes without a minor unit (XAU, XTS, XXX, ...) are not money we trade in.
constexpr std::array kCurrencies = {
    CurrencyInfo{u"AED", 2}, CurrencyInfo{u"AFN", 2}, CurrencyInfo{u"ALL", 2}, CurrencyInfo{u"AMD", 2},
    CurrencyInfo{u"ANG", 2}, CurrencyInfo{u"AOA", 2}, CurrencyInfo{u"ARS", 2}, CurrencyInfo{u"AUD", 2},
    CurrencyInfo{u"AWG", 2}, CurrencyInfo{u"AZN", 2}, CurrencyInfo{u"BAM", 2}, CurrencyInfo{u"BBD", 2},
    CurrencyInfo{u"BDT", 2}, CurrencyInfo{u"BGN", 2}, CurrencyInfo{u"BHD", 3}, CurrencyInfo{u"BIF", 0},
    CurrencyInfo{u"BMD", 2}, CurrencyInfo{u"BND", 2}, CurrencyInfo{u"BOB", 2}, CurrencyInfo{u"BOV", 2},
    CurrencyInfo{u"BRL", 2}, CurrencyInfo{u"BSD", 2}, CurrencyInfo{u"BTN", 2}, CurrencyInfo{u"BWP", 2},
    CurrencyInfo{u"BYN", 2}, CurrencyInfo{u"BZD", 2}, CurrencyInfo{u"CAD", 2}, CurrencyInfo{u"CDF", 2},
    CurrencyInfo{u"CHE", 2}, CurrencyInfo{u"CHF", 2}, CurrencyInfo{u"CHW", 2}, CurrencyInfo{u"CLF", 4},
    CurrencyInfo{u"CLP", 0}, CurrencyInfo{u"CNY", 2}, CurrencyInfo{u"COP", 2}, CurrencyInfo{u"COU", 2},
    CurrencyInfo{u"CRC", 2}, CurrencyInfo{u"CUP", 2}, CurrencyInfo{u"CVE", 2}, CurrencyInfo{u"CZK", 2},
    CurrencyInfo{u"DJF", 0}, CurrencyInfo{u"DKK", 2}, CurrencyInfo{u"DOP", 2}, CurrencyInfo{u"DZD", 2},
    CurrencyInfo{u"EGP", 2}, CurrencyInfo{u"ERN", 2}, CurrencyInfo{u"ETB", 2}, CurrencyInfo{u"EUR", 2},
    CurrencyInfo{u"FJD", 2}, CurrencyInfo{u"FKP", 2}, CurrencyInfo{u"GBP", 2}, CurrencyInfo{u"GEL", 2},
    CurrencyInfo{u"GHS", 2}, CurrencyInfo{u"GIP", 2}, CurrencyInfo{u"GMD", 2}, CurrencyInfo{u"GNF", 0},
    CurrencyInfo{u"GTQ", 2}, CurrencyInfo{u"GYD", 2}, CurrencyInfo{u"HKD", 2}, CurrencyInfo{u"HNL", 2},
    CurrencyInfo{u"HTG", 2}, CurrencyInfo{u"HUF", 2}, CurrencyInfo{u"IDR", 2}, CurrencyInfo{u"ILS", 2},
    CurrencyInfo{u"INR", 2}, CurrencyInfo{u"IQD", 3}, CurrencyInfo{u"IRR", 2}, CurrencyInfo{u"ISK", 0},
    CurrencyInfo{u"JMD", 2}, CurrencyInfo{u"JOD", 3}, CurrencyInfo{u"JPY", 0}, CurrencyInfo{u"KES", 2},
    CurrencyInfo{u"KGS", 2}, CurrencyInfo{u"KHR", 2}, CurrencyInfo{u"KMF", 0}, CurrencyInfo{u"KPW", 2},
    CurrencyInfo{u"KRW", 0}, CurrencyInfo{u"KWD", 3}, CurrencyInfo{u"KYD", 2}, CurrencyInfo{u"KZT", 2},
    CurrencyInfo{u"LAK", 2}, CurrencyInfo{u"LBP", 2}, CurrencyInfo{u"LKR", 2}, CurrencyInfo{u"LRD", 2},
    CurrencyInfo{u"LSL", 2}, CurrencyInfo{u"LYD", 3}, CurrencyInfo{u"MAD", 2}, CurrencyInfo{u"MDL", 2},
    CurrencyInfo{u"MGA", 2}, CurrencyInfo{u"MKD", 2}, CurrencyInfo{u"MMK", 2}, CurrencyInfo{u"MNT", 2},
    CurrencyInfo{u"MOP", 2}, CurrencyInfo{u"MRU", 2}, CurrencyInfo{u"MUR", 2}, CurrencyInfo{u"MVR", 2},
    CurrencyInfo{u"MWK", 2}, CurrencyInfo{u"MXN", 2}, CurrencyInfo{u"MXV", 2}, CurrencyInfo{u"MYR", 2},
    CurrencyInfo{u"MZN", 2}, CurrencyInfo{u"NAD", 2}, CurrencyInfo{u"NGN", 2}, CurrencyInfo{u"NIO", 2},
    CurrencyInfo{u"NOK", 2}, CurrencyInfo{u"NPR", 2}, CurrencyInfo{u"NZD", 2}, CurrencyInfo{u"OMR", 3},
    CurrencyInfo{u"PAB", 2}, CurrencyInfo{u"PEN", 2}, CurrencyInfo{u"PGK", 2}, CurrencyInfo{u"PHP", 2},
    CurrencyInfo{u"PKR", 2}, CurrencyInfo{u"PLN", 2}, CurrencyInfo{u"PYG", 0}, CurrencyInfo{u"QAR", 2},
    CurrencyInfo{u"RON", 2}, CurrencyInfo{u"RSD", 2}, CurrencyInfo{u"RUB", 2}, CurrencyInfo{u"RWF", 0},
    CurrencyInfo{u"SAR", 2}, CurrencyInfo{u"SBD", 2}, CurrencyInfo{u"SCR", 2}, CurrencyInfo{u"SDG", 2},
    CurrencyInfo{u"SEK", 2}, CurrencyInfo{u"SGD", 2}, CurrencyInfo{u"SHP", 2}, CurrencyInfo{u"SLE", 2},
    CurrencyInfo{u"SOS", 2}, CurrencyInfo{u"SRD", 2}, CurrencyInfo{u"SSP", 2}, CurrencyInfo{u"STN", 2},
    CurrencyInfo{u"SVC", 2}, CurrencyInfo{u"SYP", 2}, CurrencyInfo{u"SZL", 2}, CurrencyInfo{u"THB", 2},
    CurrencyInfo{u"TJS", 2}, CurrencyInfo{u"TMT", 2}, CurrencyInfo{u"TND", 3}, CurrencyInfo{u"TOP", 2},
    CurrencyInfo{u"TRY", 2}, CurrencyInfo{u"TTD", 2}, CurrencyInfo{u"TWD", 2}, CurrencyInfo{u"TZS", 2},
    CurrencyInfo{u"UAH", 2}, CurrencyInfo{u"UGX", 0}, CurrencyInfo{u"USD", 2}, CurrencyInfo{u"USN", 2},
    CurrencyInfo{u"UYI", 0}, CurrencyInfo{u"UYU", 2}, CurrencyInfo{u"UYW", 4}, CurrencyInfo{u"UZS", 2},
    CurrencyInfo{u"VED", 2}, CurrencyInfo{u"VES", 2}, CurrencyInfo{u"VND", 0}, CurrencyInfo{u"VUV", 0},
    CurrencyInfo{u"WST", 2}, CurrencyInfo{u"XAF", 0}, CurrencyInfo{u"XCD", 2}, CurrencyInfo{u"XCG", 2},
    CurrencyInfo{u"XOF", 0}, CurrencyInfo{u"XPF", 0}, CurrencyInfo{u"YER", 2}, CurrencyInfo{u"ZAR", 2},
    CurrencyInfo{u"ZMW", 2}, CurrencyInfo{u"ZWG", 2},
};

Error currencyMismatch(const Currency &a, const Currency &b)
{
    return Error(ErrorCode::CurrencyMismatch,
                 Money::tr("Cannot combine amounts in %1 and %2.").arg(a.code(), b.code()));
}

Error overflow()
{
    return Error(ErrorCode::Overflow, Money::tr("The amount is too large."));
}

} // namespace

std::optional<Currency> Currency::fromCode(QStringView code)
{
    for (const CurrencyInfo &info : kCurrencies) {
        if (code == QStringView(info.code)) {
            return Currency(QString::fromUtf16(info.code), info.minorDigits);
        }
    }
    return std::nullopt;
}

qint64 Currency::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < m_minorDigits; ++i) {
        factor *= 10;
    }
    return factor;
}

qint64 divideRoundHalfUp(qint64 num, qint64 den)
{
    Q_ASSERT(den > 0);
    const qint64 quotient = num / den;
    const qint64 remainder = num % den;
    // |remainder| < den, so doubling it cannot overflow for the denominators we use.
    if (2 * std::llabs(remainder) >= den) {
        return quotient + (num < 0 ? -1 : 1);
    }
    return quotient;
}

Result<Money> Money::parse(QStringView text, const Currency &currency, const QLocale &locale)
{
    const QString field = QStringLiteral("amount");
    if (!currency.isValid()) {
        return Error::validation(QStringLiteral("currency"), tr("is not an ISO 4217 currency code"));
    }
    // Normalise to "[-]digits[.digits]". Group separators are only accepted where they belong
    // (groups of three before the decimal point), so "12.50" typed into a German form is an
    // error instead of silently becoming 1250.
    QString s = text.trimmed().toString();
    s.replace(locale.negativeSign(), QStringLiteral("-"));
    const QString decimalPoint = locale.decimalPoint();
    const QString groupSeparator = locale.groupSeparator();
    const qsizetype pointAt = s.lastIndexOf(decimalPoint);
    QString integerPart = pointAt >= 0 ? s.left(pointAt) : s;
    const QString fractionPart = pointAt >= 0 ? s.mid(pointAt + decimalPoint.size()) : QString();
    if (!groupSeparator.isEmpty() && integerPart.contains(groupSeparator)) {
        QString digits = integerPart;
        if (digits.startsWith(u'-') || digits.startsWith(u'+')) {
            digits.remove(0, 1);
        }
        const QStringList groups = digits.split(groupSeparator);
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const qsizetype len = groups.at(i).size();
            if ((i == 0 && (len < 1 || len > 3)) || (i > 0 && len != 3)) {
                return Error::validation(field, tr("\"%1\" has misplaced digit grouping").arg(text.toString()));
            }
        }
        integerPart.remove(groupSeparator);
    }
    s = pointAt >= 0 ? integerPart + u'.' + fractionPart : integerPart;
    if (s.isEmpty()) {
        return Error::validation(field, tr("is empty"));
    }
    bool negative = false;
    qsizetype pos = 0;
    if (s.at(0) == u'-' || s.at(0) == u'+') {
        negative = s.at(0) == u'-';
        pos = 1;
    }
    qint64 major = 0;
    qint64 minor = 0;
    int decimals = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    for (; pos < s.size(); ++pos) {
        const QChar c = s.at(pos);
        if (c == u'.' && !seenPoint) {
            seenPoint = true;
            continue;
        }
        if (!c.isDigit() || c.unicode() > u'9') {
            return Error::validation(field, tr("\"%1\" is not a number").arg(text.toString()));
        }
        seenDigit = true;
        const int digit = c.unicode() - u'0';
        if (seenPoint) {
            if (++decimals > currency.minorDigits()) {
                return Error::validation(
                    field,
                    tr("has more decimal places than %1 allows (%2)").arg(currency.code()).arg(currency.minorDigits()));
            }
            minor = minor * 10 + digit;
        } else if (qMulOverflow(major, qint64(10), &major) || qAddOverflow(major, qint64(digit), &major)) {
            return overflow();
        }
    }
    if (!seenDigit) {
        return Error::validation(field, tr("\"%1\" is not a number").arg(text.toString()));
    }
    for (; decimals < currency.minorDigits(); ++decimals) {
        minor *= 10;
    }
    qint64 total = 0;
    if (qMulOverflow(major, currency.minorPerMajor(), &total) || qAddOverflow(total, minor, &total)) {
        return overflow();
    }
    return Money(negative ? -total : total, currency);
}

Result<Money> Money::plus(const Money &other) const
{
    if (!(m_currency == other.m_currency)) {
        return currencyMismatch(m_currency, other.m_currency);
    }
    qint64 sum = 0;
    if (qAddOverflow(m_minor, other.m_minor, &sum)) {
        return overflow();
    }
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (!(m_currency == other.m_currency)) {
        return currencyMismatch(m_currency, other.m_currency);
    }
    qint64 difference = 0;
    if (qSubOverflow(m_minor, other.m_minor, &difference)) {
        return overflow();
    }
    return Money(difference, m_currency);
}

Result<Money> Money::timesQuantityMilli(qint64 quantityMilli) const
{
    qint64 product = 0;
    if (qMulOverflow(m_minor, quantityMilli, &product)) {
        return overflow();
    }
    return Money(divideRoundHalfUp(product, 1000), m_currency);
}

Result<Money> Money::timesBasisPoints(qint64 basisPoints) const
{
    qint64 product = 0;
    if (qMulOverflow(m_minor, basisPoints, &product)) {
        return overflow();
    }
    return Money(divideRoundHalfUp(product, 10000), m_currency);
}

QString Money::toDecimalString() const
{
    const qint64 factor = m_currency.minorPerMajor();
    const quint64 magnitude = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    QString s = QString::number(magnitude / quint64(factor));
    if (m_currency.minorDigits() > 0) {
        s += u'.' + QString::number(magnitude % quint64(factor)).rightJustified(m_currency.minorDigits(), u'0');
    }
    return m_minor < 0 ? u'-' + s : s;
}

QString Money::toString() const
{
    return toDecimalString() + u' ' + m_currency.code();
}

QString Money::formatNumber(const QLocale &locale) const
{
    const qint64 factor = m_currency.minorPerMajor();
    const quint64 magnitude = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    QString s = locale.toString(magnitude / quint64(factor));
    if (m_currency.minorDigits() > 0) {
        s += locale.decimalPoint() +
             QString::number(magnitude % quint64(factor)).rightJustified(m_currency.minorDigits(), u'0');
    }
    if (m_minor < 0) {
        s.prepend(locale.negativeSign());
    }
    return s;
}

QString Money::format(const QLocale &locale) const
{
    return formatNumber(locale) + QChar(0x00A0) + m_currency.code();
}

} // namespace SalesSync
