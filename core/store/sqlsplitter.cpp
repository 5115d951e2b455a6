#include "core/store/sqlsplitter.h"

namespace SalesSync {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

QStringList splitSqlStatements(const QString &script)
{
    QStringList statements;
    QString current;
    QStringList words;  // upper-cased words of the current statement, outside quotes
    int blockDepth = 0; // BEGIN ... END nesting inside CREATE TRIGGER
    const qsizetype n = script.size();

    auto flushWord = [&](qsizetype start, qsizetype end) {
        if (end <= start) {
            return;
        }
        const QString word = script.mid(start, end - start).toUpper();
        const bool inTrigger =
            words.size() >= 2 && words.at(0) == u"CREATE" && (words.contains(QStringLiteral("TRIGGER")));
        // BEGIN opens a trigger body; CASE ... END inside it also ends with END.
        if (inTrigger && (word == u"BEGIN" || word == u"CASE")) {
            ++blockDepth;
        } else if (inTrigger && word == u"END" && blockDepth > 0) {
            --blockDepth;
        }
        words << word;
    };

    qsizetype i = 0;
    while (i < n) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n') {
                ++i;
            }
            current += u' ';
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == close) {
                    // A doubled quote inside a string is an escaped quote.
                    if (close != u']' && j + 1 < n && script.at(j + 1) == close) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, qMin(j + 1, n) - i);
            i = j + 1;
            continue;
        }
        if (isWordChar(c)) {
            const qsizetype start = i;
            while (i < n && isWordChar(script.at(i))) {
                ++i;
            }
            flushWord(start, i);
            current += script.mid(start, i - start);
            continue;
        }
        if (c == u';' && blockDepth == 0) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty()) {
                statements << statement;
            }
            current.clear();
            words.clear();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    const QString rest = current.trimmed();
    if (!rest.isEmpty()) {
        statements << rest;
    }
    return statements;
}

} // namespace SalesSync
