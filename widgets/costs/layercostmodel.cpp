// SPDX-License-Identifier: GPL-3.0-or-later
#include "layercostmodel.h"

#include "cost/units.h"
#include "report/costreporttext.h"

namespace denselab {

LayerCostModel::LayerCostModel(QObject *parent) : QAbstractTableModel(parent) {}

void LayerCostModel::setReport(const LayerGraph &graph, const CostReport &report)
{
    // Same node count (a slider step, a toggled cell): only the figures changed, so tell the
    // views that much instead of resetting selection and scroll position.
    const bool sameRows = graph.nodes.size() == m_graph.nodes.size();
    if (!sameRows)
        beginResetModel();
    m_graph = graph;
    m_report = report;
    if (!sameRows)
        endResetModel();
    else if (!m_graph.nodes.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LayerCostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_graph.nodes.size());
}

int LayerCostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LayerCostModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::UserRole && role != Qt::TextAlignmentRole))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const Node &node = m_graph.nodes[row];
    const Cost &c = m_report.perNode[row];
    if (role == Qt::TextAlignmentRole)
        return index.column() <= Output ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    const bool exact = role == Qt::UserRole;
    auto count = [&](std::int64_t v) -> QVariant {
        return exact ? QVariant(qlonglong(v)) : QVariant(QString::fromStdString(formatCount(v)));
    };
    auto bytes = [&](std::int64_t v) -> QVariant {
        return exact ? QVariant(qlonglong(v)) : QVariant(QString::fromStdString(formatBytes(v)));
    };
    switch (index.column()) {
    case Name: return exact ? QVariant(index.row()) : QVariant(QString::fromStdString(node.name));
    case Op: return QString::fromLatin1(opName(node.op));
    case Output: {
        if (exact)
            return QVariant(qlonglong(node.out.numel()));
        QString text = QString::fromStdString(shapeText(node.out));
        if (node.op == OpKind::Conv && node.designedChannels != node.out.channels)
            text += tr(" (of %1)").arg(node.designedChannels);   // a pruned width
        return text;
    }
    case Params: return exact ? QVariant(qlonglong(c.params)) : QVariant(QString::number(c.params));
    case Macs: return count(c.macs);
    case MAdd: return count(c.madd);
    case Flops: return count(c.flops);
    case MemRW: return bytes(c.memReadWriteBytes());
    case Cio: return count(c.cioElements);
    case Traffic: return bytes(c.trafficBytes);
    case Connections: return exact ? QVariant(node.connections) : QVariant(node.connections ? QString::number(node.connections) : QString());
    default: return {};
    }
}

QVariant LayerCostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Node");
    case Op: return tr("Op");
    case Output: return tr("Output");
    case Params: return tr("Params");
    case Macs: return tr("MACs");
    case MAdd: return tr("MAdd");
    case Flops: return tr("Flops");
    case MemRW: return tr("MemR+W");
    case Cio: return tr("CIO");
    case Traffic: return tr("Traffic");
    case Connections: return tr("Connections");
    default: return {};
    }
}

} // namespace denselab
