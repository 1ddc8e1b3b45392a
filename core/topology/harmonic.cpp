// SPDX-License-Identifier: GPL-3.0-or-later
#include "harmonic.h"

#include <limits>

namespace denselab {

std::vector<int> harmonicLinks(int layer)
{
    std::vector<int> links;
    for (int step = 1; step <= layer; step *= 2) {
        if (layer % step == 0)
            links.push_back(layer - step);
    }
    return links;
}

std::vector<int> logDenseLinks(int layer)
{
    std::vector<int> links;
    for (int step = 1; step <= layer; step *= 2)
        links.push_back(layer - step);
    return links;
}

int harmonicWidth(int layer, int growth, double multiplier)
{
    double width = growth;
    // Same loop as get_link: one multiplication per extra power of two dividing the layer.
    for (int step = 2; step <= layer; step *= 2) {
        if (layer % step == 0)
            width *= multiplier;
    }
    // Absurd designs (huge k, m, depth) saturate instead of overflowing; resolveBlock rejects them.
    if (!(width < 1e9))
        return std::numeric_limits<int>::max();
    // Python: int(int(out + 1) / 2) * 2; values are positive, so truncation is floor.
    const long truncated = static_cast<long>(width + 1.0);
    return static_cast<int>((truncated / 2) * 2);
}

} // namespace denselab
