// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverystore.h"

#include "datafolders.h"
#include "io/boundedjson.h"

#include "design/designerror.h"
#include "io/atomicfile.h"
#include "io/designjson.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

namespace denselab {
namespace {

constexpr const char *kFormat = "denselab.recovery";

} // namespace

RecoveryStore::RecoveryStore(QString directory) : m_directory(std::move(directory))
{
    if (m_directory.isEmpty())
        m_directory = appDataFolder(QStringLiteral("recovery"));
}

QString RecoveryStore::filePath() const
{
    return m_directory + QStringLiteral("/autosave.denselab.json");
}

bool RecoveryStore::claim()
{
    if (m_lock)
        return true;
    QDir().mkpath(m_directory);
    auto lock = std::make_shared<QLockFile>(m_directory + QStringLiteral("/autosave.lock"));
    if (!lock->tryLock(0))
        return false;
    m_lock = lock;
    return true;
}

void RecoveryStore::save(const Design &design, const QString &originalPath) const
{
    if (!m_lock)
        return;
    QDir().mkpath(m_directory);
    nlohmann::json j;
    j["format"] = kFormat;
    j["file"] = originalPath.toStdString();
    j["design"] = io::designToJson(design);
    io::writeFileAtomically(filePath().toStdString(), j.dump(1));
}

bool RecoveryStore::exists() const
{
    return m_lock && QFile::exists(filePath());
}

std::optional<RecoveryStore::Recovered> RecoveryStore::load() const
{
    if (!exists())
        return std::nullopt;
    try {
        const nlohmann::json j = io::parseBoundedJson(io::readTextFile(filePath().toStdString()));
        if (j.value("format", std::string()) != kFormat)
            throw DesignError("not a recovery file");
        Recovered r;
        r.design = io::designFromJson(j.at("design"));
        r.originalPath = QString::fromStdString(j.value("file", std::string()));
        return r;
    } catch (const std::exception &) {
        QFile::remove(filePath() + QStringLiteral(".damaged"));
        QFile::rename(filePath(), filePath() + QStringLiteral(".damaged"));
        return std::nullopt;
    }
}

void RecoveryStore::clear() const
{
    if (m_lock)
        QFile::remove(filePath());
}

} // namespace denselab
