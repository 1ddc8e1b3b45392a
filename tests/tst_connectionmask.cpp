// SPDX-License-Identifier: GPL-3.0-or-later
// Run-time connection masks (issue 3, section 1): a dense supernet masked to a rule's
// connectivity computes exactly what the module built with that rule computes, once the
// child's weights are the supernet's slices. The RL connection search relies on this; since
// #10 a mask may also drop whole layers, and the equality holds for the exported child design.
#include "cost/costmodel.h"
#include "graph/compiler.h"
#include "graph/connectionmask.h"
#include "nn/graphmodule.h"
#include "presets/presets.h"
#include "search/childdesign.h"

#include <torch/torch.h>

#include <QtTest>

using namespace denselab;

namespace {

// DenseNet-BC-40-12 made small enough for a quick test: 3x16x16 input, 10 classes.
// `lastBlockOverrides` go to the last block only: dropping a block-output source of an earlier
// block would narrow the next transition's compressed output, which no mask can express.
Design smallDesign(ConnectivityRule rule, std::vector<ConnectionOverride> lastBlockOverrides = {})
{
    Design design = loadPreset("densenet-bc-40-12");
    retarget(design, InputShape{3, 16, 16}, 10);
    DenseBlockSpec *last = nullptr;
    for (Stage &stage : design.stages) {
        if (auto *block = std::get_if<DenseBlockSpec>(&stage)) {
            block->connectivity.rule = rule;
            block->connectivity.threshold = 3;
            block->connectivity.keep = 2;
            last = block;
        }
    }
    last->overrides = lastBlockOverrides;
    return design;
}

// Outputs agree up to float rounding (the sliced GEMMs may block their sums differently).
bool closeEnough(const torch::Tensor &a, const torch::Tensor &b)
{
    const double scale = std::max(1.0, b.abs().max().item<double>());
    return (a - b).abs().max().item<double>() <= 1e-5 * scale;
}

} // namespace

class TstConnectionMask : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void maskOfRuleEqualsRuleModule_data();
    void maskOfRuleEqualsRuleModule();
    void fullMaskIsTheSupernet();
    void gradientsReachOnlyTheKeptSlices();
    void droppedLayersEqualTheChildDesign();
    void rejectsMasksThatDoNotFit();
};

void TstConnectionMask::init()
{
    torch::manual_seed(7);
    torch::set_num_threads(2);
}

void TstConnectionMask::maskOfRuleEqualsRuleModule_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<bool>("dropOutputRow");
    QTest::newRow("log-dense") << int(ConnectivityRule::LogDense) << false;
    QTest::newRow("sparse-keep 2") << int(ConnectivityRule::SparseKeep) << false;
    QTest::newRow("threshold-ab T=3") << int(ConnectivityRule::ThresholdAB) << false;
    QTest::newRow("threshold-bc T=3") << int(ConnectivityRule::ThresholdBC) << false;
    // Custom overrides, including the block-output row (the head's weights get sliced too).
    QTest::newRow("dense with output overrides") << int(ConnectivityRule::Dense) << true;
}

void TstConnectionMask::maskOfRuleEqualsRuleModule()
{
    QFETCH(int, rule);
    QFETCH(bool, dropOutputRow);
    std::vector<ConnectionOverride> overrides;
    if (dropOutputRow)   // block output row is target L+1 = 7; also drop 0 -> 4 inside the block
        overrides = {{7, 2, false}, {7, 5, false}, {4, 0, false}};
    const LayerGraph superGraph = compile(smallDesign(ConnectivityRule::Dense));
    const LayerGraph childGraph = compile(smallDesign(ConnectivityRule(rule), overrides));
    nn::GraphModule supernet(superGraph);
    nn::GraphModule child(childGraph);
    nn::copyChildWeights(*child, *supernet);

    const ConnectionMask mask = connectionMaskOf(childGraph);
    QVERIFY(maskConnections(mask) < maskConnections(connectionMaskOf(superGraph)));
    const torch::Tensor x = torch::randn({4, 3, 16, 16});
    for (const bool training : {false, true}) {
        supernet->train(training);
        child->train(training);
        const torch::Tensor expected = child->forward(x);
        const torch::Tensor masked = supernet->forward(x, mask);
        QCOMPARE(masked.sizes().vec(), expected.sizes().vec());
        QVERIFY2(closeEnough(masked, expected),
                 qPrintable(QStringLiteral("max difference %1 of %2 (training %3)")
                                .arg((masked - expected).abs().max().item<double>())
                                .arg(expected.abs().max().item<double>())
                                .arg(training)));
        if (!training) {   // the unmasked supernet differs: the mask really changed the computation
            torch::NoGradGuard noGrad;
            QVERIFY(!closeEnough(supernet->forward(x), expected));
        }
    }
    // Training-mode passes updated the sliced BN statistics in place, exactly as the child's.
    nn::GraphModule refreshed(childGraph);
    nn::copyChildWeights(*refreshed, *supernet);
    for (const auto &item : child->named_buffers()) {
        if (item.key().find("num_batches_tracked") != std::string::npos)
            continue;   // unused with a fixed momentum; the masked supernet does not count per slice
        const torch::Tensor other = refreshed->named_buffers()[item.key()];
        QVERIFY2(torch::allclose(item.value().to(torch::kDouble), other.to(torch::kDouble), 1e-5, 1e-6),
                 item.key().c_str());
    }
}

void TstConnectionMask::fullMaskIsTheSupernet()
{
    const LayerGraph graph = compile(smallDesign(ConnectivityRule::Dense));
    nn::GraphModule supernet(graph);
    supernet->eval();
    const torch::Tensor x = torch::randn({2, 3, 16, 16});
    QVERIFY(torch::equal(supernet->forward(x, connectionMaskOf(graph)), supernet->forward(x)));
}

// #15: gradients of a masked step reach exactly the kept slices, whichever connection the
// batch's mask drops (the module itself is never rebuilt).
void TstConnectionMask::gradientsReachOnlyTheKeptSlices()
{
    const LayerGraph graph = compile(smallDesign(ConnectivityRule::Dense));
    nn::GraphModule supernet(graph);
    const auto chains = sliceChains(graph);
    // Layer 5 of block 1 reads x_0..x_4: [concat] -> norm1 -> relu1 -> conv1 (1x1 bottleneck).
    const SliceChain &chain = chains[0][5];
    const int conv = chain.nodes.back();
    QCOMPARE(graph.nodes[std::size_t(conv)].op, OpKind::Conv);
    for (const int dropped : {1, 3}) {
        ConnectionMask mask = connectionMaskOf(graph);
        mask.keep[0][5][std::size_t(dropped)] = false;
        supernet->zero_grad();
        supernet->forward(torch::randn({2, 3, 16, 16}), mask).sum().backward();
        const torch::Tensor grad = supernet->convAt(std::size_t(conv))->weight.grad();
        QVERIFY(grad.defined());
        for (std::size_t i = 0; i < chain.sources.size(); ++i) {
            const torch::Tensor slice = grad.narrow(1, chain.offsets[i], chain.widths[i]);
            const double magnitude = slice.abs().sum().item<double>();
            if (chain.sources[i] == dropped)
                QCOMPARE(magnitude, 0.0);
            else
                QVERIFY2(magnitude > 0.0, qPrintable(QStringLiteral("source %1").arg(chain.sources[i])));
        }
    }
}

// #10: a mask that leaves layers without sources drops them (and what only they fed); the
// masked supernet equals the module built from search::childDesign with copied weights.
void TstConnectionMask::droppedLayersEqualTheChildDesign()
{
    const Design parent = smallDesign(ConnectivityRule::Dense);
    const LayerGraph superGraph = compile(parent);
    nn::GraphModule supernet(superGraph);
    ConnectionMask mask = connectionMaskOf(superGraph);
    auto &first = mask.keep[0];
    std::fill(first[3].begin(), first[3].end(), false);           // layer 3: no sources -> dropped
    std::fill(first[4].begin(), first[4].end(), false);
    first[4][3] = true;                                           // layer 4 reads only layer 3 -> dropped too
    first[5][1] = false;                                          // and an ordinary dropped connection
    auto &last = mask.keep.back();
    std::fill(last[6].begin(), last[6].end(), false);             // the last layer of the last block

    const ResolvedMask resolved = resolveMask(superGraph, mask);
    QCOMPARE(resolved.droppedLayers, 3);
    QVERIFY(!resolved.alive[0][3] && !resolved.alive[0][4] && resolved.alive[0][5]);
    QVERIFY(!resolved.mask.keep[0][5][4]);                        // its dropped source left the row

    const Design childDesign = search::childDesign(parent, superGraph, mask);
    const LayerGraph childGraph = compile(childDesign);
    QCOMPARE(int(childGraph.blocks[0].connectivity.droppedLayers.size()), 2);
    QCOMPARE(maskConnections(connectionMaskOf(childGraph)), maskConnections(resolved.mask));
    nn::GraphModule child(childGraph);
    nn::copyChildWeights(*child, *supernet);
    // The exported child costs exactly what its module holds, and less than the parent.
    QCOMPARE(nn::countParameters(*child), computeCosts(childGraph).total.params);
    QVERIFY(computeCosts(childGraph).total.macs < computeCosts(superGraph).total.macs);

    const torch::Tensor x = torch::randn({4, 3, 16, 16});
    for (const bool training : {false, true}) {
        supernet->train(training);
        child->train(training);
        const torch::Tensor expected = child->forward(x);
        const torch::Tensor masked = supernet->forward(x, mask);
        QVERIFY2(closeEnough(masked, expected),
                 qPrintable(QStringLiteral("max difference %1 (training %2)")
                                .arg((masked - expected).abs().max().item<double>())
                                .arg(training)));
    }
}

void TstConnectionMask::rejectsMasksThatDoNotFit()
{
    const LayerGraph dense = compile(smallDesign(ConnectivityRule::Dense));
    const LayerGraph sparse = compile(smallDesign(ConnectivityRule::SparseKeep));
    const torch::Tensor x = torch::zeros({1, 3, 16, 16});

    nn::GraphModule sparseNet(sparse);   // a sparse module cannot run a denser child
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sparseNet->forward(x, connectionMaskOf(dense)));

    nn::GraphModule supernet(dense);
    ConnectionMask empty = connectionMaskOf(dense);
    auto &outputRow = empty.keep[0].back();                                 // the block output row
    std::fill(outputRow.begin(), outputRow.end(), false);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, supernet->forward(x, empty));

    ConnectionMask short_ = connectionMaskOf(dense);
    short_.keep.pop_back();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, supernet->forward(x, short_));
}

QTEST_APPLESS_MAIN(TstConnectionMask)
#include "tst_connectionmask.moc"
