// SPDX-License-Identifier: GPL-3.0-or-later
#include "stemedit.h"

#include <algorithm>

namespace denselab {

StemSpec stemOfKind(const StemSpec &stem, StemKind kind)
{
    if (stem.kind == kind)
        return stem;
    const int width = stem.widths.empty() ? 24 : stem.widths.back();   // 24: a new design's stem
    StemSpec out;
    out.kind = kind;
    out.activation = stem.activation;
    switch (kind) {
    case StemKind::None: out.widths.clear(); break;
    case StemKind::ImageNet: out.widths = {width}; break;
    case StemKind::Cifar:
        out.widths = {width};
        out.norm = stem.kind != StemKind::None;   // the stem it replaces normalized its output
        break;
    case StemKind::TwoConv: out.widths = {std::max(1, width / 2), width}; break;
    }
    return out;
}

} // namespace denselab
