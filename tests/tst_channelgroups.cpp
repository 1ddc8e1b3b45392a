// SPDX-License-Identifier: GPL-3.0-or-later
// Filter pruning without tracing (#11): pruned widths in the design and compiler, pruning groups
// derived from the layer graph on hand-checked small graphs, and the ranking of filters.
#include "cost/costmodel.h"
#include "design/designerror.h"
#include "graph/compiler.h"
#include "presets/presets.h"
#include "prune/channelgroups.h"
#include "prune/ranking.h"

#include <QtTest>

using namespace denselab;
using namespace denselab::prune;

namespace {

// input 3x8x8 -> stem.conv0 (4) -> dense block of 3 layers, growth 2 (BN-ReLU-conv 3x3) -> head.
Design denseBlock3()
{
    Design d;
    d.name = "dense-3";
    d.input = {3, 8, 8};
    d.classes = 10;
    d.stem.kind = StemKind::Cifar;
    d.stem.widths = {4};
    DenseBlockSpec block;
    block.layers = 3;
    block.growth = 2;
    d.stages = {block};
    return d;
}

// stem.conv0 (4) -> a basic residual stage without projection (2 blocks of 4) -> one with a
// projection (stride 2, 8 planes) -> head.
Design residual()
{
    Design d;
    d.name = "residual";
    d.input = {3, 8, 8};
    d.classes = 10;
    d.stem.kind = StemKind::Cifar;
    d.stem.widths = {4};
    ResidualStageSpec same;
    same.blocks = 2;
    same.planes = 4;
    ResidualStageSpec down;
    down.blocks = 1;
    down.planes = 8;
    down.stride = 2;
    d.stages = {same, down};
    return d;
}

// HarDNet-DS stem: conv 3x3/2 -> BN -> ReLU6, conv 1x1 -> BN -> ReLU6, depthwise 3x3/2 -> BN.
Design depthwise()
{
    Design d;
    d.name = "depthwise";
    d.input = {3, 16, 16};
    d.classes = 10;
    d.stem.kind = StemKind::TwoConv;
    d.stem.widths = {6, 8};
    d.stem.secondKernel = 1;
    d.stem.depthwise = true;
    return d;
}

int nodeIndex(const LayerGraph &graph, const std::string &name)
{
    for (std::size_t i = 0; i < graph.nodes.size(); ++i)
        if (graph.nodes[i].name == name)
            return int(i);
    qFatal("no node %s", name.c_str());
    return -1;
}

const PruningGroup &groupOf(const ChannelMap &map, const LayerGraph &graph, const std::string &producer)
{
    const int node = nodeIndex(graph, producer);
    return map.groups[std::size_t(map.nodeChannels[std::size_t(node)].front().group)];
}

std::vector<std::string> producerNames(const LayerGraph &graph, const PruningGroup &g)
{
    std::vector<std::string> names;
    for (const int p : g.producers)
        names.push_back(graph.nodes[std::size_t(p)].name);
    return names;
}

QString compileError(const Design &d)
{
    try {
        compile(d);
    } catch (const DesignError &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace

class TstChannelGroups : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void widthOverridesCompileAndCostExactly();
    void widthErrorsNameTheNode();
    void derivedWidthsFollowTheDesign();
    void denseBlockGroups();
    void residualGroupsCoupleAtAdditions();
    void depthwiseFollowsItsInput();
    void prunedDesignAndKeptPositions();
    void globalRankingNormalisesAndKeepsALastChannel();
    void perLayerRankingTakesShares();
};

void TstChannelGroups::widthOverridesCompileAndCostExactly()
{
    Design d = denseBlock3();
    const Cost before = computeCosts(compile(d)).total;
    d.widths = {{"stage1.layer1.conv1", 5}};
    const LayerGraph graph = compile(d);
    // x_1 is 5 channels wide now: layers 2 and 3 and the block output read 3 more channels.
    QCOMPARE(graph.blocks[0].connectivity.widths[1], 5);
    QCOMPARE(graph.stageOutputs[0].channels, 4 + 5 + 2 + 2);
    const int conv = nodeIndex(graph, "stage1.layer1.conv1");
    QCOMPARE(graph.nodes[std::size_t(conv)].out.channels, 5);
    QCOMPARE(graph.nodes[std::size_t(conv)].designedChannels, 2);
    // By hand: 3 more filters of 4x3x3 in layer 1; 3 more input channels (BN 2 each, conv 2x3x3
    // each) in layers 2 and 3; 3 more inputs of the 10-way classifier.
    const std::int64_t extra = 3 * 36 + 2 * (3 * 2 + 3 * 18) + 3 * 10;
    QCOMPARE(computeCosts(graph).total.params - before.params, extra);
}

void TstChannelGroups::widthErrorsNameTheNode()
{
    Design d = denseBlock3();
    d.widths = {{"stage1.layer9.conv1", 3}};
    QVERIFY(compileError(d).contains(QStringLiteral("widths: \"stage1.layer9.conv1\" is not a convolution")));
    d.widths = {{"stage1.layer2.norm1", 3}};
    QVERIFY(compileError(d).contains(QStringLiteral("\"stage1.layer2.norm1\" is not a convolution")));

    Design r = residual();
    r.widths = {{"stage1.block1.conv2", 3}};   // its output is added to the stem's 4 channels
    const QString error = compileError(r);
    QVERIFY2(error.contains(QStringLiteral("stage1.block1.add")) && error.contains(QStringLiteral("stage1.block1.bn2"))
                 && error.contains(QStringLiteral("must keep equal widths")),
             qPrintable(error));

    Design dw = depthwise();
    dw.widths = {{"stem.down.conv", 4}};
    QVERIFY(compileError(dw).contains(QStringLiteral("stem.down.conv is a depthwise convolution")));

    // A dropped layer's overrides are not errors (the layer is simply not there).
    Design dropped = denseBlock3();
    auto &block = std::get<DenseBlockSpec>(dropped.stages[0]);
    block.overrides = {{2, 0, false}, {2, 1, false}};
    dropped.widths = {{"stage1.layer2.conv1", 1}};
    QVERIFY(compileError(dropped).isEmpty());
}

// Widths the design derives from other widths follow the designed ones: pruning a block leaves
// its transition's compressed width, ThreshNet's rule choice and residual projections alone.
void TstChannelGroups::derivedWidthsFollowTheDesign()
{
    Design d = loadPreset("densenet-bc-40-12");
    const LayerGraph plain = compile(d);
    d.widths = {{"stage1.layer6.conv2", 3}, {"stage1.layer2.conv2", 5}};
    const LayerGraph pruned = compile(d);
    const int transition = nodeIndex(pruned, "stage2.conv");
    QCOMPARE(pruned.nodes[std::size_t(transition)].out.channels,
             plain.nodes[std::size_t(nodeIndex(plain, "stage2.conv"))].out.channels);
    QCOMPARE(pruned.nodes[std::size_t(transition - 1)].out.channels + 16,   // its input is 9 + 7 narrower
             plain.nodes[std::size_t(nodeIndex(plain, "stage2.conv") - 1)].out.channels);

    Design t = loadPreset("threshnet79");
    const LayerGraph threshPlain = compile(t);
    t.widths = {{"stage8.conv", 100}};   // the transition into a harmonic block (480 > T = 320), now 100 wide
    const LayerGraph threshPruned = compile(t);
    for (std::size_t b = 0; b < threshPlain.blocks.size(); ++b)
        QCOMPARE(int(threshPruned.blocks[b].rule), int(threshPlain.blocks[b].rule));

    Design r = residual();
    r.widths = {{"stem.conv0", 3}, {"stage1.block1.conv2", 3}, {"stage1.block2.conv2", 3}};
    const LayerGraph rg = compile(r);
    for (const Node &n : rg.nodes)   // no projection appears because 3 != 4 ... or disappears
        QVERIFY(n.name.find("stage1.block1.downsample") == std::string::npos);
    QCOMPARE(rg.nodes[std::size_t(nodeIndex(rg, "stage2.block1.downsample.conv"))].out.channels, 8);
}

void TstChannelGroups::denseBlockGroups()
{
    const Design d = denseBlock3();
    const LayerGraph graph = compile(d);
    const ChannelMap map = channelMap(d, graph);
    const PruningGroup &stem = groupOf(map, graph, "stem.conv0");
    QVERIFY(stem.prunable);
    QVERIFY(!stem.coupled);
    QCOMPARE(stem.channels, 4);
    // x_0 is read by every layer's BN and conv and, through the block output, by the classifier.
    std::vector<std::string> readers;
    for (const int r : stem.readers)
        readers.push_back(graph.nodes[std::size_t(r)].name);
    const std::vector<std::string> expected = {"stage1.layer1.norm1", "stage1.layer1.conv1", "stage1.layer2.norm1",
                                               "stage1.layer2.conv1", "stage1.layer3.norm1", "stage1.layer3.conv1",
                                               "head.fc"};
    QCOMPARE(readers, expected);
    // By hand: a stem filter is 3x3x3 = 27 params; each of the 3 layers has 2 BN params and
    // 2x3x3 = 18 conv weights per input channel; the classifier 10 weights.
    QCOMPARE(stem.paramsPerChannel, std::int64_t(27 + 3 * (2 + 18) + 10));
    QCOMPARE(stem.macsPerChannel, std::int64_t(27 * 64 + 3 * 18 * 64 + 10));
    // The block output carries x_0..x_3 in order.
    const auto &out = map.nodeChannels[std::size_t(graph.blocks[0].outputNode)];
    QCOMPARE(int(out.size()), 10);
    QCOMPARE(out[4].group, groupOf(map, graph, "stage1.layer1.conv1").id);
    QCOMPARE(out[9].group, groupOf(map, graph, "stage1.layer3.conv1").id);
    QCOMPARE(out[9].index, 1);
    // Input and classifier outputs are never pruned.
    QVERIFY(!map.groups[std::size_t(map.nodeChannels[0].front().group)].prunable);
    QVERIFY(!map.groups[std::size_t(map.nodeChannels.back().front().group)].prunable);
    QCOMPARE(map.prunableChannels, 3 + 1 + 1 + 1);
}

void TstChannelGroups::residualGroupsCoupleAtAdditions()
{
    const Design d = residual();
    const LayerGraph graph = compile(d);
    const ChannelMap map = channelMap(d, graph);
    // Identity shortcuts: the stem and both blocks' second convs are one group.
    const PruningGroup &identity = groupOf(map, graph, "stem.conv0");
    QCOMPARE(producerNames(graph, identity),
             (std::vector<std::string>{"stem.conv0", "stage1.block1.conv2", "stage1.block2.conv2"}));
    QVERIFY(identity.coupled && identity.prunable);
    // A projection: the block's second conv and the downsample conv.
    const PruningGroup &projection = groupOf(map, graph, "stage2.block1.conv2");
    QCOMPARE(producerNames(graph, projection),
             (std::vector<std::string>{"stage2.block1.conv2", "stage2.block1.downsample.conv"}));
    QVERIFY(projection.coupled && projection.prunable);
    QVERIFY(groupOf(map, graph, "stage1.block1.conv1").prunable);
    QVERIFY(!groupOf(map, graph, "stage1.block1.conv1").coupled);

    // The seed's rule leaves every convolution before an addition alone.
    const ChannelMap seed = channelMap(d, graph, /*keepCoupled=*/true);
    QVERIFY(!groupOf(seed, graph, "stem.conv0").prunable);
    QVERIFY(!groupOf(seed, graph, "stage2.block1.conv2").prunable);
    QVERIFY(groupOf(seed, graph, "stage1.block1.conv1").prunable);

    // Pruning the coupled group narrows all three convolutions together, and it compiles.
    Removal removal;
    removal[identity.id] = {0, 2};
    const Design pruned = prunedDesign(d, graph, map, removal);
    QCOMPARE(pruned.widths.at("stem.conv0"), 2);
    QCOMPARE(pruned.widths.at("stage1.block2.conv2"), 2);
    const LayerGraph prunedGraph = compile(pruned);
    QCOMPARE(prunedGraph.nodes[std::size_t(nodeIndex(prunedGraph, "stage1.block2.add"))].out.channels, 2);
}

void TstChannelGroups::depthwiseFollowsItsInput()
{
    const Design d = depthwise();
    const LayerGraph graph = compile(d);
    const ChannelMap map = channelMap(d, graph);
    const int conv2 = nodeIndex(graph, "stem.conv2.conv");
    const int down = nodeIndex(graph, "stem.down.conv");
    QVERIFY(map.nodeChannels[std::size_t(down)] == map.nodeChannels[std::size_t(conv2)]);
    const PruningGroup &g = groupOf(map, graph, "stem.conv2.conv");
    QVERIFY(g.coupled);
    QCOMPARE(g.producers, std::vector<int>{conv2});
    Removal removal;
    removal[g.id] = {3};
    const LayerGraph pruned = compile(prunedDesign(d, graph, map, removal));
    const Node &dw = pruned.nodes[std::size_t(down)];
    QCOMPARE(dw.out.channels, 7);
    QCOMPARE(dw.groups, 7);
    QCOMPARE(dw.designedChannels, 8);
}

void TstChannelGroups::prunedDesignAndKeptPositions()
{
    const Design d = denseBlock3();
    const LayerGraph graph = compile(d);
    const ChannelMap map = channelMap(d, graph);
    Removal removal;
    removal[groupOf(map, graph, "stem.conv0").id] = {1};
    removal[groupOf(map, graph, "stage1.layer2.conv1").id] = {0};
    const Design pruned = prunedDesign(d, graph, map, removal);
    QCOMPARE(pruned.widths, (std::map<std::string, int>{{"stem.conv0", 3}, {"stage1.layer2.conv1", 1}}));
    const LayerGraph prunedGraph = compile(pruned);
    QCOMPARE(prunedGraph.stageOutputs[0].channels, 8);
    const auto kept = keptPositions(map.nodeChannels[std::size_t(graph.blocks[0].outputNode)], removal);
    QCOMPARE(kept, (std::vector<std::int64_t>{0, 2, 3, 4, 5, 7, 8, 9}));
    // A group cannot lose every channel, and a fixed group cannot lose any.
    Removal all;
    all[groupOf(map, graph, "stage1.layer1.conv1").id] = {0, 1};
    QVERIFY_THROWS_EXCEPTION(DesignError, prunedDesign(d, graph, map, all));
    Removal classifier;
    classifier[map.nodeChannels.back().front().group] = {0};
    QVERIFY_THROWS_EXCEPTION(DesignError, prunedDesign(d, graph, map, classifier));
}

void TstChannelGroups::globalRankingNormalisesAndKeepsALastChannel()
{
    const Design d = denseBlock3();
    const LayerGraph graph = compile(d);
    const ChannelMap map = channelMap(d, graph);
    const int stem = groupOf(map, graph, "stem.conv0").id;
    const int l1 = groupOf(map, graph, "stage1.layer1.conv1").id;
    const int l2 = groupOf(map, graph, "stage1.layer2.conv1").id;
    const int l3 = groupOf(map, graph, "stage1.layer3.conv1").id;
    Scores scores;
    scores[stem] = {100, 1, 100, 100};   // normalised: 1 / ~173 = 0.006, the globally weakest
    scores[l1] = {0.3, 0.4};            // 0.6 and 0.8 after normalisation
    scores[l2] = {0.001, 0.002};        // 0.45 and 0.89: raw scores alone would remove these first
    scores[l3] = {5, 0};                // 1 and 0
    const Removal removal = selectRemoval(map, scores, 3, Ranking::Global, false);
    QCOMPARE(removal.at(l3), std::set<int>{1});
    QCOMPARE(removal.at(stem), std::set<int>{1});
    QCOMPARE(removal.at(l2), std::set<int>{0});
    QCOMPARE(int(removal.size()), 3);
    // Asked for everything, each group keeps its best channel.
    const Removal most = selectRemoval(map, scores, 100, Ranking::Global, false);
    QCOMPARE(most.at(stem), (std::set<int>{0, 1, 2}));   // ties at 100 break by channel index: 3 stays
    QCOMPARE(most.at(l1), std::set<int>{0});
    QCOMPARE(most.at(l3), std::set<int>{1});
}

void TstChannelGroups::perLayerRankingTakesShares()
{
    const Design d = denseBlock3();
    const LayerGraph graph = compile(d);
    const ChannelMap map = channelMap(d, graph);
    const int stem = groupOf(map, graph, "stem.conv0").id;
    Scores scores;
    scores[stem] = {4, 3, 2, 1};
    for (const char *layer : {"stage1.layer1.conv1", "stage1.layer2.conv1", "stage1.layer3.conv1"})
        scores[groupOf(map, graph, layer).id] = {1, 2};
    // 6 removable channels: asked for 3, the stem (3 of 6) gives up round(3 * 3 / 6) = 2 and
    // each layer (1 of 6) round(0.5) = 1 ... capped at one channel left.
    const Removal removal = selectRemoval(map, scores, 3, Ranking::PerLayer, false);
    QCOMPARE(removal.at(stem), (std::set<int>{2, 3}));
    QCOMPARE(removal.at(groupOf(map, graph, "stage1.layer1.conv1").id), std::set<int>{0});
}

QTEST_APPLESS_MAIN(TstChannelGroups)
#include "tst_channelgroups.moc"
