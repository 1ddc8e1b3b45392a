// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include "costs/costmetrics.h"
#include "design/designerror.h"
#include "document/designdocument.h"
#include "edit/connectionedit.h"
#include "edit/designdiff.h"
#include "graph/compiler.h"
#include "io/designjson.h"
#include "matrix/matrixdiffview.h"
#include "presets/presets.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace denselab {
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
    m_matrices = new MatrixDiffView(split);
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
    split->setStretchFactor(0, 3);   // the matrices get most of the height
    split->setStretchFactor(1, 2);

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
        // "+3" and "−2", but a plain "0" where nothing changed (not "−0").
        auto signedCount = [](std::size_t n, const char *sign) {
            return n == 0 ? QStringLiteral("0") : QString::fromUtf8(sign) + QString::number(n);
        };
        const QStringList cells{QString::number(d.index + 1), QString::number(d.layersA), QString::number(d.layersB),
                                signedCount(d.added.size(), "+"), signedCount(d.removed.size(), "−")};
        for (int c = 0; c < 5; ++c)
            m_diff->setItem(static_cast<int>(i), c, new QTableWidgetItem(cells[c]));
    }
    m_block->setRange(1, std::max<int>(1, static_cast<int>(diffs.size())));
    m_matrices->setPair(graphA, m_document->design(), tr("current design"), graphB, other, labelB, m_block->value() - 1);
}

} // namespace denselab
