// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace denselab {

/// Where designs come from: the built-in presets grouped by family (DenseNet, HarDNet,
/// ThreshNet/ThresholdNet, ResNet/VGG, TissueNet), the recent files and the user's own designs
/// folder. Activating an entry asks the main window to open it.
class LibraryPanel : public QWidget {
    Q_OBJECT
public:
    explicit LibraryPanel(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);
    /// Lists *.denselab.json and *.json files of `folder` under "My designs".
    void setDesignsFolder(const QString &folder);
    void refreshDesigns();
    QTreeWidget *tree() const { return m_tree; }
    /// Highlights the entry of what is open (a preset by name, or a file by absolute path) and
    /// nothing when it has none: the previous preset must not stay highlighted.
    void showCurrent(const QString &preset, const QString &file);

Q_SIGNALS:
    void presetActivated(const QString &name);
    void fileActivated(const QString &path);

private:
    QTreeWidget *m_tree = nullptr;
    QTreeWidgetItem *m_recent = nullptr;
    QTreeWidgetItem *m_mine = nullptr;
    QString m_folder;
};

} // namespace denselab
