// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QTimer;

namespace denselab {

/// Live curves of an LWP search, one point per controller step: mean reward, eta (child MACs /
/// parent MACs) and child accuracy in %, each with a moving average, and the search's stages
/// (curriculum, joint) as shaded bands. Replots are coalesced to one per 40 ms. GUI thread only.
class SearchPlots : public QWidget {
    Q_OBJECT
public:
    explicit SearchPlots(QWidget *parent = nullptr);

    void clear();
    /// One step; `stage` is search::SearchStage as an int (bands change colour with it).
    void addStep(int stage, double reward, double eta, double accuracy);

    QCPGraph *rewardGraph() const { return m_reward; }
    QCPGraph *etaGraph() const { return m_eta; }
    QCPGraph *accuracyGraph() const { return m_accuracy; }
    QCPGraph *rewardAverage() const { return m_rewardAverage; }
    /// Bands drawn so far (one per stage change).
    int bands() const { return m_bands; }

private:
    void scheduleReplot();
    void replotNow();
    void startBand(int stage);

    QCustomPlot *m_rewardPlot = nullptr;
    QCustomPlot *m_etaPlot = nullptr;
    QCustomPlot *m_accuracyPlot = nullptr;
    QCPGraph *m_reward = nullptr;
    QCPGraph *m_rewardAverage = nullptr;
    QCPGraph *m_eta = nullptr;
    QCPGraph *m_etaAverage = nullptr;
    QCPGraph *m_accuracy = nullptr;
    QCPGraph *m_accuracyAverage = nullptr;
    QTimer *m_replotTimer = nullptr;
    int m_steps = 0;
    int m_stage = -1;
    int m_bands = 0;
    double m_averages[3] = {0, 0, 0};
    double m_weight = 0;   // bias correction of the exponential averages
};

} // namespace denselab
