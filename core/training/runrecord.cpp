// SPDX-License-Identifier: GPL-3.0-or-later
#include "runrecord.h"
#include "io/boundedjson.h"

#include "design/designerror.h"
#include "io/atomicfile.h"
#include "io/designjson.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <sstream>

namespace denselab::training {

namespace fs = std::filesystem;

const char *toString(RunKind kind)
{
    switch (kind) {
    case RunKind::Train: return "train";
    case RunKind::Search: return "search";
    case RunKind::Prune: return "prune";
    }
    return "?";
}

bool parse(const std::string &text, RunKind &out)
{
    for (const RunKind k : {RunKind::Train, RunKind::Search, RunKind::Prune}) {
        if (text == toString(k)) {
            out = k;
            return true;
        }
    }
    return false;
}

const Design &trainedDesignOf(const RunRecord &record)
{
    return record.hasTrainedDesign ? record.trainedDesign : record.config.design;
}

nlohmann::json toJson(const RunRecord &r)
{
    nlohmann::json j = {
        {"format", "denselab.run"},
        {"version", 1},
        {"id", r.id},
        {"design_name", r.designName},
        {"kind", toString(r.kind)},
        {"parent_run", r.parentRun},
        {"config", toJson(r.config)},
        {"status", toString(r.status)},
        {"message", r.message},
        {"started_at", r.startedAt},
        {"ended_at", r.endedAt},
        {"device", r.device},
        {"precision", r.precision},
        {"libraries", r.libraries},
        {"retargeted", r.retargeted},
        {"epochs_done", r.epochsDone},
        {"best_test_accuracy", r.bestTestAccuracy},
        {"last_test_accuracy", r.lastTestAccuracy},
        {"last_test_loss", r.lastTestLoss},
        {"mean_epoch_seconds", r.meanEpochSeconds},
        {"train_images_per_second", r.trainImagesPerSecond},
        {"peak_memory_bytes", r.peakMemoryBytes},
        {"params", r.params},
        {"macs", r.macs},
    };
    if (r.hasTrainedDesign)
        j["trained_design"] = io::designToJson(r.trainedDesign);
    return j;
}

RunRecord runRecordFromJson(const nlohmann::json &j, const std::string &dir)
{
    RunRecord r;
    r.dir = dir;
    try {
        if (j.value("format", std::string()) != "denselab.run")
            throw DesignError(dir + "/run.json: not a DenseLab run record (\"format\" is not \"denselab.run\")");
        r.id = j.at("id").get<std::string>();
        r.designName = j.value("design_name", std::string());
        if (!parse(j.value("kind", std::string("train")), r.kind))
            throw DesignError(dir + "/run.json: unknown run kind " + j.at("kind").dump());
        r.parentRun = j.value("parent_run", std::string());
        try {
            r.config = configFromJson(j.at("config"));
        } catch (const DesignError &e) {
            throw DesignError(dir + "/run.json: " + e.what());
        }
        if (!parse(j.at("status").get<std::string>(), r.status))
            throw DesignError(dir + "/run.json: unknown status " + j.at("status").dump());
        r.message = j.value("message", std::string());
        r.startedAt = j.value("started_at", std::string());
        r.endedAt = j.value("ended_at", std::string());
        r.device = j.value("device", std::string());
        r.precision = j.value("precision", std::string());
        r.libraries = j.value("libraries", std::string());
        r.retargeted = j.value("retargeted", std::string());
        r.epochsDone = io::jsonInteger(j, "epochs_done", 0);
        r.bestTestAccuracy = j.value("best_test_accuracy", 0.0);
        r.lastTestAccuracy = j.value("last_test_accuracy", 0.0);
        r.lastTestLoss = j.value("last_test_loss", 0.0);
        r.meanEpochSeconds = j.value("mean_epoch_seconds", 0.0);
        r.trainImagesPerSecond = j.value("train_images_per_second", 0.0);
        r.peakMemoryBytes = io::jsonInteger(j, "peak_memory_bytes", std::int64_t(0));
        r.params = io::jsonInteger(j, "params", std::int64_t(0));
        r.macs = io::jsonInteger(j, "macs", std::int64_t(0));
        if (j.contains("trained_design")) {
            try {
                r.trainedDesign = io::designFromJson(j.at("trained_design"));
                r.hasTrainedDesign = true;
            } catch (const DesignError &e) {
                throw DesignError(dir + "/run.json: trained_design: " + e.what());
            }
        }
    } catch (const nlohmann::json::exception &e) {
        throw DesignError(dir + "/run.json: " + e.what());
    }
    return r;
}

nlohmann::json toJson(const EpochMetrics &m)
{
    nlohmann::json j = {
        {"epoch", m.epoch},
        {"train_loss", m.trainLoss},
        {"train_accuracy", m.trainAccuracy},
        {"test_loss", m.testLoss},
        {"test_accuracy", m.testAccuracy},
        {"test_top5", m.testTop5},
        {"lr", m.learningRate},
        {"epoch_seconds", m.epochSeconds},
        {"mean_step_ms", m.meanStepMilliseconds},
        {"images_per_second", m.imagesPerSecond},
        {"peak_memory_bytes", m.peakMemoryBytes},
    };
    if (m.validationAccuracy >= 0) {
        j["validation_loss"] = m.validationLoss;
        j["validation_accuracy"] = m.validationAccuracy;
    }
    return j;
}

EpochMetrics epochMetricsFromJson(const nlohmann::json &j)
{
    EpochMetrics m;
    m.epoch = io::jsonInteger<int>(j.at("epoch"));
    m.trainLoss = j.value("train_loss", 0.0);
    m.trainAccuracy = j.value("train_accuracy", 0.0);
    m.testLoss = j.value("test_loss", 0.0);
    m.testAccuracy = j.value("test_accuracy", 0.0);
    m.testTop5 = j.value("test_top5", 0.0);
    m.validationLoss = j.value("validation_loss", -1.0);
    m.validationAccuracy = j.value("validation_accuracy", -1.0);
    m.learningRate = j.value("lr", 0.0);
    m.epochSeconds = j.value("epoch_seconds", 0.0);
    m.meanStepMilliseconds = j.value("mean_step_ms", 0.0);
    m.imagesPerSecond = j.value("images_per_second", 0.0);
    m.peakMemoryBytes = io::jsonInteger(j, "peak_memory_bytes", std::int64_t(0));
    return m;
}

RunRecord readRunRecord(const std::string &dir)
{
    const std::string path = dir + "/run.json";
    const std::string text = io::readTextFile(path);
    nlohmann::json j;
    try {
        j = io::parseBoundedJson(text);
    } catch (const nlohmann::json::exception &e) {
        throw DesignError(path + ": " + e.what());
    }
    return runRecordFromJson(j, dir);
}

void writeRunRecord(const RunRecord &record)
{
    io::writeFileAtomically(record.dir + "/run.json", toJson(record).dump(2) + "\n");
}

namespace {

// Every parsable line of metrics.jsonl with its type ("epoch" for lines without one).
template <typename Visit> void forEachMetricsLine(const std::string &dir, Visit visit)
{
    if (!fs::exists(dir + "/metrics.jsonl"))
        return;   // no line written yet (or the run failed before its first)
    std::istringstream lines(io::readTextFile(dir + "/metrics.jsonl"));
    std::string line;
    while (std::getline(lines, line)) {
        if (line.empty())
            continue;
        try {
            const nlohmann::json j = io::parseBoundedJson(line);
            if (!visit(j.value("type", std::string("epoch")), j))
                return;
        } catch (const nlohmann::json::exception &) {
            continue;   // a line torn by a kill or a full disk: the lines around it still count (#15)
        }
    }
}

} // namespace

std::vector<EpochMetrics> readMetrics(const std::string &dir)
{
    std::vector<EpochMetrics> result;
    forEachMetricsLine(dir, [&](const std::string &type, const nlohmann::json &j) {
        if (type == "epoch")
            result.push_back(epochMetricsFromJson(j));
        return true;
    });
    return result;
}

std::vector<nlohmann::json> readMetricsLines(const std::string &dir, const std::string &type)
{
    std::vector<nlohmann::json> result;
    forEachMetricsLine(dir, [&](const std::string &t, const nlohmann::json &j) {
        if (t == type)
            result.push_back(j);
        return true;
    });
    return result;
}

void keepMetricsLines(const std::string &dir,
                      const std::function<bool(const std::string &type, const nlohmann::json &line)> &keep)
{
    const std::string path = dir + "/metrics.jsonl";
    if (!fs::exists(path))
        return;
    std::istringstream lines(io::readTextFile(path));
    std::string line, kept;
    bool changed = false;
    while (std::getline(lines, line)) {
        if (line.empty())
            continue;
        try {
            const nlohmann::json j = io::parseBoundedJson(line);
            if (keep(j.value("type", std::string("epoch")), j)) {
                kept += line + "\n";
                continue;
            }
        } catch (const nlohmann::json::exception &) {
            // a torn line: dropped with the rest that does not count
        }
        changed = true;
    }
    if (changed)
        io::writeFileAtomically(path, kept);
}

void appendMetrics(const std::string &dir, const EpochMetrics &metrics)
{
    io::appendLine(dir + "/metrics.jsonl", toJson(metrics).dump());
}

void appendMetricsLine(const std::string &dir, const nlohmann::json &line)
{
    io::appendLine(dir + "/metrics.jsonl", line.dump());
}

std::string isoTimeNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &local);
    return text;
}

std::string createRunDirectory(const std::string &runsDir, const std::string &designName, const std::string &dataset)
{
    std::error_code ec;
    fs::create_directories(runsDir, ec);
    if (ec)
        throw io::FileError(runsDir + ": cannot create the runs directory (" + ec.message() + ")");
    std::string stamp = isoTimeNow();
    stamp.erase(std::remove_if(stamp.begin(), stamp.end(), [](char c) { return c == '-' || c == ':'; }), stamp.end());
    std::replace(stamp.begin(), stamp.end(), 'T', '-');
    std::string name = designName.empty() ? std::string("design") : designName;
    std::replace_if(name.begin(), name.end(), [](char c) { return !(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'); }, '_');
    const std::string base = runsDir + "/" + stamp + "-" + name + "-" + dataset;
    for (int n = 1;; ++n) {
        const std::string dir = n == 1 ? base : base + "-" + std::to_string(n);
        if (fs::create_directory(dir, ec))   // atomic: two processes never get the same folder
            return dir;
        if (ec)
            throw io::FileError(dir + ": cannot create the run directory (" + ec.message() + ")");
    }
}

std::vector<std::string> runDirectories(const std::string &runsDir)
{
    std::vector<std::string> dirs;
    std::error_code ec;
    if (!fs::is_directory(runsDir, ec))
        return dirs;
    for (const auto &entry : fs::directory_iterator(runsDir, ec)) {
        if (entry.is_directory() && fs::exists(entry.path() / "run.json"))
            dirs.push_back(entry.path().string());
    }
    return dirs;
}

bool listedBefore(const RunRecord &a, const RunRecord &b)
{
    return a.startedAt != b.startedAt ? a.startedAt > b.startedAt : a.id > b.id;
}

std::vector<RunRecord> listRuns(const std::string &runsDir, std::vector<std::string> *problems)
{
    std::vector<RunRecord> runs;
    for (const std::string &dir : runDirectories(runsDir)) {
        try {
            runs.push_back(readRunRecord(dir));
        } catch (const std::exception &e) {
            if (problems)
                problems->push_back(e.what());
        }
    }
    std::sort(runs.begin(), runs.end(), listedBefore);
    return runs;
}

} // namespace denselab::training
