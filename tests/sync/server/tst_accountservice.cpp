#include "core/uuidv7.h"
#include "pgtestdatabase.h"
#include "sync/server/accountservice.h"
#include "sync/server/passwordhasher.h"

#include <QTest>

using namespace SalesSync;
using namespace SalesSync::Server;

namespace {
const QString kPassword = QStringLiteral("correct horse battery");

User person(const QString &username, Role role = Role::Agent)
{
    User u;
    u.username = username;
    u.displayName = QStringLiteral("Test ") + username;
    u.role = role;
    return u;
}
} // namespace

class TestAccountService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void createUserValidatesAndHashes_data();
    void createUserValidatesAndHashes();
    void passwordsAreArgon2idAndTokensOnlyHashes();
    void loginAndAuthenticate();
    void expiredTokensAreRefused();
    void logoutRevokes();
    void disablingRevokesEverySession();
    void failedLoginsAreThrottled();
};

void TestAccountService::initTestCase()
{
    QVERIFY(PasswordHasher::initialise());
}

void TestAccountService::createUserValidatesAndHashes_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("field");
    QTest::newRow("upper case username") << "Ada" << kPassword << "username";
    QTest::newRow("username with space") << "ada lovelace" << kPassword << "username";
    QTest::newRow("sql in username") << "a'; drop table users; --" << kPassword << "username";
    QTest::newRow("short password") << "ada"
                                    << "short"
                                    << "password";
    QTest::newRow("fine") << "ada" << kPassword << "";
}

void TestAccountService::createUserValidatesAndHashes()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, field);
    Test::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.errorString()));
    AccountService accounts(pg.db());
    const AccountResult<User> created = accounts.createUser(person(username), password);
    QCOMPARE(created.ok(), field.isEmpty());
    QCOMPARE(pg.count(QStringLiteral("users")), field.isEmpty() ? 1 : 0);
    if (!field.isEmpty()) {
        QCOMPARE(created.error, AccountError::Validation);
        QCOMPARE(created.field, field);
    } else {
        QVERIFY(UuidV7::isValid(created.value->id));
        const AccountResult<User> again = accounts.createUser(person(username), password);
        QVERIFY(!again.ok());
        QCOMPARE(again.field, QStringLiteral("username"));
    }
}

void TestAccountService::passwordsAreArgon2idAndTokensOnlyHashes()
{
    Test::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.errorString()));
    AccountService accounts(pg.db());
    QVERIFY(accounts.createUser(person(QStringLiteral("ada")), kPassword).ok());
    const AccountResult<LoginResult> login = accounts.login(QStringLiteral("ada"), kPassword, QStringLiteral("dev-1"));
    QVERIFY(login.ok());
    Result<QSqlDatabase> db = pg.db().connection();
    QVERIFY(db.ok());
    const QString hash = pgValue(*db, QStringLiteral("SELECT password_hash FROM users"))->toString();
    QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
    QVERIFY(!hash.contains(kPassword));
    // The token is 32 random bytes; only its SHA-256 is stored.
    QCOMPARE(QByteArray::fromBase64(login.value->token.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);
    QCOMPARE(pgValue(*db, QStringLiteral("SELECT token_hash FROM sessions"))->toByteArray(),
             PasswordHasher::sha256(login.value->token.toLatin1()));
}

void TestAccountService::loginAndAuthenticate()
{
    Test::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.errorString()));
    AccountService accounts(pg.db(), AccountPolicy{3600, 5, 900});
    const User ada = *accounts.createUser(person(QStringLiteral("ada"), Role::Manager), kPassword).value;
    const AccountResult<LoginResult> login = accounts.login(QStringLiteral("ada"), kPassword, QStringLiteral("dev-1"));
    QVERIFY(login.ok());
    QCOMPARE(login.value->user.id, ada.id);
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(login.value->expiresAt);
    QVERIFY2(lifetime > 3590 && lifetime <= 3600, qPrintable(QString::number(lifetime)));
    const AccountResult<Session> session = accounts.authenticate(login.value->token);
    QVERIFY(session.ok());
    QCOMPARE(session.value->user.role, Role::Manager);
    QCOMPARE(session.value->user.username, QStringLiteral("ada"));

    const AccountResult<LoginResult> wrong =
        accounts.login(QStringLiteral("ada"), QStringLiteral("wrong password!"), {});
    const AccountResult<LoginResult> nobody = accounts.login(QStringLiteral("nobody"), kPassword, {});
    QCOMPARE(wrong.error, AccountError::InvalidCredentials);
    QCOMPARE(nobody.error, AccountError::InvalidCredentials);
    // The same answer either way: nothing tells whether the user exists.
    QCOMPARE(wrong.message, nobody.message);
    QCOMPARE(accounts.authenticate(QStringLiteral("forged-token")).error, AccountError::Unauthorized);
    QCOMPARE(accounts.authenticate(QString()).error, AccountError::Unauthorized);
}

void TestAccountService::expiredTokensAreRefused()
{
    Test::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.errorString()));
    AccountService accounts(pg.db());
    QVERIFY(accounts.createUser(person(QStringLiteral("ada")), kPassword).ok());
    const QString token = accounts.login(QStringLiteral("ada"), kPassword, {}).value->token;
    QVERIFY(accounts.authenticate(token).ok());
    QVERIFY(pg.exec(QStringLiteral("UPDATE sessions SET expires_at = now() - interval '1 second'")));
    const AccountResult<Session> expired = accounts.authenticate(token);
    QCOMPARE(expired.error, AccountError::Unauthorized);
    QVERIFY(expired.message.contains(QStringLiteral("Sign in again")));
}

void TestAccountService::logoutRevokes()
{
    Test::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.errorString()));
    AccountService accounts(pg.db());
    QVERIFY(accounts.createUser(person(QStringLiteral("ada")), kPassword).ok());
    const QString first = accounts.login(QStringLiteral("ada"), kPassword, QStringLiteral("laptop")).value->token;
    const QString second = accounts.login(QStringLiteral("ada"), kPassword, QStringLiteral("tablet")).value->token;
    QVERIFY(accounts.logout(first).ok());
    QCOMPARE(accounts.authenticate(first).error, AccountError::Unauthorized);
    QVERIFY(accounts.authenticate(second).ok()); // other devices stay signed in
    QCOMPARE(accounts.logout(first).error, AccountError::Unauthorized);
}

void TestAccountService::disablingRevokesEverySession()
{
    Test::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.errorString()));
    AccountService accounts(pg.db());
    QVERIFY(accounts.createUser(person(QStringLiteral("ada")), kPassword).ok());
    const QString first = accounts.login(QStringLiteral("ada"), kPassword, {}).value->token;
    const QString second = accounts.login(QStringLiteral("ada"), kPassword, {}).value->token;
    QVERIFY(accounts.setActive(QStringLiteral("ada"), false).ok());
    QCOMPARE(accounts.authenticate(first).error, AccountError::Unauthorized);
    QCOMPARE(accounts.authenticate(second).error, AccountError::Unauthorized);
    QCOMPARE(pg.count(QStringLiteral("sessions WHERE revoked_at IS NULL")), 0);
    QCOMPARE(accounts.login(QStringLiteral("ada"), kPassword, {}).error, AccountError::Disabled);
    QVERIFY(accounts.setActive(QStringLiteral("ada"), true).ok());
    QVERIFY(accounts.login(QStringLiteral("ada"), kPassword, {}).ok());
    // Re-enabling does not bring old sessions back.
    QCOMPARE(accounts.authenticate(first).error, AccountError::Unauthorized);
    QCOMPARE(accounts.setActive(QStringLiteral("nobody"), false).field, QStringLiteral("username"));
    // A user deleted through sync (a tombstone) can no longer sign in or use a token.
    const QString token = accounts.login(QStringLiteral("ada"), kPassword, {}).value->token;
    QVERIFY(pg.exec(QStringLiteral("UPDATE users SET deleted = true WHERE username = 'ada'")));
    QCOMPARE(accounts.authenticate(token).error, AccountError::Unauthorized);
    QCOMPARE(accounts.login(QStringLiteral("ada"), kPassword, {}).error, AccountError::InvalidCredentials);
}

void TestAccountService::failedLoginsAreThrottled()
{
    Test::PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.errorString()));
    AccountService accounts(pg.db(), AccountPolicy{3600, 3, 600});
    QVERIFY(accounts.createUser(person(QStringLiteral("ada")), kPassword).ok());
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(accounts.login(QStringLiteral("ada"), QStringLiteral("guess number %1").arg(i), {}).error,
                 AccountError::InvalidCredentials);
    }
    // Even the right password is refused while throttled, and says when to come back.
    const AccountResult<LoginResult> throttled = accounts.login(QStringLiteral("ada"), kPassword, {});
    QCOMPARE(throttled.error, AccountError::Throttled);
    QVERIFY2(throttled.retryAfterSeconds > 500 && throttled.retryAfterSeconds <= 600,
             qPrintable(QString::number(throttled.retryAfterSeconds)));
    QCOMPARE(pg.count(QStringLiteral("sessions")), 0);
    // Another user is not affected.
    QVERIFY(accounts.createUser(person(QStringLiteral("bob")), kPassword).ok());
    QVERIFY(accounts.login(QStringLiteral("bob"), kPassword, {}).ok());
    // Once the failures leave the window, ada can sign in, and success clears the record.
    QVERIFY(pg.exec(QStringLiteral("UPDATE login_failures SET at = now() - interval '1 hour'")));
    QVERIFY(accounts.login(QStringLiteral("ada"), kPassword, {}).ok());
    QCOMPARE(pg.count(QStringLiteral("login_failures WHERE username = 'ada'")), 0);
}

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"
