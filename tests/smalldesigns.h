// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small dense networks for tests that train: seconds of CPU on 12x12 generated digits.

#include "design/design.h"

#include <string>

namespace denselab::testdata {

/// `blocks` dense blocks of `layers` layers (growth `growth`, BN-ReLU-conv 3x3) joined by
/// transitions, a CIFAR stem of `stemWidth` channels and a BN-ReLU head, on 1x12x12, 10 classes.
inline Design smallDenseNet(const std::string &name, int blocks, int layers, int growth, int stemWidth = 8)
{
    Design d;
    d.name = name;
    d.input = {1, 12, 12};
    d.classes = 10;
    d.stem.kind = StemKind::Cifar;
    d.stem.widths = {stemWidth};
    DenseBlockSpec block;
    block.layers = layers;
    block.growth = growth;
    for (int b = 0; b < blocks; ++b) {
        if (b > 0)
            d.stages.push_back(TransitionSpec{});
        d.stages.push_back(block);
    }
    d.head.norm = true;
    return d;
}

} // namespace denselab::testdata
