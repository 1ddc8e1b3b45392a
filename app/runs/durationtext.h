// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace denselab {

/// A duration as a clock reads it: "0:07", "12:30", "1:02:03" (ETA, epoch time, elapsed).
QString durationText(double seconds);

} // namespace denselab
