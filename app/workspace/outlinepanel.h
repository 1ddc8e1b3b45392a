// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTreeWidget;
class QToolButton;

namespace denselab {

class DesignDocument;

/// The design's outline: stem, stages (kind and a one-line summary), head. Selecting a stage
/// opens it in the block editor; the buttons add a dense block or transition after the
/// selection, remove, duplicate and move stages, each as one undoable edit.
class OutlinePanel : public QWidget {
    Q_OBJECT
public:
    explicit OutlinePanel(DesignDocument *document, QWidget *parent = nullptr);

    int selectedStage() const { return m_selected; }
    void selectStage(int stage);
    /// Selects the design's first dense block (what opening a design shows), if it has one.
    void selectFirstDenseBlock();
    QTreeWidget *tree() const { return m_tree; }

    void addDenseBlock();
    void addTransition();
    void removeSelected();
    void duplicateSelected();
    void moveSelected(int delta);

Q_SIGNALS:
    void stageSelected(int stage);

private:
    void rebuild();
    void insertStage(int at, const class QString &text, int kind);

    DesignDocument *m_document;
    QTreeWidget *m_tree = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_duplicate = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    int m_selected = -1;
};

} // namespace denselab
