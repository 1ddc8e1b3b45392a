// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/trainingconfig.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QThread;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace denselab {

class DesignDocument;
class DeviceComboBox;
class TrainingController;
class TrainingPlots;

/// Training of the design on screen: dataset, recipe and hyperparameters, device; Start queues a
/// run (several may wait), Pause / Resume / Stop act on the running one. Live plots, a progress
/// bar with ETA and a log of events and errors follow the current run.
class TrainingView : public QWidget {
    Q_OBJECT
public:
    TrainingView(DesignDocument *document, TrainingController *controller, QWidget *parent = nullptr);
    ~TrainingView() override;

    /// The configuration Start would queue now (the document's design + the form).
    training::TrainingConfig configuration() const;
    /// Where new runs go (default: training::defaultRunsDir()).
    void setRunsDir(const QString &dir) { m_runsDir = dir; }
    const QString &runsDir() const { return m_runsDir; }
    /// Preferences: datasets are looked for in <folder>/<name> (empty: each one's default).
    void setDatasetsFolder(const QString &folder);
    /// The folder the run reads: the one typed in, else the dataset's default.
    QString datasetFolder() const;
    QLineEdit *folderEdit() const { return m_folder; }

    void setDataset(const QString &name, const QString &folder = {});
    void setEpochs(int epochs);
    void setLimits(long train, long test);
    void setBatchSize(int batch);
    /// Queues a run of the current configuration; false (and a log line) when the design
    /// cannot be built.
    bool start();

    TrainingPlots *plots() const { return m_plots; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *shapeLabel() const { return m_shape; }
    /// What stops a run before it starts (a missing dataset, a design that cannot be built for
    /// the dataset's images, with the fixes that would work); hidden when nothing does.
    QLabel *runCheckLabel() const { return m_runCheck; }
    QCheckBox *resizeImagesBox() const { return m_resize; }
    QCheckBox *memoryEfficientBox() const { return m_memoryEfficient; }
    QComboBox *engineBox() const { return m_engine; }
    DeviceComboBox *deviceBox() const { return m_device; }
    QPlainTextEdit *log() const { return m_log; }
    QProgressBar *progress() const { return m_progress; }
    QListWidget *queue() const { return m_queue; }
    QPushButton *removeQueuedButton() const { return m_removeQueued; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyRecipe(const QString &name);

    void updateShapeNote();
    /// Checks the dataset's files and the adapted design; returns false (and shows why) when a
    /// run would fail at once. Skipped while the page is hidden (edits on the Design page).
    bool refreshRunCheck(bool force = false);
    void updateButtons();
    void appendLog(const QString &line, bool error = false);
    void checkDataset();

    DesignDocument *m_document;
    TrainingController *m_controller;
    QString m_runsDir;
    QComboBox *m_dataset = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_shape = nullptr;
    QCheckBox *m_resize = nullptr;
    QComboBox *m_recipe = nullptr;
    QSpinBox *m_epochs = nullptr;
    QSpinBox *m_batch = nullptr;
    QComboBox *m_optimizer = nullptr;
    QDoubleSpinBox *m_lr = nullptr;
    QDoubleSpinBox *m_momentum = nullptr;
    QDoubleSpinBox *m_weightDecay = nullptr;
    QComboBox *m_schedule = nullptr;
    QDoubleSpinBox *m_warmup = nullptr;
    QSpinBox *m_limitTrain = nullptr;
    QSpinBox *m_limitTest = nullptr;
    QCheckBox *m_augment = nullptr;
    QCheckBox *m_memoryEfficient = nullptr;
    QComboBox *m_engine = nullptr;
    DeviceComboBox *m_device = nullptr;
    QSpinBox *m_threads = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_stop = nullptr;
    QListWidget *m_queue = nullptr;
    QPushButton *m_removeQueued = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_runCheck = nullptr;
    bool m_runCheckStale = true;
    QString m_datasetsFolder;
    QProgressBar *m_progress = nullptr;
    TrainingPlots *m_plots = nullptr;
    QPlainTextEdit *m_log = nullptr;
    int m_epochsOfRun = 1;
    QList<QThread *> m_workers;   // dataset checks in flight, joined by the destructor
};

} // namespace denselab
