// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPBars;

namespace denselab {

/// Two bar series side by side over labelled positions: a parent network against its child or
/// pruned version (seed LWP, Fig. 2 left: input channels per layer; filters kept per layer).
/// Integer ticks on the position axis, a legend above the bars. Replots are queued.
class PairedBars : public QWidget {
    Q_OBJECT
public:
    explicit PairedBars(QWidget *parent = nullptr);

    /// `labels` name the positions (tooltips and, when few, the ticks); both series have one
    /// value per label.
    void setData(const QStringList &labels, const QVector<double> &first, const QVector<double> &second);
    void setNames(const QString &first, const QString &second, const QString &valueAxis, const QString &positionAxis);
    const QVector<double> &first() const { return m_first; }
    const QVector<double> &second() const { return m_second; }
    QCustomPlot *plot() const { return m_plot; }

private:
    QCustomPlot *m_plot = nullptr;
    QCPBars *m_firstBars = nullptr;
    QCPBars *m_secondBars = nullptr;
    QStringList m_labels;
    QVector<double> m_first;
    QVector<double> m_second;
};

} // namespace denselab
