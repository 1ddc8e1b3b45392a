// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QListWidget;

namespace denselab {

/// What a first start shows instead of silently opening some network: new from a preset,
/// open a file, the recent files and the guided tours. It asks; the main window opens.
/// "Show at start" is remembered (QSettings "startPage/show"); Help ▸ Start page brings it back.
class StartPage : public QDialog {
    Q_OBJECT
public:
    StartPage(const QStringList &recentFiles, QWidget *parent = nullptr);

    /// Whether the app shows the page when it starts without a design to open.
    static bool showAtStart();

    QListWidget *presets() const { return m_presets; }
    QListWidget *recent() const { return m_recent; }
    QListWidget *tours() const { return m_tours; }

Q_SIGNALS:
    void presetChosen(const QString &name);
    void fileChosen(const QString &path);   ///< empty: ask for one (File ▸ Open)
    void tourChosen(const QString &name);

private:
    QListWidget *m_presets = nullptr;
    QListWidget *m_recent = nullptr;
    QListWidget *m_tours = nullptr;
    QCheckBox *m_showAtStart = nullptr;
};

} // namespace denselab
