// salessync-protocol-doc FILE: writes the entity reference generated from the entity
// declaration into FILE (docs/sync-protocol.md) between its markers.
#include "sync/protocol/protocoldoc.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (app.arguments().size() != 2) {
        err << "usage: salessync-protocol-doc docs/sync-protocol.md\n";
        return 2;
    }
    const QString path = app.arguments().at(1);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        err << path << ": " << in.errorString() << '\n';
        return 1;
    }
    const QString page = QString::fromUtf8(in.readAll());
    const QString updated = SalesSync::Protocol::ProtocolDoc::updated(page);
    if (updated.isEmpty()) {
        err << path << ": the markers of the generated part are missing\n";
        return 1;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(updated.toUtf8()) < 0 || !out.commit()) {
        err << path << ": " << out.errorString() << '\n';
        return 1;
    }
    return 0;
}
