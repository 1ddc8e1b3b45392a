// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace denselab {

/// The desktop app's command line: `denselab [FILE] [--preset NAME] [--lang CODE] [--screenshot PNG]`.
struct AppOptions {
    QString file;
    QString preset;
    QString language;
    QString screenshot;
    QString error;   ///< non-empty: print it and exit 2
};

/// Parses the arguments (argv[0] included). Checks what can be checked before a window exists:
/// a known preset, a known language, one file at most, not both a file and a preset.
AppOptions parseAppOptions(const QStringList &arguments);

} // namespace denselab
