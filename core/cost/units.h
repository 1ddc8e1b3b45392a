// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace denselab {

/// "7.98 M", "2.83 G", "912 k", "31": decimal units, as the seed tables print counts.
std::string formatCount(std::int64_t value, int decimals = 2);

/// "359.71 MiB", "3.75 KiB", "12 B": binary units, as torchstat prints memory ("MB" there = MiB).
std::string formatBytes(std::int64_t bytes, int decimals = 2);

} // namespace denselab
