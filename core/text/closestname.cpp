// SPDX-License-Identifier: GPL-3.0-or-later
#include "closestname.h"

#include <algorithm>

namespace denselab {

namespace {

// Insertions, deletions and substitutions, one row at a time.
std::size_t editDistance(const std::string &a, const std::string &b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

std::string closestName(const std::string &name, const std::vector<std::string> &candidates)
{
    if (name.size() > 256)
        return {};
    std::string closest;
    std::size_t best = std::string::npos;
    for (const std::string &candidate : candidates) {
        const std::size_t d = editDistance(name, candidate);
        if (d < best) {
            best = d;
            closest = candidate;
        }
    }
    return !closest.empty() && best <= std::max<std::size_t>(2, closest.size() / 3) ? closest : std::string();
}

} // namespace denselab
