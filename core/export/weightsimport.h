// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free header of `import torchvision-weights` (implemented in denselab_training).

#include "io/torchstatefile.h"
#include "training/trainer.h"

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace denselab::exporting {

/// What an import did, filled in by the run as it goes (read it once the run has ended).
struct ImportSummary {
    std::vector<std::string> copied;        ///< DenseLab keys that received the file's tensor
    std::vector<std::string> initialized;   ///< keys left at DenseLab's initialization, with why
    std::vector<std::string> unused;        ///< keys of the file that match nothing
    std::map<std::string, std::string> mapping;   ///< file key -> DenseLab key, for every key that matched
};

/// The run body of `import torchvision-weights`: an ordinary training run (same folder, records
/// and checkpoints as `train`) whose network, adapted to the run's dataset as training would
/// adapt it, takes the file's tensors instead of being trained. Keys are mapped with
/// denselabKeyOfTorchvision (DenseLab's own keys, as weights.pt has them, are taken as they
/// are). A tensor whose shape the adapted network does not have (the first convolution on
/// 1-channel images, the classifier for 10 classes) leaves that layer initialized, which is
/// listed: fine-tuning then trains it. The run saves its "last" checkpoint at epoch 0 and ends
/// stopped, so `train --resume RUN --epochs N` fine-tunes it and `prune` / `search lwp
/// --parent RUN` start from it. Fails when no tensor fits.
std::unique_ptr<training::RunBody> makeWeightsImportBody(std::vector<std::pair<std::string, io::StateTensor>> state,
                                                         std::string source, std::shared_ptr<ImportSummary> summary);

} // namespace denselab::exporting
