// SPDX-License-Identifier: GPL-3.0-or-later
#include "runposition.h"

#include "trainingconfig.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace denselab::training {

RunPosition RunPosition::nextEpoch(bool trainedWeights) const
{
    RunPosition next = *this;
    next.epoch += 1;
    next.weightEpochs += trainedWeights ? 1 : 0;
    next.step = 0;
    next.lossSum = 0;
    next.correct = 0;
    next.seen = 0;
    next.stepSeconds = 0;
    return next;
}

nlohmann::json toJson(const RunPosition &p)
{
    return {{"epoch", p.epoch},          {"weight_epochs", p.weightEpochs}, {"step", p.step},
            {"global_step", p.globalStep}, {"loss_sum", p.lossSum},
            {"correct", p.correct},      {"seen", p.seen},
            {"step_seconds", p.stepSeconds}, {"elapsed_seconds", p.elapsedSeconds},
            {"best_test_accuracy", p.bestTestAccuracy}, {"loss_scale", p.lossScale}};
}

namespace {

// A counter of the state: a non-negative integer up to `maximum`. get<int>() would wrap
// 4294967297 to 1 and accept -5 (#15), so the range is checked on the 64-bit value.
std::int64_t counter(const nlohmann::json &j, const char *key, std::int64_t fallback, std::int64_t maximum)
{
    if (!j.contains(key))
        return fallback;
    const nlohmann::json &v = j.at(key);
    const bool tooLarge = v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(maximum);
    if (!v.is_number_integer() || tooLarge || v.get<std::int64_t>() < 0 || v.get<std::int64_t>() > maximum)
        throw std::invalid_argument(std::string("/state/") + key + ": expected an integer in 0.." + std::to_string(maximum)
                                    + ", got " + v.dump());
    return v.get<std::int64_t>();
}

double real(const nlohmann::json &j, const char *key, double fallback)
{
    if (!j.contains(key))
        return fallback;
    const nlohmann::json &v = j.at(key);
    if (!v.is_number() || !std::isfinite(v.get<double>()))
        throw std::invalid_argument(std::string("/state/") + key + ": expected a finite number, got " + v.dump());
    return v.get<double>();
}

} // namespace

RunPosition runPositionFromJson(const nlohmann::json &j)
{
    constexpr std::int64_t kMaxCount = std::int64_t(1) << 53;   // exact in a JSON double as well
    RunPosition p;
    p.epoch = int(counter(j, "epoch", 0, kMaxTrainingEpochs));
    p.weightEpochs = int(counter(j, "weight_epochs", p.epoch, p.epoch));   // before the field: every epoch trained
    p.step = counter(j, "step", 0, kMaxCount);
    p.globalStep = counter(j, "global_step", 0, kMaxCount);
    p.lossSum = real(j, "loss_sum", 0.0);
    p.seen = counter(j, "seen", 0, kMaxCount);
    p.correct = counter(j, "correct", 0, p.seen);
    p.stepSeconds = real(j, "step_seconds", 0.0);
    p.elapsedSeconds = real(j, "elapsed_seconds", 0.0);
    p.bestTestAccuracy = real(j, "best_test_accuracy", -1.0);
    p.lossScale = real(j, "loss_scale", 65536.0);
    return p;
}

} // namespace denselab::training
