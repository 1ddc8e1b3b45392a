// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cost/costmodel.h"
#include "graph/layergraph.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace denselab {

class LayerChart;
class LayerCostModel;

/// Every cost of the current design: totals with deltas against a baseline, the sortable
/// per-node table and two per-layer charts. An invalid design shows the compiler's message in a
/// banner above the last valid figures (greyed), so the user sees what broke and what it was.
class CostPanel : public QWidget {
    Q_OBJECT
public:
    explicit CostPanel(QWidget *parent = nullptr);

    void setReport(const LayerGraph &graph, const CostReport &report);
    /// Shows the compiler's message; an empty message clears the banner.
    void setError(const QString &message);
    /// The baseline's totals (nullptr: no baseline, delta columns empty) and its display name.
    void setBaseline(const QString &name, const Cost *total);
    /// Entries of the baseline picker; the owner computes the chosen baseline.
    void setBaselineChoices(const QStringList &choices, int current);

    QTableWidget *totalsTable() const { return m_totals; }
    QTableView *layerTable() const { return m_layers; }
    LayerChart *inputChannelsChart() const { return m_inputChart; }
    LayerChart *layerCostChart() const { return m_costChart; }
    QString errorText() const;
    /// The panel width at which every column of the Totals table (value, baseline, delta and
    /// delta %) shows without a horizontal scroll bar, for the figures shown now.
    int totalsWidthHint() const;
    /// Shows the Totals (0), Layers (1) or Charts (2) page.
    void showPage(int page);
    int currentPage() const;
    /// The value shown for metric `row` of costMetrics(); column 0 value, 1 baseline, 2 delta, 3 %.
    QString totalText(int row, int column) const;

Q_SIGNALS:
    void baselineChoiceChanged(int index);
    void exportCsvRequested();
    void exportMarkdownRequested();
    void exportChartRequested(QWidget *chart);
    /// The user asked to set the output width of convolution `node` (a double click or the
    /// context menu on a conv row of the Layers table); `designed` is its width before pruning.
    void widthEditRequested(const QString &node, int width, int designed);
    /// The user asked to give `node` its designed width back.
    void widthResetRequested(const QString &node);

private:
    void refreshTotals();
    /// The conv node of a Layers-table row (view coordinates), or nullptr.
    const Node *convAt(const QModelIndex &index) const;
    void refreshVisiblePage();

    QLabel *m_error = nullptr;
    QComboBox *m_baselinePicker = nullptr;
    QTableWidget *m_totals = nullptr;
    QTableView *m_layers = nullptr;
    LayerCostModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    LayerChart *m_inputChart = nullptr;
    LayerChart *m_costChart = nullptr;
    QTabWidget *m_tabs = nullptr;
    // The table and charts are refreshed when their tab is shown: a slider drag on densenet264
    // would otherwise re-sort 2,000 hidden rows per step.
    LayerGraph m_graph;
    CostReport m_report;
    bool m_tableStale = false;
    bool m_chartsStale = false;
    Cost m_total;
    Cost m_baseline;
    bool m_hasBaseline = false;
};

} // namespace denselab
