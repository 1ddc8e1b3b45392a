// SPDX-License-Identifier: GPL-3.0-or-later
#include "device.h"

#include "cpuallocationcache.h"

#include "trainingconfig.h"

#include "trainer.h"

#include <ATen/Parallel.h>
#include <ATen/autocast_mode.h>
#include <torch/cuda.h>
#include <torch/version.h>

#ifdef DENSELAB_TORCH_CUDA
#include <ATen/cuda/CUDAContext.h>
#include <c10/cuda/CUDACachingAllocator.h>
#endif


#include <stdexcept>
#include <thread>

namespace denselab::training {

namespace {

std::string cudaName(int index)
{
#ifdef DENSELAB_TORCH_CUDA
    return at::cuda::getDeviceProperties(index)->name;
#else
    (void)index;
    return "CUDA device";
#endif
}

} // namespace

DeviceChoice chooseDevice(const std::string &spec, int threads)
{
    // Debian's LibTorch starts with one intra-op thread, and OpenMP keeps the count per
    // thread: set it here, on the training thread itself. Never more than the cores (#15: a
    // run.json saying 2000 threads drove the load average past 1,000).
    at::set_num_threads(usableThreads(threads));
    const bool cuda = torch::cuda::is_available();
    if (spec == "auto" && !cuda)
        return {torch::kCPU, "cpu (" + std::to_string(at::get_num_threads()) + " threads)"};
    if (spec == "cpu")
        return {torch::kCPU, "cpu (" + std::to_string(at::get_num_threads()) + " threads)"};
    if (spec == "auto" || spec.rfind("cuda", 0) == 0) {
        if (!cuda) {
#ifdef DENSELAB_TORCH_CUDA
            throw std::invalid_argument("device '" + spec + "': this LibTorch has CUDA, but no GPU is visible");
#else
            throw std::invalid_argument("device '" + spec
                                        + "': this build's LibTorch has no CUDA (build against a CUDA LibTorch, "
                                          "see README)");
#endif
        }
        int index = 0;
        if (spec.size() > 5 && spec[4] == ':')
            index = std::atoi(spec.c_str() + 5);
        const int count = int(torch::cuda::device_count());
        if (index < 0 || index >= count)
            throw std::invalid_argument("device '" + spec + "': there are " + std::to_string(count) + " CUDA devices");
        return {torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(index)),
                "cuda:" + std::to_string(index) + " (" + cudaName(index) + ")"};
    }
    throw std::invalid_argument("unknown device '" + spec + "' (auto, cpu, cuda, cuda:N)");
}

Precision effectivePrecision(Precision requested, const torch::Device &device)
{
    if (!device.is_cuda())
        return Precision::Float32;   // CPU autocast in LibTorch 1.13 covers too few ops to pay off
    if (requested != Precision::Auto)
        return requested;
#ifdef DENSELAB_TORCH_CUDA
    // bf16 tensor cores arrived with Ampere (compute capability 8.0); older GPUs get fp16 + scaling.
    if (at::cuda::getDeviceProperties(device.index() < 0 ? 0 : device.index())->major < 8)
        return Precision::Float16;
#endif
    return Precision::BFloat16;
}

void setAutocast(bool enabled, torch::ScalarType dtype)
{
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
    at::autocast::set_autocast_enabled(at::kCUDA, enabled);
    at::autocast::set_autocast_dtype(at::kCUDA, dtype);
#else
    at::autocast::set_enabled(enabled);
    at::autocast::set_autocast_gpu_dtype(dtype);
#endif
    if (!enabled)
        at::autocast::clear_cache();
}

void releaseCachedMemory()
{
    trimCpuAllocationCache();
#ifdef DENSELAB_TORCH_CUDA
    if (torch::cuda::is_available())
        c10::cuda::CUDACachingAllocator::emptyCache();
#endif
}

bool isOutOfMemory(const std::exception &error)
{
    if (dynamic_cast<const std::bad_alloc *>(&error) || dynamic_cast<const c10::OutOfMemoryError *>(&error))
        return true;   // the allocation cache's and CUDA's errors, among others
    // c10's default CPU allocator throws a plain c10::Error: known by its wording.
    const std::string what = error.what();
    return what.find("out of memory") != std::string::npos
           || what.find("can't allocate memory") != std::string::npos
           || what.find("Cannot allocate memory") != std::string::npos;
}

std::string libraryVersions()
{
#ifdef DENSELAB_TORCH_CUDA
    const char *flavour = "CUDA";
#else
    const char *flavour = "CPU";
#endif
    return std::string("denselab ") + DENSELAB_VERSION + ", libtorch " + TORCH_VERSION + " (" + flavour + ")";
}

std::vector<std::string> trainingDevices()
{
    std::vector<std::string> devices = {"auto", "cpu"};
    const int count = torch::cuda::is_available() ? int(torch::cuda::device_count()) : 0;
    for (int i = 0; i < count; ++i)
        devices.push_back("cuda:" + std::to_string(i));
    return devices;
}

} // namespace denselab::training
