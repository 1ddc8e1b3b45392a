// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace denselab {

/// A folder of the app under DenseLab's data folder: ~/.local/share/denselab/<name>
/// ($XDG_DATA_HOME honoured), next to the runs, as docs/workspace.md says ("designs",
/// "recovery"). Earlier versions kept these one level deeper, in Qt's AppDataLocation
/// (~/.local/share/denselab/denselab/<name>): such a folder is moved here the first time, so
/// that no saved design or autosave is left behind.
QString appDataFolder(const QString &name);

} // namespace denselab
