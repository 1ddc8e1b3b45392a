// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"
#include "graph/layergraph.h"

#include <QWidget>

class QLabel;
class QScrollArea;

namespace denselab {

class ConnectivityMatrixEditor;

/// Two designs' matrices of the n-th dense block side by side, read-only, with the structural
/// diff marked: red outlines on A for connections only A has, green on B for those only B has.
/// Used by the design comparison and the run comparison.
class MatrixDiffView : public QWidget {
    Q_OBJECT
public:
    explicit MatrixDiffView(QWidget *parent = nullptr);

    /// Shows block `blockIndex` (0-based among dense blocks) of both compiled designs.
    void setPair(const LayerGraph &graphA, const Design &designA, const QString &labelA, const LayerGraph &graphB,
                 const Design &designB, const QString &labelB, int blockIndex);
    ConnectivityMatrixEditor *matrixA() const { return m_a; }
    ConnectivityMatrixEditor *matrixB() const { return m_b; }

protected:
    /// The matrices are sized to fill their halves (a block of 16 layers is not drawn at the
    /// cell size of the editor's default, 160 px tall in a large dialog).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitMatrices();

    ConnectivityMatrixEditor *m_a = nullptr;
    ConnectivityMatrixEditor *m_b = nullptr;
    QLabel *m_labelA = nullptr;
    QLabel *m_labelB = nullptr;
    QScrollArea *m_scrollA = nullptr;
    QScrollArea *m_scrollB = nullptr;
};

} // namespace denselab
