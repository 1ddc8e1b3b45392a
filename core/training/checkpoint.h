// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LibTorch side of training: include only from torch targets.

#include <nlohmann/json.hpp>
#include <torch/nn/module.h>
#include <torch/optim/optimizer.h>

#include <string>
#include <vector>

namespace denselab::training {

/// One named part of a checkpoint: a module and, when given, its optimizer. The part named
/// "model" is the run's network (archive keys "model" and "optimizer", as in every checkpoint
/// DenseLab wrote); others are stored under "<name>" and "<name>_optimizer" (LWP's controller).
struct CheckpointPart {
    std::string name;
    torch::nn::Module *module = nullptr;
    torch::optim::Optimizer *optimizer = nullptr;
};

/// Saves model and optimizer state as <dir>/<tag>-e<epoch>-s<step>.pt, then points the manifest
/// <dir>/<tag>.json at it (file, size, FNV-1a hash, `state`), then deletes the file the old
/// manifest named. Each write is temporary file + fsync + rename, so at every moment the
/// manifest names a complete file: a kill mid-save leaves the previous checkpoint usable.
/// Throws io::FileError naming the file.
void saveCheckpoint(const std::string &dir, const std::string &tag, torch::nn::Module &model,
                    torch::optim::Optimizer *optimizer, const nlohmann::json &state);

/// The same for several parts written into one file (one atomic step for all of them).
void saveCheckpoint(const std::string &dir, const std::string &tag, const std::vector<CheckpointPart> &parts,
                    const nlohmann::json &state);

/// Whether <dir>/<tag>.json exists.
bool hasCheckpoint(const std::string &dir, const std::string &tag);

/// Verifies the checkpoint's size and hash against its manifest, loads it into `model` (and
/// `optimizer` when given) on `device` and returns the saved state. Throws io::FileError
/// naming the file and saying what does not match, before the model is touched.
nlohmann::json loadCheckpoint(const std::string &dir, const std::string &tag, torch::nn::Module &model,
                              torch::optim::Optimizer *optimizer, const torch::Device &device);

/// Loads every part of a checkpoint written by the multi-part saveCheckpoint.
nlohmann::json loadCheckpoint(const std::string &dir, const std::string &tag, const std::vector<CheckpointPart> &parts,
                              const torch::Device &device);

/// The manifest's `state` without loading anything (epoch, step, metrics of the checkpoint).
nlohmann::json checkpointState(const std::string &dir, const std::string &tag);

} // namespace denselab::training
