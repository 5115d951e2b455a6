#include "ui/csvfile.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace SalesSync {

bool CsvFile::save(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void CsvFile::saveAs(QWidget *parent, const QString &title, const QString &suggestedName, const QByteArray &bytes)
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggestedName);
    const QString path = QFileDialog::getSaveFileName(parent, title, suggested, tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !save(path, bytes, &error)) {
        QMessageBox::warning(parent, title, error);
    }
}

} // namespace SalesSync
