// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channelgroups.h"

#include <map>
#include <string>
#include <vector>

namespace denselab::prune {

/// How filters are ranked against each other (docs/pruning.md).
enum class Criterion {
    Taylor,        ///< Molchanov et al. 2017: |mean over batch and positions of activation x gradient|
    Activation,    ///< mean absolute activation of the filter's output (the seed's second criterion)
    L1,            ///< Li et al. 2016: sum of the filter's absolute weights (baseline)
    Random         ///< uniform scores (baseline)
};
const char *toString(Criterion criterion);
bool parse(const std::string &text, Criterion &out);

/// Global: one ranking across every group, scores normalised per group (L2); PerLayer: each
/// group gives up its share of the filters to remove.
enum class Ranking { Global, PerLayer };
const char *toString(Ranking ranking);
bool parse(const std::string &text, Ranking &out);

/// Per prunable group, one score per channel: higher means more important.
using Scores = std::map<int, std::vector<double>>;

/// The `count` lowest-ranked channels. Global ranking divides each group's scores by their L2
/// norm first (Molchanov's layer-wise normalisation); `flopsWeighted` also divides by the
/// group's MACs per channel relative to the mean, so costly filters go first. No group loses
/// its last channel. Ties break by group, then channel, so the choice is repeatable.
Removal selectRemoval(const ChannelMap &map, const Scores &scores, int count, Ranking ranking, bool flopsWeighted);

} // namespace denselab::prune
