// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QTabWidget;

namespace denselab {

class BlockDiagram;
class BlockForm;
class ConnectivityMatrixEditor;
class DesignDocument;
class NetworkForm;

/// The editor of the selected dense block: the connectivity matrix, the block diagram (hover in
/// one highlights the other) and the block and network parameter forms. Every edit goes to the
/// document as one undo command; the editor redraws from the document's changed() signal.
class BlockEditor : public QWidget {
    Q_OBJECT
public:
    explicit BlockEditor(DesignDocument *document, QWidget *parent = nullptr);

    /// Shows Design stage `stage` (a dense block; other stages show a hint).
    void setStage(int stage);
    int stage() const { return m_stage; }

    ConnectivityMatrixEditor *matrixEditor() const { return m_matrix; }
    BlockDiagram *diagram() const { return m_diagram; }
    BlockForm *blockForm() const { return m_blockForm; }
    NetworkForm *networkForm() const { return m_networkForm; }
    QLabel *summary() const { return m_summary; }

    /// Redraws everything from the document (connected to DesignDocument::changed).
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString tooltipFor(int target, int source) const;
    void applyConnections(const QList<QPoint> &cells, bool connected);

    DesignDocument *m_document;
    int m_stage = -1;
    QLabel *m_summary = nullptr;
    QScrollArea *m_scroll = nullptr;
    ConnectivityMatrixEditor *m_matrix = nullptr;
    BlockDiagram *m_diagram = nullptr;
    QTabWidget *m_forms = nullptr;
    BlockForm *m_blockForm = nullptr;
    NetworkForm *m_networkForm = nullptr;
    bool m_autoFit = true;   // until the user zooms, the matrix fills its area
};

} // namespace denselab
