// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trainingconfig.h"

#include <cstdint>
#include <string>

namespace denselab::training {

struct TrainBenchOptions {
    Design design;
    int batch = 64;
    std::string device = "auto";
    Precision precision = Precision::Auto;
    bool channelsLast = true;
    int threads = 0;
    int warmupSteps = 3;
    int minSteps = 10;
    double minSeconds = 3.0;            ///< time at least this long (and minSteps steps)
    bool measurePeak = true;            ///< also time large convolutions for the machine's peak
    bool memoryEfficient = false;       ///< recompute concatenations and BN/ReLU in backward
    TrainingEngine engine = TrainingEngine::Fast;
};

/// Training speed of a design on synthetic data: forward + backward + SGD step.
struct TrainBenchResult {
    std::string device;
    std::string precision;
    int batch = 0;
    int steps = 0;
    double medianStepMilliseconds = 0.0;
    double imagesPerSecond = 0.0;
    double convFlopsPerImage = 0.0;     ///< forward, input-gradient and weight-gradient convolutions
    double achievedConvFlops = 0.0;     ///< FLOP/s of convolution work at the measured speed
    double peakConvFlops = 0.0;         ///< best FLOP/s of large convolutions on this device (0 if not measured)
    std::string peakShape;              ///< which convolution reached the peak
    double peakRatio = 0.0;             ///< achieved / peak
    std::int64_t stepMemoryBytes = 0;   ///< peak tensor memory of one step (MemoryMeter)
    bool memoryEfficient = false;
    std::string engine;
};

/// Runs the benchmark on the calling thread (it sets that thread's torch thread count).
/// Throws DesignError for a design that does not compile, std::invalid_argument for a bad
/// device, c10 errors for out of memory.
TrainBenchResult benchTrain(const TrainBenchOptions &options);

} // namespace denselab::training
