// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QTimer;

namespace denselab {

/// Live curves of one training run, four QCustomPlot panels: loss (per step, smoothed, and the
/// per-epoch test loss), top-1 accuracy (train and test per epoch), learning rate and images/s
/// (per step). X is in epochs (fractional for steps). Points are appended as they arrive; the
/// repaint is coalesced to one per 40 ms frame at most, so bursts never cost more redraws than
/// the screen can show. GUI thread only.
class TrainingPlots : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPlots(QWidget *parent = nullptr);

    void clear();
    /// One step event: `epochs` = epoch + fraction done. Points at or after `epochs` are
    /// replaced (a resumed run redoes the steps after its checkpoint).
    void addStep(double epochs, double loss, double learningRate, double imagesPerSecond);
    /// One finished epoch (1-based x: the end of epoch `epochIndex`); accuracies 0..1 are
    /// drawn in %.
    /// The training loss is drawn per step (addStep), so an epoch adds the test loss and accuracies.
    void addEpoch(int epochIndex, double testLoss, double trainAccuracy, double testAccuracy);

    QCPGraph *stepLossGraph() const { return m_stepLoss; }
    QCPGraph *smoothedLossGraph() const { return m_smoothLoss; }
    QCPGraph *testLossGraph() const { return m_testLoss; }
    QCPGraph *trainAccuracyGraph() const { return m_trainAcc; }
    QCPGraph *testAccuracyGraph() const { return m_testAcc; }
    QCPGraph *learningRateGraph() const { return m_lr; }
    QCPGraph *speedGraph() const { return m_speed; }
    QCustomPlot *lossPlot() const { return m_lossPlot; }
    QCustomPlot *accuracyPlot() const { return m_accPlot; }
    /// How many times the plots were actually redrawn (coalescing is observable in tests).
    int replots() const { return m_replots; }

private:
    void scheduleReplot();
    void replotNow();

    QCustomPlot *m_lossPlot = nullptr;
    QCustomPlot *m_accPlot = nullptr;
    QCustomPlot *m_lrPlot = nullptr;
    QCustomPlot *m_speedPlot = nullptr;
    QCPGraph *m_stepLoss = nullptr;
    QCPGraph *m_smoothLoss = nullptr;
    QCPGraph *m_testLoss = nullptr;
    QCPGraph *m_trainAcc = nullptr;
    QCPGraph *m_testAcc = nullptr;
    QCPGraph *m_lr = nullptr;
    QCPGraph *m_speed = nullptr;
    QTimer *m_replotTimer = nullptr;
    double m_smoothedRaw = 0.0;   // the moving average before bias correction
    int m_smoothedSteps = 0;
    double m_lastX = 0.0;   // furthest epoch shown
    int m_replots = 0;
};

} // namespace denselab
