// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include "costs/costmetrics.h"
#include "design/designerror.h"
#include "document/designdocument.h"
#include "edit/connectionedit.h"
#include "edit/designdiff.h"
#include "graph/compiler.h"
#include "io/designjson.h"
#include "matrix/connectivitymatrixeditor.h"
#include "presets/presets.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace denselab {
namespace {

QList<QPoint> toPoints(const std::vector<MatrixCell> &cells, int outputRowFrom, int outputRowTo)
{
    QList<QPoint> points;
    for (const auto &[target, source] : cells)
        points.append(QPoint(source, target == outputRowFrom ? outputRowTo : target));
    return points;
}

} // namespace

CompareDialog::CompareDialog(DesignDocument *document, QWidget *parent) : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Compare designs"));
    resize(1100, 720);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Compare the current design with:"), this));
    m_picker = new QComboBox(this);
    m_picker->addItem(tr("Dense counterpart"));
    for (const PresetInfo &p : presetList())
        m_picker->addItem(QString::fromStdString(p.name));
    m_picker->addItem(tr("Open a file…"));
    top->addWidget(m_picker, 1);
    top->addWidget(new QLabel(tr("Dense block"), this));
    m_block = new QSpinBox(this);
    m_block->setRange(1, 1);
    top->addWidget(m_block);
    layout->addLayout(top);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *matrices = new QWidget(split);
    auto *grid = new QGridLayout(matrices);
    m_matrixA = new ConnectivityMatrixEditor;
    m_matrixB = new ConnectivityMatrixEditor;
    m_matrixA->setReadOnly(true);
    m_matrixB->setReadOnly(true);
    for (int i = 0; i < 2; ++i) {
        auto *scroll = new QScrollArea(matrices);
        scroll->setWidget(i == 0 ? m_matrixA : m_matrixB);
        grid->addWidget(new QLabel(i == 0 ? tr("A: current design (red: only in A)") : tr("B (green: only in B)"), matrices), 0, i);
        grid->addWidget(scroll, 1, i);
    }
    auto *tables = new QWidget(split);
    auto *tableRow = new QHBoxLayout(tables);
    m_costs = new QTableWidget(costMetrics().size(), 4, tables);
    m_costs->setHorizontalHeaderLabels({tr("A"), tr("B"), tr("B − A"), tr("Δ %")});
    QStringList rows;
    for (const CostMetric &m : costMetrics())
        rows << m.label;
    m_costs->setVerticalHeaderLabels(rows);
    m_costs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_costs->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_diff = new QTableWidget(0, 5, tables);
    m_diff->setHorizontalHeaderLabels({tr("Block"), tr("Layers A"), tr("Layers B"), tr("Added"), tr("Removed")});
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->verticalHeader()->hide();
    m_diff->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    tableRow->addWidget(m_costs, 3);
    tableRow->addWidget(m_diff, 2);
    layout->addWidget(split, 1);

    connect(m_picker, &QComboBox::activated, this, &CompareDialog::pickOther);
    connect(m_block, &QSpinBox::valueChanged, this, &CompareDialog::refresh);
    connect(m_document, &DesignDocument::changed, this, &CompareDialog::refresh);
    pickOther(0);
}

void CompareDialog::pickOther(int index)
{
    const int presets = static_cast<int>(presetList().size());
    if (index == 0) {
        m_other = {};
        m_otherLabel.clear();   // follows the document: recomputed in refresh()
    } else if (index <= presets) {
        m_other = loadPreset(presetList()[static_cast<std::size_t>(index - 1)].name);
        retarget(m_other, m_document->design().input, m_document->design().classes);
        m_otherLabel = m_picker->itemText(index);
    } else {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a design to compare"), QString(),
                                                          tr("DenseLab designs (*.json)"));
        if (path.isEmpty())
            return;
        try {
            m_other = io::readDesignFile(path.toStdString());
            m_otherLabel = path;
        } catch (const DesignError &e) {
            m_status->setText(tr("Cannot open the file: %1").arg(QString::fromStdString(e.what())));
            return;
        }
    }
    refresh();
}

void CompareDialog::setOther(const Design &design, const QString &label)
{
    m_other = design;
    m_otherLabel = label;
    m_picker->setCurrentIndex(-1);
    refresh();
}

void CompareDialog::refresh()
{
    if (!m_document->isValid()) {
        m_status->setText(tr("The current design cannot be built: %1").arg(m_document->error()));
        return;
    }
    const bool denseCounterpartMode = m_otherLabel.isEmpty();
    const Design other = denseCounterpartMode ? denseCounterpart(m_document->design()) : m_other;
    LayerGraph graphB;
    try {
        graphB = compile(other);
    } catch (const DesignError &e) {
        m_status->setText(tr("Design B cannot be built: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    const LayerGraph &graphA = m_document->graph();
    const Cost a = m_document->costs().total;
    const Cost b = computeCosts(graphB).total;
    const QString labelB = denseCounterpartMode ? tr("the dense counterpart") : m_otherLabel;
    m_status->setText(tr("A: %1 · B: %2").arg(QString::fromStdString(graphA.name), labelB));
    const QVector<CostMetric> &metrics = costMetrics();
    for (int r = 0; r < metrics.size(); ++r) {
        const std::int64_t va = metrics[r].value(a);
        const std::int64_t vb = metrics[r].value(b);
        const QStringList cells{formatMetric(metrics[r], va), formatMetric(metrics[r], vb),
                                formatMetric(metrics[r], vb - va, true), formatPercent(vb - va, va)};
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_costs->setItem(r, c, item);
        }
    }
    const std::vector<BlockDiff> diffs = diffBlocks(graphA, graphB);
    m_diff->setRowCount(static_cast<int>(diffs.size()));
    for (std::size_t i = 0; i < diffs.size(); ++i) {
        const BlockDiff &d = diffs[i];
        const QStringList cells{QString::number(d.index + 1), QString::number(d.layersA), QString::number(d.layersB),
                                QStringLiteral("+%1").arg(d.added.size()), QStringLiteral("−%1").arg(d.removed.size())};
        for (int c = 0; c < 5; ++c)
            m_diff->setItem(static_cast<int>(i), c, new QTableWidgetItem(cells[c]));
    }
    m_block->setRange(1, std::max<int>(1, static_cast<int>(diffs.size())));
    const auto index = static_cast<std::size_t>(m_block->value() - 1);
    auto matrixOf = [](const LayerGraph &graph, const Design &design, std::size_t i) -> BlockMatrix {
        if (i >= graph.blocks.size())
            return {};
        const CompiledBlock &block = graph.blocks[i];
        const auto &spec = std::get<DenseBlockSpec>(design.stages[static_cast<std::size_t>(block.stage)]);
        return blockMatrix(block, effectiveBlock(design, spec, block.connectivity.widths[0]));
    };
    const BlockMatrix ma = matrixOf(graphA, m_document->design(), index);
    const BlockMatrix mb = matrixOf(graphB, other, index);
    m_matrixA->setMatrix(ma);
    m_matrixB->setMatrix(mb);
    if (index < diffs.size()) {
        // The diff puts both output rows at max(L) + 1; each matrix draws its own at L + 1.
        const int diffOut = std::max(diffs[index].layersA, diffs[index].layersB) + 1;
        m_matrixA->setDiffMarks({}, toPoints(diffs[index].removed, diffOut, ma.layers + 1));
        m_matrixB->setDiffMarks(toPoints(diffs[index].added, diffOut, mb.layers + 1), {});
    }
}

} // namespace denselab
