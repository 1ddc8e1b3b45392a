// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/layerseries.h"

#include <QWidget>

class QCustomPlot;
class QCPBars;

namespace denselab {

/// A bar chart over the dense-block layers of a network: one figure per layer, blocks told apart
/// by alternating colours. Replots are queued, so a burst of updates costs one repaint.
class LayerChart : public QWidget {
    Q_OBJECT
public:
    enum class Quantity { InputChannels, MemReadWrite, Cio };

    explicit LayerChart(Quantity quantity, QWidget *parent = nullptr);

    void setQuantity(Quantity quantity);
    Quantity quantity() const { return m_quantity; }
    void setSeries(const LayerSeries &series);
    /// The values shown, in layer order (what the tests and exports read).
    const QVector<double> &values() const { return m_values; }
    /// Input channels before pruning, drawn as outlines behind the bars; empty when no layer
    /// of the design is pruned (or another quantity is shown).
    const QVector<double> &designedValues() const { return m_designed; }
    QCustomPlot *plot() const { return m_plot; }

private:
    void refresh();

    Quantity m_quantity;
    LayerSeries m_series;
    QVector<double> m_values;
    QVector<double> m_designed;
    QCustomPlot *m_plot = nullptr;
    QCPBars *m_even = nullptr;
    QCPBars *m_odd = nullptr;
    QCPBars *m_parent = nullptr;   // designed (unpruned) input channels
};

} // namespace denselab
