// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerchart.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

namespace denselab {

LayerChart::LayerChart(Quantity quantity, QWidget *parent) : QWidget(parent), m_quantity(quantity)
{
    m_plot = new QCustomPlot(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumHeight(140);
    // Alternating colours per block (as the seed figure separates blocks).
    m_parent = new QCPBars(m_plot->xAxis, m_plot->yAxis);   // first: drawn behind
    m_parent->setPen(QPen(QColor(0x63, 0x63, 0x63), 1.0, Qt::DashLine));
    m_parent->setBrush(Qt::NoBrush);
    m_parent->setWidthType(QCPBars::wtPlotCoords);
    m_parent->setWidth(0.8);
    m_parent->setName(tr("before pruning"));
    m_even = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_odd = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_even->setPen(Qt::NoPen);
    m_odd->setPen(Qt::NoPen);
    m_even->setBrush(QColor(0x31, 0x82, 0xbd));
    m_odd->setBrush(QColor(0xe6, 0x55, 0x0d));
    m_even->setWidthType(QCPBars::wtPlotCoords);
    m_odd->setWidthType(QCPBars::wtPlotCoords);
    m_even->setWidth(0.8);
    m_odd->setWidth(0.8);
    m_plot->xAxis->setLabel(tr("Layer (all dense blocks, in order)"));
    // Layers are whole numbers: no 2.5, 7.5 ticks.
    QSharedPointer<QCPAxisTickerFixed> layers(new QCPAxisTickerFixed);
    layers->setTickStep(1.0);
    layers->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(layers);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    setQuantity(quantity);
}

void LayerChart::setQuantity(Quantity quantity)
{
    m_quantity = quantity;
    switch (quantity) {
    case Quantity::InputChannels: m_plot->yAxis->setLabel(tr("Input channels")); break;
    case Quantity::MemReadWrite: m_plot->yAxis->setLabel(tr("MemR+W (MiB)")); break;
    case Quantity::Cio: m_plot->yAxis->setLabel(tr("CIO (M elements)")); break;
    }
    refresh();
}

void LayerChart::setSeries(const LayerSeries &series)
{
    m_series = series;
    refresh();
}

void LayerChart::refresh()
{
    const std::size_t n = m_series.layer.size();
    m_values.resize(static_cast<int>(n));
    QVector<double> xEven, yEven, xOdd, yOdd;
    for (std::size_t i = 0; i < n; ++i) {
        double v = 0;
        switch (m_quantity) {
        case Quantity::InputChannels: v = double(m_series.inputChannels[i]); break;
        case Quantity::MemReadWrite: v = double(m_series.memReadWrite[i]) / (1024.0 * 1024.0); break;
        case Quantity::Cio: v = double(m_series.cio[i]) / 1e6; break;
        }
        m_values[static_cast<int>(i)] = v;
        auto &xs = m_series.block[i] % 2 ? xOdd : xEven;
        auto &ys = m_series.block[i] % 2 ? yOdd : yEven;
        xs.append(double(i + 1));
        ys.append(v);
    }
    m_even->setData(xEven, yEven, true);
    m_odd->setData(xOdd, yOdd, true);
    // Parent against pruned, as LWP's Fig. 2 (left): the designed widths as outlines.
    m_designed.clear();
    QVector<double> xDesigned;
    bool pruned = false;
    if (m_quantity == Quantity::InputChannels && m_series.designedInputChannels.size() == n) {
        for (std::size_t i = 0; i < n; ++i) {
            pruned = pruned || m_series.designedInputChannels[i] != m_series.inputChannels[i];
            xDesigned.append(double(i + 1));
            m_designed.append(double(m_series.designedInputChannels[i]));
        }
    }
    if (!pruned) {
        m_designed.clear();
        xDesigned.clear();
    }
    m_parent->setData(xDesigned, m_designed, true);
    double top = m_values.isEmpty() ? 1.0 : *std::max_element(m_values.begin(), m_values.end());
    if (!m_designed.isEmpty())
        top = std::max(top, *std::max_element(m_designed.begin(), m_designed.end()));
    m_plot->xAxis->setRange(0, double(n) + 1);
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.08 : 1.0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace denselab
