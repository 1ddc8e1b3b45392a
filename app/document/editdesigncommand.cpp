// SPDX-License-Identifier: GPL-3.0-or-later
#include "editdesigncommand.h"

#include "designdocument.h"

namespace denselab {

EditDesignCommand::EditDesignCommand(DesignDocument *document, Design before, Design after, const QString &text,
                                     int mergeGroup)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after)), m_group(mergeGroup)
{
}

void EditDesignCommand::undo()
{
    m_document->apply(m_before);
}

void EditDesignCommand::redo()
{
    m_document->apply(m_after);
}

bool EditDesignCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditDesignCommand *>(other);
    if (next->m_group != m_group)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace denselab
