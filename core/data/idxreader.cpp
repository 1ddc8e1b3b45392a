// SPDX-License-Identifier: GPL-3.0-or-later
#include "idxreader.h"

#include "filebytes.h"

#include <algorithm>

namespace denselab::data {
namespace {

constexpr std::uint32_t kImagesMagic = 0x00000803;   // unsigned byte, 3 dimensions
constexpr std::uint32_t kLabelsMagic = 0x00000801;   // unsigned byte, 1 dimension

std::uint32_t bigEndian(const std::vector<std::uint8_t> &bytes, std::size_t at)
{
    return std::uint32_t(bytes[at]) << 24 | std::uint32_t(bytes[at + 1]) << 16 | std::uint32_t(bytes[at + 2]) << 8
           | std::uint32_t(bytes[at + 3]);
}

std::string hex(std::uint32_t v)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%08x", v);
    return text;
}

// Checks the magic number and returns the dimensions of an IDX file.
std::vector<std::uint32_t> header(const std::string &path, const std::vector<std::uint8_t> &bytes,
                                  std::uint32_t magic, const char *what)
{
    if (bytes.size() < 4)
        throw DataError(path + ": expected an IDX " + what + " file of at least 4 bytes, found "
                        + std::to_string(bytes.size()));
    const std::uint32_t found = bigEndian(bytes, 0);
    if (found != magic)
        throw DataError(path + ": not an IDX " + what + " file: magic number " + hex(found) + ", expected "
                        + hex(magic));
    const std::size_t dims = magic & 0xff;
    if (bytes.size() < 4 + 4 * dims)
        throw DataError(path + ": expected a " + std::to_string(4 + 4 * dims) + "-byte header, found "
                        + std::to_string(bytes.size()) + " bytes");
    std::vector<std::uint32_t> result;
    for (std::size_t d = 0; d < dims; ++d)
        result.push_back(bigEndian(bytes, 4 + 4 * d));
    return result;
}

void checkLength(const std::string &path, std::size_t expected, std::size_t found, const std::string &content)
{
    if (found != expected)
        throw DataError(path + ": expected " + std::to_string(expected) + " bytes (" + content + "), found "
                        + std::to_string(found) + (found < expected ? " (truncated)" : " (trailing data)"));
}

} // namespace

// The file's size as its header states it, refused above the dataset limit before the rest
// is read: a 2 MB .gz that inflates to gigabytes is caught here, not after inflating (#15).
std::size_t statedBytes(const std::string &path, std::uint64_t bytes, const std::string &content)
{
    if (bytes > maxDatasetFileBytes())
        throw DataError(path + ": its header states " + content + " (" + std::to_string(bytes)
                        + " bytes), more than the limit of " + std::to_string(maxDatasetFileBytes()) + " bytes");
    return std::size_t(bytes);
}

ImageSet readIdxImages(const std::string &path)
{
    const std::size_t headerBytes = 16;
    const auto dims = header(path, readFileHead(path, headerBytes), kImagesMagic, "image");
    const std::uint64_t count = dims[0], rows = dims[1], cols = dims[2];
    if (rows == 0 || cols == 0 || rows > 4096 || cols > 4096)
        throw DataError(path + ": implausible image size " + std::to_string(rows) + "x" + std::to_string(cols));
    if (count == 0)
        throw DataError(path + ": holds no images");
    const std::string content = std::to_string(count) + " images of " + std::to_string(rows) + "x" + std::to_string(cols);
    const std::size_t expected = statedBytes(path, headerBytes + count * rows * cols, content);
    std::vector<std::uint8_t> bytes = readFileBytes(path, expected);
    checkLength(path, expected, bytes.size(), content);
    ImageSet set;
    set.channels = 1;
    set.height = int(rows);
    set.width = int(cols);
    bytes.erase(bytes.begin(), bytes.begin() + headerBytes);   // in place: one copy of the pixels at a time
    set.pixels = std::move(bytes);
    set.labels.assign(std::size_t(count), 0);
    return set;
}

void readIdxLabels(const std::string &path, ImageSet &set, int classes)
{
    const auto dims = header(path, readFileHead(path, 8), kLabelsMagic, "label");
    const std::uint64_t count = dims[0];
    if (count != set.size())   // known from the header: nothing else needs reading to refuse it
        throw DataError(path + ": expected " + std::to_string(set.size()) + " labels (one per image), found "
                        + std::to_string(count));
    const std::string content = std::to_string(count) + " labels";
    const std::size_t expected = statedBytes(path, 8 + count, content);
    const std::vector<std::uint8_t> bytes = readFileBytes(path, expected);
    checkLength(path, expected, bytes.size(), content);
    set.labels.assign(bytes.begin() + 8, bytes.end());
    const auto bad = std::find_if(set.labels.begin(), set.labels.end(), [&](std::uint8_t l) { return l >= classes; });
    if (bad != set.labels.end())
        throw DataError(path + ": label " + std::to_string(*bad) + " at index "
                        + std::to_string(bad - set.labels.begin()) + " is outside 0.." + std::to_string(classes - 1));
}

Dataset readIdxDataset(const std::string &name, const std::string &dir)
{
    auto locate = [&](const std::string &stem) {
        const std::string base = dir + "/" + stem;
        const std::string found = firstExisting({base + ".gz", base});
        if (found.empty())
            throw DataError(base + "[.gz]: no such file (is the " + name + " dataset in " + dir + "?)");
        return found;
    };
    Dataset dataset;
    dataset.name = name;
    dataset.classes = 10;
    dataset.flipAugmentation = false;   // digits and garment images are not mirrored in the benchmarks
    dataset.cropPadding = 2;
    dataset.train = readIdxImages(locate("train-images-idx3-ubyte"));
    readIdxLabels(locate("train-labels-idx1-ubyte"), dataset.train, dataset.classes);
    dataset.test = readIdxImages(locate("t10k-images-idx3-ubyte"));
    readIdxLabels(locate("t10k-labels-idx1-ubyte"), dataset.test, dataset.classes);
    return dataset;
}

} // namespace denselab::data
