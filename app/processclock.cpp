// SPDX-License-Identifier: GPL-3.0-or-later
#include "processclock.h"

#include <ctime>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

namespace denselab {

double millisecondsSinceProcessStart()
{
    std::ifstream stat("/proc/self/stat");
    std::string line;
    if (!std::getline(stat, line))
        return -1.0;
    // Field 2 (the command) is in parentheses and may hold spaces: count from the last ')'.
    const std::size_t close = line.rfind(')');
    if (close == std::string::npos)
        return -1.0;
    std::istringstream rest(line.substr(close + 1));
    std::string field;
    unsigned long long startTicks = 0;
    for (int index = 3; rest >> field; ++index) {
        if (index == 22) {   // starttime: clock ticks after boot (CLOCK_BOOTTIME since Linux 5.5)
            startTicks = std::stoull(field);
            break;
        }
    }
    timespec now{};
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    if (startTicks == 0 || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1.0;
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - double(startTicks) * 1000.0 / double(ticksPerSecond);
}

double peakResidentMiB()
{
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == "VmHWM:") {
            double kib = 0.0;
            status >> kib;
            return kib / 1024.0;
        }
        status.ignore(4096, '\n');
    }
    return -1.0;
}

} // namespace denselab
