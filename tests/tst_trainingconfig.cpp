// SPDX-License-Identifier: GPL-3.0-or-later
// Recipes, learning-rate schedules and the run.json / metrics.jsonl formats (issue 3, section 3).
#include "design/designerror.h"
#include "io/atomicfile.h"
#include "presets/presets.h"
#include "edit/stemedit.h"
#include "graph/compiler.h"
#include "training/runfit.h"
#include "training/runrecord.h"
#include "training/trainingconfig.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace denselab;
using namespace denselab::training;

namespace {

// A valid run.json for DenseNet-BC-40-12 in `dir`, returned as JSON to be damaged by the test.
nlohmann::json writeSampleRunRecord(const std::string &dir)
{
    RunRecord r;
    r.dir = dir;
    r.id = "x";
    r.config.design = loadPreset("densenet-bc-40-12");
    std::filesystem::create_directories(dir);
    writeRunRecord(r);
    return nlohmann::json::parse(io::readTextFile(dir + "/run.json"));
}

} // namespace

class TstTrainingConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seedRecipes();
    void stepSchedule();
    void cosineWithWarmup();
    void configRoundTrip();
    void runRecordAndMetricsFiles();
    void badRunRecordIsNamed();
    void deeplyNestedRunRecordIsRefused();
    void badRunSettingsAreNamed_data();
    void badRunSettingsAreNamed();
    void threadsAreCappedAtTheCores();
    void countsMustBeIntegers();
    void designThatCannotFitTheImagesIsCaughtWithFixes();
};

void TstTrainingConfig::seedRecipes()
{
    const Hyperparameters c10 = recipe("threshnet-cifar10");   // ThreshNet paper, CIFAR-10
    QCOMPARE(int(c10.optimizer), int(OptimizerKind::Adam));
    QCOMPARE(c10.learningRate, 0.001);
    QCOMPARE(c10.batchSize, 100);
    QCOMPARE(c10.epochs, 300);
    const Hyperparameters c100 = recipe("threshnet-cifar100");  // SGD Nesterov, /5 at 60/120/160
    QCOMPARE(int(c100.optimizer), int(OptimizerKind::SGD));
    QVERIFY(c100.nesterov);
    QCOMPARE(c100.momentum, 0.9);
    QCOMPARE(c100.batchSize, 128);
    QCOMPARE(c100.weightDecay, 5e-4);
    QCOMPARE(c100.epochs, 200);
    QVERIFY(c100.milestones == (std::vector<int>{60, 120, 160}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, recipe("imagenet-90"));
}

void TstTrainingConfig::stepSchedule()
{
    const Hyperparameters h = recipe("threshnet-cifar100");
    QCOMPARE(learningRate(h, 0.0), 0.1);
    QCOMPARE(learningRate(h, 59.99), 0.1);
    QVERIFY(qFuzzyCompare(learningRate(h, 60.0), 0.02));
    QVERIFY(qFuzzyCompare(learningRate(h, 120.5), 0.004));
    QVERIFY(qFuzzyCompare(learningRate(h, 199.0), 0.0008));
}

void TstTrainingConfig::cosineWithWarmup()
{
    Hyperparameters h;
    h.learningRate = 1.0;
    h.epochs = 11;
    h.schedule = ScheduleKind::Cosine;
    h.warmupEpochs = 1.0;
    QCOMPARE(learningRate(h, 0.0), 0.0);
    QCOMPARE(learningRate(h, 0.5), 0.5);   // linear warm-up
    QCOMPARE(learningRate(h, 1.0), 1.0);
    QVERIFY(qFuzzyCompare(learningRate(h, 6.0), 0.5));   // half way through the cosine
    QVERIFY(std::abs(learningRate(h, 11.0)) < 1e-12);
}

void TstTrainingConfig::configRoundTrip()
{
    TrainingConfig c;
    c.design = loadPreset("threshnet79");
    c.recipe = "threshnet-cifar100";
    c.hyper = recipe(c.recipe);
    c.data.dataset = "cifar100";
    c.data.limitTrain = 5000;
    c.data.validationFraction = 0.1;
    c.data.resize = true;
    c.device = "cuda:1";
    c.precision = Precision::Float16;
    c.engine = TrainingEngine::Plain;
    c.seed = 42;
    const TrainingConfig back = configFromJson(nlohmann::json::parse(toJson(c).dump()));
    QCOMPARE(back.engine, TrainingEngine::Plain);
    c.engine = TrainingEngine::Fast;
    QCOMPARE(configFromJson(nlohmann::json::parse(toJson(c).dump())).engine, TrainingEngine::Fast);
    // A run recorded before the fast engine existed ran on the plain one, and resumes on it.
    nlohmann::json old = toJson(c);
    old.erase("engine");
    QCOMPARE(configFromJson(old).engine, TrainingEngine::Plain);
    QVERIFY(back.design == c.design);
    QCOMPARE(back.hyper.milestones, c.hyper.milestones);
    QCOMPARE(back.hyper.gamma, c.hyper.gamma);
    QCOMPARE(back.data.limitTrain, 5000L);
    QCOMPARE(back.data.validationFraction, 0.1);
    QVERIFY(back.data.resize);
    QCOMPARE(back.device, std::string("cuda:1"));
    QCOMPARE(int(back.precision), int(Precision::Float16));
    QCOMPARE(back.seed, std::uint64_t(42));
}

void TstTrainingConfig::runRecordAndMetricsFiles()
{
    QTemporaryDir runs;
    const std::string dir = createRunDirectory(runs.path().toStdString(), "my net/v2", "mnist");
    const std::string again = createRunDirectory(runs.path().toStdString(), "my net/v2", "mnist");
    QVERIFY(dir != again);                                    // same second: a suffix keeps them apart
    QVERIFY(dir.find("my_net_v2-mnist") != std::string::npos);   // no '/' or ' ' in folder names

    RunRecord r;
    r.dir = dir;
    r.id = "x";
    r.designName = "my net/v2";
    r.config.design = loadPreset("densenet-bc-40-12");
    r.status = RunState::Stopped;
    r.startedAt = "2026-11-21T10:00:00";
    r.epochsDone = 3;
    r.bestTestAccuracy = 0.91;
    r.params = 176122;
    writeRunRecord(r);
    const RunRecord back = readRunRecord(dir);
    QCOMPARE(int(back.status), int(RunState::Stopped));
    QCOMPARE(back.epochsDone, 3);
    QCOMPARE(back.bestTestAccuracy, 0.91);
    QCOMPARE(back.params, std::int64_t(176122));

    EpochMetrics m;
    m.epoch = 0;
    m.testAccuracy = 0.5;
    appendMetrics(dir, m);
    m.epoch = 1;
    m.testAccuracy = 0.75;
    m.validationAccuracy = 0.7;
    appendMetrics(dir, m);
    std::ofstream(dir + "/metrics.jsonl", std::ios::app) << "{\"epoch\": 2, \"test_acc";   // torn by a kill
    const auto metrics = readMetrics(dir);
    QCOMPARE(metrics.size(), std::size_t(2));
    QCOMPARE(metrics[1].testAccuracy, 0.75);
    QCOMPARE(metrics[0].validationAccuracy, -1.0);
    QCOMPARE(metrics[1].validationAccuracy, 0.7);

    // #15: the next append after a torn line (disk full, then space freed and the run resumed)
    // starts a line of its own, and a damaged line hides none of the lines after it.
    m.epoch = 2;
    m.testAccuracy = 0.8;
    appendMetrics(dir, m);
    std::vector<EpochMetrics> repaired = readMetrics(dir);
    QCOMPARE(repaired.size(), std::size_t(3));
    QCOMPARE(repaired[2].testAccuracy, 0.8);
    {
        const std::string text = io::readTextFile(dir + "/metrics.jsonl");
        io::writeFileAtomically(dir + "/metrics.jsonl", "garbage, not JSON\n" + text);
    }
    QCOMPARE(readMetrics(dir).size(), std::size_t(3));
    // A resumed run forgets the lines after its checkpoint (and the damaged one), atomically.
    keepMetricsLines(dir, [](const std::string &type, const nlohmann::json &line) {
        return type == "epoch" && line.value("epoch", 0) < 2;
    });
    QCOMPARE(readMetrics(dir).size(), std::size_t(2));
    const std::string rewritten = io::readTextFile(dir + "/metrics.jsonl");
    QCOMPARE(int(std::count(rewritten.begin(), rewritten.end(), '\n')), 2);

    std::vector<std::string> problems;
    QCOMPARE(listRuns(runs.path().toStdString(), &problems).size(), std::size_t(1));   // `again` has no run.json
    QVERIFY(problems.empty());
}

void TstTrainingConfig::badRunRecordIsNamed()
{
    QTemporaryDir runs;
    const std::string dir = runs.path().toStdString() + "/broken";
    std::filesystem::create_directory(dir);
    std::ofstream(dir + "/run.json") << R"({"format": "denselab.run", "id": "b", "config": {}, "status": "running"})";
    std::vector<std::string> problems;
    QVERIFY(listRuns(runs.path().toStdString(), &problems).empty());
    QCOMPARE(problems.size(), std::size_t(1));
    QVERIFY2(problems[0].find(dir + "/run.json") != std::string::npos, problems[0].c_str());
}

// #15: a run.json whose trained_design held 100,000 nested brackets crashed `train --resume`
// and the app at start-up (the runs browser lists every run folder). Now it is one named problem.
void TstTrainingConfig::deeplyNestedRunRecordIsRefused()
{
    QTemporaryDir runs;
    const std::string dir = runs.path().toStdString() + "/deep";
    nlohmann::json j = writeSampleRunRecord(dir);   // a valid record, so that reading reaches trained_design
    j["trained_design"] = "NESTED";
    std::string text = j.dump();
    text.replace(text.find("\"NESTED\""), 8, std::string(100000, '[') + std::string(100000, ']'));
    io::writeFileAtomically(dir + "/run.json", text);
    std::vector<std::string> problems;
    QVERIFY(listRuns(runs.path().toStdString(), &problems).empty());
    QCOMPARE(problems.size(), std::size_t(1));
    QVERIFY2(problems[0].find(dir + "/run.json") != std::string::npos, problems[0].c_str());
    QVERIFY2(problems[0].find("nested deeper than 64") != std::string::npos, problems[0].c_str());
}

// #15: batch 0, negative epochs and wrapped numbers in a hand-edited run.json were accepted.
void TstTrainingConfig::badRunSettingsAreNamed_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("batch 0") << "/hyperparameters/batch" << "0"
                             << "/config/hyperparameters/batch: value 0 is outside 1..65536";
    QTest::newRow("negative epochs") << "/hyperparameters/epochs" << "-3"
                                     << "/config/hyperparameters/epochs: value -3 is outside 1..100000";
    QTest::newRow("wrapping epochs") << "/hyperparameters/epochs" << "4294967297"
                                     << "/config/hyperparameters/epochs: value 4294967297 is outside";
    QTest::newRow("nan learning rate") << "/hyperparameters/lr" << "\"fast\""
                                       << "/config/hyperparameters/lr: expected a number, got \"fast\"";
    QTest::newRow("negative threads") << "/threads" << "-1" << "/config/threads: value -1 is outside";
    QTest::newRow("unknown optimizer") << "/hyperparameters/optimizer" << "\"lion\""
                                       << "/config/hyperparameters/optimizer: unknown value \"lion\"";
    QTest::newRow("unknown engine") << "/engine" << "\"turbo\""
                                    << "/config/engine: unknown value \"turbo\"";
    QTest::newRow("design growth") << "/design/stages/0/growth" << "0"
                                   << "/config/design/stages/0/growth: value 0 is outside";
}

void TstTrainingConfig::badRunSettingsAreNamed()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    QFETCH(QString, message);
    QTemporaryDir runs;
    const std::string dir = runs.path().toStdString();
    nlohmann::json j = writeSampleRunRecord(dir);
    j["config"][nlohmann::json::json_pointer(pointer.toStdString())] = nlohmann::json::parse(value.toStdString());
    io::writeFileAtomically(dir + "/run.json", j.dump());
    try {
        readRunRecord(dir);
        QFAIL("the run record was accepted");
    } catch (const DesignError &e) {
        const std::string what = e.what();
        QVERIFY2(what.find(dir + "/run.json: ") == 0 && what.find(message.toStdString()) != std::string::npos,
                 e.what());
    }
}

// #15: resuming a run.json that said 2000 threads drove the load average past 1,000.
void TstTrainingConfig::threadsAreCappedAtTheCores()
{
    QCOMPARE(usableThreads(2000), machineCores());
    QCOMPARE(usableThreads(0), machineCores());
    QCOMPARE(usableThreads(1), 1);
}

// #15, found by fuzzing: a float where a count belongs (1e30) was cast to an integer type,
// undefined behaviour; a count of 1.5 was silently truncated. Counts are integers in range.
void TstTrainingConfig::countsMustBeIntegers()
{
    QTemporaryDir runs;
    const std::string dir = runs.path().toStdString();
    nlohmann::json j = writeSampleRunRecord(dir);
    j["epochs_done"] = 1.5;
    io::writeFileAtomically(dir + "/run.json", j.dump());
    try {
        readRunRecord(dir);
        QFAIL("a fractional epoch count was accepted");
    } catch (const DesignError &e) {
        QVERIFY2(std::string(e.what()).find(dir + "/run.json: /epochs_done: expected an integer") == 0, e.what());
    }

    EpochMetrics m;
    m.epoch = 0;
    appendMetrics(dir, m);
    io::appendLine(dir + "/metrics.jsonl", R"({"type": "epoch", "epoch": 1e30, "train_loss": 1.0})");
    m.epoch = 1;
    appendMetrics(dir, m);
    const auto metrics = readMetrics(dir);   // the bad line is skipped like a torn one
    QCOMPARE(metrics.size(), std::size_t(2));
    QCOMPARE(metrics[1].epoch, 1);
}

void TstTrainingConfig::designThatCannotFitTheImagesIsCaughtWithFixes()
{
    // DenseNet-121 on 28x28 images: five halvings of the stem and three transitions leave
    // nothing of the image. Caught before a run, with the fixes that do build.
    const Design d121 = loadPreset("densenet121");
    const RunFit fit = checkRunFit(d121, {1, 28, 28}, 10, false);
    QVERIFY(!fit.ok());
    QVERIFY2(fit.problem.find("spatial size collapses") != std::string::npos, fit.problem.c_str());
    QCOMPARE(fit.fixes.size(), std::size_t(3));
    QCOMPARE(int(fit.fixes[0].kind), int(RunFix::Kind::ResizeImages));
    QVERIFY(fit.fixes[0].input == (InputShape{3, 224, 224}));
    QCOMPARE(int(fit.fixes[1].kind), int(RunFix::Kind::SmallInputStem));
    QCOMPARE(int(fit.fixes[2].kind), int(RunFix::Kind::FewerStages));
    // The shorter network that is offered builds on 28x28, and a stage fewer would not do.
    Design shorter = d121;
    shorter.stages.resize(d121.stages.size() - std::size_t(fit.fixes[2].removeStages));
    QVERIFY(checkRunFit(shorter, {1, 28, 28}, 10, false).ok());
    shorter = d121;
    shorter.stages.resize(d121.stages.size() - std::size_t(fit.fixes[2].removeStages) + 1);
    QVERIFY(!checkRunFit(shorter, {1, 28, 28}, 10, false).ok());
    // The first fix is what "Resize images" does: it fits.
    QVERIFY(checkRunFit(d121, {1, 28, 28}, 10, true).ok());
    // Each fix that is offered builds: the small stem keeps the stem's 64 channels.
    Design small = d121;
    small.stem = stemOfKind(d121.stem, StemKind::Cifar);
    QCOMPARE(small.stem.widths, std::vector<int>{64});
    QVERIFY(small.stem.norm);
    small.input = {1, 28, 28};
    compile(small);
    // A design made for small images fits as it is.
    QVERIFY(checkRunFit(loadPreset("densenet-bc-40-12"), {1, 28, 28}, 10, false).ok());
    QVERIFY(checkRunFit(loadPreset("densenet-bc-40-12"), {3, 32, 32}, 100, false).ok());
}

QTEST_APPLESS_MAIN(TstTrainingConfig)
#include "tst_trainingconfig.moc"
