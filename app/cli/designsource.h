// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "arguments.h"
#include "design/design.h"
#include "training/trainingconfig.h"

#include <string>

namespace denselab::cli {

/// The design a command works on: `--preset NAME` or a FILE.json, retargeted by
/// `--input CxHxW` and `--classes N`. `label` is the preset name or the file path.
struct DesignSource {
    Design design;
    std::string label;
};

/// Reads the design options from `args`. Throws UsageError for missing/ambiguous sources or a
/// malformed --input, DesignError for an unknown preset or a bad file.
DesignSource readDesignSource(Arguments &args);

/// What a search or a pruning job starts from: `--parent RUN_DIR` (a trained run: its design as
/// trained, and the data options it was trained with wherever the command line gives none) or
/// the ordinary design options. Sets config.design and returns the run folder, empty without
/// --parent. Throws UsageError for an unreadable run or a parent given with a design.
std::string readParentOrDesign(Arguments &args, training::TrainingConfig &config);

/// Parses "3x224x224" (also "3,224,224"). Throws UsageError naming the text.
InputShape parseInputShape(const std::string &text);

} // namespace denselab::cli
