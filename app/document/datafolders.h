// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace denselab {

/// A folder of the app under DenseLab's data folder: ~/.local/share/denselab/<name>
/// ($XDG_DATA_HOME honoured), next to the runs, as docs/workspace.md says ("designs",
/// "recovery"). Earlier versions kept these one level deeper, in Qt's AppDataLocation
/// (~/.local/share/denselab/denselab/<name>): such a folder is moved here the first time, so
/// that no saved design or autosave is left behind.
/// When the move fails, the old folder stays in use (nothing is hidden).
QString appDataFolder(const QString &name);

/// Where runs go and are listed: the Preferences' choice, else training::defaultRunsDir().
QString runsFolder();
/// The folder datasets are looked for in (<folder>/<name>): the Preferences' choice, or empty
/// for each dataset's own default (data::defaultDatasetDir).
QString datasetsFolder();
/// Where dataset `name` is read from when no folder is typed: <datasetsFolder>/<name> when a
/// datasets folder is chosen (Fashion-MNIST falls back to Debian's package when that folder
/// does not have it), else the dataset's own default (data::defaultDatasetDir).
QString datasetFolderFor(const QString &datasetsFolder, const QString &name);
void setRunsFolder(const QString &folder);        ///< empty: back to the default
void setDatasetsFolder(const QString &folder);    ///< empty: back to the defaults

/// A path saved before the move (a recent file, a recovered design's file), mapped to where the
/// move put it; other paths are returned as they are.
QString movedDataPath(const QString &path);

} // namespace denselab
