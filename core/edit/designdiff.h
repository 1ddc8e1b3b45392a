// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cost/cost.h"
#include "graph/layergraph.h"

#include <utility>
#include <vector>

namespace denselab {

/// One cell of a block's matrix: (target, source); target L+1 is the block-output row.
using MatrixCell = std::pair<int, int>;

/// How the n-th dense block of design B differs from the n-th of design A.
struct BlockDiff {
    int index = 0;                    ///< 0-based position among the dense blocks
    int stageA = -1;                  ///< Design stage index in A (-1: A has no such block)
    int stageB = -1;
    int layersA = 0;
    int layersB = 0;
    std::vector<MatrixCell> added;    ///< connected in B, not in A
    std::vector<MatrixCell> removed;  ///< connected in A, not in B
};

/// Structural diff of two compiled designs: dense blocks are paired by position and layer rows
/// by index; the rows past the shorter depth exist in one design only, so their cells count as
/// removed (A deeper) or added (B deeper). The output rows are compared by source index. A block
/// only one design has counts all its cells as added or removed.
std::vector<BlockDiff> diffBlocks(const LayerGraph &a, const LayerGraph &b);

/// b - a for every cost field (what the comparison table shows as the delta).
Cost costDelta(const Cost &a, const Cost &b);

} // namespace denselab
