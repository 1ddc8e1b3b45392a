// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "torchside/torchside.h"

namespace denselab {

/// torchside::torchSide() for the GUI thread: while the first call loads LibTorch (under a
/// second on a warm machine, longer on a cold disk) the pointer is the wait cursor. Throws
/// torchside::TorchSideError as torchSide() does.
torchside::TorchSide &torchSideShowingBusy();

} // namespace denselab
