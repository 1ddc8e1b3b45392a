// SPDX-License-Identifier: GPL-3.0-or-later
// The LibTorch module built from the compiled graph agrees with the cost model and the graph:
// same parameter count for every preset, the graph's shape at every stage boundary.
#include "cost/costmodel.h"
#include "graph/compiler.h"
#include "nn/affineactivation.h"
#include "nn/fastplan.h"
#include "nn/shapeonlypooling.h"
#include "nn/graphmodule.h"
#include "nn/initialization.h"
#include "presets/presets.h"
#include "training/cpuallocationcache.h"
#include "training/memorymeter.h"

#include <torch/torch.h>

#include <QtTest>

#include <set>

using namespace denselab;

namespace {

// How many nodes of the autograd graph behind `loss` have `needle` in their name.
std::size_t graphNodesNamed(const torch::Tensor &loss, const std::string &needle)
{
    std::size_t count = 0;
    std::vector<torch::autograd::Node *> stack{loss.grad_fn().get()};
    std::set<torch::autograd::Node *> seen;
    while (!stack.empty()) {
        torch::autograd::Node *node = stack.back();
        stack.pop_back();
        if (!node || !seen.insert(node).second)
            continue;
        if (node->name().find(needle) != std::string::npos)
            ++count;
        for (const auto &edge : node->next_edges())
            stack.push_back(edge.function.get());
    }
    return count;
}

} // namespace

class TstGraphModule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void parityWithCostModel_data();
    void parityWithCostModel();
    void backwardReachesEveryParameter();
    void moduleNamesAreStable();
    void memoryEfficientLayersTrainTheSameWithLessMemory_data();
    void memoryEfficientLayersTrainTheSameWithLessMemory();
    void channelsLastStaysChannelsLastAndTrainsTheSame();
    void fastEngineTrainsTheSame_data();
    void fastEngineTrainsTheSame();
    void memoryMeterCountsOnlyWhatItSawAllocated();
    void allocationCacheReusesBlocksAndStillReports();
    void fusedLoopsMatchAten_data();
    void fusedLoopsMatchAten();
    void transitionsPoolBeforeTheirConvolution();
};

void TstGraphModule::init()
{
    torch::manual_seed(1);
    torch::set_num_threads(2);
}

void TstGraphModule::parityWithCostModel_data()
{
    QTest::addColumn<QString>("preset");
    for (const PresetInfo &p : presetList())
        QTest::newRow(p.name.c_str()) << QString::fromStdString(p.name);
}

void TstGraphModule::parityWithCostModel()
{
    QFETCH(QString, preset);
    Design design = loadPreset(preset.toStdString());
    const LayerGraph graph = compile(design);
    nn::GraphModule module(graph);
    QCOMPARE(nn::countParameters(*module), computeCosts(graph).total.params);

    module->eval();
    torch::NoGradGuard noGrad;
    // Each stage's output is the last node it added (nodes are in execution order).
    std::vector<int> boundaries(graph.stageOutputs.size(), -1);
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        if (graph.nodes[i].stage >= 0)
            boundaries[std::size_t(graph.nodes[i].stage)] = int(i);
    }
    const Shape &in = graph.input;
    const auto outputs = module->forwardNodes(torch::zeros({2, in.channels, in.height, in.width}), boundaries);
    for (std::size_t s = 0; s < boundaries.size(); ++s) {
        const Shape &expected = graph.stageOutputs[s];
        QCOMPARE(outputs[s].sizes().vec(), (std::vector<int64_t>{2, expected.channels, expected.height, expected.width}));
    }
    QCOMPARE(module->forward(torch::zeros({2, in.channels, in.height, in.width})).sizes().vec(),
             (std::vector<int64_t>{2, design.classes}));
}

void TstGraphModule::backwardReachesEveryParameter()
{
    Design design = loadPreset("thresholdnet-bc");
    retarget(design, {1, 16, 16}, 10);
    nn::GraphModule module(compile(design));
    module->train();
    const torch::Tensor loss = module->forward(torch::randn({4, 1, 16, 16})).pow(2).mean();
    loss.backward();
    for (const auto &p : module->named_parameters()) {
        QVERIFY2(p.value().grad().defined(), p.key().c_str());
        QVERIFY2(p.value().grad().abs().sum().item<double>() > 0.0, p.key().c_str());
    }
}

void TstGraphModule::moduleNamesAreStable()
{
    nn::GraphModule module(compile(loadPreset("threshnet79")));
    const auto params = module->named_parameters();
    QVERIFY(params.contains("stem_conv1_conv.weight"));
    QVERIFY(params.contains("stage7_layer16_conv.weight"));   // harmonic block, conv-bn-relu layer
    QVERIFY(params.contains("stage1_layer6_conv2.weight"));   // dense block, bottleneck layer
    QVERIFY(params.contains("head_fc.bias"));
}

void TstGraphModule::memoryEfficientLayersTrainTheSameWithLessMemory_data()
{
    QTest::addColumn<QString>("preset");
    QTest::newRow("densenet-bc-40-12 (BN-ReLU-conv, bottleneck)") << QStringLiteral("densenet-bc-40-12");
    QTest::newRow("hardnet39ds (conv-BN-ReLU, odd-and-last)") << QStringLiteral("hardnet39ds");
    QTest::newRow("densenet-bc-40-12 with ReLU6") << QStringLiteral("densenet-bc-40-12/relu6");
}

void TstGraphModule::memoryEfficientLayersTrainTheSameWithLessMemory()
{
    // #14: the recomputing dense layers give the gradients of the plain ones (every parameter,
    // relative difference <= 1e-5 in one step; the hand-written backward normalizes with its own
    // rounding), the same loss trajectory over 20 SGD steps (<= 1e-3, rounding amplified by
    // training), batch-norm running statistics counted once, and a step that holds less memory.
    QFETCH(QString, preset);
    Design design = loadPreset(preset.section(QLatin1Char('/'), 0, 0).toStdString());
    if (preset.endsWith(QLatin1String("/relu6")))   // the hand-written backward's ReLU6 branch
        for (Stage &stage : design.stages)
            if (auto *block = std::get_if<DenseBlockSpec>(&stage))
                block->activation = Activation::ReLU6;
    retarget(design, {3, 32, 32}, 10);
    const LayerGraph graph = compile(design);
    torch::manual_seed(3);
    const torch::Tensor x = torch::randn({32, 3, 32, 32});
    const torch::Tensor y = torch::randint(10, {32}, torch::kLong);
    struct Trace {
        std::vector<double> losses;
        std::int64_t stepMemory = 0;
        std::vector<torch::Tensor> runningStats;
        std::vector<torch::Tensor> firstGradients;
        std::size_t recomputeNodes = 0;
        std::size_t handWrittenNodes = 0;   // of those, the BN -> act -> conv ones
    };
    const auto train = [&](bool efficient) {
        torch::manual_seed(1);
        nn::GraphModule model(graph);
        model->setMemoryEfficient(efficient);
        model->train();
        torch::optim::SGD sgd(model->parameters(), torch::optim::SGDOptions(0.005).momentum(0.9));
        Trace trace;
        for (int step = 0; step < 20; ++step) {
            sgd.zero_grad();
            std::unique_ptr<training::MemoryMeter> meter;
            if (step == 1)
                meter = std::make_unique<training::MemoryMeter>(torch::Device(torch::kCPU));
            const torch::Tensor loss = torch::nn::functional::cross_entropy(model->forward(x), y);
            if (step == 1) {   // the recomputing nodes are in the graph that backward runs
                trace.handWrittenNodes = graphNodesNamed(loss, "NormActConvFunction");
                trace.recomputeNodes = graphNodesNamed(loss, "RecomputeFunction") + trace.handWrittenNodes;
            }
            loss.backward();
            if (step == 0) {   // one step, before training amplifies rounding
                for (const torch::Tensor &p : model->parameters())
                    trace.firstGradients.push_back(p.grad().clone());
                for (const auto &b : model->named_buffers())   // every BN's, the recomputed layers' included
                    if (b.key().find("running_") != std::string::npos)
                        trace.runningStats.push_back(b.value().clone());
            }
            sgd.step();
            if (meter)
                trace.stepMemory = meter->peakBytes();
            trace.losses.push_back(loss.item<double>());
        }
        return trace;
    };
    const Trace plain = train(false);
    const Trace efficient = train(true);
    for (std::size_t i = 0; i < plain.losses.size(); ++i) {
        const double rel = std::abs(efficient.losses[i] - plain.losses[i]) / std::abs(plain.losses[i]);
        QVERIFY2(rel <= 1e-3, qPrintable(QStringLiteral("step %1: %2 vs %3").arg(i).arg(efficient.losses[i]).arg(plain.losses[i])));
    }
    QCOMPARE(plain.firstGradients.size(), efficient.firstGradients.size());
    for (std::size_t i = 0; i < plain.firstGradients.size(); ++i) {
        const double scale = plain.firstGradients[i].norm().item<double>();
        const double diff = (efficient.firstGradients[i] - plain.firstGradients[i]).norm().item<double>();
        QVERIFY2(diff <= 1e-5 * scale + 1e-12, qPrintable(QStringLiteral("parameter %1: |diff| %2 of %3").arg(i).arg(diff).arg(scale)));
    }
    QVERIFY(plain.losses.back() < plain.losses.front());   // it did learn: the comparison means something
    // Batch-norm statistics counted once in a step, not again by the recomputation.
    QCOMPARE(plain.runningStats.size(), efficient.runningStats.size());
    for (std::size_t i = 0; i < plain.runningStats.size(); ++i)
        QVERIFY2(torch::allclose(plain.runningStats[i], efficient.runningStats[i], 1e-5, 1e-7), qPrintable(QStringLiteral("%1: max diff %2, max %3").arg(i).arg((plain.runningStats[i] - efficient.runningStats[i]).abs().max().item<double>()).arg(plain.runningStats[i].abs().max().item<double>())));
    nn::GraphModule probe(graph);
    QVERIFY(probe->recomputedSegments() > 0);
    QCOMPARE(plain.recomputeNodes, std::size_t(0));
    QCOMPARE(efficient.recomputeNodes, probe->recomputedSegments());
    // DenseNet's BN -> ReLU -> conv layers take the hand-written backward; HarDNet's conv-first
    // layers the autograd one.
    QCOMPARE(efficient.handWrittenNodes, preset.startsWith(QLatin1String("densenet")) ? efficient.recomputeNodes : std::size_t(0));
    QVERIFY2(efficient.stepMemory < plain.stepMemory,
             qPrintable(QStringLiteral("%1 vs %2 bytes").arg(efficient.stepMemory).arg(plain.stepMemory)));
    qInfo("%s: step memory %.1f MiB plain, %.1f MiB memory-efficient (%.2fx)", qPrintable(preset),
          plain.stepMemory / 1048576.0, efficient.stepMemory / 1048576.0, double(efficient.stepMemory) / double(plain.stepMemory));
}

void TstGraphModule::channelsLastStaysChannelsLastAndTrainsTheSame()
{
    // #14: the NHWC path, the default on every device. Every 4-D tensor of the forward pass is in
    // NHWC strides (a 1x1 or one-channel kernel left in NCHW strides used to turn each
    // convolution after it, and so every concatenation, back to NCHW), and 20 SGD steps give
    // the same losses as NCHW (relative difference <= 1e-4).
    Design design = loadPreset("densenet-bc-40-12");
    retarget(design, {1, 28, 28}, 10);
    const LayerGraph graph = compile(design);
    torch::manual_seed(3);
    const torch::Tensor x = torch::randn({32, 1, 28, 28});
    const torch::Tensor y = torch::randint(10, {32}, torch::kLong);
    QStringList droppedToNchw;
    const auto train = [&](bool channelsLast) {
        torch::manual_seed(1);
        nn::GraphModule model(graph);
        nn::initializeWeights(*model);
        if (channelsLast)
            nn::toChannelsLast(*model);
        model->train();
        const torch::Tensor input = channelsLast ? x.contiguous(torch::MemoryFormat::ChannelsLast) : x;
        if (channelsLast) {
            std::vector<int> all;
            for (int i = 1; i < int(graph.nodes.size()); ++i)
                all.push_back(i);
            const std::vector<torch::Tensor> values = model->forwardNodes(input, all);
            for (std::size_t k = 0; k < values.size(); ++k) {
                const torch::Tensor &v = values[k];
                const bool ambiguous = v.dim() != 4 || v.size(1) == 1 || v.size(2) * v.size(3) == 1;
                if (!ambiguous && !(v.is_contiguous(torch::MemoryFormat::ChannelsLast) && !v.is_contiguous()))
                    droppedToNchw << QString::fromStdString(graph.nodes[std::size_t(all[k])].name);
            }
        }
        torch::optim::SGD sgd(model->parameters(), torch::optim::SGDOptions(0.005).momentum(0.9));
        std::vector<double> losses;
        for (int step = 0; step < 20; ++step) {
            sgd.zero_grad();
            const torch::Tensor loss = torch::nn::functional::cross_entropy(model->forward(input), y);
            loss.backward();
            sgd.step();
            losses.push_back(loss.item<double>());
        }
        return losses;
    };
    const std::vector<double> nchw = train(false);
    const std::vector<double> nhwc = train(true);
    QVERIFY2(droppedToNchw.isEmpty(), qPrintable(droppedToNchw.join(QStringLiteral(", "))));
    QVERIFY(nchw.back() < nchw.front());
    for (std::size_t i = 0; i < nchw.size(); ++i)
        QVERIFY2(std::abs(nhwc[i] - nchw[i]) <= 1e-4 * std::abs(nchw[i]),
                 qPrintable(QStringLiteral("step %1: %2 vs %3").arg(i).arg(nhwc[i]).arg(nchw[i])));
}

void TstGraphModule::fastEngineTrainsTheSame_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<bool>("channelsLast");
    QTest::addColumn<bool>("memoryEfficient");
    QTest::addColumn<bool>("doublePrecision");   // ATen operations instead of the float loops
    QTest::addColumn<int>("steps");
    QTest::newRow("densenet-bc-40-12 NHWC") << QStringLiteral("densenet-bc-40-12") << true << false << false << 20;
    QTest::newRow("densenet-bc-40-12 NCHW") << QStringLiteral("densenet-bc-40-12") << false << false << false << 5;
    QTest::newRow("densenet-bc-40-12 ReLU6") << QStringLiteral("densenet-bc-40-12/relu6") << true << false << false << 5;
    QTest::newRow("densenet-bc-40-12 memory-efficient") << QStringLiteral("densenet-bc-40-12") << true << true << false << 20;
    QTest::newRow("densenet-bc-40-12 double") << QStringLiteral("densenet-bc-40-12") << true << false << true << 5;
    QTest::newRow("thresholdnet-bc (threshold connectivity)") << QStringLiteral("thresholdnet-bc") << true << false << false << 20;
    // HarDNet's conv -> BN -> ReLU layers (one source each, read by later concatenations). This
    // small network memorizes 16 images in a few steps, and in float32 its plain run leaves the
    // float64 one by 6 % at the third step: a loss trajectory says nothing there, one step does.
    QTest::newRow("hardnet39ds (conv-BN-ReLU)") << QStringLiteral("hardnet39ds") << true << false << false << 1;
    QTest::newRow("hardnet39ds memory-efficient") << QStringLiteral("hardnet39ds") << true << true << false << 1;
}

void TstGraphModule::fastEngineTrainsTheSame()
{
    // #14: the fast engine (batch statistics shared per source, BN + activation fused over
    // unconcatenated sources, hand-written backward) against the plain one from the same seed:
    // the SGD steps' losses within 1e-4, the BN running statistics of every layer, its fused
    // operations really in the graph, no more memory; and its first gradients as close to a
    // float64 run's as the plain engine's are (float32 alone puts the plain engine up to 1e-4
    // away from float64, so "fast equals plain to 1e-5" would test rounding, not the engine).
    QFETCH(QString, preset);
    QFETCH(bool, channelsLast);
    QFETCH(bool, memoryEfficient);
    QFETCH(bool, doublePrecision);
    QFETCH(int, steps);
    Design design = loadPreset(preset.section(QLatin1Char('/'), 0, 0).toStdString());
    if (preset.endsWith(QLatin1String("/relu6")))
        for (Stage &stage : design.stages)
            if (auto *block = std::get_if<DenseBlockSpec>(&stage))
                block->activation = Activation::ReLU6;
    retarget(design, {3, 32, 32}, 10);
    const LayerGraph graph = compile(design);
    const auto dtype = doublePrecision ? torch::kDouble : torch::kFloat;
    torch::manual_seed(3);
    torch::Tensor x = torch::randn({16, 3, 32, 32});
    if (channelsLast)
        x = x.contiguous(torch::MemoryFormat::ChannelsLast);
    const torch::Tensor y = torch::randint(10, {16}, torch::kLong);
    struct Trace {
        std::vector<double> losses;
        std::vector<torch::Tensor> firstGradients;
        std::vector<torch::Tensor> runningStats;
        std::size_t fusedNodes = 0;
        std::int64_t stepMemory = 0;
    };
    const auto train = [&](bool fast, torch::ScalarType type, int count) {
        torch::manual_seed(1);
        nn::GraphModule model(graph);
        nn::initializeWeights(*model);
        model->to(type);
        if (channelsLast)
            nn::toChannelsLast(*model);
        model->setFastEngine(fast);
        model->setMemoryEfficient(memoryEfficient);
        model->train();
        torch::optim::SGD sgd(model->parameters(), torch::optim::SGDOptions(0.005).momentum(0.9));
        Trace trace;
        for (int step = 0; step < count; ++step) {
            sgd.zero_grad();
            std::unique_ptr<training::MemoryMeter> meter;
            if (step == 0)
                meter = std::make_unique<training::MemoryMeter>(torch::Device(torch::kCPU));
            const torch::Tensor loss = torch::nn::functional::cross_entropy(model->forward(x.to(type)), y);
            if (step == 0)
                trace.fusedNodes = graphNodesNamed(loss, "NormActivate");
            loss.backward();
            if (meter)
                trace.stepMemory = meter->peakBytes();
            if (step == 0) {
                for (const torch::Tensor &p : model->parameters())
                    trace.firstGradients.push_back(p.grad().to(torch::kDouble));
                for (const auto &b : model->named_buffers())
                    if (b.key().find("running_") != std::string::npos || b.key().find("num_batches") != std::string::npos)
                        trace.runningStats.push_back(b.value().clone());
            }
            sgd.step();
            trace.losses.push_back(loss.item<double>());
        }
        return trace;
    };
    const Trace plain = train(false, dtype, steps);
    const Trace fast = train(true, dtype, steps);
    const Trace reference = train(false, torch::kDouble, 1);
    if (steps > 1)
        QVERIFY(plain.losses.back() < plain.losses.front());   // it learned: the comparison means something
    for (std::size_t i = 0; i < plain.losses.size(); ++i) {
        const double rel = std::abs(fast.losses[i] - plain.losses[i]) / std::abs(plain.losses[i]);
        QVERIFY2(rel <= 1e-4, qPrintable(QStringLiteral("step %1: %2 vs %3").arg(i).arg(fast.losses[i]).arg(plain.losses[i])));
    }
    QCOMPARE(fast.firstGradients.size(), plain.firstGradients.size());
    for (std::size_t i = 0; i < plain.firstGradients.size(); ++i) {
        const torch::Tensor &exact = reference.firstGradients[i];
        const double scale = exact.norm().item<double>() + 1e-30;
        const double plainError = (plain.firstGradients[i] - exact).norm().item<double>() / scale;
        const double fastError = (fast.firstGradients[i] - exact).norm().item<double>() / scale;
        QVERIFY2(fastError <= std::max(2.0 * plainError, doublePrecision ? 1e-10 : 1e-5),
                 qPrintable(QStringLiteral("parameter %1: relative error %2 fast, %3 plain").arg(i).arg(fastError).arg(plainError)));
    }
    // Running statistics: the same update, rounded in another order (a few ulps of values near 0).
    QCOMPARE(fast.runningStats.size(), plain.runningStats.size());
    for (std::size_t i = 0; i < plain.runningStats.size(); ++i)
        QVERIFY2(torch::allclose(fast.runningStats[i], plain.runningStats[i], 1e-5, 1e-6),
                 qPrintable(QStringLiteral("buffer %1: max diff %2").arg(i).arg((fast.runningStats[i] - plain.runningStats[i]).abs().max().item<double>())));
    nn::GraphModule probe(graph);
    QVERIFY(probe->fastChains() > 0);
    QCOMPARE(plain.fusedNodes, std::size_t(0));
    QCOMPARE(fast.fusedNodes, probe->fastChains());
    QVERIFY2(fast.stepMemory <= plain.stepMemory, qPrintable(QStringLiteral("%1 vs %2 bytes").arg(fast.stepMemory).arg(plain.stepMemory)));
    qInfo("%s: forward + backward memory %.1f MiB plain, %.1f MiB fast", QTest::currentDataTag(),
          plain.stepMemory / 1048576.0, fast.stepMemory / 1048576.0);
}

void TstGraphModule::memoryMeterCountsOnlyWhatItSawAllocated()
{
    // A block allocated before the meter and released under it does not lower its count; the
    // peak is what the meter itself saw live at once.
    torch::Tensor before = torch::empty({1 << 20}, torch::kFloat);   // 4 MiB
    training::MemoryMeter meter(torch::Device(torch::kCPU));
    before = torch::Tensor();
    torch::Tensor a = torch::empty({1 << 18}, torch::kFloat);         // 1 MiB
    torch::Tensor b = torch::empty({1 << 17}, torch::kFloat);         // 0.5 MiB, both live
    QCOMPARE(meter.peakBytes(), std::int64_t((1 << 20) + (1 << 19)));
    a = torch::Tensor();
    b = torch::Tensor();
    meter.resetPeak();
    torch::Tensor c = torch::empty({1 << 16}, torch::kFloat);         // 256 KiB
    QCOMPARE(meter.peakBytes(), std::int64_t(1 << 18));
}

void TstGraphModule::allocationCacheReusesBlocksAndStillReports()
{
    // #14: the fast engine's CPU allocation cache hands a released block of the same size out
    // again instead of mapping fresh pages, keeps reporting every allocation and release to
    // c10's memory hooks (the memory meter's figures stay those of tensors, not of the cache),
    // and gives everything back when switched off.
    training::setCpuAllocationCache(true);
    QVERIFY(training::cpuAllocationCacheEnabled());
    const std::int64_t bytes = 48 << 20;   // above glibc's largest mmap threshold
    void *first = nullptr;
    {
        const torch::Tensor t = torch::empty({bytes / 4});
        first = t.data_ptr();
    }
    const training::CpuAllocationCacheStats before = training::cpuAllocationCacheStats();
    QVERIFY(before.cachedBytes >= bytes);
    {
        training::MemoryMeter meter(torch::Device(torch::kCPU));
        const torch::Tensor again = torch::empty({bytes / 4});
        QCOMPARE(again.data_ptr(), first);
        QCOMPARE(meter.peakBytes(), bytes);
    }
    QCOMPARE(training::cpuAllocationCacheStats().reused, before.reused + 1);
    training::setCpuAllocationCache(false);
    QVERIFY(!training::cpuAllocationCacheEnabled());
    QCOMPARE(training::cpuAllocationCacheStats().cachedBytes, std::int64_t(0));
    {
        const torch::Tensor t = torch::ones({1000});   // still served, passing through
        QCOMPARE(t.sum().item<float>(), 1000.0f);
    }
    QCOMPARE(training::cpuAllocationCacheStats().cachedBytes, std::int64_t(0));
}

void TstGraphModule::fusedLoopsMatchAten_data()
{
    QTest::addColumn<bool>("channelsLast");
    QTest::addColumn<bool>("relu6");
    QTest::addColumn<bool>("sameBufferTwice");
    QTest::newRow("NHWC ReLU") << true << false << false;
    QTest::newRow("NHWC ReLU6") << true << true << false;
    QTest::newRow("NCHW ReLU") << false << false << false;
    QTest::newRow("NCHW ReLU6") << false << true << false;
    QTest::newRow("a source read twice (ATen's way)") << true << false << true;
}

void TstGraphModule::fusedLoopsMatchAten()
{
    // #14: the hand-written loops against the same formulas in float64 ATen operations, on
    // shapes the networks do not reach: one-channel and odd-width parts, pixel counts that are
    // no multiple of the 16-pixel tile or the 256-pixel block, pre-activations exactly at 0 and
    // 6, a gradient buffer that already holds a reader's sum, and one buffer given for two parts.
    QFETCH(bool, channelsLast);
    QFETCH(bool, relu6);
    QFETCH(bool, sameBufferTwice);
    torch::manual_seed(5);
    const auto format = channelsLast ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous;
    std::vector<torch::Tensor> parts = {torch::randn({3, 5, 7, 9}), torch::randn({3, 1, 7, 9}),
                                        torch::randn({3, sameBufferTwice ? 1 : 3, 7, 9})};
    parts[0].index_put_({0, 0, 0, 0}, 0.0f);   // weight 1, bias 0 below: pre-activation exactly 0
    parts[0].index_put_({0, 1, 0, 0}, 6.0f);   // and exactly 6
    for (torch::Tensor &p : parts)
        p = p.contiguous(format);
    const std::int64_t channels = 5 + 1 + parts[2].size(1);
    const torch::Tensor weight = torch::randn({channels}).index_put_({0}, 1.0f).index_put_({1}, 1.0f);
    const torch::Tensor bias = torch::randn({channels}).index_put_({0}, 0.0f).index_put_({1}, 0.0f);
    const torch::Tensor grad = torch::randn({3, channels, 7, 9}).contiguous(format);
    const torch::Tensor center = torch::randn({channels});

    const auto channel = [](const torch::Tensor &v) { return v.to(torch::kDouble).view({1, -1, 1, 1}); };
    const torch::Tensor x = torch::cat(parts, 1).to(torch::kDouble);
    const torch::Tensor pre = x * channel(weight) + channel(bias);
    const torch::Tensor result = nn::affineActivate(parts, weight, bias, relu6);
    QVERIFY(result.is_contiguous(format));
    QVERIFY(torch::allclose(result.to(torch::kDouble), relu6 ? pre.clamp(0.0, 6.0) : pre.relu(), 1e-5, 1e-6));

    // The first part's buffer already holds a reader's sum; the others are empty (sized here).
    std::vector<torch::Tensor> buffers = {torch::randn(parts[0].sizes()).contiguous(format), torch::empty({0}),
                                          torch::empty({0})};
    if (sameBufferTwice)
        buffers[2] = buffers[1];
    const torch::Tensor earlier = buffers[0].to(torch::kDouble);
    const nn::AffineActivateGradients sums = nn::affineActivateBackward(grad, parts, weight, bias, relu6, buffers, center);
    const torch::Tensor g = grad.to(torch::kDouble) * (relu6 ? pre.ge(0.0).logical_and(pre.le(6.0)) : pre.gt(0.0));
    QVERIFY(torch::allclose(sums.bias.to(torch::kDouble), g.sum({0, 2, 3}), 1e-4, 1e-5));
    QVERIFY(torch::allclose(sums.weight.to(torch::kDouble), (g * (x - channel(center))).sum({0, 2, 3}), 1e-4, 1e-5));
    const torch::Tensor dx = g * channel(weight);
    QVERIFY(torch::allclose(buffers[0].to(torch::kDouble), earlier + dx.narrow(1, 0, 5), 1e-5, 1e-6));
    if (sameBufferTwice) {
        QVERIFY(torch::allclose(buffers[1].to(torch::kDouble), dx.narrow(1, 5, 1) + dx.narrow(1, 6, 1), 1e-5, 1e-6));
    } else {
        QVERIFY(torch::allclose(buffers[1].to(torch::kDouble), dx.narrow(1, 5, 1), 1e-5, 1e-6));
        QVERIFY(torch::allclose(buffers[2].to(torch::kDouble), dx.narrow(1, 6, 3), 1e-5, 1e-6));
    }
}

QTEST_APPLESS_MAIN(TstGraphModule)
// #14: a transition's 1x1 convolution runs after its 2x2 average pooling on the fast engine (a
// quarter of the pixels), since the two commute; fastEngineTrainsTheSame checks the numbers on
// densenet-bc-40-12, whose two transitions this swaps, in the memory-efficient mode too (which
// then leaves that convolution out of its chain). Not max pooling, which does not commute.
// The pooling's backward keeps only its input's shape (shapeonlypooling.h): checked against
// ATen's on an odd size, with overlapping windows, in both layouts.
void TstGraphModule::transitionsPoolBeforeTheirConvolution()
{
    const auto swapped = [](const LayerGraph &graph, bool convInside) {
        const nn::FastPlan plan = nn::planFastEngine(graph, convInside);
        int count = 0;
        for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
            const int conv = plan.convAfterPool[i];
            if (conv < 0)
                continue;
            ++count;
            const Node &c = graph.nodes[std::size_t(conv)];
            const Node &pool = graph.nodes[i];
            if (c.op != OpKind::Conv || c.kernel != 1 || c.stride != 1 || pool.op != OpKind::AvgPool || pool.padding != 0
                || pool.inputs != std::vector<int>{conv} || plan.poolsFirst[std::size_t(conv)] != int(i))
                return -1;
        }
        return count;
    };
    QCOMPARE(swapped(compile(loadPreset("densenet121")), false), 3);
    QCOMPARE(swapped(compile(loadPreset("densenet-bc-40-12")), false), 2);
    QCOMPARE(swapped(compile(loadPreset("densenet-bc-40-12")), true), 2);
    Design maxPooled = loadPreset("densenet-bc-40-12");
    for (Stage &stage : maxPooled.stages)
        if (auto *transition = std::get_if<TransitionSpec>(&stage))
            transition->pool = PoolKind::Max;   // a maximum does not commute with a convolution
    QCOMPARE(swapped(compile(maxPooled), false), 0);

    for (const bool channelsLast : {false, true}) {
        torch::Tensor x = torch::randn({2, 5, 7, 9});
        if (channelsLast)
            x = x.contiguous(torch::MemoryFormat::ChannelsLast);
        const torch::Tensor ours = x.clone().requires_grad_(true);
        const torch::Tensor aten = x.clone().requires_grad_(true);
        const torch::Tensor pooled = nn::averagePoolKeepingShapeOnly(ours, 3, 2);
        const torch::Tensor expected = torch::avg_pool2d(aten, {3, 3}, {2, 2});
        QVERIFY(torch::allclose(pooled, expected));
        const torch::Tensor gradient = torch::randn_like(expected);
        pooled.backward(gradient);
        expected.backward(gradient);
        QVERIFY(torch::allclose(ours.grad(), aten.grad()));
        QCOMPARE(ours.grad().is_contiguous(torch::MemoryFormat::ChannelsLast), aten.grad().is_contiguous(torch::MemoryFormat::ChannelsLast));
    }
}

#include "tst_graphmodule.moc"
