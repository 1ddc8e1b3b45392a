// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"

#include <cstdint>
#include <string>

namespace denselab::search {

struct MaskBenchOptions {
    Design design;                      ///< the supernet (parent)
    double eta = 0.5;                   ///< the child's MACs ratio (a random child: randomchild.h)
    int batch = 64;
    int threads = 0;                    ///< 0: every core
    int steps = 10;                     ///< timed repetitions (median), after 2 untimed
    std::uint64_t seed = 1;
};

/// What running a child through the supernet costs against the plain supernet and against the
/// child built as a module of its own: median milliseconds of a forward pass (eval, no
/// gradients) and of forward + backward (train mode), on the CPU, random inputs.
struct MaskBenchResult {
    double childEta = 1.0;
    double forwardPlainMs = 0, forwardMaskedMs = 0, forwardChildMs = 0;
    double trainPlainMs = 0, trainMaskedMs = 0, trainChildMs = 0;
    int threads = 0;
};

MaskBenchResult benchMask(const MaskBenchOptions &options);

} // namespace denselab::search
