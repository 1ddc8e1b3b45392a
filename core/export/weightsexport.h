// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free header of the exports that carry weights (implemented on the LibTorch side, in
// denselab_training): the CLI and the app call it without seeing LibTorch.

#include "export/onnxmodel.h"
#include "graph/layergraph.h"

#include <cstdint>
#include <string>

namespace denselab::exporting {

/// Where the exported weights come from: a run's best checkpoint (its last when it has no best),
/// or, without a run, DenseLab's initialization seeded with `seed`.
struct WeightsSource {
    std::string runDir;
    std::uint64_t seed = 1;
    /// "best" or "last"; empty: chosen when the weights are read. resolveCheckpoint() fixes it
    /// once, so that README.md names the checkpoint the weights really came from.
    std::string tag;
};

/// `source` with its checkpoint chosen (a run: "best" if it has one, else "last"). Throws
/// std::invalid_argument naming the run when it has no checkpoint.
WeightsSource resolveCheckpoint(WeightsSource source);

/// How README.md names the weights: "the weights of the best checkpoint of run DIR" or
/// "DenseLab's initialization (seed S), not trained weights".
std::string weightsOrigin(const WeightsSource &source);

/// Writes the weights as a plain state_dict that Python's torch.load reads (keys as model.py
/// names them) to `weightsPath`, and, when `referencePath` is not empty, DenseLab's logits for a
/// fixed input ({"input", "logits"}, eval mode, batch 2). Throws io::FileError or
/// std::invalid_argument with a message that names the file.
void exportPyTorchWeights(const LayerGraph &graph, const WeightsSource &source, const std::string &weightsPath,
                          const std::string &referencePath);

/// Writes the ONNX model to `path` (and the reference outputs, batch options.batch or 2).
void exportOnnx(const LayerGraph &graph, const WeightsSource &source, const OnnxOptions &options,
                const std::string &path, const std::string &referencePath);

} // namespace denselab::exporting
