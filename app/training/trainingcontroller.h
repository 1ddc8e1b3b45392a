// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prune/pruneconfig.h"
#include "search/searchconfig.h"
#include "training/events.h"
#include "training/runrecord.h"
#include "training/trainingconfig.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace denselab::training {
class Trainer;
}

namespace denselab {

/// The Qt side of core's Trainer: a queue of runs of every kind (training, LWP search, filter
/// pruning), one at a time on its own thread, and their events turned into signals on the GUI
/// thread. The event stream is drained by
/// a 25 ms timer (never blocking), so the window keeps running at full training speed; only
/// plain values cross from the training thread. A run keeps going while the user edits or
/// browses. GUI thread only.
class TrainingController : public QObject {
    Q_OBJECT
public:
    explicit TrainingController(QObject *parent = nullptr);
    /// Stops the current run (resumable) and joins its thread.
    ~TrainingController() override;

    /// Queues a new run; it starts at once when nothing is training.
    void enqueue(const training::TrainingConfig &config, const QString &label);
    /// Queues an LWP connection search.
    void enqueueSearch(const search::SearchConfig &config, const QString &label);
    /// Queues a filter-pruning job.
    void enqueuePrune(const prune::PruneConfig &config, const QString &label);
    /// Queues the continuation of a stopped or interrupted run of any kind (`epochs` > 0
    /// changes a training's total).
    void enqueueResume(const QString &runDir, int epochs = 0);
    /// Removes a run that has not started yet.
    void removeQueued(int index);

    void pause();
    void resume();
    void stop();

    bool isTraining() const { return m_trainer != nullptr; }
    /// Whether `runDir` is training now or waits in the queue (to be resumed).
    bool isQueuedOrTraining(const QString &runDir) const;
    training::RunState state() const { return m_state; }
    QString currentRunDir() const { return m_runDir; }
    /// The kind of the run training now (or last).
    training::RunKind currentKind() const { return m_kind; }
    QString currentLabel() const { return m_label; }
    QStringList queuedLabels() const;

Q_SIGNALS:
    /// `epochs`: the run's total (a resumed run keeps its own).
    void runStarted(const QString &runDir, const QString &label, int epochs);
    void stepProgress(const denselab::training::StepProgress &step);
    void epochFinished(const denselab::training::EpochMetrics &metrics);
    void stateChanged(denselab::training::RunState state, const QString &message);
    void logMessage(const QString &message);
    /// An error of the run (out of memory, divergence, bad data): shown on that run.
    void runError(const QString &message);
    /// A search's controller step; `probabilities` are sent a few times a second with it.
    void searchStep(const denselab::search::SearchStep &step);
    void keepProbabilities(const denselab::search::KeepProbabilities &probabilities);
    void searchChild(const denselab::search::SearchChild &child);
    void pruneIteration(const denselab::prune::PruneIteration &iteration);
    /// The run reached a final state (finished, stopped, failed, diverged).
    void runEnded(const QString &runDir, denselab::training::RunState state);
    void queueChanged();

private:
    struct Queued {
        QString label;
        std::function<std::unique_ptr<training::Trainer>()> make;   // creates the run when its turn comes
        QString resumeDir;
        training::RunKind kind = training::RunKind::Train;
    };
    void add(Queued queued);

    void startNext();
    void poll();
    /// Emits the queued events; returns the final state if one came.
    std::optional<training::RunState> dispatch();
    void finishRun(training::RunState state);

    QList<Queued> m_queue;
    std::unique_ptr<training::Trainer> m_trainer;
    QTimer *m_poll = nullptr;
    training::RunState m_state = training::RunState::Finished;
    QString m_runDir;
    QString m_label;
    training::RunKind m_kind = training::RunKind::Train;
};

} // namespace denselab

Q_DECLARE_METATYPE(denselab::training::StepProgress)
Q_DECLARE_METATYPE(denselab::training::EpochMetrics)
Q_DECLARE_METATYPE(denselab::training::RunState)
Q_DECLARE_METATYPE(denselab::search::SearchStep)
Q_DECLARE_METATYPE(denselab::search::KeepProbabilities)
Q_DECLARE_METATYPE(denselab::search::SearchChild)
Q_DECLARE_METATYPE(denselab::prune::PruneIteration)
