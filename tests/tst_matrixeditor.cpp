// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectivityMatrixEditor and BlockDiagram driven with real mouse and key events (#4).
#include "diagram/blockdiagram.h"
#include "edit/connectionedit.h"
#include "graph/compiler.h"
#include "matrix/connectivitymatrixeditor.h"
#include "presets/presets.h"

#include <QtTest>

using namespace denselab;

Q_DECLARE_METATYPE(QList<QPoint>)

namespace {

BlockMatrix thresholdMatrix()
{
    const Design d = loadPreset("thresholdnet-ab");
    const LayerGraph g = compile(d);
    return blockMatrix(g.blocks[0], std::get<DenseBlockSpec>(d.stages[0]));
}

} // namespace

class TstMatrixEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<QPoint>>(); }
    void matrixMirrorsTheCompiledBlock();
    void clickTogglesExactlyThatCell();
    void dragPaintsTheFirstCellsState();
    void keyboardMovesAndToggles();
    void readOnlyIgnoresEdits();
    void zoomKeepsCellsAddressable();
    void hoverLinksMatrixAndDiagram();
    void emptyMatrixHasNoCells();
};

void TstMatrixEditor::matrixMirrorsTheCompiledBlock()
{
    const BlockMatrix m = thresholdMatrix();
    QCOMPARE(m.layers, 16);
    QCOMPARE(m.thresholdLayer, 8);
    QCOMPARE(m.regions[8], RuleRegion::Dense);
    QCOMPARE(m.regions[9], RuleRegion::Harmonic);
    // Dense part: layer t reads all t earlier outputs.
    for (int t = 1; t <= 8; ++t) {
        for (int s = 0; s < t; ++s)
            QVERIFY(m.isConnected(t, s));
    }
    QVERIFY(!m.isConnected(12, 3));
    QVERIFY(!m.isOverridden(12, 3));
    QCOMPARE(m.connectionCount(), 52);
}

void TstMatrixEditor::clickTogglesExactlyThatCell()
{
    ConnectivityMatrixEditor editor;
    editor.setMatrix(thresholdMatrix());
    editor.setCellSize(20);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy edits(&editor, &ConnectivityMatrixEditor::connectionsEdited);
    QTest::mouseClick(&editor, Qt::LeftButton, {}, editor.cellCenter(12, 3));
    QCOMPARE(edits.count(), 1);
    QCOMPARE(edits[0][0].value<QList<QPoint>>(), QList<QPoint>{QPoint(3, 12)});
    QCOMPARE(edits[0][1].toBool(), true);   // was off, so the click connects
    QTest::mouseClick(&editor, Qt::LeftButton, {}, editor.cellCenter(5, 0));
    QCOMPARE(edits.count(), 2);
    QCOMPARE(edits[1][0].value<QList<QPoint>>(), QList<QPoint>{QPoint(0, 5)});
    QCOMPARE(edits[1][1].toBool(), false);
    // Above the diagonal is not a cell: nothing happens.
    QTest::mouseClick(&editor, Qt::LeftButton, {}, editor.cellCenter(3, 7));
    QCOMPARE(edits.count(), 2);
}

void TstMatrixEditor::dragPaintsTheFirstCellsState()
{
    ConnectivityMatrixEditor editor;
    editor.setMatrix(thresholdMatrix());
    editor.setCellSize(20);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy edits(&editor, &ConnectivityMatrixEditor::connectionsEdited);
    // Along row 14 from x0 to x4: (14,0) is off in the harmonic part, so the stroke connects.
    QTest::mousePress(&editor, Qt::LeftButton, {}, editor.cellCenter(14, 0));
    for (int s = 1; s <= 4; ++s) {
        QMouseEvent move(QEvent::MouseMove, editor.cellCenter(14, s), editor.mapToGlobal(editor.cellCenter(14, s)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&editor, &move);
    }
    QTest::mouseRelease(&editor, Qt::LeftButton, {}, editor.cellCenter(14, 4));
    QCOMPARE(edits.count(), 1);
    const QList<QPoint> cells = edits[0][0].value<QList<QPoint>>();
    QCOMPARE(cells, (QList<QPoint>{{0, 14}, {1, 14}, {2, 14}, {3, 14}, {4, 14}}));
    QCOMPARE(edits[0][1].toBool(), true);
}

void TstMatrixEditor::keyboardMovesAndToggles()
{
    ConnectivityMatrixEditor editor;
    editor.setMatrix(thresholdMatrix());
    editor.show();
    editor.setFocus();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy edits(&editor, &ConnectivityMatrixEditor::connectionsEdited);
    QCOMPARE(editor.cursorCell(), QPoint(0, 1));
    for (int i = 0; i < 11; ++i)
        QTest::keyClick(&editor, Qt::Key_Down);   // row 12
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&editor, Qt::Key_Right);  // column 3
    QCOMPARE(editor.cursorCell(), QPoint(3, 12));
    QTest::keyClick(&editor, Qt::Key_Space);
    QCOMPARE(edits.count(), 1);
    QCOMPARE(edits[0][0].value<QList<QPoint>>(), QList<QPoint>{QPoint(3, 12)});
    // The cursor never leaves the lower triangle.
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(&editor, Qt::Key_Right);
    QCOMPARE(editor.cursorCell(), QPoint(11, 12));
}

void TstMatrixEditor::readOnlyIgnoresEdits()
{
    ConnectivityMatrixEditor editor;
    editor.setMatrix(thresholdMatrix());
    editor.setReadOnly(true);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy edits(&editor, &ConnectivityMatrixEditor::connectionsEdited);
    QTest::mouseClick(&editor, Qt::LeftButton, {}, editor.cellCenter(12, 3));
    QTest::keyClick(&editor, Qt::Key_Space);
    QCOMPARE(edits.count(), 0);
}

void TstMatrixEditor::zoomKeepsCellsAddressable()
{
    // A 264-layer-class block: 100+ layers at the smallest zoom still maps points to cells.
    DenseBlockSpec spec;
    spec.layers = 120;
    Design d;
    d.stages = {spec};
    const LayerGraph g = compile(d);
    ConnectivityMatrixEditor editor;
    editor.setMatrix(blockMatrix(g.blocks[0], spec));
    editor.setCellSize(3);
    QCOMPARE(editor.cellSize(), 3);
    QCOMPARE(editor.cellAt(editor.cellCenter(120, 119)), QPoint(119, 120));
    QCOMPARE(editor.cellAt(editor.cellCenter(121, 0)), QPoint(0, 121));
    editor.zoomIn();
    QVERIFY(editor.cellSize() > 3);
    QCOMPARE(editor.cellAt(editor.cellCenter(60, 30)), QPoint(30, 60));
    QVERIFY(editor.sizeHint().width() >= 121 * editor.cellSize());
}

void TstMatrixEditor::hoverLinksMatrixAndDiagram()
{
    ConnectivityMatrixEditor editor;
    BlockDiagram diagram;
    const BlockMatrix m = thresholdMatrix();
    editor.setMatrix(m);
    diagram.setMatrix(m);
    diagram.resize(600, 300);
    QObject::connect(&diagram, &BlockDiagram::layerHovered, &editor, &ConnectivityMatrixEditor::highlightLayer);
    QSignalSpy hovered(&diagram, &BlockDiagram::layerHovered);
    diagram.show();
    QVERIFY(QTest::qWaitForWindowExposed(&diagram));
    const QPointF node = diagram.nodeCenter(9);
    QMouseEvent move(QEvent::MouseMove, node, diagram.mapToGlobal(node), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(&diagram, &move);
    QCOMPARE(hovered.count(), 1);
    QCOMPARE(hovered[0][0].toInt(), 9);
    QCOMPARE(diagram.highlightedLayer(), 9);
}

void TstMatrixEditor::emptyMatrixHasNoCells()
{
    // What the editor shows for a transition or an unbuildable block: nothing to click, hover or
    // toggle (a one-cell ghost here once crashed the app).
    ConnectivityMatrixEditor editor;
    editor.setMatrix({});
    editor.setCellSize(20);
    editor.resize(200, 200);
    editor.show();
    editor.setFocus();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy edits(&editor, &ConnectivityMatrixEditor::connectionsEdited);
    QCOMPARE(editor.cellAt(editor.cellCenter(1, 0)), QPoint(-1, -1));
    QTest::mouseClick(&editor, Qt::LeftButton, {}, editor.cellCenter(1, 0));
    QTest::keyClick(&editor, Qt::Key_Space);
    QHelpEvent tip(QEvent::ToolTip, editor.cellCenter(1, 0), editor.mapToGlobal(editor.cellCenter(1, 0)));
    QApplication::sendEvent(&editor, &tip);
    QCOMPARE(edits.count(), 0);
}

QTEST_MAIN(TstMatrixEditor)
#include "tst_matrixeditor.moc"
