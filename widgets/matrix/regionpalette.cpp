// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionpalette.h"

#include <QCoreApplication>

namespace denselab {

// Colour-blind-safe pairs (ColorBrewer): blue dense, orange sparse, green harmonic, grey custom.
QColor regionShade(RuleRegion region)
{
    switch (region) {
    case RuleRegion::Dense: return {0xde, 0xeb, 0xf7};
    case RuleRegion::Sparse: return {0xfe, 0xe6, 0xce};
    case RuleRegion::Harmonic: return {0xe5, 0xf5, 0xe0};
    case RuleRegion::Custom: return {0xee, 0xee, 0xee};
    }
    return Qt::white;
}

QColor regionInk(RuleRegion region)
{
    switch (region) {
    case RuleRegion::Dense: return {0x08, 0x51, 0x9c};
    case RuleRegion::Sparse: return {0xd9, 0x48, 0x01};
    case RuleRegion::Harmonic: return {0x23, 0x8b, 0x45};
    case RuleRegion::Custom: return {0x52, 0x52, 0x52};
    }
    return Qt::black;
}

QString regionName(RuleRegion region)
{
    switch (region) {
    case RuleRegion::Dense: return QCoreApplication::translate("denselab::RegionPalette", "dense");
    case RuleRegion::Sparse: return QCoreApplication::translate("denselab::RegionPalette", "sparse");
    case RuleRegion::Harmonic: return QCoreApplication::translate("denselab::RegionPalette", "harmonic");
    case RuleRegion::Custom: return QCoreApplication::translate("denselab::RegionPalette", "custom");
    }
    return {};
}

} // namespace denselab
