// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointmanifest.h"

#include "io/atomicfile.h"
#include "io/boundedjson.h"

namespace denselab::training {

nlohmann::json parseCheckpointManifest(const std::string &text, const std::string &path)
{
    nlohmann::json manifest;
    try {
        manifest = io::parseBoundedJson(text);
    } catch (const nlohmann::json::exception &e) {
        throw io::FileError(path + ": damaged checkpoint manifest (" + e.what() + ")");
    }
    // Types checked here, so that later reads cannot throw nlohmann's type errors without the
    // file's name (#15).
    const auto damaged = [&](const std::string &field, const std::string &expected) {
        return io::FileError(path + ": damaged checkpoint manifest (/" + field + ": expected " + expected + ")");
    };
    if (!manifest.is_object())
        throw damaged("", "an object");
    const auto file = manifest.find("file");
    // A plain name in the run's folder: a manifest never points elsewhere.
    if (file == manifest.end() || !file->is_string() || file->get<std::string>().empty()
        || file->get<std::string>().find('/') != std::string::npos)
        throw damaged("file", "the checkpoint's file name");
    if (!manifest.contains("bytes") || !manifest.at("bytes").is_number_unsigned())
        throw damaged("bytes", "a byte count");
    if (!manifest.contains("fnv1a64") || !manifest.at("fnv1a64").is_string())
        throw damaged("fnv1a64", "a hash");
    if (manifest.contains("state") && !manifest.at("state").is_object())
        throw damaged("state", "an object");
    return manifest;
}

nlohmann::json readCheckpointManifest(const std::string &dir, const std::string &tag)
{
    const std::string path = dir + "/" + tag + ".json";
    return parseCheckpointManifest(io::readTextFile(path), path);
}

} // namespace denselab::training
