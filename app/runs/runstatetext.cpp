// SPDX-License-Identifier: GPL-3.0-or-later
#include "runstatetext.h"

#include <QCoreApplication>

namespace denselab {

QString runStateText(training::RunState state)
{
    using training::RunState;
    switch (state) {
    case RunState::Preparing: return QCoreApplication::translate("denselab::RunState", "preparing");
    case RunState::Running: return QCoreApplication::translate("denselab::RunState", "running");
    case RunState::Paused: return QCoreApplication::translate("denselab::RunState", "paused");
    case RunState::Finished: return QCoreApplication::translate("denselab::RunState", "finished");
    case RunState::Stopped: return QCoreApplication::translate("denselab::RunState", "stopped");
    case RunState::Failed: return QCoreApplication::translate("denselab::RunState", "failed");
    case RunState::Diverged: return QCoreApplication::translate("denselab::RunState", "diverged");
    }
    return QString::fromLatin1(training::toString(state));
}

} // namespace denselab
