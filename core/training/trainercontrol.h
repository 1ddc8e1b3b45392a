// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events.h"
#include "runrecord.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace denselab::training {

/// What the Trainer's caller and its training thread share: the run record, the event stream
/// and the pause/stop requests. Every member function is thread-safe.
class TrainerControl {
public:
    TrainerControl(TrainingConfig config, std::string resumeDir)
        : m_resumeDir(std::move(resumeDir))
    {
        m_record.config = std::move(config);
    }

    const std::string &resumeDir() const { return m_resumeDir; }
    EventStream &events() { return m_events; }

    // Caller side.
    void requestPause();
    void requestResume();
    void requestStop();

    // Training-thread side.
    bool stopRequested() const { return m_stop.load(); }
    /// Whether a pause was asked for and not yet resumed (a run that drives another run
    /// forwards it).
    bool pauseRequested() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_paused;
    }
    /// Blocks while paused (announcing Paused, then Running again); false when a stop was
    /// requested before or during the pause.
    bool continueOrStop();
    /// Sets the state, stores it (and `message`) in run.json, and pushes a State event.
    void setState(RunState state, const std::string &message = {});
    RunState state() const { return m_state.load(); }
    /// Edits the record under the lock and rewrites run.json.
    void updateRecord(const std::function<void(RunRecord &)> &edit);
    RunRecord record() const;
    void log(const std::string &message);
    /// A resume remembers the status run.json had (say "stopped"): if the resume fails before
    /// training starts again, run.json keeps that status, with the failure as its message,
    /// instead of calling a run that never restarted "failed".
    void rememberStatusBeforeResume(const RunRecord &saved) { m_beforeResume = saved; }

    std::thread thread;

private:
    std::string m_resumeDir;
    EventStream m_events;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    RunRecord m_record;
    std::atomic<RunState> m_state{RunState::Preparing};
    std::atomic<bool> m_stop{false};
    bool m_paused = false;
    std::optional<RunRecord> m_beforeResume;   // run.json as the resume found it; cleared once Running
};

/// Ends the run Failed with `failure`, even when run.json cannot record it.
void reportFailure(TrainerControl &control, const std::string &failure);

} // namespace denselab::training
