// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matrix/blockmatrix.h"

#include <QWidget>

namespace denselab {

/// A dense block drawn like the seed papers' figures: x0, the layers and the block output on a
/// line, one arc above the line per connection (below it for the output's), arcs shaded by the
/// rule region of their target. Hovering a layer highlights its arcs and reports the layer, so
/// the matrix editor can highlight the same row; a cell hovered there highlights one arc here.
class BlockDiagram : public QWidget {
    Q_OBJECT
public:
    explicit BlockDiagram(QWidget *parent = nullptr);

    void setMatrix(const BlockMatrix &matrix);
    /// Centre of node `layer` (0 = x0, L+1 = output) in widget coordinates.
    QPointF nodeCenter(int layer) const;
    int layerAt(const QPointF &pos) const;
    int highlightedLayer() const { return m_hoverLayer; }

    QSize sizeHint() const override { return {520, 260}; }
    QSize minimumSizeHint() const override { return {200, 120}; }

public Q_SLOTS:
    /// The matrix editor's hovered cell: draw that one connection bold; (-1,-1) clears.
    void highlightConnection(int target, int source);

Q_SIGNALS:
    /// The layer under the mouse changed (-1: none).
    void layerHovered(int layer);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    double spacing() const;
    double baseline() const;

    BlockMatrix m_matrix;
    int m_hoverLayer = -1;
    int m_linkTarget = -1;
    int m_linkSource = -1;
};

} // namespace denselab
