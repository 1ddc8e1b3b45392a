// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"

#include <vector>

namespace denselab {

/// Whether the block's rule alone (no overrides) connects `source` to `target`; target L+1 is
/// the block-output row. `effective` is the block after the channel-threshold mechanism
/// (compiler.h effectiveBlock), so a ThreshNet block answers with the rule it really uses.
bool ruleConnects(const DenseBlockSpec &effective, int target, int source);

/// Sets one cell of the connectivity matrix by editing `spec.overrides`: an override is stored
/// only where the wish departs from the rule, and removed where it agrees again, so toggling a
/// cell twice gives back the original design exactly. Out-of-range cells are ignored.
void setConnection(DenseBlockSpec &spec, const DenseBlockSpec &effective, int target, int source, bool connected);

/// Keeps an edited block consistent with what the user sees. Switching to the custom rule
/// freezes the matrix on screen (`before`'s rule plus its overrides) into the custom lists;
/// a new depth resizes custom lists (new layers read every earlier layer), moves output-row
/// overrides to the new output row and drops overrides that point past the block.
/// `effectiveBefore` is `before` after the channel-threshold mechanism.
DenseBlockSpec adaptBlockEdit(const DenseBlockSpec &before, const DenseBlockSpec &effectiveBefore, DenseBlockSpec after);

/// Index of Design::stages of every dense block, in order (what the outline and the editor list).
std::vector<int> denseBlockStages(const Design &design);

/// The design with every dense block made a plain DenseNet block: rule dense, no overrides,
/// all layers in the output, no ThreshNet channel threshold. Widths become k everywhere. The
/// cost panel's default baseline ("what would full density cost").
Design denseCounterpart(const Design &design);

} // namespace denselab
