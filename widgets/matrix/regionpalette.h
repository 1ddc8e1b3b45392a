// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/connectivity.h"

#include <QColor>
#include <QString>

namespace denselab {

/// Background of the cells a rule region covers (dense, sparse, harmonic, custom), shared by the
/// matrix editor, the block diagram and the legend so the three always agree.
QColor regionShade(RuleRegion region);
/// Ink of a connection inside that region.
QColor regionInk(RuleRegion region);
/// Translated name of a region for legends and tooltips.
QString regionName(RuleRegion region);

} // namespace denselab
