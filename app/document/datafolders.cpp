// SPDX-License-Identifier: GPL-3.0-or-later
#include "datafolders.h"

#include "data/datasetcatalog.h"
#include "training/trainingconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace denselab {

namespace {

QString dataFolder() { return QString::fromStdString(training::defaultDataDir()); }
QString oldFolder() { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation); }

} // namespace

QString appDataFolder(const QString &name)
{
    const QString folder = dataFolder() + QLatin1Char('/') + name;
    const QString old = oldFolder() + QLatin1Char('/') + name;
    if (old != folder && QFileInfo(old).isDir() && !QFileInfo::exists(folder)) {
        QDir().mkpath(QFileInfo(folder).path());
        if (!QDir().rename(old, folder))   // same file system (both under the data folder)
            return old;
    }
    return folder;
}

QString movedDataPath(const QString &path)
{
    const QString old = oldFolder() + QLatin1Char('/');
    if (!path.startsWith(old) || QFileInfo::exists(path) || oldFolder() == dataFolder())
        return path;
    const QString moved = dataFolder() + QLatin1Char('/') + path.mid(old.size());
    return QFileInfo::exists(moved) ? moved : path;
}

QString runsFolder()
{
    const QString chosen = QSettings().value(QStringLiteral("folders/runs")).toString();
    return chosen.isEmpty() ? QString::fromStdString(training::defaultRunsDir()) : chosen;
}

QString datasetFolderFor(const QString &datasetsFolder, const QString &name)
{
    if (!datasetsFolder.isEmpty()) {
        const QString mine = datasetsFolder + QLatin1Char('/') + name;
        if (name != QLatin1String("fashion-mnist") || QFileInfo::exists(mine))
            return mine;
    }
    return QString::fromStdString(data::defaultDatasetDir(name.toStdString()));
}

QString datasetsFolder()
{
    return QSettings().value(QStringLiteral("folders/datasets")).toString();
}

void setRunsFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("folders/runs"), folder.trimmed());
}

void setDatasetsFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("folders/datasets"), folder.trimmed());
}

} // namespace denselab
