// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/events.h"

#include <QString>

namespace denselab {

/// A run's state as the user interface shows it, in the interface's language ("finished",
/// "abgeschlossen"); run.json and the CLI keep the English words of training::toString.
QString runStateText(training::RunState state);

} // namespace denselab
