// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/events.h"
#include "training/trainingconfig.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QTimer;

namespace denselab::training {
class Trainer;
}

namespace denselab {

/// The Qt side of core's Trainer: a queue of runs, one training at a time on the trainer's own
/// thread, and its events turned into signals on the GUI thread. The event stream is drained by
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
    /// Queues the continuation of a stopped or interrupted run (`epochs` > 0 changes the total).
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
    /// The run reached a final state (finished, stopped, failed, diverged).
    void runEnded(const QString &runDir, denselab::training::RunState state);
    void queueChanged();

private:
    struct Queued {
        QString label;
        training::TrainingConfig config;
        QString resumeDir;
        int resumeEpochs = 0;
    };

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
};

} // namespace denselab

Q_DECLARE_METATYPE(denselab::training::StepProgress)
Q_DECLARE_METATYPE(denselab::training::EpochMetrics)
Q_DECLARE_METATYPE(denselab::training::RunState)
