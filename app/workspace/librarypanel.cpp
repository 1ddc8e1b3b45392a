// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypanel.h"

#include "presets/presets.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <map>

namespace denselab {
namespace {

constexpr int kPresetRole = Qt::UserRole + 1;
constexpr int kFileRole = Qt::UserRole + 2;

} // namespace

LibraryPanel::LibraryPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderHidden(true);
    layout->addWidget(m_tree);

    auto *presets = new QTreeWidgetItem(m_tree, {tr("Presets")});
    std::map<std::string, QTreeWidgetItem *> groups;
    for (const PresetInfo &p : presetList()) {
        QTreeWidgetItem *&group = groups[p.group];
        if (!group)
            group = new QTreeWidgetItem(presets, {QString::fromStdString(p.group)});
        auto *item = new QTreeWidgetItem(group, {QString::fromStdString(p.name)});
        item->setToolTip(0, QString::fromStdString(p.description));
        item->setData(0, kPresetRole, QString::fromStdString(p.name));
    }
    m_recent = new QTreeWidgetItem(m_tree, {tr("Recent files")});
    m_mine = new QTreeWidgetItem(m_tree, {tr("My designs")});
    m_tree->expandItem(presets);
    for (auto &entry : groups)
        m_tree->expandItem(entry.second);
    m_tree->expandItem(m_recent);
    m_tree->expandItem(m_mine);

    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString preset = item->data(0, kPresetRole).toString();
        const QString file = item->data(0, kFileRole).toString();
        if (!preset.isEmpty())
            Q_EMIT presetActivated(preset);
        else if (!file.isEmpty())
            Q_EMIT fileActivated(file);
    });
}

void LibraryPanel::setRecentFiles(const QStringList &paths)
{
    qDeleteAll(m_recent->takeChildren());
    for (const QString &path : paths) {
        auto *item = new QTreeWidgetItem(m_recent, {QFileInfo(path).fileName()});
        item->setToolTip(0, path);
        item->setData(0, kFileRole, path);
    }
}

void LibraryPanel::setDesignsFolder(const QString &folder)
{
    m_folder = folder;
    refreshDesigns();
}

void LibraryPanel::refreshDesigns()
{
    qDeleteAll(m_mine->takeChildren());
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &f : files) {
        auto *item = new QTreeWidgetItem(m_mine, {f.fileName()});
        item->setToolTip(0, f.absoluteFilePath());
        item->setData(0, kFileRole, f.absoluteFilePath());
    }
}

void LibraryPanel::showCurrent(const QString &preset, const QString &file)
{
    QTreeWidgetItem *match = nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it && !match; ++it) {
        const QString itemPreset = (*it)->data(0, kPresetRole).toString();
        const QString itemFile = (*it)->data(0, kFileRole).toString();
        if ((!preset.isEmpty() && itemPreset == preset) || (!file.isEmpty() && itemFile == file))
            match = *it;
    }
    m_tree->clearSelection();
    m_tree->setCurrentItem(match);   // null clears the current item too
    if (match)
        match->setSelected(true);
}

} // namespace denselab
