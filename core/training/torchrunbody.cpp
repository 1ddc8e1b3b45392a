// SPDX-License-Identifier: GPL-3.0-or-later
#include "torchrunbody.h"

#include "device.h"
#include "trainercontrol.h"

#include <c10/util/Exception.h>

#include <algorithm>

namespace denselab::training {

std::string TorchRunBody::failureMessage(const std::exception &error, TrainerControl &control)
{
    if (isOutOfMemory(error)) {
        releaseCachedMemory();
        const RunRecord record = control.record();
        const int batch = record.config.hyper.batchSize;
        return "out of memory with batch " + std::to_string(batch) + " on " + record.device + ": try --batch "
               + std::to_string(std::max(1, batch / 2));
    }
    if (const auto *c10 = dynamic_cast<const c10::Error *>(&error))
        return c10->what_without_backtrace();
    return error.what();
}

} // namespace denselab::training
