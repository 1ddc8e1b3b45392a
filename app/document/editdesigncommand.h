// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"

#include <QUndoCommand>

namespace denselab {

class DesignDocument;

/// One undoable edit of a design: the whole design before and after (a design is a few
/// kilobytes, so snapshots are simpler and safer than per-field inverse operations).
/// Commands of one slider drag share a merge group and collapse into one; a drag that ends
/// where it started becomes obsolete and leaves the stack.
class EditDesignCommand : public QUndoCommand {
public:
    EditDesignCommand(DesignDocument *document, Design before, Design after, const QString &text, int mergeGroup);

    void undo() override;
    void redo() override;
    int id() const override { return m_group >= 0 ? kMergeId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    static constexpr int kMergeId = 0x44454e53;   // "DENS"
    DesignDocument *m_document;
    Design m_before;
    Design m_after;
    int m_group;
};

} // namespace denselab
