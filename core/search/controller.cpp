// SPDX-License-Identifier: GPL-3.0-or-later
#include "controller.h"

#include <torch/torch.h>

#include <algorithm>

namespace denselab::search {

namespace {

// Keeps log(o) and log(1 - o) finite when the sigmoid saturates.
constexpr double kProbabilityFloor = 1e-6;

} // namespace

LwpControllerImpl::LwpControllerImpl(const LwpControllerOptions &options) : m_options(options)
{
    const int64_t h = options.hidden();
    m_lstm = register_module("lstm", torch::nn::LSTM(torch::nn::LSTMOptions(h, h).num_layers(1)));
    m_output = register_module("output", torch::nn::Linear(h, options.candidates()));
    // Start near the parent: keep-probabilities of about sigmoid(2) = 0.88, so the first children
    // are mostly the network that was (pre)trained and the reward says something from step 1.
    {
        torch::NoGradGuard noGrad;
        m_output->bias.fill_(2.0);
    }
    m_value = register_module("value", torch::nn::Sequential(torch::nn::Linear(h, h), torch::nn::Tanh(),
                                                             torch::nn::Linear(h, 1)));
}

torch::Tensor LwpControllerImpl::probabilities()
{
    const int64_t h = m_options.hidden();
    torch::Tensor input = torch::zeros({1, 1, h});   // the empty embedding: the fixed state s
    std::tuple<torch::Tensor, torch::Tensor> state{torch::zeros({1, 1, h}), torch::zeros({1, 1, h})};
    std::vector<torch::Tensor> outputs;
    outputs.reserve(std::size_t(m_options.decisions()));
    for (int64_t k = 0; k < m_options.decisions(); ++k) {
        auto [output, next] = m_lstm->forward(input, state);
        state = next;
        outputs.push_back(output.reshape({1, h}));
        input = output;   // the previous step's output is the next step's input
    }
    return torch::sigmoid(m_output->forward(torch::cat(outputs, 0)));
}

torch::Tensor LwpControllerImpl::value()
{
    return m_value->forward(torch::zeros({1, m_options.hidden()})).reshape({});
}

std::vector<torch::Tensor> LwpControllerImpl::policyParameters() const
{
    std::vector<torch::Tensor> params = m_lstm->parameters();
    for (const torch::Tensor &p : m_output->parameters())
        params.push_back(p);
    return params;
}

std::vector<torch::Tensor> LwpControllerImpl::valueParameters() const { return m_value->parameters(); }

CurriculumEntries curriculumEntries(const torch::Tensor &inParent, int decided)
{
    const int64_t k = inParent.size(0);
    const int64_t d = std::clamp<int64_t>(decided, 0, k);
    torch::Tensor rows = torch::zeros({k, 1}, inParent.options());
    rows.narrow(0, k - d, d).fill_(1.0);
    CurriculumEntries e;
    e.decided = rows * inParent;
    e.forced = inParent * (1 - rows);
    return e;
}

torch::Tensor logProbability(const torch::Tensor &probabilities, const torch::Tensor &decided, const torch::Tensor &actions)
{
    const torch::Tensor o = probabilities.clamp(kProbabilityFloor, 1.0 - kProbabilityFloor);
    const torch::Tensor perEntry = actions * torch::log(o) + (1 - actions) * torch::log(1 - o);
    return (perEntry * decided).sum();
}

PolicySample samplePolicy(const torch::Tensor &probabilities, const torch::Tensor &decided, const torch::Tensor &forced)
{
    PolicySample s;
    torch::Tensor drawn;
    {
        torch::NoGradGuard noGrad;
        drawn = torch::bernoulli(probabilities.detach());
    }
    s.actions = drawn * decided + forced * (1 - decided);
    s.logProbability = logProbability(probabilities, decided, s.actions);
    const torch::Tensor o = probabilities.clamp(kProbabilityFloor, 1.0 - kProbabilityFloor);
    s.entropy = (-(o * torch::log(o) + (1 - o) * torch::log(1 - o)) * decided).sum();
    return s;
}

} // namespace denselab::search
