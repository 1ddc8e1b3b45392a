// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/layergraph.h"

#include <string>

namespace denselab::exporting {

/// model.py for a compiled design: a self-contained torch.nn.Module (it imports only torch)
/// whose module names are the graph's node names, so that a state_dict key is the node name
/// plus ".weight", ".bias", ".running_mean", ... Dense blocks are written as one DenseBlock
/// module that loops over the block's connectivity lists (sources of every layer, sources of
/// the output); layers of the same structure share one layer class. Whatever is not a dense
/// block (stems, transitions, residual units, heads) is written out node by node. The
/// docstring names the design and its parameters and MACs. Pure function of the graph.
std::string pytorchModelSource(const LayerGraph &graph);

/// README.md of an export folder: what the files are and three lines of usage. `weights` says
/// where weights.pt comes from ("the best checkpoint of run X"), empty when there is none.
std::string pytorchReadme(const LayerGraph &graph, const std::string &weights);

/// Writes model.py and README.md into `folder` (created when missing), each atomically; an
/// export with weights writes weights.pt first, so that a failed one leaves no README that
/// promises them. Throws io::FileError naming the file, DesignError for a graph model.py cannot
/// express.
void writePyTorchFolder(const LayerGraph &graph, const std::string &folder, const std::string &weights);

/// Creates `folder` when missing; throws io::FileError naming it.
void createExportFolder(const std::string &folder);

/// The name a graph node's module has in model.py and in weights.pt ("stage3.layer5.conv2").
/// Throws DesignError when a part of the name is not a Python identifier that nn.Module can
/// take as an attribute (compiled designs never produce one).
std::string pythonModulePath(const std::string &nodeName);

} // namespace denselab::exporting
