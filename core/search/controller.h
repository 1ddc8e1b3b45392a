// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LibTorch side of the LWP search: include only from torch targets.

#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/rnn.h>
#include <torch/nn/pimpl.h>

namespace denselab::search {

/// Usage: LwpController c(LwpControllerOptions(K, maxCandidates).hidden(64));
struct LwpControllerOptions {
    LwpControllerOptions(int64_t decisions, int64_t candidates) : decisions_(decisions), candidates_(candidates) {}
    TORCH_ARG(int64_t, decisions);      ///< K: one LSTM step per dense layer
    TORCH_ARG(int64_t, candidates);     ///< the longest decision (max n_i)
    TORCH_ARG(int64_t, hidden) = 64;
};

/// The seed's controller (LWP, section 2, Fig. 1): an LSTM run for K steps whose first input is
/// a fixed empty (all-zero) embedding, the state s, and each later input the previous step's
/// output; each output goes through a linear layer and a sigmoid to the keep-probabilities o_i.
/// The value network V(s; theta_v) reads the same fixed state, so it is a learned baseline.
/// Not thread-safe (a torch module).
class LwpControllerImpl : public torch::nn::Module {
public:
    explicit LwpControllerImpl(const LwpControllerOptions &options);

    /// o: [K, candidates] keep-probabilities in (0, 1).
    torch::Tensor probabilities();
    /// V(s): a scalar tensor.
    torch::Tensor value();
    /// Parameters of f(s; theta_c) (LSTM and output layer) and of V(s; theta_v), for separate
    /// learning rates.
    std::vector<torch::Tensor> policyParameters() const;
    std::vector<torch::Tensor> valueParameters() const;

    const LwpControllerOptions &options() const { return m_options; }

private:
    LwpControllerOptions m_options;
    torch::nn::LSTM m_lstm{nullptr};
    torch::nn::Linear m_output{nullptr};
    torch::nn::Sequential m_value{nullptr};
};

TORCH_MODULE(LwpController);

/// Which entries the controller decides in a curriculum epoch that hands it the last `decided`
/// of the K layers (seed LWP, Algorithm 1 lines 4-8), and the actions of the others: the
/// parent's connections (o[i, 0:i] = 1 for a dense parent, its own connectivity for a sparse
/// one). `inParent` is [K, candidates], 1 where the parent has the connection.
struct CurriculumEntries {
    torch::Tensor decided;              ///< [K, candidates], 1 for the last `decided` layers' parent connections
    torch::Tensor forced;               ///< [K, candidates], the parent's connections of the other layers
};
CurriculumEntries curriculumEntries(const torch::Tensor &inParent, int decided);

/// One sampled child: actions a (0/1 per decision and candidate), log pi(a) of Eq. 1-2 over the
/// decided candidates (with its autograd graph) and the policy's entropy over them.
struct PolicySample {
    torch::Tensor actions;              ///< [K, candidates], float 0/1
    torch::Tensor logProbability;       ///< scalar
    torch::Tensor entropy;              ///< scalar, nats
};

/// Samples a ~ Bernoulli(o) where `decided` is 1; elsewhere a = `forced` (the parent's
/// connections for the layers the curriculum keeps, 0 for candidates the parent lacks), which
/// adds nothing to log pi or the entropy. `decided` and `forced` are [K, candidates], float 0/1.
PolicySample samplePolicy(const torch::Tensor &probabilities, const torch::Tensor &decided, const torch::Tensor &forced);

/// log pi(a) of given actions under `probabilities` over the `decided` entries (Eq. 1-2).
torch::Tensor logProbability(const torch::Tensor &probabilities, const torch::Tensor &decided, const torch::Tensor &actions);

} // namespace denselab::search
