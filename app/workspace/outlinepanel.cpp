// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinepanel.h"

#include "document/designdocument.h"
#include "report/costreporttext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace denselab {
namespace {

constexpr int kStageRole = Qt::UserRole + 1;   // -1 stem, -2 head, else stage index

QString stageSummary(const Stage &stage)
{
    return std::visit(
        [](const auto &s) -> QString {
            using T = std::decay_t<decltype(s)>;
            if constexpr (std::is_same_v<T, DenseBlockSpec>) {
                return OutlinePanel::tr("%1 layers, k=%2, %3")
                    .arg(s.layers)
                    .arg(s.growth)
                    .arg(QString::fromLatin1(toString(s.connectivity.rule)));
            } else if constexpr (std::is_same_v<T, TransitionSpec>) {
                return s.width > 0 ? OutlinePanel::tr("%1 channels").arg(s.width)
                                   : OutlinePanel::tr("compression %1").arg(s.compression);
            } else if constexpr (std::is_same_v<T, ResidualStageSpec>) {
                return OutlinePanel::tr("%1 blocks × %2 planes").arg(s.blocks).arg(s.planes);
            } else if constexpr (std::is_same_v<T, PlainStageSpec>) {
                return OutlinePanel::tr("%n convolutions", nullptr, int(s.widths.size()));
            } else {
                return OutlinePanel::tr("units %1-%2-%3").arg(s.n1).arg(s.n2).arg(s.n3);
            }
        },
        stage);
}

} // namespace

OutlinePanel::OutlinePanel(DesignDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Stage"), tr("Summary"), tr("Output")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);

    auto *buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        buttons->addWidget(b);
        return b;
    };
    QToolButton *add = button(tr("Add"), tr("Add a stage after the selection"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(add);
    addMenu->addAction(tr("Dense block"), this, &OutlinePanel::addDenseBlock);
    addMenu->addAction(tr("Transition"), this, &OutlinePanel::addTransition);
    add->setMenu(addMenu);
    m_remove = button(tr("Remove"), tr("Remove the selected stage"));
    m_duplicate = button(tr("Duplicate"), tr("Duplicate the selected stage"));
    m_up = button(QStringLiteral("↑"), tr("Move the stage up"));
    m_down = button(QStringLiteral("↓"), tr("Move the stage down"));
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_remove, &QToolButton::clicked, this, &OutlinePanel::removeSelected);
    connect(m_duplicate, &QToolButton::clicked, this, &OutlinePanel::duplicateSelected);
    connect(m_up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveSelected(1); });

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int stage = item ? item->data(0, kStageRole).toInt() : -1;
        m_selected = stage >= 0 ? stage : -1;
        const int count = static_cast<int>(m_document->design().stages.size());
        m_remove->setEnabled(m_selected >= 0);
        m_duplicate->setEnabled(m_selected >= 0);
        m_up->setEnabled(m_selected > 0);
        m_down->setEnabled(m_selected >= 0 && m_selected + 1 < count);
        Q_EMIT stageSelected(m_selected);
    });
    connect(m_document, &DesignDocument::changed, this, &OutlinePanel::rebuild);
    rebuild();
}

void OutlinePanel::rebuild()
{
    const Design &design = m_document->design();
    const LayerGraph &graph = m_document->graph();
    const bool shapes = m_document->isValid() && graph.stageOutputs.size() == design.stages.size();
    QSignalBlocker blocker(m_tree);
    m_tree->clear();
    auto *stem = new QTreeWidgetItem(m_tree, {tr("Stem"), QString::fromLatin1(toString(design.stem.kind)), QString()});
    stem->setData(0, kStageRole, -1);
    for (std::size_t i = 0; i < design.stages.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, QStringLiteral("%1 · %2").arg(i + 1).arg(QString::fromLatin1(stageKindName(design.stages[i]))));
        QString summary = stageSummary(design.stages[i]);
        int pruned = 0;
        for (const Node &n : graph.nodes)
            pruned += shapes && n.stage == int(i) && n.op == OpKind::Conv && n.out.channels != n.designedChannels ? 1 : 0;
        if (pruned > 0)
            summary += tr(", %n pruned conv(s)", nullptr, pruned);
        item->setText(1, summary);
        if (shapes)
            item->setText(2, QString::fromStdString(shapeText(graph.stageOutputs[i])));
        item->setData(0, kStageRole, static_cast<int>(i));
    }
    auto *head = new QTreeWidgetItem(m_tree, {tr("Head"), tr("%1 classes").arg(design.classes), QString()});
    head->setData(0, kStageRole, -2);
    const int count = static_cast<int>(design.stages.size());
    if (m_selected >= count)
        m_selected = count - 1;
    if (m_selected >= 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(m_selected + 1));
    blocker.unblock();
    Q_EMIT stageSelected(m_selected);
}

void OutlinePanel::selectStage(int stage)
{
    if (stage >= 0 && stage < static_cast<int>(m_document->design().stages.size()))
        m_tree->setCurrentItem(m_tree->topLevelItem(stage + 1));
}

void OutlinePanel::selectFirstDenseBlock()
{
    const Design &design = m_document->design();
    for (std::size_t i = 0; i < design.stages.size(); ++i) {
        if (std::holds_alternative<DenseBlockSpec>(design.stages[i])) {
            selectStage(static_cast<int>(i));
            return;
        }
    }
}

void OutlinePanel::insertStage(int at, const QString &text, int kind)
{
    Design after = m_document->design();
    Stage stage = kind == 0 ? Stage(DenseBlockSpec{}) : Stage(TransitionSpec{});
    if (kind == 0 && at > 0) {
        // A new block copies the growth and layer order of the nearest block before it.
        for (int i = at - 1; i >= 0; --i) {
            if (const auto *prev = std::get_if<DenseBlockSpec>(&after.stages[static_cast<std::size_t>(i)])) {
                auto &spec = std::get<DenseBlockSpec>(stage);
                spec.growth = prev->growth;
                spec.order = prev->order;
                spec.bottleneck = prev->bottleneck;
                break;
            }
        }
    }
    after.stages.insert(after.stages.begin() + at, stage);
    m_selected = at;
    m_document->edit(after, text);
}

void OutlinePanel::addDenseBlock()
{
    insertStage(m_selected + 1, tr("Add dense block"), 0);
}

void OutlinePanel::addTransition()
{
    insertStage(m_selected + 1, tr("Add transition"), 1);
}

void OutlinePanel::removeSelected()
{
    if (m_selected < 0)
        return;
    Design after = m_document->design();
    after.stages.erase(after.stages.begin() + m_selected);
    const int removed = m_selected;
    m_selected = std::min(m_selected, static_cast<int>(after.stages.size()) - 1);
    m_document->edit(after, tr("Remove stage %1").arg(removed + 1));
}

void OutlinePanel::duplicateSelected()
{
    if (m_selected < 0)
        return;
    Design after = m_document->design();
    after.stages.insert(after.stages.begin() + m_selected + 1, after.stages[static_cast<std::size_t>(m_selected)]);
    const int source = m_selected;
    m_selected += 1;
    m_document->edit(after, tr("Duplicate stage %1").arg(source + 1));
}

void OutlinePanel::moveSelected(int delta)
{
    const int to = m_selected + delta;
    Design after = m_document->design();
    if (m_selected < 0 || to < 0 || to >= static_cast<int>(after.stages.size()))
        return;
    std::swap(after.stages[static_cast<std::size_t>(m_selected)], after.stages[static_cast<std::size_t>(to)]);
    const int from = m_selected;
    m_selected = to;
    m_document->edit(after, tr("Move stage %1").arg(from + 1));
}

} // namespace denselab
