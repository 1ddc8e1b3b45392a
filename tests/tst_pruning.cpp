// SPDX-License-Identifier: GPL-3.0-or-later
// Filter pruning on the LibTorch module (#11): surgery is exact on every kind of graph, the
// cost model counts the pruned module, Taylor scores match a hand computation, and a pruning
// job ends smaller with a loadable checkpoint and resumes exactly.
#include "cost/costmodel.h"
#include "graph/compiler.h"
#include "io/designjson.h"
#include "nn/graphmodule.h"
#include "nn/initialization.h"
#include "presets/presets.h"
#include "prune/channelgroups.h"
#include "prune/criteria.h"
#include "prune/prunejob.h"
#include "runfollowing.h"
#include "smalldesigns.h"
#include "syntheticdata.h"
#include "training/checkpoint.h"
#include "training/trainer.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <numeric>
#include <random>

using namespace denselab;
using namespace denselab::prune;
using namespace denselab::training;

namespace {

int nodeIndexOf(const LayerGraph &graph, const std::string &name)
{
    for (std::size_t i = 0; i < graph.nodes.size(); ++i)
        if (graph.nodes[i].name == name)
            return int(i);
    qFatal("no node %s", name.c_str());
    return -1;
}

// Random BN statistics and affine parameters, so that slicing them (not resetting) is tested.
void randomizeNorms(nn::GraphModuleImpl &module)
{
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < module.graph().nodes.size(); ++i) {
        if (module.graph().nodes[i].op != OpKind::BatchNorm)
            continue;
        auto norm = module.normAt(i);
        norm->running_mean.uniform_(-0.5, 0.5);
        norm->running_var.uniform_(0.5, 1.5);
        norm->weight.uniform_(0.5, 1.5);
        norm->bias.uniform_(-0.2, 0.2);
    }
}

// The reference: the unpruned module with the removed channels' contributions zeroed in every
// consumer (the input columns of each conv and linear that reads them).
void zeroRemovedInputs(nn::GraphModuleImpl &module, const ChannelMap &map, const Removal &removal)
{
    torch::NoGradGuard noGrad;
    const LayerGraph &graph = module.graph();
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const Node &node = graph.nodes[i];
        const bool reads = (node.op == OpKind::Conv && node.groups == 1) || node.op == OpKind::Linear;
        if (!reads)
            continue;
        const auto &in = map.nodeChannels[std::size_t(node.inputs.front())];
        torch::Tensor weight = node.op == OpKind::Conv ? module.convAt(i)->weight : module.linearAt(i)->weight;
        for (std::size_t p = 0; p < in.size(); ++p) {
            const auto found = removal.find(in[p].group);
            if (found != removal.end() && found->second.count(in[p].index))
                weight.select(1, long(p)).zero_();
        }
    }
}

// About a fifth of each prunable group's channels, chosen at random.
Removal randomRemoval(const ChannelMap &map, unsigned seed)
{
    std::mt19937 rng(seed);
    Removal removal;
    for (const PruningGroup &g : map.groups) {
        if (!g.prunable)
            continue;
        std::vector<int> channels(std::size_t(g.channels));
        std::iota(channels.begin(), channels.end(), 0);
        std::shuffle(channels.begin(), channels.end(), rng);
        const int n = std::max(1, g.channels / 5);
        removal[g.id].insert(channels.begin(), channels.begin() + n);
    }
    return removal;
}

Design tinyDense() { return testdata::smallDenseNet("tiny-prune", 1, 3, 8); }

struct Fixture {
    QTemporaryDir data;
    QTemporaryDir runs;
    Fixture() { testdata::writePatchDigits(data.path().toStdString(), 384, 128); }

    PruneConfig config() const
    {
        PruneConfig c;
        c.training.design = tinyDense();
        c.training.hyper = recipe("demo");
        c.training.hyper.batchSize = 32;
        c.training.data.dataset = "mnist";
        c.training.data.dir = data.path().toStdString();
        c.training.threads = 2;
        c.training.seed = 9;
        c.training.runsDir = runs.path().toStdString();
        c.options.pretrainEpochs = 1;
        c.options.iterations = 3;
        c.options.step = 0.15;
        c.options.finetuneEpochs = 1;
        c.options.rankingBatches = 3;
        return c;
    }
};

// Metrics lines without their wall-clock fields.
std::vector<nlohmann::json> deterministicLines(const std::string &dir)
{
    std::vector<nlohmann::json> lines = readMetricsLines(dir, "prune_iteration");
    for (const nlohmann::json &epoch : readMetricsLines(dir, "epoch"))
        lines.push_back(epoch);
    for (nlohmann::json &l : lines)
        for (const char *key : {"seconds", "epoch_seconds", "mean_step_ms", "images_per_second", "peak_memory_bytes"})
            l.erase(key);
    return lines;
}

} // namespace

class TstPruning : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void surgeryIsExact_data();
    void surgeryIsExact();
    void taylorScoresMatchAHandComputation();
    void pruneJobEndsSmallerWithALoadableCheckpoint();
    void pruneJobResumesExactly();
};

void TstPruning::init()
{
    torch::manual_seed(5);
    torch::set_num_threads(2);
}

void TstPruning::surgeryIsExact_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("side");
    QTest::addColumn<bool>("keepCoupled");
    QTest::newRow("densenet-bc-40-12") << QStringLiteral("densenet-bc-40-12") << 16 << false;
    QTest::newRow("resnet50 (additions)") << QStringLiteral("resnet50") << 32 << false;
    QTest::newRow("resnet50, the seed's rule") << QStringLiteral("resnet50") << 32 << true;
    QTest::newRow("hardnet68ds (depthwise)") << QStringLiteral("hardnet68ds") << 64 << false;
    QTest::newRow("vgg16") << QStringLiteral("vgg16") << 32 << false;
    QTest::newRow("tissuenet-vgg16") << QStringLiteral("tissuenet-vgg16") << 32 << false;
}

// The pruned module computes exactly what the unpruned one computes with the removed channels'
// contributions zeroed in every consumer; its parameters are what the cost model counts.
void TstPruning::surgeryIsExact()
{
    QFETCH(QString, preset);
    QFETCH(int, side);
    QFETCH(bool, keepCoupled);
    Design design = loadPreset(preset.toStdString());
    retarget(design, {3, side, side}, 10);
    const LayerGraph graph = compile(design);
    const ChannelMap map = channelMap(design, graph, keepCoupled);
    QVERIFY(map.prunableChannels > 0);
    const Removal removal = randomRemoval(map, 17);
    const Design prunedDesignValue = prunedDesign(design, graph, map, removal);
    const LayerGraph prunedGraph = compile(prunedDesignValue);

    nn::GraphModule module(graph);
    nn::initializeWeights(*module);
    randomizeNorms(*module);
    nn::GraphModule pruned = pruneModule(*module, map, removal, prunedGraph);
    QCOMPARE(nn::countParameters(*pruned), computeCosts(prunedGraph).total.params);
    QVERIFY(computeCosts(prunedGraph).total.macs < computeCosts(graph).total.macs);

    zeroRemovedInputs(*module, map, removal);
    module->eval();
    pruned->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor x = torch::randn({2, 3, side, side});
    const torch::Tensor expected = module->forward(x);
    const torch::Tensor actual = pruned->forward(x);
    const double scale = std::max(1.0, expected.abs().max().item<double>());
    const double difference = (actual - expected).abs().max().item<double>();
    QVERIFY2(difference <= 1e-4 * scale, qPrintable(QStringLiteral("max difference %1 of %2").arg(difference).arg(scale)));
}

// Molchanov et al. 2017, written out with functional ops on a one-conv network:
// |mean over batch and positions of z * dL/dz| per filter.
void TstPruning::taylorScoresMatchAHandComputation()
{
    Design d;
    d.input = {1, 5, 5};
    d.classes = 3;
    d.stem.kind = StemKind::Cifar;
    d.stem.widths = {4};
    d.stem.norm = true;
    const LayerGraph graph = compile(d);
    nn::GraphModule module(graph);
    nn::initializeWeights(*module);
    randomizeNorms(*module);
    const ChannelMap map = channelMap(d, graph);
    const torch::Tensor x = torch::randn({6, 1, 5, 5});
    const torch::Tensor y = torch::tensor({0, 1, 2, 0, 1, 2}, torch::kLong);
    bool given = false;
    const BatchSource once = [&]() -> std::optional<std::pair<torch::Tensor, torch::Tensor>> {
        if (given)
            return std::nullopt;
        given = true;
        return std::make_pair(x, y);
    };
    const Scores scores = scoreChannels(*module, map, Criterion::Taylor, once, 5);

    auto conv = module->convAt(std::size_t(nodeIndexOf(graph, "stem.conv0")));
    auto norm = module->normAt(std::size_t(nodeIndexOf(graph, "stem.norm0")));
    auto fc = module->linearAt(graph.nodes.size() - 1);
    const torch::Tensor z = torch::conv2d(x, conv->weight, {}, 1, 1).detach().requires_grad_(true);
    const torch::Tensor b = (z - norm->running_mean.view({1, -1, 1, 1}))
                                / torch::sqrt(norm->running_var.view({1, -1, 1, 1}) + norm->options.eps())
                                * norm->weight.view({1, -1, 1, 1})
                            + norm->bias.view({1, -1, 1, 1});
    const torch::Tensor logits = torch::linear(torch::relu(b).mean({2, 3}), fc->weight, fc->bias);
    const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, y);
    const torch::Tensor g = torch::autograd::grad({loss}, {z})[0];
    const torch::Tensor expected = (z * g).mean({0, 2, 3}).abs();
    const std::vector<double> &actual = scores.at(map.nodeChannels[1].front().group);
    QCOMPARE(int(actual.size()), 4);
    for (int c = 0; c < 4; ++c)
        QVERIFY2(std::abs(actual[std::size_t(c)] - expected[c].item<double>()) <= 1e-6 * std::max(1e-3, expected.abs().max().item<double>()),
                 qPrintable(QStringLiteral("filter %1: %2 vs %3").arg(c).arg(actual[std::size_t(c)]).arg(expected[c].item<double>())));
    QVERIFY(expected.sum().item<double>() > 0);
}

void TstPruning::pruneJobEndsSmallerWithALoadableCheckpoint()
{
    Fixture f;
    std::unique_ptr<Trainer> run = makePruneJob(f.config());
    std::vector<PruneIteration> iterations;
    run->start();
    testdata::followRun(*run, [&](const TrainingEvent &e) {
        if (e.kind == TrainingEvent::Kind::PruneIteration)
            iterations.push_back(*e.pruneIteration);
    });
    const RunRecord record = run->record();
    QVERIFY2(record.status == RunState::Finished, record.message.c_str());
    QCOMPARE(int(record.kind), int(RunKind::Prune));
    QCOMPARE(int(iterations.size()), 4);   // the parent and three iterations
    for (std::size_t i = 1; i < iterations.size(); ++i) {
        QVERIFY(iterations[i].macs < iterations[i - 1].macs);
        QVERIFY(iterations[i].removedFilters > 0);
    }
    const PruneRecord prune = readPruneRecord(record.dir);
    QCOMPARE(prune.iterationsDone, 3);
    QVERIFY(prune.finished);
    const Design finalDesign = io::readDesignFile(record.dir + "/" + prune.design);
    QVERIFY(finalDesign == trainedDesignOf(record));
    QVERIFY(!finalDesign.widths.empty());
    const LayerGraph graph = compile(finalDesign);
    QCOMPARE(computeCosts(graph).total.macs, iterations.back().macs);
    QCOMPARE(record.macs, iterations.back().macs);
    nn::GraphModule module(graph);
    loadCheckpoint(record.dir, "best", *module, nullptr, torch::kCPU);   // throws if it does not fit
    QCOMPARE(nn::countParameters(*module), record.params);
}

void TstPruning::pruneJobResumesExactly()
{
    Fixture f;
    std::unique_ptr<Trainer> whole = makePruneJob(f.config());
    whole->start();
    testdata::followRun(*whole);
    QCOMPARE(int(whole->record().status), int(RunState::Finished));

    std::unique_ptr<Trainer> first = makePruneJob(f.config());
    first->start();
    testdata::followRun(*first, [&](const TrainingEvent &e) {
        if (e.kind == TrainingEvent::Kind::PruneIteration && e.pruneIteration->iteration == 1)
            first->stop();
    });
    QCOMPARE(int(first->record().status), int(RunState::Stopped));
    QVERIFY(readPruneRecord(first->runDir()).iterationsDone < 3);
    std::unique_ptr<Trainer> resumed = resumePruneJob(first->runDir());
    resumed->start();
    testdata::followRun(*resumed);
    QCOMPARE(int(resumed->record().status), int(RunState::Finished));
    const auto expected = deterministicLines(whole->runDir());
    const auto actual = deterministicLines(first->runDir());
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(actual[i] == expected[i], qPrintable(QString::fromStdString(actual[i].dump() + "\n" + expected[i].dump())));
}

QTEST_APPLESS_MAIN(TstPruning)
#include "tst_pruning.moc"
