// SPDX-License-Identifier: GPL-3.0-or-later
#include "parentpicker.h"

#include "document/designdocument.h"
#include "training/runrecord.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QToolButton>

namespace denselab {

ParentPicker::ParentPicker(DesignDocument *document, const QString &runsDir, QWidget *parent)
    : QWidget(parent), m_document(document), m_runsDir(runsDir)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_combo = new QComboBox(this);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(18);
    auto *reload = new QToolButton(this);
    reload->setText(QStringLiteral("⟳"));
    reload->setToolTip(tr("Read the runs folder again"));
    layout->addWidget(m_combo, 1);
    layout->addWidget(reload);
    connect(reload, &QToolButton::clicked, this, &ParentPicker::refresh);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &ParentPicker::changed);
    connect(m_document, &DesignDocument::changed, this, [this] {
        m_combo->setItemText(0, tr("Open design: %1").arg(QString::fromStdString(m_document->design().name)));
    });
    refresh();
}

void ParentPicker::setRunsDir(const QString &dir)
{
    m_runsDir = dir;
    refresh();
}

void ParentPicker::refresh()
{
    const QString current = runDir();
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("Open design: %1").arg(QString::fromStdString(m_document->design().name)), QString());
    for (const training::RunRecord &r : training::listRuns(m_runsDir.toStdString())) {
        const QString dir = QString::fromStdString(r.dir);
        const bool hasWeights = QFileInfo::exists(dir + QStringLiteral("/best.json"))
                                || QFileInfo::exists(dir + QStringLiteral("/last.json"));
        if (r.kind == training::RunKind::Search || !hasWeights)
            continue;   // a search's checkpoint is its supernet: start from a trained or pruned network
        m_combo->addItem(tr("%1 · %2 · %3 %").arg(QString::fromStdString(r.id), QString::fromStdString(r.designName))
                             .arg(100.0 * r.bestTestAccuracy, 0, 'f', 1),
                         dir);
    }
    const int index = m_combo->findData(current);
    m_combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString ParentPicker::runDir() const
{
    return m_combo->currentData().toString();
}

void ParentPicker::selectRun(const QString &runDir)
{
    int index = m_combo->findData(runDir);
    if (index < 0) {
        m_combo->addItem(QDir(runDir).dirName(), runDir);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
}

} // namespace denselab
