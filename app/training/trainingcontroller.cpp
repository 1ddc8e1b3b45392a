// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingcontroller.h"

#include "torchsidebusy.h"

#include "training/trainer.h"

#include <QTimer>

#include <chrono>

namespace denselab {

using training::RunState;
using training::TrainingEvent;

TrainingController::TrainingController(QObject *parent) : QObject(parent), m_poll(new QTimer(this))
{
    qRegisterMetaType<training::StepProgress>();
    qRegisterMetaType<training::EpochMetrics>();
    qRegisterMetaType<training::RunState>();
    qRegisterMetaType<search::SearchStep>();
    qRegisterMetaType<search::KeepProbabilities>();
    qRegisterMetaType<search::SearchChild>();
    qRegisterMetaType<prune::PruneIteration>();
    m_poll->setInterval(25);
    connect(m_poll, &QTimer::timeout, this, &TrainingController::poll);
}

TrainingController::~TrainingController()
{
    if (m_trainer) {
        m_trainer->stop();
        m_trainer->wait();
    }
}

void TrainingController::add(Queued queued)
{
    m_queue.append(std::move(queued));
    Q_EMIT queueChanged();
    if (!m_trainer)
        startNext();
}

void TrainingController::enqueue(const training::TrainingConfig &config, const QString &label)
{
    add({label, [config] { return torchSideShowingBusy().newTraining(config); }, QString(), training::RunKind::Train});
}

void TrainingController::enqueueSearch(const search::SearchConfig &config, const QString &label)
{
    add({label, [config] { return torchSideShowingBusy().newSearch(config); }, QString(), training::RunKind::Search});
}

void TrainingController::enqueuePrune(const prune::PruneConfig &config, const QString &label)
{
    add({label, [config] { return torchSideShowingBusy().newPruneJob(config); }, QString(), training::RunKind::Prune});
}

bool TrainingController::isQueuedOrTraining(const QString &runDir) const
{
    if (m_trainer && m_runDir == runDir)
        return true;
    for (const Queued &q : m_queue) {
        if (q.resumeDir == runDir)
            return true;
    }
    return false;
}

void TrainingController::enqueueResume(const QString &runDir, int epochs)
{
    training::RunKind kind = training::RunKind::Train;
    try {
        kind = training::readRunRecord(runDir.toStdString()).kind;
    } catch (const std::exception &) {
        // an unreadable record fails when its turn comes, with the reader's message
    }
    const std::string dir = runDir.toStdString();
    add({tr("resume %1").arg(runDir.section(QLatin1Char('/'), -1)), [dir, epochs] { return torchSideShowingBusy().resumeAnyRun(dir, epochs); },
         runDir, kind});
}

void TrainingController::removeQueued(int index)
{
    if (index < 0 || index >= m_queue.size())
        return;
    m_queue.removeAt(index);
    Q_EMIT queueChanged();
}

QStringList TrainingController::queuedLabels() const
{
    QStringList labels;
    for (const Queued &q : m_queue)
        labels << q.label;
    return labels;
}

void TrainingController::pause()
{
    if (m_trainer)
        m_trainer->pause();
}

void TrainingController::resume()
{
    if (m_trainer)
        m_trainer->resume();
}

void TrainingController::stop()
{
    if (m_trainer)
        m_trainer->stop();
}

void TrainingController::startNext()
{
    while (!m_trainer && !m_queue.isEmpty()) {
        const Queued next = m_queue.takeFirst();
        Q_EMIT queueChanged();
        m_label = next.label;
        m_kind = next.kind;
        try {
            m_trainer = next.make();   // the first run loads LibTorch (torchside.h)
            m_trainer->start();
        } catch (const std::exception &e) {
            // The run directory or run.json could not be used: this run fails, the queue goes on.
            m_trainer.reset();
            m_runDir = next.resumeDir;
            m_state = RunState::Failed;
            Q_EMIT runError(QString::fromStdString(e.what()));
            Q_EMIT runEnded(m_runDir, RunState::Failed);
            continue;
        }
        m_runDir = QString::fromStdString(m_trainer->runDir());
        m_state = RunState::Preparing;
        Q_EMIT runStarted(m_runDir, m_label, m_trainer->record().config.hyper.epochs);
        m_poll->start();
    }
}

void TrainingController::poll()
{
    if (!m_trainer)
        return;
    // The stream is closed when the thread has exited. The trainer always sends a final state
    // (even when run.json cannot record it); should a thread ever end without one, the run still
    // ends here, failed, instead of leaving the queue waiting forever.
    const bool closed = m_trainer->events().closed();
    std::optional<RunState> ended = dispatch();
    if (!ended && closed) {
        ended = RunState::Failed;
        m_state = RunState::Failed;
        Q_EMIT stateChanged(RunState::Failed, tr("the training thread ended without a final state"));
    }
    if (ended)
        finishRun(*ended);
}

std::optional<RunState> TrainingController::dispatch()
{
    std::optional<RunState> ended;
    for (const TrainingEvent &e : m_trainer->events().drain()) {
        switch (e.kind) {
        case TrainingEvent::Kind::Step:
            Q_EMIT stepProgress(*e.step);
            break;
        case TrainingEvent::Kind::Epoch:
            Q_EMIT epochFinished(*e.epoch);
            break;
        case TrainingEvent::Kind::Log:
            Q_EMIT logMessage(QString::fromStdString(e.message));
            break;
        case TrainingEvent::Kind::Error:
            Q_EMIT runError(QString::fromStdString(e.message));
            break;
        case TrainingEvent::Kind::SearchStep:
            Q_EMIT searchStep(*e.searchStep);
            if (e.keepProbabilities)
                Q_EMIT keepProbabilities(*e.keepProbabilities);
            break;
        case TrainingEvent::Kind::SearchChild:
            Q_EMIT searchChild(*e.searchChild);
            break;
        case TrainingEvent::Kind::PruneIteration:
            Q_EMIT pruneIteration(*e.pruneIteration);
            break;
        case TrainingEvent::Kind::State:
            m_state = e.state;
            Q_EMIT stateChanged(e.state, QString::fromStdString(e.message));
            if (training::isFinal(e.state))
                ended = e.state;
            break;
        }
    }
    return ended;
}

void TrainingController::finishRun(RunState state)
{
    m_poll->stop();
    m_trainer->wait();   // the thread is past its final state: this returns at once
    dispatch();          // what it pushed after the final state (the error's details)
    m_trainer.reset();
    Q_EMIT runEnded(m_runDir, state);
    startNext();
}

} // namespace denselab
