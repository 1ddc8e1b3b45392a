// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cost/costmodel.h"
#include "graph/layergraph.h"

#include <QAbstractTableModel>

namespace denselab {

/// The per-node cost table: one row per node of the compiled graph. Qt::DisplayRole gives the
/// formatted figure, Qt::UserRole the exact number (what the sort proxy sorts by).
class LayerCostModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Op, Output, Params, Macs, MAdd, Flops, MemRW, Cio, Traffic, Connections, ColumnCount };

    explicit LayerCostModel(QObject *parent = nullptr);
    void setReport(const LayerGraph &graph, const CostReport &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    LayerGraph m_graph;
    CostReport m_report;
};

} // namespace denselab
