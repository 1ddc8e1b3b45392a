// SPDX-License-Identifier: GPL-3.0-or-later
// Run-time connection masks (issue 3, section 1): a dense supernet masked to a rule's
// connectivity computes exactly what the module built with that rule computes, once the
// child's weights are the supernet's slices. The RL connection search relies on this.
#include "graph/compiler.h"
#include "graph/connectionmask.h"
#include "nn/graphmodule.h"
#include "presets/presets.h"

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
    void maskChangesPerBatchWithoutRebuilding();
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

void TstConnectionMask::maskChangesPerBatchWithoutRebuilding()
{
    const LayerGraph graph = compile(smallDesign(ConnectivityRule::Dense));
    nn::GraphModule supernet(graph);
    const auto parametersBefore = supernet->parameters().size();
    const LayerGraph sparse = compile(smallDesign(ConnectivityRule::SparseKeep));
    const LayerGraph logDense = compile(smallDesign(ConnectivityRule::LogDense));
    torch::optim::SGD sgd(supernet->parameters(), torch::optim::SGDOptions(0.1));
    for (const LayerGraph *child : {&sparse, &logDense, &sparse}) {
        sgd.zero_grad();
        const torch::Tensor loss = supernet->forward(torch::randn({2, 3, 16, 16}), connectionMaskOf(*child)).sum();
        loss.backward();
        sgd.step();
    }
    QCOMPARE(supernet->parameters().size(), parametersBefore);
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
    std::fill(empty.keep[0][3].begin(), empty.keep[0][3].end(), false);   // layer 3 without sources
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, supernet->forward(x, empty));

    ConnectionMask short_ = connectionMaskOf(dense);
    short_.keep.pop_back();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, supernet->forward(x, short_));
}

QTEST_APPLESS_MAIN(TstConnectionMask)
#include "tst_connectionmask.moc"
