#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QWidget;

namespace SalesSync {

// CSV exports as every page saves them.
class CsvFile final {
    Q_DECLARE_TR_FUNCTIONS(SalesSync::CsvFile)

public:
    // Writes the file whole or not at all (an existing file stays as it was on failure); the
    // error names the file and the reason.
    static bool save(const QString &path, const QByteArray &bytes, QString *error);
    // Asks where to save it (in the Documents folder, under the suggested name, which should end
    // in .csv), then saves it; a failure is shown in a message box titled like the question.
    static void saveAs(QWidget *parent, const QString &title, const QString &suggestedName, const QByteArray &bytes);
};

} // namespace SalesSync
