// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonview.h"

#include "cost/costmodel.h"
#include "cost/units.h"
#include "design/designerror.h"
#include "export/widgetexport.h"
#include "graph/compiler.h"
#include "io/atomicfile.h"
#include "matrix/matrixdiffview.h"
#include "matrix/strengthheatmap.h"
#include "report/costreporttext.h"
#include "report/efficiencyscores.h"
#include "torchside/torchside.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QThread>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>


namespace denselab {
namespace {

const QColor kPalette[] = {{0x1f, 0x77, 0xb4}, {0xff, 0x7f, 0x0e}, {0x2c, 0xa0, 0x2c}, {0xd6, 0x27, 0x28},
                           {0x94, 0x67, 0xbd}, {0x8c, 0x56, 0x4b}, {0xe3, 0x77, 0xc2}, {0x7f, 0x7f, 0x7f}};

QColor colourOf(std::size_t i) { return kPalette[i % std::size(kPalette)]; }

enum CostChoice { ParamsCost, MacsCost, MemRWCost, CioCost, EpochTimeCost };

QPushButton *exportButton(QWidget *parent, const QString &text, QHBoxLayout *row)
{
    auto *b = new QPushButton(text, parent);
    row->addWidget(b);
    return b;
}

} // namespace

ComparisonView::~ComparisonView()
{
    for (QThread *worker : std::as_const(m_workers))
        worker->wait();
}

ComparisonView::ComparisonView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->hide();
    layout->addWidget(m_problems);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    // Curves.
    auto *curvesPage = new QWidget;
    auto *curvesLayout = new QVBoxLayout(curvesPage);
    auto *curvesRow = new QHBoxLayout;
    m_curveMetric = new QComboBox(curvesPage);
    m_curveMetric->addItems({tr("Test accuracy (%)"), tr("Test loss"), tr("Train loss"), tr("Train accuracy (%)")});
    m_curveAxis = new QComboBox(curvesPage);
    m_curveAxis->addItems({tr("by epoch"), tr("by training time (s)")});
    curvesRow->addWidget(m_curveMetric);
    curvesRow->addWidget(m_curveAxis);
    curvesRow->addStretch();
    QPushButton *exportCurves = exportButton(curvesPage, tr("Export plot…"), curvesRow);
    m_curves = new QCustomPlot(curvesPage);
    m_curves->legend->setVisible(true);
    m_curves->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    curvesLayout->addLayout(curvesRow);
    curvesLayout->addWidget(m_curves, 1);
    m_tabs->addTab(curvesPage, tr("Curves"));

    // Accuracy against cost.
    auto *scatterPage = new QWidget;
    auto *scatterLayout = new QVBoxLayout(scatterPage);
    auto *scatterRow = new QHBoxLayout;
    m_scatterCost = new QComboBox(scatterPage);
    m_scatterCost->addItems({tr("Params"), tr("MACs"), tr("MemR+W"), tr("CIO"), tr("Epoch time")});
    scatterRow->addWidget(new QLabel(tr("Test error against"), scatterPage));
    scatterRow->addWidget(m_scatterCost);
    scatterRow->addStretch();
    QPushButton *exportScatter = exportButton(scatterPage, tr("Export plot…"), scatterRow);
    m_scatter = new QCustomPlot(scatterPage);
    scatterLayout->addLayout(scatterRow);
    scatterLayout->addWidget(m_scatter, 1);
    m_tabs->addTab(scatterPage, tr("Accuracy vs cost"));

    // Table.
    auto *tablePage = new QWidget;
    auto *tableLayout = new QVBoxLayout(tablePage);
    auto *tableRow = new QHBoxLayout;
    m_baselinePicker = new QComboBox(tablePage);
    tableRow->addWidget(new QLabel(tr("Baseline run for CE and SE"), tablePage));
    tableRow->addWidget(m_baselinePicker, 1);
    QPushButton *csv = exportButton(tablePage, tr("Export CSV…"), tableRow);
    QPushButton *markdown = exportButton(tablePage, tr("Export Markdown…"), tableRow);
    m_table = new QTableWidget(0, 11, tablePage);
    m_table->setHorizontalHeaderLabels({tr("Run"), tr("Status"), tr("Best test acc."), tr("Params"), tr("MACs"), tr("Flops"),
                                        tr("MemR+W"), tr("CIO"), tr("Epoch time"), tr("CE"), tr("SE")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    auto *note = new QLabel(tr("CE = (acc / Flops) / (acc_base / Flops_base), SE = (acc / params) / (acc_base / params_base) "
                               "(TissueNet); Flops as torchstat counts them, accuracy = best test top-1."),
                            tablePage);
    note->setWordWrap(true);
    tableLayout->addLayout(tableRow);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(note);
    m_tabs->addTab(tablePage, tr("Table"));

    // Matrices.
    auto *matrixPage = new QWidget;
    auto *matrixLayout = new QVBoxLayout(matrixPage);
    auto *matrixRow = new QHBoxLayout;
    m_runA = new QComboBox(matrixPage);
    m_runB = new QComboBox(matrixPage);
    m_matrixBlock = new QSpinBox(matrixPage);
    m_matrixBlock->setRange(1, 1);
    matrixRow->addWidget(new QLabel(tr("A"), matrixPage));
    matrixRow->addWidget(m_runA, 1);
    matrixRow->addWidget(new QLabel(tr("B"), matrixPage));
    matrixRow->addWidget(m_runB, 1);
    matrixRow->addWidget(new QLabel(tr("Dense block"), matrixPage));
    matrixRow->addWidget(m_matrixBlock);
    m_matrices = new MatrixDiffView(matrixPage);
    matrixLayout->addLayout(matrixRow);
    matrixLayout->addWidget(m_matrices, 1);
    m_tabs->addTab(matrixPage, tr("Matrices"));

    // Connection strength.
    auto *heatPage = new QWidget;
    auto *heatLayout = new QVBoxLayout(heatPage);
    auto *heatRow = new QHBoxLayout;
    m_heatmapRun = new QComboBox(heatPage);
    m_heatmapBlock = new QSpinBox(heatPage);
    m_heatmapBlock->setRange(1, 1);
    heatRow->addWidget(new QLabel(tr("Run"), heatPage));
    heatRow->addWidget(m_heatmapRun, 1);
    heatRow->addWidget(new QLabel(tr("Dense block"), heatPage));
    heatRow->addWidget(m_heatmapBlock);
    QPushButton *exportHeat = exportButton(heatPage, tr("Export image…"), heatRow);
    m_heatmapStatus = new QLabel(heatPage);
    m_heatmapStatus->setWordWrap(true);
    m_heatmap = new StrengthHeatmap(heatPage);
    heatLayout->addLayout(heatRow);
    heatLayout->addWidget(m_heatmapStatus);
    heatLayout->addWidget(m_heatmap, 1);
    m_tabs->addTab(heatPage, tr("Connection strength"));

    connect(m_curveMetric, &QComboBox::currentIndexChanged, this, &ComparisonView::refreshCurves);
    connect(m_curveAxis, &QComboBox::currentIndexChanged, this, &ComparisonView::refreshCurves);
    connect(m_scatterCost, &QComboBox::currentIndexChanged, this, &ComparisonView::refreshScatter);
    connect(m_baselinePicker, &QComboBox::currentIndexChanged, this, &ComparisonView::setBaselineRun);
    connect(m_runA, &QComboBox::currentIndexChanged, this, &ComparisonView::refreshMatrices);
    connect(m_runB, &QComboBox::currentIndexChanged, this, &ComparisonView::refreshMatrices);
    connect(m_matrixBlock, &QSpinBox::valueChanged, this, &ComparisonView::refreshMatrices);
    connect(m_heatmapRun, &QComboBox::currentIndexChanged, this, &ComparisonView::refreshHeatmap);
    connect(m_heatmapBlock, &QSpinBox::valueChanged, this, &ComparisonView::refreshHeatmap);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int page) {
        if (page == 4)
            refreshHeatmap();   // computed on demand: it loads a checkpoint
    });
    connect(exportCurves, &QPushButton::clicked, this, [this] { exportPlot(m_curves, tr("curves"), "curves"); });
    connect(exportScatter, &QPushButton::clicked, this, [this] { exportPlot(m_scatter, tr("accuracy-vs-cost"), "accuracy-vs-cost"); });
    connect(exportHeat, &QPushButton::clicked, this, [this] { exportPlot(m_heatmap, tr("connection-strength"), "connection-strength"); });
    connect(csv, &QPushButton::clicked, this, [this] { exportTable(false); });
    connect(markdown, &QPushButton::clicked, this, [this] { exportTable(true); });
}

void ComparisonView::setRuns(const QStringList &runDirs)
{
    m_runs.clear();
    m_strengths.clear();   // a run may have trained on since: read its checkpoint again
    QStringList problems;
    for (const QString &dir : runDirs) {
        Run run;
        try {
            run.record = training::readRunRecord(dir.toStdString());
            run.metrics = training::readMetrics(dir.toStdString());
        } catch (const std::exception &e) {
            problems << QString::fromStdString(e.what());
            continue;
        }
        run.design = training::trainedDesignOf(run.record);
        try {
            run.graph = compile(run.design);
            run.cost = computeCosts(run.graph).total;
            run.compiled = true;
        } catch (const DesignError &e) {
            problems << QStringLiteral("%1: %2").arg(dir, QString::fromStdString(e.what()));
        }
        run.label = QStringLiteral("%1 · %2 · %3")
                        .arg(QString::fromStdString(run.record.designName), QString::fromStdString(run.record.config.data.dataset),
                             QString::fromStdString(run.record.startedAt).section(QLatin1Char('T'), 1));
        m_runs.push_back(std::move(run));
    }
    m_problems->setVisible(!problems.isEmpty());
    m_problems->setText(tr("Skipped: %1").arg(problems.join(QStringLiteral("; "))));
    QStringList labels;
    for (const Run &r : m_runs)
        labels << r.label;
    for (QComboBox *box : {m_baselinePicker, m_runA, m_runB, m_heatmapRun}) {
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItems(labels);
    }
    m_baseline = 0;
    m_runB->setCurrentIndex(std::min<int>(1, static_cast<int>(m_runs.size()) - 1));
    refreshCurves();
    refreshScatter();
    refreshTable();
    refreshMatrices();
    if (m_tabs->currentIndex() == 4)
        refreshHeatmap();
}

void ComparisonView::setBaselineRun(int index)
{
    if (index < 0 || index >= runCount())
        return;
    m_baseline = index;
    if (m_baselinePicker->currentIndex() != index)
        m_baselinePicker->setCurrentIndex(index);
    refreshTable();
}

void ComparisonView::showPage(int page)
{
    m_tabs->setCurrentIndex(page);
}

void ComparisonView::refreshCurves()
{
    m_curves->clearGraphs();
    const int metric = m_curveMetric->currentIndex();
    const bool byTime = m_curveAxis->currentIndex() == 1;
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        QCPGraph *g = m_curves->addGraph();
        g->setName(m_runs[i].label);
        g->setPen(QPen(colourOf(i), 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
        double clock = 0.0;
        for (const training::EpochMetrics &m : m_runs[i].metrics) {
            clock += m.epochSeconds;
            // Accuracies in %, as every table shows them.
            const double y = metric == 0 ? 100.0 * m.testAccuracy : metric == 1 ? m.testLoss
                           : metric == 2 ? m.trainLoss : 100.0 * m.trainAccuracy;
            g->addData(byTime ? clock : m.epoch + 1, y);
        }
    }
    m_curves->xAxis->setLabel(byTime ? tr("Training time (s)") : tr("Epoch"));
    m_curves->yAxis->setLabel(m_curveMetric->currentText());
    m_curves->rescaleAxes();
    // From zero, with room at the ends so that the first and last dots are drawn whole (a
    // one-epoch run would otherwise sit on a -1.5..3.5 axis).
    const bool accuracy = metric == 0 || metric == 3;
    const double lastX = std::max(byTime ? 1e-3 : 1.0, m_curves->xAxis->range().upper);
    m_curves->xAxis->setRange(-0.03 * lastX, 1.03 * lastX);
    if (accuracy)
        m_curves->yAxis->setRange(-2.0, 102.0);
    else
        m_curves->yAxis->setRange(0.0, std::max(1e-9, 1.08 * m_curves->yAxis->range().upper));
    // Accuracy rises and loss falls: the legend goes where the curves are not.
    m_curves->axisRect()->insetLayout()->setInsetAlignment(0, accuracy ? Qt::AlignRight | Qt::AlignBottom
                                                                      : Qt::AlignRight | Qt::AlignTop);
    m_curves->replot(QCustomPlot::rpQueuedReplot);
}

void ComparisonView::refreshScatter()
{
    m_scatter->clearGraphs();
    m_scatter->clearItems();
    const int choice = m_scatterCost->currentIndex();
    double maxX = 0.0, maxY = 0.0;
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        const Run &r = m_runs[i];
        double x = 0.0;
        switch (choice) {
        case ParamsCost: x = r.cost.params / 1e6; break;
        case MacsCost: x = r.cost.macs / 1e6; break;
        case MemRWCost: x = r.cost.memReadWriteBytes() / (1024.0 * 1024.0); break;
        case CioCost: x = r.cost.cioElements / 1e6; break;
        case EpochTimeCost: x = r.record.meanEpochSeconds; break;
        }
        const double error = 100.0 * (1.0 - r.record.bestTestAccuracy);
        QCPGraph *g = m_scatter->addGraph();
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colourOf(i), 9));
        g->addData(x, error);
        auto *label = new QCPItemText(m_scatter);
        label->position->setCoords(x, error);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setPadding(QMargins(6, 0, 0, 4));
        label->setText(QString::fromStdString(r.record.designName));
        label->setColor(colourOf(i));
        maxX = std::max(maxX, x);
        maxY = std::max(maxY, error);
    }
    static const char *units[] = {QT_TR_NOOP("Params (M)"), QT_TR_NOOP("MACs (M)"), QT_TR_NOOP("MemR+W (MiB)"),
                                  QT_TR_NOOP("CIO (M elements)"), QT_TR_NOOP("Epoch time (s)")};
    m_scatter->xAxis->setLabel(tr(units[choice]));
    m_scatter->yAxis->setLabel(tr("Test error (%)"));
    m_scatter->xAxis->setRange(0, maxX > 0 ? maxX * 1.25 : 1);
    m_scatter->yAxis->setRange(0, maxY > 0 ? maxY * 1.2 : 1);
    m_scatter->replot(QCustomPlot::rpQueuedReplot);
}

void ComparisonView::refreshTable()
{
    m_table->setRowCount(static_cast<int>(m_runs.size()));
    const Run *base = m_baseline < runCount() ? &m_runs[static_cast<std::size_t>(m_baseline)] : nullptr;
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        const Run &r = m_runs[i];
        const double acc = r.record.bestTestAccuracy;
        double ce = 0.0, se = 0.0;
        if (base) {
            ce = computationalEfficiency(acc, r.cost.flops, base->record.bestTestAccuracy, base->cost.flops);
            se = storageEfficiency(acc, r.cost.params, base->record.bestTestAccuracy, base->cost.params);
        }
        const QStringList cells{r.label,
                                QString::fromLatin1(training::toString(r.record.status)),
                                QStringLiteral("%1 %").arg(100.0 * acc, 0, 'f', 2),
                                QString::fromStdString(formatCount(r.cost.params)),
                                QString::fromStdString(formatCount(r.cost.macs)),
                                QString::fromStdString(formatCount(r.cost.flops)),
                                QString::fromStdString(formatBytes(r.cost.memReadWriteBytes())),
                                QString::fromStdString(formatCount(r.cost.cioElements)),
                                QStringLiteral("%1 s").arg(r.record.meanEpochSeconds, 0, 'f', 1),
                                QString::number(ce, 'f', 2),
                                QString::number(se, 'f', 2)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (static_cast<int>(i) == m_baseline)
                item->setBackground(QColor(0xf0, 0xf0, 0xf0));
            m_table->setItem(static_cast<int>(i), c, item);
        }
    }
}

QString ComparisonView::tableText(bool markdown) const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_table->columnCount(); ++c)
        header << m_table->horizontalHeaderItem(c)->text();
    auto row = [&](const QStringList &cells) {
        if (markdown)
            return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << QString::fromStdString(csvField(cell.toStdString()));
        return quoted.join(QLatin1Char(','));
    };
    lines << row(header);
    if (markdown)
        lines << QStringLiteral("|---") + QStringLiteral("|---:").repeated(m_table->columnCount() - 1) + QStringLiteral("|");
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_table->columnCount(); ++c)
            cells << m_table->item(r, c)->text();
        lines << row(cells);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ComparisonView::refreshMatrices()
{
    const int a = m_runA->currentIndex();
    const int b = m_runB->currentIndex();
    if (a < 0 || b < 0 || a >= runCount() || b >= runCount())
        return;
    const Run &ra = m_runs[static_cast<std::size_t>(a)];
    const Run &rb = m_runs[static_cast<std::size_t>(b)];
    if (!ra.compiled || !rb.compiled)
        return;
    const int blocks = static_cast<int>(std::max(ra.graph.blocks.size(), rb.graph.blocks.size()));
    m_matrixBlock->setRange(1, std::max(1, blocks));
    m_matrices->setPair(ra.graph, ra.design, ra.label, rb.graph, rb.design, rb.label, m_matrixBlock->value() - 1);
}

void ComparisonView::refreshHeatmap()
{
    const int index = m_heatmapRun->currentIndex();
    if (index < 0 || index >= runCount())
        return;
    const QString dir = QString::fromStdString(m_runs[static_cast<std::size_t>(index)].record.dir);
    const auto cached = m_strengths.constFind(dir);
    if (cached != m_strengths.constEnd()) {
        const std::vector<training::BlockStrength> &blocks = *cached;
        m_heatmapBlock->setRange(1, std::max<int>(1, static_cast<int>(blocks.size())));
        const auto b = static_cast<std::size_t>(m_heatmapBlock->value() - 1);
        if (b < blocks.size()) {
            m_heatmap->setStrengths(blocks[b].layers, blocks[b].strength, blocks[b].maximum);
            m_heatmapStatus->setText(tr("Mean |weight| of each layer's first convolution per source, block %1 (stage %2).")
                                         .arg(b + 1)
                                         .arg(blocks[b].stage + 1));
        }
        return;
    }
    m_heatmapStatus->setText(tr("Reading the checkpoint of %1…").arg(dir));
    m_heatmap->setStrengths(0, {}, 0.0);
    if (m_computing.contains(dir))
        return;   // already on its way
    m_computing.append(dir);
    // Building the module and loading the weights takes a while for big networks: a worker
    // thread owned by this view (the destructor waits for it) hands the result back queued.
    const std::string runDir = dir.toStdString();
    QThread *worker = QThread::create([this, runDir, dir] {
        std::vector<training::BlockStrength> result;
        QString error;
        try {
            result = torchside::torchSide().connectionStrength(runDir);   // loads LibTorch the first time
        } catch (const std::exception &e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(
            this, [this, dir, result = std::move(result), error] {
                m_computing.removeAll(dir);
                if (!error.isEmpty()) {
                    m_heatmapStatus->setText(tr("No heatmap: %1").arg(error));
                    Q_EMIT heatmapReady(false);
                    return;
                }
                m_strengths.insert(dir, result);
                refreshHeatmap();
                Q_EMIT heatmapReady(true);
            },
            Qt::QueuedConnection);
    });
    m_workers.append(worker);
    connect(worker, &QThread::finished, this, [this, worker] {
        m_workers.removeAll(worker);
        worker->deleteLater();
    });
    worker->start();
}

void ComparisonView::exportPlot(QWidget *plot, const QString &what, const char *stem)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(what), QLatin1String(stem) + QStringLiteral(".png"),
                                                      imageExportFilter());
    if (path.isEmpty())
        return;
    const QString error = exportWidget(plot, path);
    if (!error.isEmpty()) {
        m_problems->setText(error);
        m_problems->show();
    }
}

void ComparisonView::exportTable(bool markdown)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table"),
                                                      markdown ? QStringLiteral("runs.md") : QStringLiteral("runs.csv"),
                                                      markdown ? tr("Markdown (*.md)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        io::writeFileAtomically(path.toStdString(), tableText(markdown).toStdString());
    } catch (const std::exception &e) {
        m_problems->setText(QString::fromStdString(e.what()));
        m_problems->show();
    }
}

} // namespace denselab
