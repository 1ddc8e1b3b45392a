// SPDX-License-Identifier: GPL-3.0-or-later
#include "datafolders.h"

#include "training/trainingconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace denselab {

QString appDataFolder(const QString &name)
{
    const QString folder = QString::fromStdString(training::defaultDataDir()) + QLatin1Char('/') + name;
    const QString old = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/') + name;
    if (old != folder && QFileInfo(old).isDir() && !QFileInfo::exists(folder)) {
        QDir().mkpath(QFileInfo(folder).path());
        QDir().rename(old, folder);   // same file system (both under the data folder): a rename
    }
    return folder;
}

} // namespace denselab
