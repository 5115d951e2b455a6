#pragma once

#include <QByteArray>
#include <QString>

namespace SalesSync::Server {

// Argon2id password hashes through libsodium (crypto_pwhash_str with the ARGON2ID13 algorithm),
// in the self-describing PHC string format ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"), so
// that cost parameters can be raised later without breaking stored hashes.
class PasswordHasher final {
public:
    // Initialises libsodium; false when it cannot (no usable random source).
    static bool initialise();
    // An empty string when hashing failed (out of memory).
    static QString hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    // Whether a stored hash uses weaker parameters than we use now and should be replaced.
    static bool needsRehash(const QString &hash);

    // 32 random bytes from libsodium's CSPRNG, base64url without padding: a bearer token.
    static QString randomToken();
    // A one-time setup code people can read out and type: 12 characters of an alphabet without
    // look-alikes (no 0/O, 1/I/L, U), in groups of four ("K7QD-M3XP-9HWA"), about 59 random bits.
    static QString randomSetupCode();
    // A typed setup code as stored (hashed): case, spaces and dashes do not matter.
    static QByteArray setupCodeHash(const QString &typed);
    static QByteArray sha256(const QByteArray &data);
};

} // namespace SalesSync::Server
