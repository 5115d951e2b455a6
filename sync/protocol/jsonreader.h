#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <limits>
#include <optional>

namespace SalesSync::Protocol {

// A JSON value as compact JSON text ("\"a\"", "12", "null"): how the sync stores single values.
QString jsonText(const QJsonValue &value);

// The offset of the first \u escape in a JSON text that is half of a UTF-16 surrogate pair
// without its other half ("\ud800" alone), or -1. Such text is not Unicode; Qt's parser would
// quietly turn it into a replacement character, so requests are checked before parsing.
qsizetype loneSurrogateAt(QByteArrayView json);

// Reads a JSON object field by field, checking each field's type, and keeps the first problem
// with the path of the field at fault ("change_sets[0].ops[2].hlc"). Requests are read strictly
// (a field the message does not have is an error: a misspelt field never passes silently);
// responses ignore fields they do not know, so that newer servers may add some.
class JsonReader final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::Protocol::JsonReader)

public:
    enum class Unknown { Refuse, Ignore };
    enum class Need { Required, Optional };

    JsonReader(const QJsonValue &value, QString path, Unknown unknown);

    // Each accessor returns the field's value; a missing optional field gives the type's empty
    // value, a missing required field or a value of the wrong type records an error.
    QString text(const char *key, Need need = Need::Required);
    std::optional<QString> optionalText(const char *key);
    qint64 integer(const char *key, Need need = Need::Required, qint64 minimum = std::numeric_limits<qint64>::min(),
                   qint64 maximum = std::numeric_limits<qint64>::max());
    std::optional<qint64> optionalInteger(const char *key, qint64 minimum = std::numeric_limits<qint64>::min(),
                                          qint64 maximum = std::numeric_limits<qint64>::max());
    bool boolean(const char *key, Need need = Need::Required);
    QJsonObject object(const char *key, Need need = Need::Required);
    QJsonArray array(const char *key, Need need = Need::Required);
    // Any JSON value (a field's value in an op); undefined when missing and optional.
    QJsonValue value(const char *key, Need need = Need::Required);
    bool has(const char *key) const;

    // The path of a field of this object, or of an item of an array field.
    QString pathOf(const char *key) const;
    QString pathOf(const char *key, qsizetype index) const;
    // Records a broken rule for a field (the first error wins).
    void fail(const QString &path, const QString &message);
    bool ok() const { return !m_error.has_value(); }
    // The first error, or for a strict reader the first field nobody asked for.
    Status finish();

private:
    const QJsonValue *take(const char *key, Need need, QJsonValue::Type type, const char *typeText);

    QJsonObject m_object;
    QString m_path;
    Unknown m_unknown;
    QSet<QString> m_read;
    QJsonValue m_current;
    std::optional<Error> m_error;
};

} // namespace SalesSync::Protocol
