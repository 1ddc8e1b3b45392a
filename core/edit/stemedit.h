// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"

namespace denselab {

/// `stem` switched to `kind`, keeping its output channels, so the rest of the network stays as
/// it is: ImageNet (7x7/2 conv, BN, act, max-pool: a quarter of the input side), small-input
/// (one 3x3 conv with BN and act: the full side, for 28x28 and 32x32 images), two-conv
/// (HarDNet/ThreshNet: half the width, then the width, then max-pool) or none (the first stage
/// reads the image; its channels are the image's). The same kind returns `stem` unchanged.
StemSpec stemOfKind(const StemSpec &stem, StemKind kind);

} // namespace denselab
