// SPDX-License-Identifier: GPL-3.0-or-later
#include "runposition.h"

#include <nlohmann/json.hpp>

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

RunPosition runPositionFromJson(const nlohmann::json &j)
{
    RunPosition p;
    p.epoch = j.value("epoch", 0);
    p.weightEpochs = j.value("weight_epochs", p.epoch);   // checkpoints before the field: every epoch trained
    p.step = j.value("step", 0L);
    p.globalStep = j.value("global_step", 0L);
    p.lossSum = j.value("loss_sum", 0.0);
    p.correct = j.value("correct", std::int64_t(0));
    p.seen = j.value("seen", std::int64_t(0));
    p.stepSeconds = j.value("step_seconds", 0.0);
    p.elapsedSeconds = j.value("elapsed_seconds", 0.0);
    p.bestTestAccuracy = j.value("best_test_accuracy", -1.0);
    p.lossScale = j.value("loss_scale", 65536.0);
    return p;
}

} // namespace denselab::training
