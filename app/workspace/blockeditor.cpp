// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockeditor.h"

#include "costs/costmetrics.h"
#include "diagram/blockdiagram.h"
#include "document/designdocument.h"
#include "edit/connectionedit.h"
#include "forms/blockform.h"
#include "forms/networkform.h"
#include "graph/compiler.h"
#include "matrix/connectivitymatrixeditor.h"
#include "matrix/regionpalette.h"
#include "layout/scrollpage.h"

#include <QHBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace denselab {

BlockEditor::BlockEditor(DesignDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    // Its text changes on every edit; a fixed size policy keeps that from re-laying out (and
    // repainting) the whole editor during a slider drag.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_summary->setMinimumHeight(m_summary->fontMetrics().height() + 6);
    header->addWidget(m_summary, 1);
    auto makeButton = [this, header](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        header->addWidget(b);
        return b;
    };
    QToolButton *zoomOut = makeButton(QStringLiteral("−"), tr("Smaller cells (Ctrl+wheel)"));
    QToolButton *zoomIn = makeButton(QStringLiteral("+"), tr("Larger cells (Ctrl+wheel)"));
    QToolButton *fit = makeButton(tr("Fit"), tr("Show the whole block"));
    layout->addLayout(header);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_matrix = new ConnectivityMatrixEditor;
    m_scroll = new QScrollArea(split);
    m_scroll->setWidget(m_matrix);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *right = new QSplitter(Qt::Vertical, split);
    m_diagram = new BlockDiagram(right);
    m_forms = new QTabWidget(right);
    m_blockForm = new BlockForm;
    m_networkForm = new NetworkForm;
    m_forms->addTab(scrollPage(m_blockForm), tr("Block"));
    m_forms->addTab(scrollPage(m_networkForm), tr("Network"));
    m_scroll->setMinimumWidth(260);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({480, 520});
    m_scroll->viewport()->installEventFilter(this);
    layout->addWidget(split, 1);

    connect(zoomIn, &QToolButton::clicked, this, [this] {
        m_autoFit = false;
        m_matrix->zoomIn();
    });
    connect(zoomOut, &QToolButton::clicked, this, [this] {
        m_autoFit = false;
        m_matrix->zoomOut();
    });
    connect(fit, &QToolButton::clicked, this, [this] {
        m_autoFit = true;
        m_matrix->fitTo(m_scroll->viewport()->size());
    });

    connect(m_matrix, &ConnectivityMatrixEditor::zoomedByUser, this, [this] { m_autoFit = false; });
    // Hover in one view highlights the other.
    connect(m_matrix, &ConnectivityMatrixEditor::cellHovered, m_diagram, &BlockDiagram::highlightConnection);
    connect(m_diagram, &BlockDiagram::layerHovered, m_matrix, &ConnectivityMatrixEditor::highlightLayer);

    m_matrix->setTooltipProvider([this](int t, int s) { return tooltipFor(t, s); });
    connect(m_matrix, &ConnectivityMatrixEditor::connectionsEdited, this, &BlockEditor::applyConnections);

    connect(m_blockForm, &BlockForm::blockEdited, this, [this](const DenseBlockSpec &edited, int group) {
        const Design &design = m_document->design();
        if (m_stage < 0 || m_stage >= static_cast<int>(design.stages.size()))
            return;
        const auto *before = std::get_if<DenseBlockSpec>(&design.stages[static_cast<std::size_t>(m_stage)]);
        if (!before)
            return;
        Design after = design;
        after.stages[static_cast<std::size_t>(m_stage)] = adaptBlockEdit(*before, m_document->effectiveBlock(m_stage), edited);
        m_document->edit(after, group >= 0 ? tr("Move threshold") : tr("Edit block %1").arg(m_stage + 1), group);
    });
    connect(m_networkForm, &NetworkForm::settingsEdited, this, [this](const NetworkSettings &s) {
        Design after = m_document->design();
        after.name = s.name;
        after.input = s.input;
        after.classes = s.classes;
        after.channelThreshold = s.channelThreshold;
        after.stem = s.stem;
        m_document->edit(after, tr("Edit network settings"));
    });
    connect(m_document, &DesignDocument::changed, this, &BlockEditor::refresh);
}

void BlockEditor::setStage(int stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    m_autoFit = true;
    refresh();
}

void BlockEditor::refresh()
{
    const Design &design = m_document->design();
    m_networkForm->setSettings({design.name, design.input, design.classes, design.channelThreshold, design.stem});
    const bool isBlock = m_stage >= 0 && m_stage < static_cast<int>(design.stages.size())
        && std::holds_alternative<DenseBlockSpec>(design.stages[static_cast<std::size_t>(m_stage)]);
    m_blockForm->setEnabled(isBlock);
    if (!isBlock) {
        m_matrix->setMatrix({});
        m_diagram->setMatrix({});
        m_summary->setText(m_stage < 0 ? tr("Select a dense block in the outline to edit its connectivity.")
                                       : tr("Stage %1 is a %2: only dense blocks have a connectivity matrix.")
                                             .arg(m_stage + 1)
                                             .arg(QString::fromLatin1(stageKindName(design.stages[static_cast<std::size_t>(m_stage)]))));
        return;
    }
    const auto &spec = std::get<DenseBlockSpec>(design.stages[static_cast<std::size_t>(m_stage)]);
    m_blockForm->setBlock(spec);
    const CompiledBlock *block = m_document->compiledBlock(m_stage);
    if (!block) {
        // Its cells would not match the edited spec: show none rather than edit the wrong ones.
        m_matrix->setMatrix({});
        m_diagram->setMatrix({});
        m_summary->setText(tr("Stage %1 cannot be built: see the cost panel. Undo or fix the parameters.").arg(m_stage + 1));
        return;
    }
    const DenseBlockSpec effective = m_document->effectiveBlock(m_stage);
    const BlockMatrix matrix = blockMatrix(*block, effective);
    m_matrix->setMatrix(matrix);
    m_diagram->setMatrix(matrix);
    if (m_autoFit)
        m_matrix->fitTo(m_scroll->viewport()->size());
    auto swatch = [](RuleRegion r) {
        return QStringLiteral("<span style='background:%1;color:%2'>&nbsp;%3&nbsp;</span>")
            .arg(regionShade(r).name(), regionInk(r).name(), regionName(r).toHtmlEscaped());
    };
    QString legend = swatch(RuleRegion::Dense) + QLatin1Char(' ') + swatch(RuleRegion::Sparse) + QLatin1Char(' ')
        + swatch(RuleRegion::Harmonic) + QLatin1Char(' ') + swatch(RuleRegion::Custom)
        + QStringLiteral(" <span style='color:#d01c8b'>◥</span> ") + tr("override");
    m_summary->setText(tr("<b>Stage %1</b> · %2 · %3 layers · %4 connections · %5 → %6 channels")
                           .arg(m_stage + 1)
                           .arg(QString::fromLatin1(toString(block->rule)))
                           .arg(matrix.layers)
                           .arg(matrix.connectionCount())
                           .arg(block->connectivity.widths[0])
                           .arg(block->connectivity.outputChannels())
                       + QStringLiteral("&nbsp;&nbsp;") + legend);
}

bool BlockEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_autoFit)
        m_matrix->fitTo(m_scroll->viewport()->size());
    return QWidget::eventFilter(watched, event);
}

QString BlockEditor::tooltipFor(int target, int source) const
{
    const BlockMatrix &m = m_matrix->matrix();
    const bool on = m.isConnected(target, source);
    QString text = tr("%1 → %2").arg(source == 0 ? tr("block input x0") : tr("layer %1").arg(source),
                                     target == m.layers + 1 ? tr("block output") : tr("layer %1").arg(target));
    text += QLatin1Char('\n') + tr("%1 channels, %2").arg(m.widths[static_cast<std::size_t>(source)]).arg(on ? tr("connected") : tr("not connected"));
    if (m.isOverridden(target, source))
        text += QLatin1Char('\n') + tr("custom override of the rule");
    Cost delta;
    if (!m_document->toggleDelta(m_stage, target, source, delta))
        return text + QLatin1Char('\n') + tr("Toggling it would leave the design unbuildable.");
    const QVector<CostMetric> &metrics = costMetrics();
    text += QLatin1Char('\n') + (on ? tr("Removing it changes:") : tr("Adding it changes:"));
    for (int i : {0, 1, 5, 6})   // params, MACs, MemR+W, CIO
        text += QStringLiteral("\n  %1: %2").arg(metrics[i].label, formatMetric(metrics[i], metrics[i].value(delta), true));
    return text;
}

void BlockEditor::applyConnections(const QList<QPoint> &cells, bool connected)
{
    const Design after = m_document->withConnections(m_stage, cells, connected);
    const QString text = cells.size() == 1
        ? (connected ? tr("Connect %1 → %2") : tr("Disconnect %1 → %2")).arg(cells.first().x()).arg(cells.first().y())
        : (connected ? tr("Connect %n cells", nullptr, int(cells.size())) : tr("Disconnect %n cells", nullptr, int(cells.size())));
    if (after == m_document->design()) {
        // Nothing changed (painting over cells already in that state, or an unbuildable
        // result): redraw from the document, which drops the stroke's preview.
        const CompiledBlock *block = m_document->compiledBlock(m_stage);
        m_matrix->setMatrix(block ? blockMatrix(*block, m_document->effectiveBlock(m_stage)) : BlockMatrix{});
    } else {
        m_document->edit(after, text);
    }
}

} // namespace denselab
