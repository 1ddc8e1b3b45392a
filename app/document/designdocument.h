// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cost/costmodel.h"
#include "design/design.h"
#include "graph/layergraph.h"

#include <QList>
#include <QObject>
#include <QPoint>
#include <QString>

class QUndoStack;

namespace denselab {

/// The design being edited, as an observable document (Tiled's MapDocument pattern): it owns
/// the plain Design, its undo stack, its file and the compiled graph with its costs. Every edit
/// is one undoable command; after each change the design is compiled and costed again (well
/// under a millisecond for densenet264) and changed() is emitted once. Widgets never touch the
/// Design directly. GUI thread only.
class DesignDocument : public QObject {
    Q_OBJECT
public:
    explicit DesignDocument(QObject *parent = nullptr);
    ~DesignDocument() override;

    const Design &design() const { return m_design; }
    QUndoStack *undoStack() const { return m_undo; }

    /// Compiled state. When the current design cannot be built, error() says why and graph()
    /// and costs() still hold the last design that could (shown greyed).
    bool isValid() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const LayerGraph &graph() const { return m_graph; }
    const CostReport &costs() const { return m_costs; }

    QString filePath() const { return m_path; }
    /// Unsaved changes: the undo stack left its clean state, or the design was restored from a
    /// recovery file.
    bool isModified() const;
    /// The design as last opened or saved (the "saved version" baseline).
    const Design &savedDesign() const { return m_saved; }

    /// Replaces the whole document (New, Open, a preset); clears the undo history.
    void reset(const Design &design, const QString &path, bool modified = false);
    /// Records a successful save to `path`.
    void markSaved(const QString &path);

    /// Applies an edit as one undo command named `text`. Edits with the same `mergeGroup` >= 0
    /// (one slider drag) merge into a single command. An edit that changes nothing is ignored.
    void edit(const Design &after, const QString &text, int mergeGroup = -1);

    /// The compiled block of Design stage `stage`, or nullptr (not a dense block / not compiled).
    const CompiledBlock *compiledBlock(int stage) const;
    /// The block's spec after the channel-threshold mechanism, as compiled (a default spec for a
    /// stage that is not a dense block).
    DenseBlockSpec effectiveBlock(int stage) const;
    /// The design with the listed cells of stage `stage` set to `connected` (QPoint(source, target)).
    Design withConnections(int stage, const QList<QPoint> &cells, bool connected) const;
    /// What toggling one cell would change: costs(after) - costs(now). False when the result
    /// would not compile (e.g. it removes the block's last output).
    bool toggleDelta(int stage, int target, int source, Cost &delta) const;

Q_SIGNALS:
    /// The design changed (edit, undo, redo, reset); graph and costs are already updated.
    void changed();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    friend class EditDesignCommand;
    void apply(const Design &design);

    Design m_design;
    Design m_saved;
    QUndoStack *m_undo = nullptr;
    QString m_path;
    QString m_error;
    LayerGraph m_graph;
    CostReport m_costs;
    bool m_restored = false;
};

} // namespace denselab
