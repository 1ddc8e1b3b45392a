// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trainer.h"

namespace denselab::training {

/// The base of every run body that trains with LibTorch (training, search, pruning, weight
/// import): a failure is named the way a user can act on it. Defined in denselab_training.
class TorchRunBody : public RunBody {
public:
    /// Out of memory: returns the allocator's cached blocks (the run's tensors are gone by
    /// now) and names the batch and a smaller one to try; a c10::Error without its backtrace.
    std::string failureMessage(const std::exception &error, TrainerControl &control) override;
};

} // namespace denselab::training
