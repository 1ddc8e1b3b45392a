// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events.h"
#include "trainingconfig.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace denselab::training {

/// What a run directory holds: an ordinary training, an LWP connection search (search.json
/// beside run.json) or a filter-pruning job (prune.json beside run.json).
enum class RunKind { Train, Search, Prune };
const char *toString(RunKind kind);
bool parse(const std::string &text, RunKind &out);

/// What a run directory's run.json says: the configuration it was started with, where it ran
/// and how it went. The trainer rewrites it (atomically) at every state change and epoch; the
/// CLI and the app read it to list, open and resume runs.
struct RunRecord {
    std::string dir;                    ///< the run's directory (not stored in the file)
    std::string id;                     ///< folder name: 20261121-101500-densenet-bc-40-12-fashion-mnist
    std::string designName;
    RunKind kind = RunKind::Train;      ///< records written before kinds existed are trainings
    std::string parentRun;              ///< search / prune: the run whose weights it started from
    TrainingConfig config;
    RunState status = RunState::Preparing;
    std::string message;                ///< why it failed / diverged / stopped
    std::string startedAt;              ///< ISO 8601, local time
    std::string endedAt;
    std::string device;                 ///< "cpu (2 threads)", "cuda:0 NVIDIA H100 ..."
    std::string precision;              ///< arithmetic actually used
    std::string libraries;              ///< "denselab 0.1.0, libtorch 1.13.0"
    std::string retargeted;             ///< how the design was adapted to the dataset, if it was
    int epochsDone = 0;
    double bestTestAccuracy = 0.0;
    double lastTestAccuracy = 0.0;
    double lastTestLoss = 0.0;
    double meanEpochSeconds = 0.0;
    double trainImagesPerSecond = 0.0;
    std::int64_t peakMemoryBytes = 0;   ///< largest training-step tensor memory of any epoch (0: not measured)
    std::int64_t params = 0;
    std::int64_t macs = 0;              ///< per image, as the cost model counts
    /// The design as trained, after retargeting to the dataset (what the checkpoints hold).
    /// Records written before it existed fall back to config.design.
    Design trainedDesign;
    bool hasTrainedDesign = false;
};

/// The design a run's checkpoints belong to: trainedDesign, else config.design.
const Design &trainedDesignOf(const RunRecord &record);

nlohmann::json toJson(const RunRecord &record);
/// Throws DesignError naming the field when the file's content is not a run record.
RunRecord runRecordFromJson(const nlohmann::json &json, const std::string &dir);

nlohmann::json toJson(const EpochMetrics &metrics);
EpochMetrics epochMetricsFromJson(const nlohmann::json &json);

/// Reads <dir>/run.json. Throws io::FileError or DesignError naming the file.
RunRecord readRunRecord(const std::string &dir);
/// Writes <dir>/run.json atomically.
void writeRunRecord(const RunRecord &record);
/// Every epoch line of <dir>/metrics.jsonl (lines of another "type", such as a search's steps,
/// are skipped); a torn line (a kill or a full disk mid-write) is skipped without hiding the
/// lines after it, and a run without the file (no epoch ended yet) has none.
std::vector<EpochMetrics> readMetrics(const std::string &dir);
/// Appends one epoch to <dir>/metrics.jsonl.
void appendMetrics(const std::string &dir, const EpochMetrics &metrics);
/// Appends any metrics line (a JSON object with a "type") to <dir>/metrics.jsonl.
void appendMetricsLine(const std::string &dir, const nlohmann::json &line);
/// The lines of <dir>/metrics.jsonl whose "type" is `type`, in order (same tolerance as readMetrics).
std::vector<nlohmann::json> readMetricsLines(const std::string &dir, const std::string &type);
/// Rewrites <dir>/metrics.jsonl (atomically) with only the lines `keep` accepts, given each
/// line's type ("epoch" for lines without one); a torn line is dropped too. A run resumed from
/// a checkpoint uses it to forget what it appended after that checkpoint, so that nothing is
/// counted twice. Writes nothing when every line stays.
void keepMetricsLines(const std::string &dir,
                      const std::function<bool(const std::string &type, const nlohmann::json &line)> &keep);

/// Makes a new, uniquely named run directory in `runsDir` (created if needed) and returns it.
std::string createRunDirectory(const std::string &runsDir, const std::string &designName,
                               const std::string &dataset);

/// The folders of `runsDir` that hold a run.json (unordered; empty when there is no such folder).
std::vector<std::string> runDirectories(const std::string &runsDir);

/// The order runs are listed in: newest start first, ties by id.
bool listedBefore(const RunRecord &a, const RunRecord &b);

/// Every readable run in `runsDir`, newest first; unreadable ones are listed in `problems`.
std::vector<RunRecord> listRuns(const std::string &runsDir, std::vector<std::string> *problems = nullptr);

/// Local time now as ISO 8601 ("2026-11-21T10:15:00").
std::string isoTimeNow();

} // namespace denselab::training
