// SPDX-License-Identifier: GPL-3.0-or-later
#include "torchcommands.h"

#include "arguments.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace denselab::cli {

bool needsTorch(const std::vector<std::string> &words)
{
    if (words.empty())
        return false;
    const std::string &command = words.front();
    const std::string second = words.size() > 1 ? words[1] : std::string();
    if (command == "export") {   // model.py alone needs no weights
        if (second != "pytorch" && second != "onnx")
            return false;   // the front end names the mistake
        for (const std::string &word : words)
            if (word == "--run" || word.rfind("--run=", 0) == 0 || word == "--reference" || word.rfind("--reference=", 0) == 0)
                return true;
        return second == "onnx";
    }
    return command == "train" || command == "model" || command == "prune" || command == "import"
           || (command == "search" && second == "lwp")
           || (command == "bench" && (second == "train" || second == "mask"));
}

void handOverToTorchSide(char **argv)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    const std::string command = argv[1] ? argv[1] : "";
    if (ec)
        throw UsageError(command + ": cannot find denselab-cli-torch (/proc/self/exe: " + ec.message() + ")");
    const fs::path dir = self.parent_path();
    for (const fs::path &candidate : {dir / "denselab-cli-torch", dir / DENSELAB_CLI_TORCH_INSTALLED / "denselab-cli-torch"}) {
        if (::access(candidate.c_str(), X_OK) != 0)
            continue;
        ::execv(candidate.c_str(), argv);
        throw UsageError(command + ": cannot start " + candidate.string() + " (" + std::strerror(errno) + ")");
    }
    throw UsageError(command + ": needs LibTorch, and this build has none (no denselab-cli-torch next to "
                     + self.string() + ")");
}

} // namespace denselab::cli
