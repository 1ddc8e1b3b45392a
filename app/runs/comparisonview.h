// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cost/cost.h"
#include "graph/layergraph.h"
#include "training/connectionstrength.h"
#include "training/runrecord.h"

#include <QMap>
#include <QWidget>

#include <vector>

class QComboBox;
class QThread;
class QCustomPlot;
class QLabel;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace denselab {

class MatrixDiffView;
class StrengthHeatmap;

/// Trained runs side by side: their curves overlaid (by epoch or wall-clock time), test error
/// against a chosen cost (ThreshNet Fig. 5 style, points labelled), a table with TissueNet's CE
/// and SE against a baseline run, two runs' connectivity matrices with their structural diff,
/// and a trained run's connection-strength heatmap (LWP Fig. 2 right) computed from its
/// checkpoint off the GUI thread. Plots export to PNG/PDF, the table to CSV/Markdown.
class ComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    /// The runs to compare (run directories); unreadable ones are reported and skipped.
    void setRuns(const QStringList &runDirs);
    int runCount() const { return static_cast<int>(m_runs.size()); }
    void setBaselineRun(int index);
    void showPage(int page);

    QTableWidget *table() const { return m_table; }
    QCustomPlot *curvesPlot() const { return m_curves; }
    QCustomPlot *scatterPlot() const { return m_scatter; }
    StrengthHeatmap *heatmap() const { return m_heatmap; }
    QLabel *heatmapStatus() const { return m_heatmapStatus; }
    /// The table as CSV or Markdown (what the export buttons write).
    QString tableText(bool markdown) const;

Q_SIGNALS:
    /// A heatmap finished computing (or failed: `ok` false, the status label says why).
    void heatmapReady(bool ok);

private:
    struct Run {
        training::RunRecord record;
        std::vector<training::EpochMetrics> metrics;
        LayerGraph graph;
        Design design;
        Cost cost;
        bool compiled = false;
        QString label;
    };

    void refreshCurves();
    void refreshScatter();
    void refreshTable();
    void refreshMatrices();
    void refreshHeatmap();
    void exportPlot(QWidget *plot, const QString &what, const char *stem);
    void exportTable(bool markdown);

    std::vector<Run> m_runs;
    int m_baseline = 0;
    QMap<QString, std::vector<training::BlockStrength>> m_strengths;   // by run directory
    QList<QThread *> m_workers;                                   // joined by the destructor
    QStringList m_computing;                                            // run directories in flight
    QTabWidget *m_tabs = nullptr;
    QLabel *m_problems = nullptr;
    QComboBox *m_curveMetric = nullptr;
    QComboBox *m_curveAxis = nullptr;
    QCustomPlot *m_curves = nullptr;
    QComboBox *m_scatterCost = nullptr;
    QCustomPlot *m_scatter = nullptr;
    QComboBox *m_baselinePicker = nullptr;
    QTableWidget *m_table = nullptr;
    QComboBox *m_runA = nullptr;
    QComboBox *m_runB = nullptr;
    QSpinBox *m_matrixBlock = nullptr;
    MatrixDiffView *m_matrices = nullptr;
    QComboBox *m_heatmapRun = nullptr;
    QSpinBox *m_heatmapBlock = nullptr;
    QLabel *m_heatmapStatus = nullptr;
    StrengthHeatmap *m_heatmap = nullptr;
};

} // namespace denselab
