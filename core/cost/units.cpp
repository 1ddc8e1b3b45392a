// SPDX-License-Identifier: GPL-3.0-or-later
#include "units.h"

#include <array>
#include <cmath>
#include <iomanip>
#include <locale>
#include <sstream>

namespace denselab {
namespace {

// Always a decimal point, whatever the process's C locale says (the desktop app runs with the
// user's, where printf would write "1,23"); the app localizes the figures itself.
std::string withUnit(double value, int decimals, const char *unit)
{
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << std::fixed << std::setprecision(decimals) << value << ' ' << unit;
    return out.str();
}

} // namespace

std::string formatCount(std::int64_t value, int decimals)
{
    constexpr std::array<std::pair<double, const char *>, 4> kUnits{{{1e12, "T"}, {1e9, "G"}, {1e6, "M"}, {1e3, "k"}}};
    for (const auto &[scale, unit] : kUnits) {
        if (std::llabs(value) >= scale)
            return withUnit(double(value) / scale, decimals, unit);
    }
    return std::to_string(value);
}

std::string formatBytes(std::int64_t bytes, int decimals)
{
    constexpr std::array<std::pair<double, const char *>, 3> kUnits{
        {{1024.0 * 1024 * 1024, "GiB"}, {1024.0 * 1024, "MiB"}, {1024.0, "KiB"}}};
    for (const auto &[scale, unit] : kUnits) {
        if (std::llabs(bytes) >= scale)
            return withUnit(double(bytes) / scale, decimals, unit);
    }
    return std::to_string(bytes) + " B";
}

} // namespace denselab
