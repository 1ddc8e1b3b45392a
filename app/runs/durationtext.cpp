// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationtext.h"

namespace denselab {

QString durationText(double seconds)
{
    const long long s = static_cast<long long>(seconds + 0.5);
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace denselab
