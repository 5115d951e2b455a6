#include "sync/server/passwordhasher.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace SalesSync::Server {

namespace {
// libsodium's "interactive" limits: 2 passes over 64 MiB, about 0.1 s per hash on a laptop core.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
} // namespace

bool PasswordHasher::initialise()
{
    return sodium_init() >= 0;
}

QString PasswordHasher::hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return {};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return !stored.isEmpty() &&
           crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &hash)
{
    return crypto_pwhash_str_needs_rehash(hash.toLatin1().constData(), kOpsLimit, kMemLimit) != 0;
}

QString PasswordHasher::randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString PasswordHasher::randomSetupCode()
{
    static constexpr char kAlphabet[] = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    constexpr quint32 kSize = sizeof(kAlphabet) - 1;
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0) {
            code += u'-';
        }
        code += QLatin1Char(kAlphabet[randombytes_uniform(kSize)]);
    }
    return code;
}

QByteArray PasswordHasher::setupCodeHash(const QString &typed)
{
    QString normal = typed.toUpper();
    normal.remove(u'-').remove(u' ');
    return sha256(normal.toLatin1());
}

QByteArray PasswordHasher::sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace SalesSync::Server
