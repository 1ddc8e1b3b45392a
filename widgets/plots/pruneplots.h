// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCustomPlot;
class QCPCurve;

namespace denselab {

/// A pruning job per iteration: test accuracy (%) against MACs and against params, right after
/// the filters were removed and after fine-tuning, the iterations joined in order (seed: the
/// accuracy a gradual reduction keeps). GUI thread only.
class PrunePlots : public QWidget {
    Q_OBJECT
public:
    explicit PrunePlots(QWidget *parent = nullptr);

    void clear();
    void addIteration(int iteration, double params, double macs, double accuracyBefore, double accuracyAfter);

    QCPCurve *macsBefore() const { return m_macsBefore; }
    QCPCurve *macsAfter() const { return m_macsAfter; }
    QCustomPlot *macsPlot() const { return m_macsPlot; }
    QCustomPlot *paramsPlot() const { return m_paramsPlot; }

private:
    void replot();

    QCustomPlot *m_macsPlot = nullptr;
    QCustomPlot *m_paramsPlot = nullptr;
    QCPCurve *m_macsBefore = nullptr;
    QCPCurve *m_macsAfter = nullptr;
    QCPCurve *m_paramsBefore = nullptr;
    QCPCurve *m_paramsAfter = nullptr;
};

} // namespace denselab
