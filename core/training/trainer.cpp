// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainer.h"

#include "trainercontrol.h"

#include "data/imagedataset.h"
#include "design/designerror.h"
#include "io/atomicfile.h"

namespace denselab::training {

void TrainerControl::requestPause()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_paused = true;
}

void TrainerControl::requestResume()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_paused = false;
    }
    m_wake.notify_all();
}

void TrainerControl::requestStop()
{
    {
        // Under the mutex the paused thread waits on: set between its check and its wait, the
        // flag would otherwise be missed and the wake-up lost (#15).
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
}

bool TrainerControl::continueOrStop()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (m_paused && !m_stop) {
        lock.unlock();
        setState(RunState::Paused);
        lock.lock();
        m_wake.wait(lock, [this] { return !m_paused || m_stop; });
        if (!m_stop) {
            lock.unlock();
            setState(RunState::Running);
            lock.lock();
        }
    }
    return !m_stop;
}

void TrainerControl::setState(RunState state, const std::string &message)
{
    const RunState before = m_state.exchange(state);
    TrainingEvent event;
    event.kind = TrainingEvent::Kind::State;
    event.state = state;
    event.message = message;
    try {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_record.status = state;
        if (!message.empty() || isFinal(state))
            m_record.message = message;
        if (isFinal(state))
            m_record.endedAt = isoTimeNow();
        if (state == RunState::Running)
            m_beforeResume.reset();
        if (!m_record.dir.empty()) {
            if (m_beforeResume && before == RunState::Preparing && isFinal(state)) {
                // The resume ended before training started again (it failed, or was stopped):
                // the run on disk stays what it was before the attempt, with a failure's reason.
                RunRecord onDisk = *m_beforeResume;   // not the attempt's config (--epochs) or set-up
                if (state == RunState::Failed)
                    onDisk.message = "resume failed: " + message;
                writeRunRecord(onDisk);
            } else {
                writeRunRecord(m_record);
            }
        }
    } catch (...) {
        // run.json cannot be written (its folder deleted, a full disk): readers still learn the
        // state, then the caller reports the write failure.
        m_events.push(std::move(event));
        throw;
    }
    m_events.push(std::move(event));
}

void TrainerControl::updateRecord(const std::function<void(RunRecord &)> &edit)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    edit(m_record);
    if (!m_record.dir.empty())
        writeRunRecord(m_record);
}

RunRecord TrainerControl::record() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_record;
}

void TrainerControl::log(const std::string &message)
{
    TrainingEvent event;
    event.kind = TrainingEvent::Kind::Log;
    event.state = m_state;
    event.message = message;
    m_events.push(std::move(event));
}

namespace {

// Runs the body; whatever it throws ends the run Failed with a one-line message.
void runGuarded(RunBody &body, TrainerControl &control)
{
    std::string failure;
    try {
        body.run(control);
        return;
    } catch (const data::DataError &e) {
        failure = std::string("dataset: ") + e.what();
    } catch (const DesignError &e) {
        failure = std::string("design: ") + e.what();
    } catch (const io::FileError &e) {
        failure = e.what();
    } catch (const std::exception &e) {
        failure = body.failureMessage(e, control);
    }
    reportFailure(control, failure);
}

} // namespace

void reportFailure(TrainerControl &control, const std::string &failure)
{
    try {
        control.setState(RunState::Failed, failure);
    } catch (const std::exception &e) {   // run.json itself cannot be written: still tell the reader
        TrainingEvent event;
        event.kind = TrainingEvent::Kind::Error;
        event.state = RunState::Failed;
        event.message = failure + " (and run.json could not be updated: " + e.what() + ")";
        control.events().push(std::move(event));
    }
    TrainingEvent event;
    event.kind = TrainingEvent::Kind::Error;
    event.state = RunState::Failed;
    event.message = failure;
    control.events().push(std::move(event));
}

std::string RunBody::failureMessage(const std::exception &error, TrainerControl &) { return error.what(); }

Trainer::Trainer(TrainingConfig config, std::string resumeDir, std::unique_ptr<RunBody> body)
    : m_control(std::make_unique<TrainerControl>(std::move(config), std::move(resumeDir))), m_body(std::move(body))
{
}

std::unique_ptr<Trainer> Trainer::resumeRun(const std::string &runDir, std::unique_ptr<RunBody> body)
{
    return std::make_unique<Trainer>(readRunRecord(runDir).config, runDir, std::move(body));
}

Trainer::~Trainer()
{
    stop();
    wait();
}

void Trainer::start()
{
    if (m_control->thread.joinable())
        return;
    m_body->prepare(*m_control);   // throws here, on the caller's thread, if it cannot
    m_control->thread = std::thread([control = m_control.get(), body = m_body.get()] {
        runGuarded(*body, *control);
        control->events().close();   // readers waiting on next() return once it is drained
    });
}

void Trainer::pause() { m_control->requestPause(); }
void Trainer::resume() { m_control->requestResume(); }
void Trainer::stop() { m_control->requestStop(); }

void Trainer::wait()
{
    if (m_control->thread.joinable())
        m_control->thread.join();
}

RunState Trainer::state() const { return m_control->state(); }
EventStream &Trainer::events() { return m_control->events(); }
std::string Trainer::runDir() const { return m_control->record().dir; }
RunRecord Trainer::record() const { return m_control->record(); }

} // namespace denselab::training
