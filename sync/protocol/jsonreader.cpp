#include "sync/protocol/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace SalesSync::Protocol {

namespace {

// The UTF-16 unit of the escape "\uXXXX" starting at i, or -1 when it is not one.
int escapedUnit(QByteArrayView json, qsizetype i)
{
    if (i + 6 > json.size() || json.at(i) != '\\' || json.at(i + 1) != 'u') {
        return -1;
    }
    bool ok = false;
    const int unit = json.sliced(i + 2, 4).toByteArray().toInt(&ok, 16);
    return ok ? unit : -1;
}

bool isHighSurrogate(int unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLowSurrogate(int unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

} // namespace

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

qsizetype loneSurrogateAt(QByteArrayView json)
{
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            inString = !inString;
            continue;
        }
        if (!inString || c != '\\') {
            continue;
        }
        const int unit = escapedUnit(json, i);
        if (unit < 0) {
            ++i; // another escape: skip the escaped character
            continue;
        }
        if (isLowSurrogate(unit)) {
            return i;
        }
        if (isHighSurrogate(unit)) {
            if (!isLowSurrogate(escapedUnit(json, i + 6))) {
                return i;
            }
            i += 6;
        }
        i += 5;
    }
    return -1;
}

JsonReader::JsonReader(const QJsonValue &value, QString path, Unknown unknown)
    : m_path(std::move(path))
    , m_unknown(unknown)
{
    if (!value.isObject()) {
        if (m_path.isEmpty()) {
            m_error = Error(ErrorCode::Validation, tr("The body must be a JSON object."));
        } else {
            fail(m_path, tr("must be a JSON object"));
        }
        return;
    }
    m_object = value.toObject();
}

QString JsonReader::pathOf(const char *key) const
{
    const QString name = QString::fromLatin1(key);
    return m_path.isEmpty() ? name : m_path + u'.' + name;
}

QString JsonReader::pathOf(const char *key, qsizetype index) const
{
    return pathOf(key) + QStringLiteral("[%1]").arg(index);
}

void JsonReader::fail(const QString &path, const QString &message)
{
    if (!m_error) {
        m_error = Error::validation(path, message);
    }
}

bool JsonReader::has(const char *key) const
{
    return m_object.contains(QLatin1StringView(key));
}

const QJsonValue *JsonReader::take(const char *key, Need need, QJsonValue::Type type, const char *typeText)
{
    if (m_unknown == Unknown::Refuse) {
        m_read.insert(QString::fromLatin1(key));
    }
    const auto it = m_object.constFind(QLatin1StringView(key));
    if (it == m_object.constEnd()) {
        if (need == Need::Required) {
            fail(pathOf(key), tr("is missing"));
        }
        return nullptr;
    }
    m_current = it.value();
    if (type != QJsonValue::Undefined && m_current.type() != type) {
        fail(pathOf(key), tr("must be %1").arg(tr(typeText)));
        return nullptr;
    }
    return &m_current;
}

QString JsonReader::text(const char *key, Need need)
{
    const QJsonValue *v = take(key, need, QJsonValue::String, QT_TR_NOOP("a string"));
    return v ? v->toString() : QString();
}

std::optional<QString> JsonReader::optionalText(const char *key)
{
    const QJsonValue *v = take(key, Need::Optional, QJsonValue::String, QT_TR_NOOP("a string"));
    return v ? std::optional<QString>(v->toString()) : std::nullopt;
}

qint64 JsonReader::integer(const char *key, Need need, qint64 minimum, qint64 maximum)
{
    if (need == Need::Required && !has(key)) {
        m_read.insert(QString::fromLatin1(key));
        fail(pathOf(key), tr("is missing"));
        return 0;
    }
    return optionalInteger(key, minimum, maximum).value_or(0);
}

std::optional<qint64> JsonReader::optionalInteger(const char *key, qint64 minimum, qint64 maximum)
{
    const QJsonValue *v = take(key, Need::Optional, QJsonValue::Double, QT_TR_NOOP("a whole number"));
    if (!v) {
        return std::nullopt;
    }
    const double d = v->toDouble();
    // Whole numbers only, within what a double holds exactly.
    if (d != std::floor(d) || std::abs(d) > 9007199254740992.0) {
        fail(pathOf(key), tr("must be a whole number"));
        return std::nullopt;
    }
    const qint64 n = qint64(d);
    if (n < minimum || n > maximum) {
        fail(pathOf(key), maximum == std::numeric_limits<qint64>::max()
                              ? tr("must be at least %1").arg(minimum)
                              : tr("must be from %1 to %2").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return n;
}

bool JsonReader::boolean(const char *key, Need need)
{
    const QJsonValue *v = take(key, need, QJsonValue::Bool, QT_TR_NOOP("true or false"));
    return v && v->toBool();
}

QJsonObject JsonReader::object(const char *key, Need need)
{
    const QJsonValue *v = take(key, need, QJsonValue::Object, QT_TR_NOOP("an object"));
    return v ? v->toObject() : QJsonObject();
}

QJsonArray JsonReader::array(const char *key, Need need)
{
    const QJsonValue *v = take(key, need, QJsonValue::Array, QT_TR_NOOP("an array"));
    return v ? v->toArray() : QJsonArray();
}

QJsonValue JsonReader::value(const char *key, Need need)
{
    const QJsonValue *v = take(key, need, QJsonValue::Undefined, nullptr);
    return v ? *v : QJsonValue(QJsonValue::Undefined);
}

Status JsonReader::finish()
{
    if (!m_error && m_unknown == Unknown::Refuse) {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_read.contains(it.key())) {
                fail(m_path.isEmpty() ? it.key() : m_path + u'.' + it.key(), tr("is not a known field here"));
                break;
            }
        }
    }
    return m_error ? Status(*m_error) : Status();
}

} // namespace SalesSync::Protocol
