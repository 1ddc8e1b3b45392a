// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzztargets.h"

#include "cost/costmodel.h"
#include "data/cifarreader.h"
#include "data/idxreader.h"
#include "data/imagedataset.h"
#include "data/svhnreader.h"
#include "design/designerror.h"
#include "graph/compiler.h"
#include "io/atomicfile.h"
#include "io/boundedjson.h"
#include "io/designjson.h"
#include "prune/pruneconfig.h"
#include "search/searchconfig.h"
#include "io/torchstatefile.h"
#include "training/checkpointmanifest.h"
#include "training/runposition.h"
#include "training/runrecord.h"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace denselab::fuzz {
namespace {

std::string text(const std::uint8_t *data, std::size_t size) { return std::string(reinterpret_cast<const char *>(data), size); }

// One scratch folder per process (in RAM where there is /dev/shm): the readers take paths.
struct ScratchFolder {
    std::string path;
    ScratchFolder()
    {
        const std::string base = std::filesystem::exists("/dev/shm") ? "/dev/shm" : "/tmp";
        path = base + "/denselab-fuzz-" + std::to_string(::getpid());
        std::filesystem::create_directories(path);
    }
    ~ScratchFolder()
    {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

const std::string &scratch()
{
    static const ScratchFolder folder;
    return folder.path;
}

std::string writeScratch(const std::string &name, const std::uint8_t *data, std::size_t size)
{
    const std::string path = scratch() + "/" + name;
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char *>(data), std::streamsize(size));
    return path;
}

// The errors a reader is allowed to end with; everything else escapes to the fuzzer.
template <typename F>
void expectingReaderErrors(F &&read)
{
    try {
        read();
    } catch (const DesignError &) {
    } catch (const data::DataError &) {
    } catch (const io::FileError &) {
    } catch (const nlohmann::json::exception &) {
    } catch (const io::TorchFileError &) {
    }
}

void designFile(const std::uint8_t *data, std::size_t size)
{
    expectingReaderErrors([&] {
        const Design design = io::parseDesign(text(data, size), "fuzz.denselab.json");
        // What every reader of a design does next: compile it and cost it (the limits live here).
        computeCosts(compile(design));
        io::designToJson(design).dump();
    });
}

// First byte: 0 images, 1 labels (for 0..255 images); the rest is the file, .gz or plain.
void idxFile(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return;
    const std::string path = writeScratch("idx", data + 1, size - 1);
    expectingReaderErrors([&] {
        if (data[0] % 2 == 0) {
            data::readIdxImages(path);
        } else {
            data::ImageSet set;
            set.labels.assign(data[0] / 2, 0);
            data::readIdxLabels(path, set, 10);
        }
    });
}

// First byte: label bytes 1 (CIFAR-10) or 2 (CIFAR-100).
void cifarFile(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return;
    const std::string path = writeScratch("batch.bin", data + 1, size - 1);
    const bool hundred = data[0] % 2 == 1;
    expectingReaderErrors([&] { data::readCifarRecords({path}, hundred ? 2 : 1, hundred ? 100 : 10); });
}

void svhnFile(const std::uint8_t *data, std::size_t size)
{
    const std::string path = writeScratch("svhn.mat", data, size);
    expectingReaderErrors([&] { data::readSvhnFile(path); });
}

void runJson(const std::uint8_t *data, std::size_t size)
{
    writeScratch("run.json", data, size);
    expectingReaderErrors([&] { training::readRunRecord(scratch()); });
}

void metricsJsonl(const std::uint8_t *data, std::size_t size)
{
    writeScratch("metrics.jsonl", data, size);
    expectingReaderErrors([&] {
        training::readMetrics(scratch());
        training::readMetricsLines(scratch(), "search_step");
    });
}

// A checkpoint manifest's "state" as resume reads it.
void checkpointState(const std::uint8_t *data, std::size_t size)
{
    try {
        const nlohmann::json manifest = io::parseBoundedJson(text(data, size));
        training::runPositionFromJson(manifest.is_object() && manifest.contains("state") ? manifest.at("state") : manifest);
    } catch (const nlohmann::json::exception &) {
    } catch (const std::invalid_argument &) {   // a counter out of range: documented
    }
}

// A checkpoint manifest as resume reads it: the manifest's checks, then its state.
void checkpointManifest(const std::uint8_t *data, std::size_t size)
{
    try {
        const nlohmann::json manifest = training::parseCheckpointManifest(text(data, size), "last.json");
        training::runPositionFromJson(manifest.value("state", nlohmann::json::object()));
    } catch (const io::FileError &) {
    } catch (const std::invalid_argument &) {   // a counter out of range: documented
    }
}

void searchAndPruneJson(const std::uint8_t *data, std::size_t size)
{
    writeScratch("search.json", data, size);
    writeScratch("prune.json", data, size);
    expectingReaderErrors([&] { search::readSearchRecord(scratch()); });
    expectingReaderErrors([&] { prune::readPruneRecord(scratch()); });
}

} // namespace

// A state_dict file of torch.save, as `import torchvision-weights` reads it (zip + pickle).
void torchStateDict(const std::uint8_t *data, std::size_t size)
{
    expectingReaderErrors([&] { io::parseTorchStateDict(text(data, size), "weights.pth"); });
}

const std::vector<FuzzTarget> &fuzzTargets()
{
    static const std::vector<FuzzTarget> targets = {
        {"design", designFile},       {"idx", idxFile},         {"cifar", cifarFile},
        {"svhn", svhnFile},           {"run", runJson},         {"metrics", metricsJsonl},
        {"state", checkpointState},   {"manifest", checkpointManifest}, {"records", searchAndPruneJson},
        {"pth", torchStateDict},
    };
    return targets;
}

const FuzzTarget *findFuzzTarget(const std::string &name)
{
    for (const FuzzTarget &t : fuzzTargets())
        if (name == t.name)
            return &t;
    return nullptr;
}

} // namespace denselab::fuzz
