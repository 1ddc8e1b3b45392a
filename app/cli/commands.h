// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "arguments.h"

#include <ostream>

namespace denselab::cli {

// One function per subcommand. Each reads its options from `args`, writes its result to `out`
// and returns the exit status; bad input is thrown as UsageError or DesignError (exit 2).
int runPresets(Arguments &args, std::ostream &out);
/// `export pytorch` without weights (model.py, README.md): no LibTorch.
int runExport(const std::string &format, Arguments &args, std::ostream &out);
/// `import torchvision-weights FILE.pth (--preset NAME | DESIGN.json)` (denselab-cli-torch).
int runImport(const std::string &what, Arguments &args, std::ostream &out);
/// `export pytorch|onnx` with weights or reference outputs (denselab-cli-torch).
int runExportWithWeights(const std::string &format, Arguments &args, std::ostream &out);
int runCosts(Arguments &args, std::ostream &out);
int runConnections(Arguments &args, std::ostream &out);
/// `search random ...`: a random child of a given MACs ratio (no LibTorch needed).
int runSearchRandom(Arguments &args, std::ostream &out);
/// `prunable ...`: the pruning groups of a design (no LibTorch needed).
int runPrunable(Arguments &args, std::ostream &out);
/// `model ...`, `train ...`, `bench train/mask ...`, `search lwp ...`, `prune ...`: in
/// denselab-cli-torch only (torchcommands.h).
int runModel(Arguments &args, std::ostream &out);
/// `bench costs ...`: `args` holds the words after "costs".
int runBench(Arguments &args, std::ostream &out);
/// `train ...` and `bench train ...`: only in builds with LibTorch.
int runTrain(Arguments &args, std::ostream &out);
int runBenchTrain(Arguments &args, std::ostream &out);
/// `bench mask ...`: a masked supernet's speed against the plain one and the child module.
int runBenchMask(Arguments &args, std::ostream &out);
/// `bench prune ...`: what removing a share of the prunable filters does to params and MACs.
int runBenchPrune(Arguments &args, std::ostream &out);
/// `search lwp ...`: `args` holds the words after "lwp"; only in builds with LibTorch.
int runSearch(Arguments &args, std::ostream &out);
/// `prune ...`: a filter-pruning job; only in builds with LibTorch.
int runPrune(Arguments &args, std::ostream &out);

} // namespace denselab::cli
