// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagedataset.h"

#include <cmath>

namespace denselab::data {

void channelStatistics(const ImageSet &set, std::vector<double> &mean, std::vector<double> &stddev)
{
    const std::size_t plane = std::size_t(set.height) * set.width;
    std::vector<double> sum(static_cast<std::size_t>(set.channels), 0.0);
    std::vector<double> squares(sum.size(), 0.0);
    for (std::size_t i = 0; i < set.size(); ++i) {
        const std::uint8_t *image = set.image(i);
        for (std::size_t c = 0; c < sum.size(); ++c) {
            // Integer sums per plane: exact, and much faster than a double per pixel.
            std::uint64_t s = 0, q = 0;
            for (std::size_t p = 0; p < plane; ++p) {
                const unsigned v = image[c * plane + p];
                s += v;
                q += v * v;
            }
            sum[c] += double(s);
            squares[c] += double(q);
        }
    }
    const double n = double(set.size()) * double(plane);
    mean.assign(sum.size(), 0.0);
    stddev.assign(sum.size(), 1.0);
    if (n == 0)
        return;
    for (std::size_t c = 0; c < sum.size(); ++c) {
        const double m = sum[c] / n;
        const double var = squares[c] / n - m * m;
        mean[c] = m / 255.0;
        stddev[c] = var > 0 ? std::sqrt(var) / 255.0 : 1.0;
    }
}

void truncate(ImageSet &set, long count)
{
    if (count <= 0 || std::size_t(count) >= set.size())
        return;
    set.labels.resize(std::size_t(count));
    set.pixels.resize(std::size_t(count) * set.imageBytes());
}

} // namespace denselab::data
