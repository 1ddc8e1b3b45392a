// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixdiffview.h"

#include "connectivitymatrixeditor.h"
#include "edit/designdiff.h"
#include "graph/compiler.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>

namespace denselab {
namespace {

BlockMatrix matrixOf(const LayerGraph &graph, const Design &design, std::size_t index)
{
    if (index >= graph.blocks.size())
        return {};
    const CompiledBlock &block = graph.blocks[index];
    const auto &spec = std::get<DenseBlockSpec>(design.stages[static_cast<std::size_t>(block.stage)]);
    return blockMatrix(block, effectiveBlock(design, spec, block.designedInputChannels));
}

// The diff puts both output rows at max(L) + 1; each matrix draws its own at L + 1.
QList<QPoint> toPoints(const std::vector<MatrixCell> &cells, int diffOutputRow, int ownOutputRow)
{
    QList<QPoint> points;
    for (const auto &[target, source] : cells)
        points.append(QPoint(source, target == diffOutputRow ? ownOutputRow : target));
    return points;
}

} // namespace

MatrixDiffView::MatrixDiffView(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_a = new ConnectivityMatrixEditor;
    m_b = new ConnectivityMatrixEditor;
    m_labelA = new QLabel(this);
    m_labelB = new QLabel(this);
    int column = 0;
    for (auto [editor, label] : {std::pair{m_a, m_labelA}, std::pair{m_b, m_labelB}}) {
        editor->setReadOnly(true);
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(editor);
        scroll->viewport()->installEventFilter(this);
        label->setWordWrap(true);
        grid->addWidget(label, 0, column);
        grid->addWidget(scroll, 1, column);
        (column == 0 ? m_scrollA : m_scrollB) = scroll;
        ++column;
    }
    grid->setRowStretch(1, 1);
    setMinimumHeight(260);
}

bool MatrixDiffView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fitMatrices();
    return QWidget::eventFilter(watched, event);
}

void MatrixDiffView::fitMatrices()
{
    m_a->fitTo(m_scrollA->viewport()->size());
    m_b->fitTo(m_scrollB->viewport()->size());
}

void MatrixDiffView::setPair(const LayerGraph &graphA, const Design &designA, const QString &labelA,
                             const LayerGraph &graphB, const Design &designB, const QString &labelB, int blockIndex)
{
    const auto index = static_cast<std::size_t>(std::max(0, blockIndex));
    const BlockMatrix ma = matrixOf(graphA, designA, index);
    const BlockMatrix mb = matrixOf(graphB, designB, index);
    m_a->setMatrix(ma);
    m_b->setMatrix(mb);
    fitMatrices();
    m_labelA->setText(tr("A: %1 (red: only in A)").arg(labelA));
    m_labelB->setText(tr("B: %1 (green: only in B)").arg(labelB));
    const std::vector<BlockDiff> diffs = diffBlocks(graphA, graphB);
    if (index < diffs.size()) {
        const int diffOut = std::max(diffs[index].layersA, diffs[index].layersB) + 1;
        m_a->setDiffMarks({}, toPoints(diffs[index].removed, diffOut, ma.layers + 1));
        m_b->setDiffMarks(toPoints(diffs[index].added, diffOut, mb.layers + 1), {});
    }
}

} // namespace denselab
