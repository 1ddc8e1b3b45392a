// SPDX-License-Identifier: GPL-3.0-or-later
#include "events.h"

namespace denselab::training {

const char *toString(RunState state)
{
    switch (state) {
    case RunState::Preparing: return "preparing";
    case RunState::Running: return "running";
    case RunState::Paused: return "paused";
    case RunState::Finished: return "finished";
    case RunState::Stopped: return "stopped";
    case RunState::Failed: return "failed";
    case RunState::Diverged: return "diverged";
    }
    return "?";
}

bool parse(const std::string &text, RunState &out)
{
    for (const RunState s : {RunState::Preparing, RunState::Running, RunState::Paused, RunState::Finished,
                             RunState::Stopped, RunState::Failed, RunState::Diverged}) {
        if (text == toString(s)) {
            out = s;
            return true;
        }
    }
    return false;
}

bool isFinal(RunState state)
{
    return state == RunState::Finished || state == RunState::Stopped || state == RunState::Failed
           || state == RunState::Diverged;
}

void EventStream::push(TrainingEvent event)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_queue.push_back(std::move(event));
    }
    m_ready.notify_all();
}

std::optional<TrainingEvent> EventStream::next(std::chrono::milliseconds timeout)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_ready.wait_for(lock, timeout, [this] { return !m_queue.empty() || m_closed; });
    if (m_queue.empty())
        return std::nullopt;
    TrainingEvent event = std::move(m_queue.front());
    m_queue.pop_front();
    return event;
}

std::vector<TrainingEvent> EventStream::drain()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    std::vector<TrainingEvent> events(std::make_move_iterator(m_queue.begin()), std::make_move_iterator(m_queue.end()));
    m_queue.clear();
    return events;
}

void EventStream::close()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
    }
    m_ready.notify_all();
}

bool EventStream::closed() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_closed;
}

} // namespace denselab::training
