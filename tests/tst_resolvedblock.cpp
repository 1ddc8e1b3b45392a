// SPDX-License-Identifier: GPL-3.0-or-later
// A block's rule, overrides, dropped layers and output channels worked out (topology/resolvedblock.h).
#include "design/designerror.h"
#include "topology/resolvedblock.h"

#include <QtTest>

using namespace denselab;

namespace {

DenseBlockSpec harmonicBlock(int layers, int growth)
{
    DenseBlockSpec spec;
    spec.layers = layers;
    spec.growth = growth;
    spec.multiplier = 1.7;
    spec.connectivity.rule = ConnectivityRule::Harmonic;
    spec.output = BlockOutput::OddAndLast;
    return spec;
}

} // namespace

class TstResolvedBlock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hardnetOutputChannels();
    void hardnetInputChannels();
    void keepBaseAddsTheBlockInput();
    void denseOutputIncludesInput();
    void overrideAddsAndRemovesExactlyOneConnection();
    void layerWithoutInputsIsDroppedWithItsDependants();
    void forwardReferenceIsRejected();
    void emptyOutputIsRejected();
};

void TstResolvedBlock::hardnetOutputChannels()
{
    // HarDNet68 block outputs 124, 262, 328, 654, 782 (PingoLH/Pytorch-HarDNet, get_out_ch).
    QCOMPARE(resolveBlock(harmonicBlock(8, 14), 64, "b").outputChannels(), 124);
    QCOMPARE(resolveBlock(harmonicBlock(16, 16), 128, "b").outputChannels(), 262);
    QCOMPARE(resolveBlock(harmonicBlock(16, 20), 256, "b").outputChannels(), 328);
    QCOMPARE(resolveBlock(harmonicBlock(16, 40), 320, "b").outputChannels(), 654);
    QCOMPARE(resolveBlock(harmonicBlock(4, 160), 640, "b").outputChannels(), 782);
}

void TstResolvedBlock::hardnetInputChannels()
{
    // k = 40, 16 layers, C0 = 288: in-channels as PingoLH/Pytorch-HarDNet's get_link sums them.
    const ResolvedBlock block = resolveBlock(harmonicBlock(16, 40), 288, "b");
    QCOMPARE(block.inputChannels(1), 288);
    QCOMPARE(block.inputChannels(2), 328);
    QCOMPARE(block.inputChannels(4), 396);
    QCOMPARE(block.inputChannels(8), 512);
    QCOMPARE(block.inputChannels(16), 708);
    QCOMPARE(block.connections(), 31);
}

void TstResolvedBlock::keepBaseAddsTheBlockInput()
{
    // HarDNet's get_out_ch() forgets C0 with keepBase; we add it (PingoLH/Pytorch-HarDNet, HarDBlock).
    DenseBlockSpec spec = harmonicBlock(8, 14);
    spec.keepBase = true;
    QCOMPARE(resolveBlock(spec, 64, "b").outputChannels(), 124 + 64);
}

void TstResolvedBlock::denseOutputIncludesInput()
{
    DenseBlockSpec spec;
    spec.layers = 6;
    spec.growth = 32;
    const ResolvedBlock block = resolveBlock(spec, 64, "b");
    QCOMPARE(block.outputChannels(), 64 + 6 * 32);
    QCOMPARE(block.connections(), 21);
    QCOMPARE(block.inputChannels(6), 64 + 5 * 32);
}

void TstResolvedBlock::overrideAddsAndRemovesExactlyOneConnection()
{
    DenseBlockSpec spec = harmonicBlock(8, 14);
    const int before = resolveBlock(spec, 64, "b").connections();
    spec.overrides.push_back({5, 0, true});     // layer 5 also reads x0
    spec.overrides.push_back({8, 4, false});    // layer 8 stops reading x4
    const ResolvedBlock block = resolveBlock(spec, 64, "b");
    QCOMPARE(block.connections(), before);      // one added, one removed
    QVERIFY(block.connected(5, 0));
    QVERIFY(!block.connected(8, 4));
    QCOMPARE(block.inputs[5], (std::vector<int>{0, 4}));
    // The output row (target L+1) can be toggled too.
    spec.overrides.push_back({9, 2, true});
    QCOMPARE(resolveBlock(spec, 64, "b").outputChannels(), 124 + 24);
}

void TstResolvedBlock::layerWithoutInputsIsDroppedWithItsDependants()
{
    DenseBlockSpec spec = harmonicBlock(4, 16);
    spec.overrides.push_back({3, 2, false});   // layer 3 read only x2: now nothing
    ResolvedBlock block = resolveBlock(spec, 32, "b");
    QCOMPARE(block.droppedLayers, std::vector<int>{3});
    QVERIFY(!block.kept[3]);
    QCOMPARE(block.inputs[4], (std::vector<int>{2, 0}));   // 3 removed from layer 4's sources
    // Cut layers 1 and 2 off x0: layer 2 then reads only x1, which is gone, and layer 3 only x2.
    spec.overrides = {{1, 0, false}, {2, 0, false}};
    block = resolveBlock(spec, 32, "b");
    QCOMPARE(block.droppedLayers, (std::vector<int>{1, 2, 3}));
    QCOMPARE(block.connections(), 1);   // layer 4 reads x0 only
}

void TstResolvedBlock::forwardReferenceIsRejected()
{
    DenseBlockSpec spec;
    spec.layers = 3;
    spec.connectivity.rule = ConnectivityRule::Custom;
    spec.connectivity.custom = {{0}, {0, 1}, {2, 3}};
    try {
        resolveBlock(spec, 16, "stage 2 (dense-block)");
        QFAIL("a forward reference must be rejected");
    } catch (const DesignError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("stage 2 (dense-block), layer 3")), e.what());
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("forward reference")));
    }
}

void TstResolvedBlock::emptyOutputIsRejected()
{
    DenseBlockSpec spec = harmonicBlock(2, 16);
    spec.overrides = {{3, 1, false}, {3, 2, false}};
    QVERIFY_THROWS_EXCEPTION(DesignError, resolveBlock(spec, 16, "b"));
}

QTEST_APPLESS_MAIN(TstResolvedBlock)
#include "tst_resolvedblock.moc"
