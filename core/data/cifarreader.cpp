// SPDX-License-Identifier: GPL-3.0-or-later
#include "cifarreader.h"

#include "filebytes.h"

#include <algorithm>
#include <filesystem>

namespace denselab::data {
namespace {

constexpr int kSide = 32;
constexpr std::size_t kPixels = 3 * kSide * kSide;

// The folder holding `probe`: `dir` itself or the archive's own subfolder inside it.
std::string locateFolder(const std::string &dir, const std::string &subfolder, const std::string &probe,
                         const std::string &name)
{
    std::error_code ec;
    for (const std::string &d : {dir, dir + "/" + subfolder})
        if (std::filesystem::exists(d + "/" + probe, ec))
            return d;
    throw DataError(dir + "/" + probe + ": no such file (is the " + name + " binary version in " + dir + "?)");
}

} // namespace

ImageSet readCifarRecords(const std::vector<std::string> &files, int labelBytes, int classes)
{
    ImageSet set;
    set.channels = 3;
    set.height = kSide;
    set.width = kSide;
    const std::size_t record = std::size_t(labelBytes) + kPixels;
    for (const std::string &path : files) {
        // A CIFAR batch is 10,000 records; the official files are never compressed (#15: a gzip
        // file named data_batch_1.bin was inflated and trained on).
        const std::vector<std::uint8_t> bytes = readFileBytes(path, std::min(maxDatasetFileBytes(), 100000 * record),
                                                              Compression::Refused);
        if (bytes.empty() || bytes.size() % record != 0) {
            const std::size_t whole = bytes.size() / record;
            throw DataError(path + ": expected a multiple of " + std::to_string(record) + " bytes (records of "
                            + std::to_string(labelBytes) + " label byte(s) + 3x32x32 pixels), found "
                            + std::to_string(bytes.size()) + " (" + std::to_string(whole) + " whole records, "
                            + std::to_string((whole + 1) * record) + " expected for "
                            + std::to_string(whole + 1) + ")");
        }
        const std::size_t count = bytes.size() / record;
        set.labels.reserve(set.labels.size() + count);
        set.pixels.reserve(set.pixels.size() + count * kPixels);
        for (std::size_t r = 0; r < count; ++r) {
            const std::uint8_t *at = bytes.data() + r * record;
            const std::uint8_t label = at[labelBytes - 1];
            if (label >= classes)
                throw DataError(path + ": record " + std::to_string(r) + " has label " + std::to_string(label)
                                + ", expected 0.." + std::to_string(classes - 1));
            set.labels.push_back(label);
            set.pixels.insert(set.pixels.end(), at + labelBytes, at + record);
        }
    }
    return set;
}

Dataset readCifar10(const std::string &dir)
{
    const std::string folder = locateFolder(dir, "cifar-10-batches-bin", "test_batch.bin", "CIFAR-10");
    Dataset dataset;
    dataset.name = "cifar10";
    dataset.classes = 10;
    std::vector<std::string> train;
    for (int i = 1; i <= 5; ++i)
        train.push_back(folder + "/data_batch_" + std::to_string(i) + ".bin");
    dataset.train = readCifarRecords(train, 1, 10);
    dataset.test = readCifarRecords({folder + "/test_batch.bin"}, 1, 10);
    return dataset;
}

Dataset readCifar100(const std::string &dir)
{
    const std::string folder = locateFolder(dir, "cifar-100-binary", "test.bin", "CIFAR-100");
    Dataset dataset;
    dataset.name = "cifar100";
    dataset.classes = 100;
    dataset.train = readCifarRecords({folder + "/train.bin"}, 2, 100);
    dataset.test = readCifarRecords({folder + "/test.bin"}, 2, 100);
    return dataset;
}

} // namespace denselab::data
