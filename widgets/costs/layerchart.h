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
    QCustomPlot *plot() const { return m_plot; }

private:
    void refresh();

    Quantity m_quantity;
    LayerSeries m_series;
    QVector<double> m_values;
    QCustomPlot *m_plot = nullptr;
    QCPBars *m_even = nullptr;
    QCPBars *m_odd = nullptr;
};

} // namespace denselab
