// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpoint.h"
#include "checkpointmanifest.h"

#include "io/atomicfile.h"

#include <torch/serialize.h>

#include <filesystem>
#include <ostream>
#include <streambuf>

namespace denselab::training {

namespace fs = std::filesystem;

namespace {

/// Collects a stream's bytes in one string without the extra copy of std::ostringstream::str().
struct StringSink : std::streambuf {
    std::string bytes;

protected:
    int_type overflow(int_type c) override
    {
        if (!traits_type::eq_int_type(c, traits_type::eof()))
            bytes.push_back(traits_type::to_char_type(c));
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char *data, std::streamsize count) override
    {
        bytes.append(data, static_cast<std::size_t>(count));
        return count;
    }
};

std::string moduleKey(const CheckpointPart &part) { return part.name; }
std::string optimizerKey(const CheckpointPart &part)
{
    return part.name == "model" ? std::string("optimizer") : part.name + "_optimizer";
}

} // namespace

void saveCheckpoint(const std::string &dir, const std::string &tag, torch::nn::Module &model,
                    torch::optim::Optimizer *optimizer, const nlohmann::json &state)
{
    saveCheckpoint(dir, tag, {{"model", &model, optimizer}}, state);
}

void saveCheckpoint(const std::string &dir, const std::string &tag, const std::vector<CheckpointPart> &parts,
                    const nlohmann::json &state)
{
    const std::string file = tag + "-e" + std::to_string(state.value("epoch", 0)) + "-s"
                             + std::to_string(state.value("step", 0L)) + ".pt";
    const std::string path = dir + "/" + file;
    torch::serialize::OutputArchive archive;
    for (const CheckpointPart &part : parts) {
        torch::serialize::OutputArchive moduleArchive;
        part.module->save(moduleArchive);
        archive.write(moduleKey(part), moduleArchive);
        if (part.optimizer) {
            torch::serialize::OutputArchive optimizerArchive;
            part.optimizer->save(optimizerArchive);
            archive.write(optimizerKey(part), optimizerArchive);
        }
    }
    // Serialised in memory first: torch's file writer reports a full disk from its destructor,
    // which aborts the process (#15). Our own atomic write fails cleanly instead, removes its
    // temporary file, and leaves the previous checkpoint and its manifest as they were.
    StringSink sink;
    {
        std::ostream stream(&sink);
        try {
            archive.save_to(stream);
        } catch (const c10::Error &e) {
            throw io::FileError(path + ": cannot serialise the checkpoint (" + e.what_without_backtrace() + ")");
        }
    }
    io::writeFileAtomically(path, sink.bytes);

    std::string previous;
    if (hasCheckpoint(dir, tag)) {
        try {
            previous = readCheckpointManifest(dir, tag).value("file", std::string());
        } catch (const io::FileError &) {
            // a damaged manifest is replaced below; its file is left for the user to inspect
        }
    }
    std::error_code ec;
    const nlohmann::json manifest = {{"format", "denselab.checkpoint"}, {"version", 1},
                                     {"file", file},                    {"bytes", fs::file_size(path, ec)},
                                     {"fnv1a64", io::fileHash(path)},   {"state", state}};
    try {
        io::writeFileAtomically(dir + "/" + tag + ".json", manifest.dump(2) + "\n");
    } catch (const io::FileError &) {
        if (previous != file)   // no manifest names it: it would only be left behind
            fs::remove(path, ec);
        throw;
    }
    if (!previous.empty() && previous != file)
        fs::remove(dir + "/" + previous, ec);
}

bool hasCheckpoint(const std::string &dir, const std::string &tag)
{
    std::error_code ec;
    return fs::exists(dir + "/" + tag + ".json", ec);
}

nlohmann::json checkpointState(const std::string &dir, const std::string &tag)
{
    return readCheckpointManifest(dir, tag).value("state", nlohmann::json::object());
}

nlohmann::json loadCheckpoint(const std::string &dir, const std::string &tag, torch::nn::Module &model,
                              torch::optim::Optimizer *optimizer, const torch::Device &device)
{
    return loadCheckpoint(dir, tag, {{"model", &model, optimizer}}, device);
}

nlohmann::json loadCheckpoint(const std::string &dir, const std::string &tag, const std::vector<CheckpointPart> &parts,
                              const torch::Device &device)
{
    const nlohmann::json manifest = readCheckpointManifest(dir, tag);
    const std::string path = dir + "/" + manifest.value("file", std::string());
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw io::FileError(path + ": the checkpoint file named by " + tag + ".json is missing");
    const auto bytes = fs::file_size(path, ec);
    if (bytes != manifest.value("bytes", std::uintmax_t(0)))
        throw io::FileError(path + ": expected " + std::to_string(manifest.value("bytes", std::uintmax_t(0)))
                            + " bytes (manifest), found " + std::to_string(bytes) + ": not loaded");
    const std::string hash = io::fileHash(path);
    if (hash != manifest.value("fnv1a64", std::string()))
        throw io::FileError(path + ": content hash " + hash + " differs from the manifest's "
                            + manifest.value("fnv1a64", std::string()) + " (damaged file): not loaded");
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(path, device);
        for (const CheckpointPart &part : parts) {
            torch::serialize::InputArchive moduleArchive;
            archive.read(moduleKey(part), moduleArchive);
            part.module->load(moduleArchive);
            if (part.optimizer) {
                torch::serialize::InputArchive optimizerArchive;
                archive.read(optimizerKey(part), optimizerArchive);
                part.optimizer->load(optimizerArchive);
            }
        }
    } catch (const c10::Error &e) {
        throw io::FileError(path + ": does not fit this model (" + e.what_without_backtrace() + ")");
    }
    return manifest.value("state", nlohmann::json::object());
}

} // namespace denselab::training
