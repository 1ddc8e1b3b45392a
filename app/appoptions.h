// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace denselab {

/// The desktop app's command line:
///   denselab [FILE | --open FILE | --preset NAME] [--lang CODE] [--screenshot PNG]
///            [--train [--dataset NAME] [--data DIR] [--epochs N] [--limit-train N] [--limit-test N]
///                     [--measure-latency]] [--compare RUN_DIR ...] [--run RUN_DIR]
///            [--tour NAME|FILE [--step N]] [--present] [--time-to-window]
/// With --train the design is trained in the window; with --screenshot too, the PNG is written
/// once the run has ended (teaching demos, docs, tests).
struct AppOptions {
    QString file;
    QString preset;
    QString language;
    QString screenshot;
    bool train = false;
    QString dataset;
    QString dataDir;
    int epochs = 0;        ///< 0: the recipe's
    long limitTrain = 0;
    long limitTest = 0;
    QStringList compareRuns;       ///< --compare DIR (repeatable): open the run comparison page
    QString run;                   ///< --run DIR: open a run of any kind on its page (a search, a pruning job)
    bool measureLatency = false;   ///< with --train: print the event loop's lateness at the end
    QString tour;                  ///< --tour NAME|FILE.json: a built-in tour or a tour file
    int tourStep = 1;              ///< --step N (1-based)
    bool present = false;          ///< --present: presentation mode from the start
    bool timeToWindow = false;     ///< --time-to-window: print the startup time and peak memory, exit
    QString error;   ///< non-empty: print it and exit 2
};

/// Parses the arguments (argv[0] included). Checks what can be checked before a window exists:
/// a known preset, a known language, one file at most, not both a file and a preset.
AppOptions parseAppOptions(const QStringList &arguments);

} // namespace denselab
