// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace denselab::data {

/// A labelled image set as stored on disk: 8-bit pixels in C x H x W order per image, images
/// back to back. Plain value; the training code turns batches of it into tensors.
struct ImageSet {
    int channels = 0;
    int height = 0;
    int width = 0;
    std::vector<std::uint8_t> pixels;   ///< size() * channels * height * width bytes
    std::vector<std::uint8_t> labels;   ///< class index per image, 0..classes-1

    std::size_t size() const { return labels.size(); }
    std::size_t imageBytes() const { return std::size_t(channels) * height * width; }
    const std::uint8_t *image(std::size_t index) const { return pixels.data() + index * imageBytes(); }
};

/// A dataset with its train and test splits and what the images mean.
struct Dataset {
    std::string name;                   ///< "fashion-mnist", "cifar10", ...
    int classes = 0;
    ImageSet train;
    ImageSet test;
    std::vector<double> mean;           ///< per-channel mean of the training pixels, 0..1 scale
    std::vector<double> stddev;         ///< per-channel standard deviation, 0..1 scale
    bool flipAugmentation = true;       ///< false for digits and letters: a mirrored 2 is no 2
    int cropPadding = 4;                ///< random-crop padding used for augmentation
};

/// Thrown for a missing, truncated or corrupt dataset file. what() names the file and says what
/// was expected and what was found.
class DataError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Per-channel mean and standard deviation of `set` (0..1 pixel scale).
void channelStatistics(const ImageSet &set, std::vector<double> &mean, std::vector<double> &stddev);

/// Keeps the first `count` images (all when count <= 0 or >= size).
void truncate(ImageSet &set, long count);

} // namespace denselab::data
