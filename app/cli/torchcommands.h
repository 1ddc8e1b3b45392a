// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The seam between denselab-cli (no LibTorch: starts in milliseconds) and denselab-cli-torch
// (trains, searches, prunes, builds modules). See app/cli/CMakeLists.txt.

#include <string>
#include <vector>

namespace denselab::cli {

/// Whether the command line (the words after the program name) runs a command that needs
/// LibTorch: train, model, prune, search lwp, bench train, bench mask.
bool needsTorch(const std::vector<std::string> &words);

/// Replaces this process by denselab-cli-torch, found next to this executable (build tree) or
/// in the install layout's libexec folder (../libexec/denselab by default), with the same arguments. Throws UsageError when this
/// build has none, or when it cannot be started.
[[noreturn]] void handOverToTorchSide(char **argv);

} // namespace denselab::cli
