// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LibTorch side of training: include only from torch targets.

#include "trainingconfig.h"

#include <torch/types.h>

#include <cstdint>
#include <exception>
#include <string>

namespace denselab::training {

/// The device a run uses and how it is described in run.json and the UI.
struct DeviceChoice {
    torch::Device device = torch::kCPU;
    std::string description;            ///< "cpu (2 threads)", "cuda:0 (NVIDIA H100 80GB HBM3)"
};

/// "auto" (CUDA when this LibTorch has it and a GPU is present, else CPU), "cpu", "cuda",
/// "cuda:N". Sets the CPU intra-op thread count of the calling thread (`threads`, 0: every
/// core). Throws std::invalid_argument when CUDA is asked for but unavailable, saying why.
DeviceChoice chooseDevice(const std::string &spec, int threads);

/// The arithmetic actually used for `requested` on `device` (fp32 on CPU; auto -> bf16 on CUDA).
Precision effectivePrecision(Precision requested, const torch::Device &device);

/// Turns CUDA autocast on or off for the calling thread (autocast state is thread-local).
void setAutocast(bool enabled, torch::ScalarType dtype);

/// Returns cached CUDA blocks to the driver (after an out-of-memory error).
void releaseCachedMemory();

/// Whether `error` is an allocation failure (CUDA out of memory or a failed CPU allocation).
bool isOutOfMemory(const std::exception &error);

/// "denselab 0.1.0, libtorch 1.13.0 (CPU)" for run.json.
std::string libraryVersions();

} // namespace denselab::training
