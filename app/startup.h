// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace denselab {

struct AppOptions;

/// Builds the main window for the parsed command line and runs the event loop: opens the file
/// or preset (after offering to restore a crashed session's design), starts scripted training,
/// opens a run comparison, writes the --screenshot. Returns the process exit status: 0, 1 when a
/// file, run or screenshot failed (the reason on stderr).
int runApp(QApplication &app, const AppOptions &options);

} // namespace denselab
