// SPDX-License-Identifier: GPL-3.0-or-later
#include "designdocument.h"

#include "design/designerror.h"
#include "edit/connectionedit.h"
#include "edit/designdiff.h"
#include "editdesigncommand.h"
#include "graph/compiler.h"

#include <QUndoStack>

namespace denselab {

DesignDocument::DesignDocument(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { Q_EMIT modifiedChanged(isModified()); });
    apply(m_design);
}

DesignDocument::~DesignDocument() = default;

bool DesignDocument::isModified() const
{
    // Edits that lead back to the saved design (a cell toggled on and off) leave it clean.
    return m_restored || (!m_undo->isClean() && !(m_design == m_saved));
}

void DesignDocument::reset(const Design &design, const QString &path, bool modified)
{
    m_undo->clear();
    m_saved = design;
    m_restored = modified;
    if (m_path != path) {
        m_path = path;
        Q_EMIT filePathChanged(path);
    }
    apply(design);
    Q_EMIT modifiedChanged(isModified());
}

void DesignDocument::markSaved(const QString &path)
{
    m_saved = m_design;
    m_restored = false;
    m_undo->setClean();
    if (m_path != path) {
        m_path = path;
        Q_EMIT filePathChanged(path);
    }
    Q_EMIT modifiedChanged(false);
}

void DesignDocument::edit(const Design &after, const QString &text, int mergeGroup)
{
    if (after == m_design)
        return;
    m_undo->push(new EditDesignCommand(this, m_design, after, text, mergeGroup));
}

void DesignDocument::apply(const Design &design)
{
    m_design = design;
    try {
        LayerGraph graph = compile(design);
        m_costs = computeCosts(graph);
        m_graph = std::move(graph);
        m_error.clear();
    } catch (const DesignError &e) {
        m_error = QString::fromStdString(e.what());   // keep the last graph that compiled
    }
    Q_EMIT changed();
    // During an undo-stack push the stack's index has not moved yet: the stack's cleanChanged
    // follows, so only a change that the design itself makes (back to the saved one) is sent here.
    if (!m_undo->isClean())
        Q_EMIT modifiedChanged(isModified());
}

const CompiledBlock *DesignDocument::compiledBlock(int stage) const
{
    if (!isValid())
        return nullptr;
    for (const CompiledBlock &block : m_graph.blocks) {
        if (block.stage == stage)
            return &block;
    }
    return nullptr;
}

DenseBlockSpec DesignDocument::effectiveBlock(int stage) const
{
    if (stage < 0 || stage >= static_cast<int>(m_design.stages.size()))
        return {};
    const auto *declared = std::get_if<DenseBlockSpec>(&m_design.stages[static_cast<std::size_t>(stage)]);
    if (!declared)
        return {};
    const CompiledBlock *block = compiledBlock(stage);
    return block ? denselab::effectiveBlock(m_design, *declared, block->designedInputChannels) : *declared;
}

Design DesignDocument::withConnections(int stage, const QList<QPoint> &cells, bool connected) const
{
    Design after = m_design;
    if (stage < 0 || stage >= static_cast<int>(after.stages.size()))
        return after;
    auto *spec = std::get_if<DenseBlockSpec>(&after.stages[static_cast<std::size_t>(stage)]);
    if (!spec)
        return after;
    const DenseBlockSpec effective = effectiveBlock(stage);
    for (const QPoint &cell : cells)
        setConnection(*spec, effective, cell.y(), cell.x(), connected);
    return after;
}

bool DesignDocument::toggleDelta(int stage, int target, int source, Cost &delta) const
{
    const CompiledBlock *block = compiledBlock(stage);
    if (!block)
        return false;
    const bool now = block->connectivity.connected(target, source);
    try {
        const LayerGraph graph = compile(withConnections(stage, {QPoint(source, target)}, !now));
        delta = costDelta(m_costs.total, computeCosts(graph).total);
        return true;
    } catch (const DesignError &) {
        return false;
    }
}

} // namespace denselab
