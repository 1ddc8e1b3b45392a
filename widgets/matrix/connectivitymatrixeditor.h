// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blockmatrix.h"

#include <QList>
#include <QPoint>
#include <QSet>
#include <QWidget>

#include <functional>

namespace denselab {

/// A dense block's connectivity as a lower-triangular grid: rows are target layers (and the
/// block output), columns are sources (x0 = block input, then layers). Paints itself cell by
/// cell, only inside the exposed rectangle, so 100+ layers stay fast; zoom changes the cell size.
/// A click toggles a cell, a drag paints the state of the first cell, arrows move the cursor and
/// Space toggles it. It never edits a design: it reports edits through connectionsEdited and the
/// owner applies them (and sets the new matrix).
/// Cells are QPoint(x = source, y = target).
class ConnectivityMatrixEditor : public QWidget {
    Q_OBJECT
public:
    explicit ConnectivityMatrixEditor(QWidget *parent = nullptr);

    void setMatrix(const BlockMatrix &matrix);
    const BlockMatrix &matrix() const { return m_matrix; }

    /// Text of the hover tooltip for a cell (source -> target, channels, cost delta). Without a
    /// provider the tooltip names the cell and its channels only.
    void setTooltipProvider(std::function<QString(int target, int source)> provider);
    /// Read-only matrices (comparison view) ignore clicks and keys that would edit.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    /// Cells outlined as added (green) / removed (red) by a structural diff.
    void setDiffMarks(const QList<QPoint> &added, const QList<QPoint> &removed);

    int cellSize() const { return m_cell; }
    void setCellSize(int pixels);
    void zoomIn() { setCellSize(m_cell + (m_cell >= 12 ? 4 : 2)); }
    void zoomOut() { setCellSize(m_cell - (m_cell > 12 ? 4 : 2)); }
    /// Picks the largest cell size (within limits) that shows the whole block in `area`.
    void fitTo(const QSize &area);

    /// Widget coordinates of a cell's centre, and the cell under a point (or (-1,-1)).
    QPoint cellCenter(int target, int source) const;
    QPoint cellAt(const QPoint &pos) const;
    QPoint cursorCell() const { return m_cursor; }

    QSize sizeHint() const override;

public Q_SLOTS:
    /// Highlights a cell from outside (the block diagram's hover); (-1,-1) clears.
    void highlightCell(int target, int source);
    /// Highlights a whole row and column (a layer hovered in the diagram); -1 clears.
    void highlightLayer(int layer);

Q_SIGNALS:
    /// A click or a finished drag: every listed cell should become `connected`.
    void connectionsEdited(const QList<QPoint> &cells, bool connected);
    /// The cell under the mouse changed; (-1, -1) when it left the grid.
    void cellHovered(int target, int source);
    void cellSizeChanged(int pixels);
    /// The user zoomed (keys or Ctrl+wheel), as opposed to fitTo().
    void zoomedByUser();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect cellRect(int target, int source) const;
    QString rowLabel(int target) const;
    void setHover(const QPoint &cell);
    void paintCell(class QPainter &p, int target, int source) const;
    void addToStroke(const QPoint &cell);

    BlockMatrix m_matrix;
    std::function<QString(int, int)> m_tooltip;
    int m_cell = 14;
    bool m_readOnly = false;
    QPoint m_hover{-1, -1};
    QPoint m_highlight{-1, -1};
    int m_highlightLayer = -1;
    QPoint m_cursor{0, 1};
    bool m_stroking = false;
    bool m_strokeState = true;
    QList<QPoint> m_stroke;
    QSet<quint64> m_added;
    QSet<quint64> m_removed;
};

} // namespace denselab
