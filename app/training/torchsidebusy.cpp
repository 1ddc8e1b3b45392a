// SPDX-License-Identifier: GPL-3.0-or-later
#include "torchsidebusy.h"

#include <QCursor>
#include <QGuiApplication>

namespace denselab {

torchside::TorchSide &torchSideShowingBusy()
{
    if (torchside::torchSideLoaded())
        return torchside::torchSide();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    struct RestoreCursor {
        ~RestoreCursor() { QGuiApplication::restoreOverrideCursor(); }
    } restore;
    return torchside::torchSide();
}

} // namespace denselab
