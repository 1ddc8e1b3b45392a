// SPDX-License-Identifier: GPL-3.0-or-later
#include "costpanel.h"

#include "costmetrics.h"
#include "layerchart.h"
#include "layercostmodel.h"
#include "layout/scrollpage.h"
#include "report/layerseries.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QMenu>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace denselab {

CostPanel::CostPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde0dd; color: #67000d; padding: 6px; border-radius: 3px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *baselineRow = new QHBoxLayout;
    baselineRow->addWidget(new QLabel(tr("Baseline:"), this));
    m_baselinePicker = new QComboBox(this);
    // A long design name must not widen the dock: the list shows it in full when opened.
    m_baselinePicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_baselinePicker->setMinimumContentsLength(12);
    baselineRow->addWidget(m_baselinePicker, 1);
    layout->addLayout(baselineRow);
    connect(m_baselinePicker, &QComboBox::activated, this, &CostPanel::baselineChoiceChanged);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    // Totals.
    m_totals = new QTableWidget(costMetrics().size(), 4, this);
    m_totals->setHorizontalHeaderLabels({tr("Value"), tr("Baseline"), tr("Δ"), tr("Δ %")});
    QStringList rows;
    for (const CostMetric &m : costMetrics())
        rows << m.label;
    m_totals->setVerticalHeaderLabels(rows);
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // No stretched column: its width would hide how much room the figures really need.
    m_totals->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totals->setWordWrap(false);
    for (int r = 0; r < m_totals->rowCount(); ++r) {
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_totals->setItem(r, c, item);
        }
    }
    m_tabs->addTab(m_totals, tr("Totals"));

    // Per node.
    auto *layerPage = new QWidget(this);
    auto *layerLayout = new QVBoxLayout(layerPage);
    layerLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new LayerCostModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);   // exact numbers, not "1.2 M" strings
    m_layers = new QTableView(layerPage);
    m_layers->setModel(m_sorted);
    m_layers->setSortingEnabled(true);
    m_layers->sortByColumn(LayerCostModel::Name, Qt::AscendingOrder);
    m_layers->verticalHeader()->hide();
    m_layers->verticalHeader()->setDefaultSectionSize(20);
    m_layers->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_layers->setAlternatingRowColors(true);
    layerLayout->addWidget(m_layers);
    // Pruned widths are edited here: a convolution's own width, one undo step each.
    m_layers->setContextMenuPolicy(Qt::CustomContextMenu);
    m_layers->setToolTip(tr("Double-click a convolution to set its width"));
    connect(m_layers, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const Node *n = convAt(index))
            Q_EMIT widthEditRequested(QString::fromStdString(n->name), n->out.channels, n->designedChannels);
    });
    connect(m_layers, &QTableView::customContextMenuRequested, this, [this](const QPoint &at) {
        const Node *n = convAt(m_layers->indexAt(at));
        if (!n)
            return;
        QMenu menu(this);
        const QString name = QString::fromStdString(n->name);
        const int width = n->out.channels, designed = n->designedChannels;
        menu.addAction(tr("Set width of %1…").arg(name), this, [this, name, width, designed] {
            Q_EMIT widthEditRequested(name, width, designed);
        });
        QAction *reset = menu.addAction(tr("Reset to the designed %1 channels").arg(designed), this,
                                        [this, name] { Q_EMIT widthResetRequested(name); });
        reset->setEnabled(width != designed);
        menu.exec(m_layers->viewport()->mapToGlobal(at));
    });
    auto *exportRow = new QHBoxLayout;
    exportRow->addStretch();
    auto *csv = new QPushButton(tr("Export CSV…"), layerPage);
    auto *markdown = new QPushButton(tr("Export Markdown…"), layerPage);
    exportRow->addWidget(csv);
    exportRow->addWidget(markdown);
    layerLayout->addLayout(exportRow);
    connect(csv, &QPushButton::clicked, this, &CostPanel::exportCsvRequested);
    connect(markdown, &QPushButton::clicked, this, &CostPanel::exportMarkdownRequested);
    m_tabs->addTab(layerPage, tr("Layers"));

    // Charts.
    auto *chartPage = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_inputChart = new LayerChart(LayerChart::Quantity::InputChannels, chartPage);
    m_costChart = new LayerChart(LayerChart::Quantity::MemReadWrite, chartPage);
    auto *chartRow = new QHBoxLayout;
    auto *quantity = new QComboBox(chartPage);
    quantity->addItem(tr("MemR+W per layer"));
    quantity->addItem(tr("CIO per layer"));
    chartRow->addWidget(quantity);
    chartRow->addStretch();
    auto *exportInput = new QPushButton(tr("Export channels chart…"), chartPage);
    auto *exportCost = new QPushButton(tr("Export cost chart…"), chartPage);
    chartRow->addWidget(exportInput);
    chartRow->addWidget(exportCost);
    chartLayout->addWidget(m_inputChart, 1);
    chartLayout->addLayout(chartRow);
    chartLayout->addWidget(m_costChart, 1);
    connect(quantity, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_costChart->setQuantity(i == 0 ? LayerChart::Quantity::MemReadWrite : LayerChart::Quantity::Cio);
    });
    connect(exportInput, &QPushButton::clicked, this, [this] { Q_EMIT exportChartRequested(m_inputChart); });
    connect(exportCost, &QPushButton::clicked, this, [this] { Q_EMIT exportChartRequested(m_costChart); });
    m_tabs->addTab(scrollPage(chartPage), tr("Charts"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &CostPanel::refreshVisiblePage);
}

void CostPanel::setReport(const LayerGraph &graph, const CostReport &report)
{
    m_total = report.total;
    m_graph = graph;
    m_report = report;
    m_tableStale = true;
    m_chartsStale = true;
    refreshVisiblePage();
    refreshTotals();
}

const Node *CostPanel::convAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = m_sorted->mapToSource(index).row();
    if (row < 0 || row >= int(m_graph.nodes.size()))
        return nullptr;
    const Node &node = m_graph.nodes[std::size_t(row)];
    const bool depthwise = node.groups > 1 && node.groups == node.out.channels;
    return node.op == OpKind::Conv && !depthwise ? &node : nullptr;
}

void CostPanel::refreshVisiblePage()
{
    const int page = m_tabs->currentIndex();
    if (page == 1 && m_tableStale) {
        m_model->setReport(m_graph, m_report);
        m_tableStale = false;
    } else if (page == 2 && m_chartsStale) {
        const LayerSeries series = blockLayerSeries(m_graph, m_report);
        m_inputChart->setSeries(series);
        m_costChart->setSeries(series);
        m_chartsStale = false;
    }
}

void CostPanel::setError(const QString &message)
{
    m_error->setText(message.isEmpty() ? QString() : tr("This design cannot be built: %1").arg(message));
    m_error->setVisible(!message.isEmpty());
    m_tabs->setEnabled(message.isEmpty());
}

void CostPanel::showPage(int page)
{
    m_tabs->setCurrentIndex(page);
}

QString CostPanel::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void CostPanel::setBaseline(const QString &name, const Cost *total)
{
    m_hasBaseline = total != nullptr;
    if (total)
        m_baseline = *total;
    m_totals->horizontalHeaderItem(1)->setText(m_hasBaseline ? name : tr("Baseline"));
    refreshTotals();
}

void CostPanel::setBaselineChoices(const QStringList &choices, int current)
{
    const QSignalBlocker blocker(m_baselinePicker);
    m_baselinePicker->clear();
    m_baselinePicker->addItems(choices);
    m_baselinePicker->setCurrentIndex(current);
}

int CostPanel::currentPage() const
{
    return m_tabs->currentIndex();
}

int CostPanel::totalsWidthHint() const
{
    int width = m_totals->verticalHeader()->sizeHint().width() + 2 * m_totals->frameWidth();
    width += m_totals->horizontalHeader()->length();   // every column sized to its contents
    width += m_totals->verticalScrollBar()->sizeHint().width();   // in case the rows scroll
    const QMargins margins = layout()->contentsMargins();
    return width + margins.left() + margins.right() + 8;   // the tab widget's frame
}

void CostPanel::refreshTotals()
{
    const QVector<CostMetric> &metrics = costMetrics();
    for (int r = 0; r < metrics.size(); ++r) {
        const CostMetric &m = metrics[r];
        const std::int64_t value = m.value(m_total);
        m_totals->item(r, 0)->setText(formatMetric(m, value));
        m_totals->item(r, 0)->setToolTip(QLocale().toString(qlonglong(value)));
        if (!m_hasBaseline) {
            for (int c = 1; c < 4; ++c)
                m_totals->item(r, c)->setText(QString());
            continue;
        }
        const std::int64_t base = m.value(m_baseline);
        m_totals->item(r, 1)->setText(formatMetric(m, base));
        m_totals->item(r, 1)->setToolTip(QLocale().toString(qlonglong(base)));
        m_totals->item(r, 2)->setText(formatMetric(m, value - base, true));
        m_totals->item(r, 2)->setToolTip(QLocale().toString(qlonglong(value - base)));
        m_totals->item(r, 3)->setText(formatPercent(value - base, base));
        const QColor tint = value < base ? QColor(0x1a, 0x98, 0x50) : value > base ? QColor(0xd7, 0x30, 0x27) : QColor();
        m_totals->item(r, 2)->setForeground(tint.isValid() ? QBrush(tint) : palette().text());
        m_totals->item(r, 3)->setForeground(tint.isValid() ? QBrush(tint) : palette().text());
    }
}

QString CostPanel::totalText(int row, int column) const
{
    return m_totals->item(row, column)->text();
}

} // namespace denselab
