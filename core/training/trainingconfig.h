// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace denselab::training {

enum class OptimizerKind { SGD, Adam, AdamW };
enum class ScheduleKind { Constant, Step, Cosine };
/// Arithmetic of the forward/backward pass on CUDA. Auto: bf16 autocast on CUDA, fp32 on CPU.
enum class Precision { Auto, Float32, BFloat16, Float16 };
/// How the training step runs the graph. Plain: one torch operation per graph node. Fast:
/// batch statistics shared per source, BN + activation fused over unconcatenated sources
/// (GraphModuleImpl::setFastEngine), and a CPU allocation cache. CPU only: CUDA runs plain.
/// Same results up to rounding.
enum class TrainingEngine { Plain, Fast };

/// How to optimize: what a recipe fixes and the command line may override.
struct Hyperparameters {
    int epochs = 2;
    int batchSize = 64;
    OptimizerKind optimizer = OptimizerKind::SGD;
    double learningRate = 0.1;
    double momentum = 0.9;              ///< SGD only
    bool nesterov = false;              ///< SGD only
    double weightDecay = 0.0;
    ScheduleKind schedule = ScheduleKind::Constant;
    std::vector<int> milestones;        ///< step schedule: epochs (0-based starts) where lr *= gamma
    double gamma = 0.1;                 ///< step schedule factor
    double warmupEpochs = 0.0;          ///< linear warm-up from 0, in (fractional) epochs
};

/// What to train on and how batches are prepared.
struct DataOptions {
    std::string dataset = "fashion-mnist";
    std::string dir;                    ///< empty: data::defaultDatasetDir(dataset)
    long limitTrain = 0;                ///< first N training images (0: all)
    long limitTest = 0;                 ///< first N test images (0: all)
    double validationFraction = 0.0;    ///< held out of the training images, reported per epoch
    long validationCount = 0;           ///< held out as a number of images (wins over the fraction)
    bool augment = true;                ///< random crop with padding (+ flip where the dataset allows)
    bool resize = false;                ///< resize images to the design's input instead of retargeting it
};

/// Everything one run needs. Plain value; serialized into the run's run.json.
struct TrainingConfig {
    Design design;
    std::string recipe;                 ///< name it came from ("demo"), informative
    Hyperparameters hyper;
    DataOptions data;
    std::string device = "auto";        ///< auto | cpu | cuda | cuda:N
    Precision precision = Precision::Auto;
    bool channelsLast = true;           ///< NHWC weights and batches (tensor cores on CUDA, oneDNN on the CPU)
    bool memoryEfficient = false;       ///< recompute dense layers' concatenation + BN/ReLU in backward
    TrainingEngine engine = TrainingEngine::Fast;
    int threads = 0;                    ///< CPU intra-op threads; 0: every core
    std::uint64_t seed = 1;
    std::string runsDir;                ///< empty: defaultRunsDir()
};

/// Named recipes from the seed papers plus a quick CPU demo. Throws std::invalid_argument.
Hyperparameters recipe(const std::string &name);
const std::vector<std::string> &recipeNames();

/// Learning rate at `epochProgress` (epoch index + fraction of it done): warm-up, then the
/// schedule (step: times gamma per milestone reached; cosine: down to 0 at the last epoch).
double learningRate(const Hyperparameters &hyper, double epochProgress);

const char *toString(OptimizerKind kind);
const char *toString(ScheduleKind kind);
const char *toString(Precision precision);
const char *toString(TrainingEngine engine);
/// Parse a name as written by toString; false for an unknown one.
bool parse(const std::string &text, OptimizerKind &out);
bool parse(const std::string &text, ScheduleKind &out);
bool parse(const std::string &text, Precision &out);
bool parse(const std::string &text, TrainingEngine &out);

/// Limits of a run's settings, checked wherever they are read (run.json, CLI).
inline constexpr int kMaxTrainingEpochs = 100000;
inline constexpr int kMaxBatch = 65536;

nlohmann::json toJson(const TrainingConfig &config);
/// Reads what toJson wrote; throws DesignError naming the field ("/config/hyperparameters/batch:
/// value 0 is outside 1..65536") on a bad value.
TrainingConfig configFromJson(const nlohmann::json &json);

/// This machine's cores (at least 1).
int machineCores();
/// The intra-op threads a run uses: `requested` capped at the machine's cores; 0 means all.
int usableThreads(int requested);

/// The runs directory shared by the CLI and the desktop app: $XDG_DATA_HOME/denselab/runs
/// (~/.local/share/denselab/runs).
std::string defaultRunsDir();

/// DenseLab's data folder: $XDG_DATA_HOME/denselab, else ~/.local/share/denselab. Runs,
/// designs and recovery files live in folders under it.
std::string defaultDataDir();

} // namespace denselab::training
