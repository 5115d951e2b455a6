#include "sync/server/cursorsigner.h"

#include "sync/protocol/messages.h"
#include "sync/server/pgdatabase.h"

#include <QMutexLocker>

#include <sodium.h>

namespace SalesSync::Server {

namespace {

constexpr qsizetype kSignatureBytes = 16;
constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

Status CursorSigner::load(QSqlDatabase db)
{
    QMutexLocker lock(&m_mutex);
    if (!m_key.isEmpty()) {
        return {};
    }
    const Result<QVariant> hex = pgValue(db, QStringLiteral("SELECT value FROM server_meta WHERE key = 'cursor_key'"));
    if (!hex) {
        return hex.error();
    }
    const QByteArray key = QByteArray::fromHex(hex->toString().toLatin1());
    if (key.size() != crypto_auth_hmacsha256_KEYBYTES) {
        return Error(ErrorCode::Storage, tr("The database has no cursor key. Run \"salessync-server migrate\"."));
    }
    m_key = key;
    return {};
}

QByteArray CursorSigner::mac(const QString &position, const QString &userId) const
{
    QByteArray key;
    {
        QMutexLocker lock(&m_mutex);
        key = m_key;
    }
    Q_ASSERT(key.size() == crypto_auth_hmacsha256_KEYBYTES);
    const QByteArray message = userId.toUtf8() + '\n' + position.toUtf8();
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256(
        reinterpret_cast<unsigned char *>(out.data()), reinterpret_cast<const unsigned char *>(message.constData()),
        static_cast<unsigned long long>(message.size()), reinterpret_cast<const unsigned char *>(key.constData()));
    return out.left(kSignatureBytes);
}

QString CursorSigner::sign(const QString &position, const QString &userId) const
{
    if (position == QLatin1StringView(Protocol::PullRequest::kStartCursor)) {
        return position;
    }
    return position + u'.' + QString::fromLatin1(mac(position, userId).toBase64(kEncoding));
}

std::optional<QString> CursorSigner::verify(const QString &cursor, const QString &userId) const
{
    if (cursor == QLatin1StringView(Protocol::PullRequest::kStartCursor)) {
        return cursor;
    }
    const qsizetype dot = cursor.lastIndexOf(u'.');
    if (dot <= 0) {
        return std::nullopt;
    }
    const QString position = cursor.left(dot);
    const QByteArray given =
        QByteArray::fromBase64(cursor.mid(dot + 1).toLatin1(), kEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray expected = mac(position, userId);
    if (given.size() != expected.size() ||
        sodium_memcmp(given.constData(), expected.constData(), size_t(expected.size())) != 0) {
        return std::nullopt;
    }
    return position;
}

} // namespace SalesSync::Server
