// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace denselab {

/// Milliseconds since this process was started by the kernel, so that the time the dynamic
/// loader spends on shared libraries (LibTorch: most of it) counts. Linux only: the start time in
/// /proc/self/stat is in clock ticks (10 ms), so the figure is at most that much too high.
/// Negative when it cannot be read.
double millisecondsSinceProcessStart();

/// The process's peak resident memory so far in MiB (VmHWM); negative when it cannot be read.
double peakResidentMiB();

} // namespace denselab
