// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LibTorch side of the exports: include only from torch targets.

#include "graphmodule.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace denselab::nn {

/// The module's own parameters and buffers (not copies) under their node-name keys, in graph
/// order: what an import writes into.
std::vector<std::pair<std::string, torch::Tensor>> liveStateByNodeName(GraphModuleImpl &module);

/// Every parameter and buffer of the module under its node-name key, as model.py's
/// state_dict() names it ("stage1.layer1.conv1.weight", "stem.norm0.running_var",
/// "...num_batches_tracked"), detached, contiguous, on the CPU, in graph order.
std::vector<std::pair<std::string, torch::Tensor>> stateByNodeName(GraphModuleImpl &module);

/// Writes stateByNodeName as a dict in the zip/pickle format that Python's torch.load reads
/// (torch::pickle_save), atomically. Throws io::FileError naming the file.
void writeStateDict(GraphModuleImpl &module, const std::string &path);

/// Writes {"input": x, "logits": module(x)} with x a fixed pseudo-random batch (from `seed`)
/// and the module in eval mode: what an export is checked against in PyTorch or ONNX.
void writeReferenceOutputs(GraphModuleImpl &module, const std::string &path, int batch, std::uint64_t seed);

} // namespace denselab::nn
