// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace denselab {

/// HarDNet's links of layer `layer` >= 1: layer - 2^n for every n with 2^n dividing layer, in the
/// official concatenation order (layer-1, layer-2, layer-4, ...). Odd layers read only layer-1.
std::vector<int> harmonicLinks(int layer);

/// Log-DenseNet / SparseNet (Zhu et al.) offsets: layer - 2^n for every 2^n <= layer, nearest first.
/// Unlike harmonicLinks there is no divisibility condition (layer 6 reads 5, 4 and 2).
std::vector<int> logDenseLinks(int layer);

/// HarDNet's output width of layer `layer` >= 1 (HarDBlock.get_link): growth * multiplier^v, v the
/// exponent of the largest power of two dividing `layer`, computed by repeated multiplication in
/// double exactly as the Python code does, then rounded to an even integer the same way:
/// int(int(x + 1) / 2) * 2, so x in [2j-1, 2j+1) gives 2j.
int harmonicWidth(int layer, int growth, double multiplier);

} // namespace denselab
