// SPDX-License-Identifier: GPL-3.0-or-later
// Design -> layer graph: shapes, names, the channel-threshold mechanism and clear errors.
#include "cost/costmodel.h"
#include "design/designerror.h"
#include "graph/compiler.h"
#include "presets/presets.h"
#include "topology/connectivity.h"

#include <QtTest>

#include <set>

using namespace denselab;

Q_DECLARE_METATYPE(denselab::Design)

namespace {

QString errorOf(const Design &design)
{
    try {
        compile(design);
    } catch (const DesignError &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

DenseBlockSpec &firstBlock(Design &design)
{
    for (Stage &s : design.stages) {
        if (auto *b = std::get_if<DenseBlockSpec>(&s))
            return *b;
    }
    qFatal("design has no dense block");
}

} // namespace

class TstCompiler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void threshnet79StageShapes();
    void everyPresetCompilesWithUniqueNames();
    void everyPresetRetargetsToFashionMnist();
    void channelThresholdReproducesThreshnet79();
    void channelThresholdStrictComparisonMakesBlock4Dense();
    void spatialCollapseNamesStageAndSuggestsStem();
    void droppedLayerIsReported();
    void customMatrixBuildsAndCounts();
    void denseBlockTurnedCustomKeepsGrowthWidths();
    void stackedUnitsAreGroupedConvolutions();
    void stackedUnitsRejectUnevenSplit();
    void cellToggleChangesParamsByTheSlice();
    void costTotalsAreSumsOfNodes();
    void limitsStopAbsurdDesignsBeforeTheyOverflow_data();
    void limitsStopAbsurdDesignsBeforeTheyOverflow();
};

void TstCompiler::threshnet79StageShapes()
{
    // Layer by layer (224 x 224 input), as coded in RuiyangJu/ThreshNet, C10-demo/models/ThreshNet79.py.
    const LayerGraph g = compile(loadPreset("threshnet79"));
    const std::vector<Shape> expected{{256, 56, 56}, {128, 28, 28}, {384, 28, 28}, {192, 14, 14}, {576, 14, 14},
                                      {288, 14, 14}, {654, 14, 14}, {480, 7, 7},   {782, 7, 7},   {960, 7, 7}};
    QCOMPARE(g.stageOutputs.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(g.stageOutputs[i] == expected[i], qPrintable(QStringLiteral("stage %1").arg(i + 1)));
    QCOMPARE(g.nodes.back().out, (Shape{1000, 1, 1}));
    QCOMPARE(g.blocks.size(), std::size_t(5));
    QCOMPARE(g.blocks[3].connectivity.connections(), 31);
}

void TstCompiler::everyPresetCompilesWithUniqueNames()
{
    QCOMPARE(presetList().size(), std::size_t(21));
    for (const PresetInfo &p : presetList()) {
        const LayerGraph g = compile(loadPreset(p.name));
        std::set<std::string> names;
        for (const Node &n : g.nodes) {
            QVERIFY2(names.insert(n.name).second, n.name.c_str());
            for (const int in : n.inputs)
                QVERIFY(in >= 0 && in < int(&n - g.nodes.data()));   // only earlier nodes
        }
        QVERIFY2(g.warnings.empty(), p.name.c_str());
        QVERIFY(!p.description.empty());
    }
}

void TstCompiler::everyPresetRetargetsToFashionMnist()
{
    // ImageNet stems shrink 28 x 28 below 1 x 1 in the deep presets: those must fail with the
    // stage named; the rest must produce 10 logits.
    for (const PresetInfo &p : presetList()) {
        Design d = loadPreset(p.name);
        retarget(d, {1, 28, 28}, 10);
        try {
            const LayerGraph g = compile(d);
            QCOMPARE(g.nodes.back().out.channels, 10);
            QCOMPARE(g.input, (Shape{1, 28, 28}));
        } catch (const DesignError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("stage")), e.what());
        }
    }
    Design d = loadPreset("densenet-bc-40-12");
    retarget(d, {1, 28, 28}, 10);
    const CostReport r = computeCosts(compile(d));
    QVERIFY(r.total.params > 150000 && r.total.params < 200000);
}

void TstCompiler::channelThresholdReproducesThreshnet79()
{
    // ThreshNet79 as coded (RuiyangJu/ThreshNet) is reproduced by "harmonic iff C_in >= 288".
    const Design coded = loadPreset("threshnet79");
    Design generated = coded;
    generated.channelThreshold = {true, 288, ThresholdComparison::GreaterOrEqual};
    QCOMPARE(computeCosts(compile(generated)).total, computeCosts(compile(coded)).total);
}

void TstCompiler::channelThresholdStrictComparisonMakesBlock4Dense()
{
    // The paper's T = 320 with ">": block 4 has 288 input channels, so it becomes dense (coded: harmonic).
    Design d = loadPreset("threshnet79");
    d.channelThreshold = {true, 320, ThresholdComparison::Greater};
    const LayerGraph g = compile(d);
    QVERIFY(g.blocks[3].rule == ConnectivityRule::Dense);
    QCOMPARE(g.blocks[3].connectivity.connections(), 136);
    QVERIFY(g.blocks[4].rule == ConnectivityRule::Harmonic);   // 480 > 320
    QVERIFY(g.blocks[0].rule == ConnectivityRule::Dense);
}

void TstCompiler::spatialCollapseNamesStageAndSuggestsStem()
{
    Design d = loadPreset("densenet121");
    retarget(d, {1, 28, 28}, 10);
    const QString error = errorOf(d);
    QVERIFY2(error.contains(QStringLiteral("stage 6 (transition)")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("\"cifar\"")), qPrintable(error));
}

void TstCompiler::droppedLayerIsReported()
{
    Design d = loadPreset("thresholdnet-ab");
    firstBlock(d).overrides = {{9, 8, false}};   // layer 9 (odd, harmonic) read only x8
    const LayerGraph g = compile(d);
    QCOMPARE(g.warnings.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(g.warnings.front()).contains(QStringLiteral("stage 1 (dense-block): layer 9")));
    for (const Node &n : g.nodes)
        QVERIFY(n.blockLayer != 9);
}

void TstCompiler::customMatrixBuildsAndCounts()
{
    Design d = loadPreset("thresholdnet-ab");
    DenseBlockSpec &b = firstBlock(d);
    b.layers = 3;
    b.connectivity.rule = ConnectivityRule::Custom;
    b.connectivity.custom = {{0}, {1}, {0, 2}};
    const LayerGraph g = compile(d);
    QCOMPARE(computeCosts(g).total.connections, std::int64_t(4));
    b.connectivity.custom = {{0}, {1}, {0, 3}};
    QVERIFY(errorOf(d).contains(QStringLiteral("forward reference")));
}

void TstCompiler::denseBlockTurnedCustomKeepsGrowthWidths()
{
    // A DenseNet block drawn as a custom matrix keeps k channels per layer (default m = 1).
    Design d = loadPreset("densenet-bc-40-12");
    DenseBlockSpec &b = firstBlock(d);
    const std::int64_t before = computeCosts(compile(d)).total.params;
    b.connectivity.custom = ruleConnectivity(b.connectivity, b.layers);
    b.connectivity.rule = ConnectivityRule::Custom;
    QCOMPARE(computeCosts(compile(d)).total.params, before);
}

void TstCompiler::stackedUnitsAreGroupedConvolutions()
{
    // TissueNet (Lan et al. 2022, "Compact Neural Networks via Stacking Designed Basic Units"; code of
    // its journal version: Lanweichao/BUnit-Net): params = m k^2 (n1 n2 + n2 n3) + BN 2 (m n2 + m n3).
    Design d = loadPreset("tissuenet-vgg16");
    const LayerGraph g = compile(d);
    const CostReport r = computeCosts(g);
    std::int64_t stacked = 0;
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        if (g.nodes[i].stage == 1)   // the first stacked layer: 64 channels in, 32 units of 2-4-2
            stacked += r.perNode[i].params;
    }
    const int m = 32;
    QCOMPARE(stacked, std::int64_t(m * 9 * (2 * 4 + 4 * 2) + 2 * (m * 4 + m * 2)));
}

void TstCompiler::stackedUnitsRejectUnevenSplit()
{
    Design d = loadPreset("tissuenet-vgg16");
    std::get<StackedUnitSpec>(d.stages[1]).n1 = 3;   // 64 channels do not split into units of 3
    QVERIFY(errorOf(d).contains(QStringLiteral("stage 2 (stacked-units)")));
}

void TstCompiler::cellToggleChangesParamsByTheSlice()
{
    // Connecting x0 (24 channels) to layer 9 adds 24 input channels to its first (BN) and conv:
    // BN 2*24 + conv 24*12*3*3 parameters.
    Design d = loadPreset("thresholdnet-ab");
    const std::int64_t before = computeCosts(compile(d)).total.params;
    firstBlock(d).overrides = {{9, 0, true}};
    const std::int64_t after = computeCosts(compile(d)).total.params;
    QCOMPARE(after - before, std::int64_t(2 * 24 + 24 * 12 * 9));
}

void TstCompiler::costTotalsAreSumsOfNodes()
{
    const LayerGraph g = compile(loadPreset("hardnet68"));
    const CostReport r = computeCosts(g);
    Cost sum;
    for (const Cost &c : r.perNode)
        sum += c;
    QCOMPARE(sum, r.total);
    std::int64_t blockConnections = 0;
    for (const std::int64_t c : r.connectionsPerBlock)
        blockConnections += c;
    QCOMPARE(blockConnections, r.total.connections);
    QCOMPARE(r.total.connections, std::int64_t(15 + 31 + 31 + 31 + 7));   // 8-, 16-, 16-, 16-, 4-layer harmonic
}

// #15: 65,536 units of 65,537 channels wrapped round to 65,536; forty 4096-layer blocks in a
// 987-byte file took 1.3 GB; widths of 2^31 gave negative MACs. Each now stops at a named limit
// (docs/design-format.md, Limits), before anything large is allocated.
void TstCompiler::limitsStopAbsurdDesignsBeforeTheyOverflow_data()
{
    QTest::addColumn<Design>("design");
    QTest::addColumn<QString>("message");
    Design stacked = loadPreset("tissuenet-vgg16");
    {
        auto &s = std::get<StackedUnitSpec>(stacked.stages[1]);
        s.units = 65536;
        s.n1 = 1;
        s.n2 = 65537;
    }
    std::get<PlainStageSpec>(stacked.stages[0]).widths = {65536};
    QTest::newRow("stacked units") << stacked << QStringLiteral("stage2.conv1: its output channels would reach 4.295e+09, more than the limit of 16777216");

    Design blocks = loadPreset("densenet-bc-40-12");
    for (int i = 0; i < 40; ++i) {
        DenseBlockSpec b;
        b.layers = 4096;
        blocks.stages.push_back(b);
    }
    QTest::newRow("forty 4096-layer blocks") << blocks << QStringLiteral("stages: the dense blocks have up to");

    Design wide = loadPreset("vgg16");
    std::get<PlainStageSpec>(wide.stages[0]).widths = {1 << 20, 1 << 20};
    QTest::newRow("parameters") << wide << QStringLiteral("the parameters would reach");

    Design big = loadPreset("vgg16");
    big.input = {3, 16384, 16384};
    std::get<PlainStageSpec>(big.stages[0]).widths = {1 << 20, 1024};
    QTest::newRow("MACs") << big << QStringLiteral("the MACs per image would reach");
}

void TstCompiler::limitsStopAbsurdDesignsBeforeTheyOverflow()
{
    QFETCH(Design, design);
    QFETCH(QString, message);
    const QString error = errorOf(design);
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_APPLESS_MAIN(TstCompiler)
#include "tst_compiler.moc"
