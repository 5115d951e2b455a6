#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace SalesSync {

// What kind of failure an Error is. Callers branch on the code, people read the message.
enum class ErrorCode {
    Validation,        // input broke a rule; fields() names each field and reason
    NotFound,          // the row does not exist (or is not visible)
    IllegalTransition, // a state machine refused a transition
    CreditLimit,       // a credit check failed
    CurrencyMismatch,  // amounts in different currencies were combined
    Overflow,          // an amount exceeded the representable range
    Storage,           // SQLite reported an error
    SchemaTooNew,      // the file was written by a newer SalesSync
    Corrupt,           // the file is damaged or not a SalesSync database
    Cancelled,         // the work was stopped on request before it finished; nothing was kept
};

namespace Detail {
// A Result read the wrong way round (value() of an error, error() of a success) is a bug in the
// caller, in every build: stop with the place rather than read a value that is not there.
[[noreturn]] void resultMisused(const char *what);
} // namespace Detail

// One field that failed validation, named as in the domain structs ("creditLimit", "lines[2].quantity").
struct FieldError {
    QString field;
    QString message;

    bool operator==(const FieldError &) const = default;
};

// A readable error: a translated message plus, for validation errors, the offending fields.
class Error final {
public:
    Error(ErrorCode code, QString message, QList<FieldError> fields = {})
        : m_code(code)
        , m_message(std::move(message))
        , m_fields(std::move(fields))
    {}

    static Error validation(QList<FieldError> fields)
    {
        QStringList parts;
        parts.reserve(fields.size());
        for (const FieldError &f : std::as_const(fields)) {
            parts << f.field + QStringLiteral(": ") + f.message;
        }
        return Error(ErrorCode::Validation, parts.join(QStringLiteral("; ")), std::move(fields));
    }

    static Error validation(const QString &field, const QString &message)
    {
        return validation(QList<FieldError>{FieldError{field, message}});
    }

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QList<FieldError> &fields() const { return m_fields; }

    // The message for one field, or an empty string when that field is fine.
    QString messageFor(const QString &field) const
    {
        for (const FieldError &f : m_fields) {
            if (f.field == field) {
                return f.message;
            }
        }
        return {};
    }

    bool hasField(const QString &field) const { return !messageFor(field).isEmpty(); }

private:
    ErrorCode m_code;
    QString m_message;
    QList<FieldError> m_fields;
};

// Either a value or an Error. No exceptions cross our layers; callers check ok().
template <typename T>
class [[nodiscard]] Result final {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        expectValue();
        return std::get<0>(m_data);
    }
    T &value() &
    {
        expectValue();
        return std::get<0>(m_data);
    }
    T &&value() &&
    {
        expectValue();
        return std::get<0>(std::move(m_data));
    }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    // On a temporary Result, * yields the value itself, so "for (x : *repo.list())" is safe.
    T operator*() &&
    {
        expectValue();
        return std::get<0>(std::move(m_data));
    }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const
    {
        if (ok()) {
            Detail::resultMisused("Result::error() called on a success");
        }
        return std::get<1>(m_data);
    }

private:
    void expectValue() const
    {
        if (!ok()) {
            Detail::resultMisused("Result::value() called on an error");
        }
    }

    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> final {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
        if (ok()) {
            Detail::resultMisused("Status::error() called on a success");
        }
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace SalesSync
