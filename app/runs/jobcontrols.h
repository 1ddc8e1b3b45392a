// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/runrecord.h"
#include "training/trainingconfig.h"

#include <QObject>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;
class QWidget;

namespace denselab {

class DesignDocument;
class ParentPicker;
class TrainingController;

/// What the Search and Prune pages share: the parent (the open design or a trained run), the
/// data and optimizer rows of the form, seed and threads, Start/Pause/Resume/Stop, and a status
/// line and a log that follow the one training queue for runs of `kind`. The page adds its own
/// rows between addDataRows() and addRunRows() and builds the rest of its configuration on
/// trainingConfig(). GUI thread only; the widgets belong to the page.
class JobControls : public QObject {
    Q_OBJECT
public:
    JobControls(DesignDocument *document, TrainingController *controller, training::RunKind kind,
                const QString &runsDir, double defaultLearningRate, QWidget *page);

    /// Lays out `page`: `form` (its settings) scrolling on the left, and on the right a column that
    /// starts with the status line; the page adds its plots to the returned layout, then log().
    QVBoxLayout *layOutPage(QWidget *page, QWidget *form);
    /// Parent, dataset, folder, training and test images, batch size, learning rate, pretraining epochs.
    void addDataRows(QFormLayout *form);
    /// Seed, CPU threads and the buttons.
    void addRunRows(QFormLayout *form);

    /// The parent's design (the run's as trained, or the open design), the data, the demo
    /// recipe's Adam with this learning rate, seed, threads and the runs folder.
    training::TrainingConfig trainingConfig() const;
    /// The parent run, empty when the open design is chosen.
    QString parentRun() const;
    /// Pretraining epochs: the form's for a design, 0 for a trained run.
    int pretrainEpochs() const;
    /// False (and a log line) when the chosen parent run cannot be read.
    bool checkParent();

    void setRunsDir(const QString &dir);
    /// Preferences: datasets are looked for in <folder>/<name> (empty: each one's default).
    void setDatasetsFolder(const QString &folder);
    QLineEdit *folderEdit() const { return m_folder; }
    QComboBox *datasetBox() const { return m_dataset; }
    void setDataset(const QString &name, const QString &folder);
    void setLimits(long train, long test);
    void setBatchSize(int batch);
    void setPretrainEpochs(int epochs);

    ParentPicker *parent() const { return m_parent; }
    QLabel *status() const { return m_status; }
    QPlainTextEdit *log() const { return m_log; }
    /// Whether the run training now (or last) is of this page's kind.
    bool isOurs() const;
    void appendLog(const QString &line, bool error = false);
    void updateButtons();

Q_SIGNALS:
    void startRequested();
    /// A trained run was chosen as the parent; the data rows now show what it was trained on.
    void parentRunChosen(const denselab::training::TrainingConfig &trainedWith);
    /// A run of this kind started (the page clears its plots) or ended (the page reads its record).
    void runStarted(const QString &runDir, const QString &label);
    void runEnded(const QString &runDir);

private:
    DesignDocument *m_document;
    TrainingController *m_controller;
    training::RunKind m_kind;
    QString m_runsDir;
    QString m_datasetsFolder;   // Preferences; empty: each dataset's default folder
    QWidget *m_page;
    ParentPicker *m_parent = nullptr;
    QComboBox *m_dataset = nullptr;
    QLineEdit *m_folder = nullptr;
    QSpinBox *m_limitTrain = nullptr;
    QSpinBox *m_limitTest = nullptr;
    QSpinBox *m_batch = nullptr;
    QDoubleSpinBox *m_lr = nullptr;
    QSpinBox *m_pretrain = nullptr;
    QSpinBox *m_seed = nullptr;
    QSpinBox *m_threads = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_log = nullptr;
};

/// Form fields of the job pages: an integer field (`special` names its minimum, e.g. "all")
/// and a decimal one.
QSpinBox *spinField(QWidget *parent, int minimum, int maximum, int value, const QString &special = {});
QDoubleSpinBox *numberField(QWidget *parent, double minimum, double maximum, double value, int decimals, double step);

} // namespace denselab
