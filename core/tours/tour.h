// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace denselab {

/// One step of a guided tour: what to load or change, what to show and what to say. Edits are
/// cumulative: a step starts from the design the previous step left, unless it names a preset.
/// docs/tours.md documents the file format.
struct TourStep {
    std::string title;
    std::string text;                               ///< Markdown
    std::string preset;                             ///< non-empty: start again from this preset
    int block = 1;                                  ///< the dense block edited and shown (1-based)
    // Block edits ("set"); unset fields stay as they are.
    std::optional<ConnectivityRule> rule;
    std::optional<int> threshold;
    std::optional<int> keep;
    std::optional<int> layers;
    std::optional<int> growth;
    std::optional<double> multiplier;
    std::optional<double> bottleneck;
    std::optional<BlockOutput> output;
    std::optional<ChannelThresholdSpec> channelThreshold;
    std::vector<std::pair<int, int>> toggles;       ///< matrix cells (target, source) flipped
    std::string show = "matrix";                    ///< one of tourViews()
    std::string cost;                               ///< a cost key (costKeys()) to highlight, or empty
};

struct Tour {
    std::string name;          ///< file name without .json ("hardnet")
    std::string title;
    std::string description;
    std::vector<TourStep> steps;
};

/// What a step can show: "matrix", "diagram", "totals", "layers", "chart-input", "chart-cost".
const std::vector<std::string> &tourViews();
/// The cost rows a step can highlight, in the order of the cost panel's totals.
const std::vector<std::string> &costKeys();

/// Parses a tour file. Throws DesignError naming `source` and the field ("tour.json:
/// /steps/2/show: unknown view "graph" (known: ...)"). Presets and block numbers are checked
/// when the steps are played (tourDesignAt), which names the step.
Tour parseTour(const std::string &json, const std::string &source, const std::string &name);

/// The tours built into the binary (resources/tours), by name.
std::vector<std::string> builtInTourNames();
/// A built-in tour; throws DesignError naming the known tours for an unknown name.
Tour loadBuiltInTour(const std::string &name);
/// A tour file from disk (the user's own); throws io::FileError or DesignError naming the file.
Tour readTourFile(const std::string &path);

/// The design after steps 0..`index` (replayed from the last step that names a preset).
/// Throws DesignError naming the step for a block, cell or value the design does not have.
Design tourDesignAt(const Tour &tour, int index);
/// Index into Design::stages of the dense block step `index` shows (its `block`).
int tourStageAt(const Tour &tour, int index);

} // namespace denselab
