// SPDX-License-Identifier: GPL-3.0-or-later
// Core helpers behind the design workspace (#4): cell edits as overrides, block edits that keep
// the matrix, the dense-counterpart baseline, the structural diff, per-layer series, reports.
#include "edit/connectionedit.h"
#include "edit/designdiff.h"
#include "graph/compiler.h"
#include "presets/presets.h"
#include "report/costreporttext.h"
#include "report/layerseries.h"
#include "topology/connectivity.h"
#include "topology/resolvedblock.h"

#include <QtTest>

using namespace denselab;

namespace {

DenseBlockSpec &firstBlock(Design &d)
{
    return std::get<DenseBlockSpec>(d.stages[static_cast<std::size_t>(denseBlockStages(d).front())]);
}

} // namespace

class TstConnectionEdit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void settingACellStoresOnlyDepartures();
    void togglingTwiceRestoresTheDesign();
    void outputRowCellsAreEditable();
    void switchingToCustomKeepsTheMatrix();
    void depthChangeMovesOutputOverrides();
    void denseCounterpartIsDense();
    void diffCountsAddedAndRemovedCells();
    void layerSeriesFollowsTheBlocks();
    void reportsCarryExactTotals();
};

void TstConnectionEdit::settingACellStoresOnlyDepartures()
{
    Design d = loadPreset("thresholdnet-ab");
    DenseBlockSpec &spec = firstBlock(d);
    const DenseBlockSpec effective = spec;
    // Layer 3 reads x0 under the dense part (T = 8): asking for it again stores nothing.
    setConnection(spec, effective, 3, 0, true);
    QVERIFY(spec.overrides.empty());
    setConnection(spec, effective, 3, 0, false);
    QCOMPARE(spec.overrides.size(), std::size_t(1));
    QCOMPARE(spec.overrides[0], (ConnectionOverride{3, 0, false}));
    // A forward reference or a cell outside the block is ignored, not stored.
    setConnection(spec, effective, 3, 3, true);
    setConnection(spec, effective, 99, 0, true);
    QCOMPARE(spec.overrides.size(), std::size_t(1));
}

void TstConnectionEdit::togglingTwiceRestoresTheDesign()
{
    const Design original = loadPreset("thresholdnet-ab");
    Design d = original;
    DenseBlockSpec &spec = firstBlock(d);
    const DenseBlockSpec effective = spec;
    setConnection(spec, effective, 12, 3, true);   // harmonic part: 12 reads 11, 10, 8 (stated rule)
    QVERIFY(d != original);
    setConnection(spec, effective, 12, 3, false);
    QVERIFY(d == original);
}

void TstConnectionEdit::outputRowCellsAreEditable()
{
    Design d = loadPreset("thresholdnet-ab");
    DenseBlockSpec &spec = firstBlock(d);
    const DenseBlockSpec effective = spec;
    const int out = spec.layers + 1;
    QVERIFY(ruleConnects(effective, out, 5));
    setConnection(spec, effective, out, 5, false);
    const LayerGraph g = compile(d);
    QVERIFY(!g.blocks[0].connectivity.connected(out, 5));
    QVERIFY(g.blocks[0].connectivity.connected(out, 6));
}

void TstConnectionEdit::switchingToCustomKeepsTheMatrix()
{
    Design d = loadPreset("thresholdnet-ab");
    DenseBlockSpec &spec = firstBlock(d);
    setConnection(spec, spec, 12, 3, true);
    setConnection(spec, spec, 4, 0, false);
    const ResolvedBlock before = resolveBlock(spec, 24, "test");
    DenseBlockSpec custom = spec;
    custom.connectivity.rule = ConnectivityRule::Custom;
    custom = adaptBlockEdit(spec, spec, custom);
    QCOMPARE(custom.connectivity.custom.size(), std::size_t(spec.layers));
    QVERIFY(custom.overrides.empty());
    const ResolvedBlock after = resolveBlock(custom, 24, "test");
    QCOMPARE(after.inputs, before.inputs);
    QCOMPARE(after.outputSources, before.outputSources);
}

void TstConnectionEdit::depthChangeMovesOutputOverrides()
{
    DenseBlockSpec spec;
    spec.layers = 6;
    setConnection(spec, spec, 7, 2, false);   // output row of a 6-layer block
    setConnection(spec, spec, 6, 1, false);
    DenseBlockSpec deeper = spec;
    deeper.layers = 10;
    deeper = adaptBlockEdit(spec, spec, deeper);
    QCOMPARE(deeper.overrides.size(), std::size_t(2));
    QVERIFY(std::find(deeper.overrides.begin(), deeper.overrides.end(), ConnectionOverride{11, 2, false})
            != deeper.overrides.end());
    DenseBlockSpec shallower = spec;
    shallower.layers = 4;
    shallower = adaptBlockEdit(spec, spec, shallower);
    // Layer 6 is gone; the output override moves to row 5 and still names source 2.
    QCOMPARE(shallower.overrides.size(), std::size_t(1));
    QCOMPARE(shallower.overrides[0], (ConnectionOverride{5, 2, false}));
    // Custom lists grow with dense rows.
    DenseBlockSpec custom;
    custom.layers = 2;
    custom.connectivity.rule = ConnectivityRule::Custom;
    custom.connectivity.custom = {{0}, {1}};
    DenseBlockSpec grown = custom;
    grown.layers = 3;
    grown = adaptBlockEdit(custom, custom, grown);
    QCOMPARE(grown.connectivity.custom, (std::vector<std::vector<int>>{{0}, {1}, {0, 1, 2}}));
}

void TstConnectionEdit::denseCounterpartIsDense()
{
    const Design threshnet = loadPreset("threshnet79");
    const Design dense = denseCounterpart(threshnet);
    QVERIFY(!dense.channelThreshold.enabled);
    const LayerGraph g = compile(dense);
    for (const CompiledBlock &b : g.blocks) {
        QCOMPARE(b.rule, ConnectivityRule::Dense);
        const int L = b.connectivity.layers;
        QCOMPARE(b.connectivity.connections(), L * (L + 1) / 2);
        QCOMPARE(static_cast<int>(b.connectivity.outputSources.size()), L + 1);
    }
}

void TstConnectionEdit::diffCountsAddedAndRemovedCells()
{
    const Design a = loadPreset("thresholdnet-ab");
    Design b = a;
    DenseBlockSpec &spec = firstBlock(b);
    const DenseBlockSpec effective = spec;
    setConnection(spec, effective, 12, 3, true);
    setConnection(spec, effective, 12, 1, true);
    setConnection(spec, effective, 5, 0, false);
    setConnection(spec, effective, spec.layers + 1, 0, false);
    const std::vector<BlockDiff> diff = diffBlocks(compile(a), compile(b));
    QCOMPARE(diff.size(), std::size_t(1));
    QCOMPARE(diff[0].added, (std::vector<MatrixCell>{{12, 1}, {12, 3}}));
    QCOMPARE(diff[0].removed, (std::vector<MatrixCell>{{5, 0}, {17, 0}}));
    // Against its dense counterpart, ThresholdNet-ab only removes: 136 - 52 layer edges.
    const std::vector<BlockDiff> dense = diffBlocks(compile(a), compile(denseCounterpart(a)));
    const LayerGraph ga = compile(a);
    int outputAdded = 0;
    for (const auto &cell : dense[0].added)
        outputAdded += cell.first == 17;
    QCOMPARE(static_cast<int>(dense[0].added.size()) - outputAdded, 136 - ga.blocks[0].connectivity.connections());
    QVERIFY(dense[0].removed.empty());

    // #13: A deeper than B (ThresholdNet-ab's 16 layers against DenseNet-BC-40's 6): the rows
    // 7..16 exist only in A, and every cell of them is marked as only in A.
    const LayerGraph shallow = compile(loadPreset("densenet-bc-40-12"));
    const std::vector<BlockDiff> deeper = diffBlocks(ga, shallow);
    const ResolvedBlock &blockA = ga.blocks[0].connectivity;
    int onlyInA = 0;
    for (int t = 7; t <= 16; ++t)
        onlyInA += static_cast<int>(blockA.inputs[std::size_t(t)].size());
    int removedDeepRows = 0;
    for (const auto &cell : deeper[0].removed)
        removedDeepRows += cell.first >= 7 && cell.first <= 16;
    QCOMPARE(removedDeepRows, onlyInA);
    QVERIFY(onlyInA > 0);
    for (const auto &cell : deeper[0].added)
        QVERIFY(cell.first <= 6 || cell.first == 17);   // B has nothing below row 6 but its output
}

void TstConnectionEdit::layerSeriesFollowsTheBlocks()
{
    const Design d = loadPreset("densenet-bc-100-12");
    const LayerGraph g = compile(d);
    const CostReport report = computeCosts(g);
    const LayerSeries s = blockLayerSeries(g, report);
    QCOMPARE(s.layer.size(), std::size_t(48));   // 3 blocks of 16
    QCOMPARE(s.blockStart, (std::vector<int>{0, 16, 32}));
    // DenseNet-BC-100: block 1 starts at 24 channels and grows by k = 12 per layer.
    QCOMPARE(s.inputChannels[0], std::int64_t(24));
    QCOMPARE(s.inputChannels[15], std::int64_t(24 + 15 * 12));
    std::int64_t cio = 0;
    for (std::size_t n = 0; n < g.nodes.size(); ++n)
        cio += g.nodes[n].blockLayer >= 0 ? report.perNode[n].cioElements : 0;
    std::int64_t sum = 0;
    for (const std::int64_t v : s.cio)
        sum += v;
    QCOMPARE(sum, cio);
}

void TstConnectionEdit::reportsCarryExactTotals()
{
    const LayerGraph g = compile(loadPreset("threshnet79"));
    const CostReport report = computeCosts(g);
    const std::string csv = costReportCsv(g, report, true);
    QVERIFY(csv.rfind("name,op,output,params", 0) == 0);
    QVERIFY(csv.find("\ntotal,,," + std::to_string(report.total.params) + ",") != std::string::npos);
    CostReport base;
    base.total = report.total;
    base.total.params -= 1000;
    const std::string md = costReportMarkdown(g, report, &base, "dense");
    QVERIFY(md.find("| params | ") != std::string::npos);
    QVERIFY(md.find("Δ vs dense") != std::string::npos);
    QVERIFY(md.find("+1.00 k") != std::string::npos);
}

QTEST_APPLESS_MAIN(TstConnectionEdit)
#include "tst_connectionedit.moc"
