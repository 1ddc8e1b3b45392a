// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"
#include "search/searchconfig.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace denselab {

class DesignDocument;
class JobControls;
class PairedBars;
class ParentPicker;
class SearchPlots;
class StrengthHeatmap;
class TrainingController;

/// The LWP connection search (seed LWP): the parent (the open design, pretrained first, or a
/// trained run), the data and the LWP settings; Start queues the search on the one training
/// queue, Pause/Resume/Stop act on it. While it runs: reward, eta and child accuracy per step
/// with the stages as bands, and the controller's keep-probabilities in the matrix layout. At
/// the end the Z children in a table, each openable as a design (its parent as the cost
/// baseline) or trained from scratch, with its input channels per layer against the parent's.
class SearchView : public QWidget {
    Q_OBJECT
public:
    SearchView(DesignDocument *document, TrainingController *controller, const QString &runsDir, QWidget *parent = nullptr);

    void setRunsDir(const QString &dir);
    void setDatasetsFolder(const QString &folder);
    JobControls *jobControls() const { return m_job; }
    /// What Start would queue now.
    search::SearchConfig configuration() const;
    /// Queues a search; false (and a log line) when the parent cannot be searched.
    bool start();
    /// Shows a search from its folder: its steps, the final keep-probabilities and its children.
    void showRun(const QString &runDir);
    QString shownRun() const { return m_runDir; }

    /// Form values scripted use and tests set.
    void setDataset(const QString &name, const QString &folder);
    void setLimits(long train, long test, long validation);
    void setStages(int pretrainEpochs, int curriculumEpochs, int curriculumStride, int jointEpochs, int children);
    void setRewardShape(double alpha, double gamma);
    void setBatchSize(int batch);

    SearchPlots *plots() const { return m_plots; }
    QTableWidget *childrenTable() const { return m_children; }
    StrengthHeatmap *heatmap() const { return m_heatmap; }
    PairedBars *channelsChart() const { return m_channels; }
    ParentPicker *parentPicker() const;
    QLabel *statusLabel() const;
    /// Opens the selected child (as openDesignRequested); false when none is selected.
    bool openSelectedChild();
    /// Queues the selected child's training from scratch; false when none is selected.
    bool trainSelectedChild();

Q_SIGNALS:
    /// A child design to open in the workspace, compared against the parent it came from.
    void openDesignRequested(const QString &path, const denselab::Design &parent);
    /// A from-scratch training was queued (the window shows the Training page).
    void trainingQueued();

private:
    void buildForm(QWidget *page);
    void addChild(const search::SearchChild &child);
    void showProbabilities();
    void showChildChannels();
    void updateChildButtons();
    /// The child of the selected row, or nullptr.
    const search::SearchChild *selectedChild() const;
    Design parentDesign() const;

    DesignDocument *m_document;
    TrainingController *m_controller;
    JobControls *m_job = nullptr;
    QString m_runDir;                       // the search on screen
    std::vector<search::SearchChild> m_childList;
    search::KeepProbabilities m_probabilities;
    long m_lastStep = 0;                    // global step of the last point plotted
    training::DataOptions m_parentData;     // what a chosen trained parent held out

    QSpinBox *m_validation = nullptr;
    QDoubleSpinBox *m_alpha = nullptr;
    QDoubleSpinBox *m_gamma = nullptr;
    QSpinBox *m_curriculum = nullptr;
    QSpinBox *m_stride = nullptr;
    QCheckBox *m_printed = nullptr;
    QSpinBox *m_joint = nullptr;
    QSpinBox *m_childCount = nullptr;
    QSpinBox *m_monteCarlo = nullptr;
    QDoubleSpinBox *m_entropy = nullptr;
    QDoubleSpinBox *m_controllerLr = nullptr;
    QSpinBox *m_stepsPerEpoch = nullptr;
    QCheckBox *m_batchStatistics = nullptr;
    QSpinBox *m_fromScratch = nullptr;

    SearchPlots *m_plots = nullptr;
    QComboBox *m_block = nullptr;
    StrengthHeatmap *m_heatmap = nullptr;
    QTableWidget *m_children = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_train = nullptr;
    PairedBars *m_channels = nullptr;
};

} // namespace denselab
