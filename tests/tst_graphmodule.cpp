// SPDX-License-Identifier: GPL-3.0-or-later
// The LibTorch module built from the compiled graph agrees with the cost model and the graph:
// same parameter count for every preset, the graph's shape at every stage boundary.
#include "cost/costmodel.h"
#include "graph/compiler.h"
#include "nn/graphmodule.h"
#include "presets/presets.h"

#include <torch/torch.h>

#include <QtTest>

using namespace denselab;

class TstGraphModule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void parityWithCostModel_data();
    void parityWithCostModel();
    void backwardReachesEveryParameter();
    void moduleNamesAreStable();
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

QTEST_APPLESS_MAIN(TstGraphModule)
#include "tst_graphmodule.moc"
