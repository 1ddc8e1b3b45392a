// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writers of small datasets in the exact on-disk formats the readers accept (IDX, CIFAR binary),
// so tests exercise the real readers without downloads. Header-only; tests link zlib.

#include <zlib.h>

#include <cstdint>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace denselab::testdata {

inline void putBigEndian(std::vector<std::uint8_t> &out, std::uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(std::uint8_t(v >> shift));
}

inline void writeBytes(const std::string &path, const std::vector<std::uint8_t> &bytes, bool gzip)
{
    if (gzip) {
        gzFile f = gzopen(path.c_str(), "wb");
        gzwrite(f, bytes.data(), unsigned(bytes.size()));
        gzclose(f);
    } else {
        std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char *>(bytes.data()), long(bytes.size()));
    }
}

inline std::vector<std::uint8_t> idxImages(const std::vector<std::uint8_t> &pixels, std::uint32_t count,
                                           std::uint32_t rows, std::uint32_t cols)
{
    std::vector<std::uint8_t> out;
    putBigEndian(out, 0x00000803);
    putBigEndian(out, count);
    putBigEndian(out, rows);
    putBigEndian(out, cols);
    out.insert(out.end(), pixels.begin(), pixels.end());
    return out;
}

inline std::vector<std::uint8_t> idxLabels(const std::vector<std::uint8_t> &labels)
{
    std::vector<std::uint8_t> out;
    putBigEndian(out, 0x00000801);
    putBigEndian(out, std::uint32_t(labels.size()));
    out.insert(out.end(), labels.begin(), labels.end());
    return out;
}

/// Learnable one-channel "digits": class c is a bright 3x3 patch at a class-specific place,
/// plus noise. Returns pixels (count * side * side) and fills `labels`.
inline std::vector<std::uint8_t> patchImages(std::size_t count, int side, std::uint32_t seed,
                                             std::vector<std::uint8_t> &labels)
{
    std::mt19937 rng(seed);
    std::vector<std::uint8_t> pixels(count * std::size_t(side * side));
    labels.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const int c = int(rng() % 10);
        labels[i] = std::uint8_t(c);
        std::uint8_t *image = pixels.data() + i * std::size_t(side * side);
        for (int p = 0; p < side * side; ++p)
            image[p] = std::uint8_t(rng() % 60);
        const int y0 = 1 + (c / 4) * (side - 4) / 2, x0 = 1 + (c % 4) * (side - 4) / 3;
        for (int y = 0; y < 3; ++y)
            for (int x = 0; x < 3; ++x)
                image[(y0 + y) * side + x0 + x] = 250;
    }
    return pixels;
}

/// An MNIST-layout folder (train/t10k images and labels, gzip-compressed) of patch images.
inline void writePatchDigits(const std::string &dir, std::size_t train, std::size_t test, int side = 12)
{
    std::vector<std::uint8_t> labels;
    auto pixels = patchImages(train, side, 1, labels);
    writeBytes(dir + "/train-images-idx3-ubyte.gz", idxImages(pixels, std::uint32_t(train), side, side), true);
    writeBytes(dir + "/train-labels-idx1-ubyte.gz", idxLabels(labels), true);
    pixels = patchImages(test, side, 2, labels);
    writeBytes(dir + "/t10k-images-idx3-ubyte.gz", idxImages(pixels, std::uint32_t(test), side, side), true);
    writeBytes(dir + "/t10k-labels-idx1-ubyte.gz", idxLabels(labels), true);
}

/// CIFAR binary records: `labelBytes` label bytes (all equal to the label) then 3x32x32 pixels
/// whose value is (record + channel) % 256.
inline std::vector<std::uint8_t> cifarRecords(std::size_t count, int labelBytes, int firstLabel, int classes)
{
    std::vector<std::uint8_t> out;
    for (std::size_t r = 0; r < count; ++r) {
        for (int b = 0; b < labelBytes; ++b)
            out.push_back(std::uint8_t((firstLabel + int(r) + b * 3) % classes));
        for (int c = 0; c < 3; ++c)
            out.insert(out.end(), 1024, std::uint8_t((r + std::size_t(c)) % 256));
    }
    return out;
}

} // namespace denselab::testdata
