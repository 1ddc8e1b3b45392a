// SPDX-License-Identifier: GPL-3.0-or-later
// Finds and opens libdenselab-torch.so once per process (torchside.h).
#include "torchside.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include <dlfcn.h>
#include <limits.h>
#include <unistd.h>

namespace denselab::torchside {
namespace {

constexpr const char *kModuleFile = "libdenselab-torch.so";

std::mutex g_loadMutex;
std::atomic<TorchSide *> g_loaded{nullptr};

std::string executableFolder()
{
    char path[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0)
        return {};
    const std::string exe(path, std::size_t(length));
    return exe.substr(0, exe.rfind('/'));
}

// Where the module may be, in the order tried: an explicit file (tests, relocated installs),
// next to the executable (the build tree: app/ holds denselab and the module), and the
// installed layout's private folder relative to the executable's (bin/ -> libexec/denselab).
std::vector<std::string> candidates()
{
    std::vector<std::string> files;
    if (const char *file = std::getenv("DENSELAB_TORCH_MODULE"); file && *file)
        files.emplace_back(file);
    const std::string folder = executableFolder();
    if (!folder.empty()) {
        files.push_back(folder + "/" + kModuleFile);
        files.push_back(folder + "/" DENSELAB_TORCH_MODULE_INSTALLED "/" + kModuleFile);
    }
    return files;
}

TorchSide *open()
{
    std::string reasons;
    for (const std::string &file : candidates()) {
        if (access(file.c_str(), F_OK) != 0) {
            reasons += "\n  " + file + ": no such file";
            continue;
        }
        // RTLD_LOCAL: the module's copies of DenseLab's own code and its symbols stay its own.
        void *handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            const char *why = dlerror();
            reasons += "\n  " + file + ": " + (why ? why : "cannot be loaded");
            continue;
        }
        // Not closed when it is refused either: its LibTorch has initialized by now, and
        // LibTorch registers operators and thread pools it cannot unregister.
        using BuildId = const char *(*)();
        const auto build = reinterpret_cast<BuildId>(dlsym(handle, kBuildIdSymbol));
        if (!build || std::strcmp(build(), DENSELAB_TORCH_SIDE_BUILD) != 0) {
            // No further candidate: its libraries would bind to the ones this one loaded.
            reasons += "\n  " + file + ": made by another build of DenseLab (" + (build ? build() : "an older one")
                       + ", this one is " DENSELAB_TORCH_SIDE_BUILD ")";
            break;
        }
        using EntryPoint = TorchSide *(*)();
        const auto entry = reinterpret_cast<EntryPoint>(dlsym(handle, kEntryPoint));
        if (!entry) {
            reasons += "\n  " + file + ": has no " + kEntryPoint;
            break;
        }
        return entry();   // never closed, as above
    }
    throw TorchSideError("LibTorch's side of DenseLab (" + std::string(kModuleFile)
                         + ") could not be loaded; training, search, pruning, heatmaps and weight exports need it. Tried:"
                         + reasons);
}

} // namespace

TorchSide &torchSide()
{
    if (TorchSide *loaded = g_loaded.load(std::memory_order_acquire))
        return *loaded;
    std::lock_guard<std::mutex> lock(g_loadMutex);
    if (!g_loaded.load(std::memory_order_relaxed))
        g_loaded.store(open(), std::memory_order_release);
    return *g_loaded.load(std::memory_order_relaxed);
}

bool torchSideLoaded() { return g_loaded.load(std::memory_order_acquire) != nullptr; }

bool torchSideHasCuda()
{
#ifdef DENSELAB_TORCH_CUDA
    return true;
#else
    return false;
#endif
}

} // namespace denselab::torchside
