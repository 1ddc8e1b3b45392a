// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"
#include "prune/pruneconfig.h"
#include "prune/pruneprogress.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace denselab {

class DesignDocument;
class JobControls;
class PairedBars;
class ParentPicker;
class PrunePlots;
class TrainingController;

/// Filter pruning (seed: Taylor-criterion filter reduction on complex graphs): the parent (a
/// trained run, or the open design trained first), criterion and schedule; Start queues the job
/// on the one training queue. Live: test accuracy against MACs and params per iteration (after
/// the removal and after fine-tuning), filters kept against the original ones per layer, a log.
/// At the end the pruned design opens in the workspace with the parent as the cost baseline; the
/// job is a run in the runs browser and the comparison.
class PruneView : public QWidget {
    Q_OBJECT
public:
    PruneView(DesignDocument *document, TrainingController *controller, const QString &runsDir, QWidget *parent = nullptr);

    void setRunsDir(const QString &dir);
    void setDatasetsFolder(const QString &folder);
    JobControls *jobControls() const { return m_job; }
    prune::PruneConfig configuration() const;
    /// Queues a pruning job; false (and a log line) when nothing can be pruned.
    bool start();
    /// Shows a pruning job from its folder (its iterations and the last widths).
    void showRun(const QString &runDir);
    QString shownRun() const { return m_runDir; }

    void setDataset(const QString &name, const QString &folder);
    void setLimits(long train, long test);
    void setSchedule(const QString &criterion, double step, int iterations, int finetuneEpochs, int pretrainEpochs);
    void setBatchSize(int batch);

    PrunePlots *plots() const { return m_plots; }
    PairedBars *widthsChart() const { return m_widths; }
    ParentPicker *parentPicker() const;
    QLabel *statusLabel() const;
    int iterationsShown() const { return int(m_iterations.size()); }
    /// Emits openDesignRequested for the job's current design; false before the first iteration.
    bool openPrunedDesign();

Q_SIGNALS:
    void openDesignRequested(const QString &path, const denselab::Design &parent);

private:
    void buildForm(QWidget *page);
    void addIteration(const prune::PruneIteration &iteration);

    DesignDocument *m_document;
    TrainingController *m_controller;
    JobControls *m_job = nullptr;
    QString m_runDir;
    std::vector<prune::PruneIteration> m_iterations;

    QComboBox *m_criterion = nullptr;
    QComboBox *m_ranking = nullptr;
    QCheckBox *m_flops = nullptr;
    QDoubleSpinBox *m_step = nullptr;
    QSpinBox *m_iterationCount = nullptr;
    QSpinBox *m_finetune = nullptr;
    QDoubleSpinBox *m_targetMacs = nullptr;
    QCheckBox *m_keepCoupled = nullptr;
    QSpinBox *m_rankingBatches = nullptr;

    PrunePlots *m_plots = nullptr;
    PairedBars *m_widths = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace denselab
