// SPDX-License-Identifier: GPL-3.0-or-later
// denselab-cli: DenseLab's core from the shell (presets, costs, connectivity rules, benchmarks).
#include "arguments.h"
#include "commands.h"
#include "design/designerror.h"
#include "torchcommands.h"
#include "training/trainingconfig.h"

#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr const char *kUsage = R"(usage: denselab-cli COMMAND [OPTIONS]

Defaults: a number in brackets ([--opset 13]) is the default, and of a choice a|b|c the first,
except for the training options (--optimizer, --schedule, ...), whose defaults come from the
recipe: train --help lists them.

commands:
  presets [--format table|json]
      the built-in designs with one-line descriptions
  costs (--preset NAME | FILE.json) [--input CxHxW] [--classes N] [--per-layer]
        [--format table|json|csv]
      params, MACs, torchstat MAdd/Flops/Memory/MemR+W, CIO, traffic, activation memory
      and connections of a design, in total and per layer
  connections --rule RULE --layers L [--threshold T] [--keep N]
        [--harmonic-style stated|printed] [--growth k] [--multiplier m] [--format table|json]
      each layer's inputs under a connectivity rule, as the seed tables print them
      RULE: dense, harmonic, log-dense, sparse-keep, threshold-ab, threshold-bc
  model (--preset NAME | FILE.json) [--input CxHxW] [--classes N] [--batch B] [--format json]
      builds the LibTorch module, runs one forward pass on zeros, prints
      {"params": counted from the module, "output": [batch, classes]} (builds with LibTorch)
  train (--preset NAME | FILE.json) [--input CxHxW] [--classes N]
        [--dataset fashion-mnist|mnist|cifar10|cifar100|svhn] [--data DIR]
        [--recipe demo|threshnet-cifar10|threshnet-cifar100] [--epochs N] [--batch B]
        [--optimizer sgd|adam|adamw] [--lr X] [--momentum X] [--nesterov] [--weight-decay X]
        [--schedule constant|step|cosine] [--milestones 60,120,160] [--gamma X] [--warmup EPOCHS]
        [--device auto|cpu|cuda|cuda:N] [--precision auto|fp32|bf16|fp16] [--no-channels-last]
        [--memory standard|efficient] [--engine fast|plain] [--threads N] [--limit-train N]
        [--limit-test N] [--validation FRACTION|N]
        [--no-augment] [--resize] [--seed S] [--runs-dir DIR] [--format text|json]
  train --resume RUN_DIR [--epochs N] [--format text|json]
      trains in the background trainer; the run directory (default
      ~/.local/share/denselab/runs) holds run.json, metrics.jsonl and checkpoints.
      Ctrl-C stops cleanly and leaves a resumable run (builds with LibTorch)
  search lwp (--preset NAME | FILE.json | --parent RUN_DIR) [--input CxHxW] [--classes N]
        [--dataset NAME] [--data DIR] [--limit-train N] [--limit-test N] [--validation N|FRACTION]
        [--pretrain-epochs N] [--alpha 2] [--gamma 0.5] [--curriculum-epochs N]
        [--curriculum-stride S] [--printed-curriculum] [--joint-epochs 1] [--children 8]
        [--mc-children 1] [--entropy-weight 0] [--controller-lr 0.001] [--value-lr 0.001]
        [--controller-hidden 64] [--steps-per-epoch N] [--child-norm batch|running]
        [--from-scratch-epochs N]
        [training options of train: --batch, --lr, --optimizer, --device, --threads, --seed, ...]
        [--runs-dir DIR] [--format text|json]
  search lwp --resume RUN_DIR [--format text|json]
      learns which dense connections to keep (seed LWP): an LSTM controller samples children
      of the supernet, trained with advantage actor-critic on reward 1 - eta^alpha (correct) or
      -gamma (wrong), eta = child MACs / parent MACs; writes children/child-NN.denselab.json
      and, with --from-scratch-epochs, trains the best child as an ordinary run. A trained
      --parent brings its data options. The step schedule's factor is --lr-gamma here, and
      --epochs is not taken: the stages' epochs are (builds with LibTorch)
  search random (--preset NAME | FILE.json | --parent RUN_DIR) [--input CxHxW] [--classes N]
        --eta RATIO [--seed S] --out FILE.json [--format text|json]
      a child with every connection kept with one probability, chosen so that its MACs are
      RATIO of the parent's: the random baseline of equal cost a search is compared with
  prunable (--preset NAME | FILE.json) [--input CxHxW] [--classes N] [--keep-coupled]
        [--format table|json]
      the pruning groups filter pruning works on: per group its channels, share of the
      params and MACs, whether it is coupled (an addition, a depthwise follower) or why it
      cannot be pruned; the totals of what can be pruned at all
  prune (--parent RUN_DIR | --preset NAME | FILE.json) [--input CxHxW] [--classes N]
        [--dataset NAME] [--data DIR] [--limit-train N] [--limit-test N] [--pretrain-epochs N]
        [--criterion taylor|activation|l1|random] [--ranking global|per-layer] [--flops-weighted]
        [--step 0.05] [--iterations 6] [--finetune-epochs 1] [--target-macs RATIO]
        [--target-params RATIO] [--keep-coupled] [--ranking-batches 8]
        [training options of train] [--runs-dir DIR] [--format text|json]
  prune --resume RUN_DIR [--format text|json]
      removes whole filters ranked by the criterion, fine-tunes, repeats (seed: Taylor
      criterion on complex graphs); the pruned design is iteration-NN.denselab.json in the
      job's folder. --epochs is not taken: the schedule's epochs are (builds with LibTorch)
  bench costs (--preset NAME | FILE.json) [--iterations N] [--min-seconds S] [--format text|json]
      median time of one full compile + cost of the design
  bench train (--preset NAME | FILE.json) [--input CxHxW] [--classes N] [--batch B]
        [--device auto|cpu|cuda] [--precision ...] [--threads N] [--steps N] [--min-seconds S]
        [--memory standard|efficient] [--engine fast|plain] [--no-channels-last] [--no-peak]
        [--format text|json]
      images/s of forward + backward + step on synthetic data, the peak tensor memory of one
      step, and the convolution FLOP/s reached against the machine's peak, measured on large
      convolutions by the same command

  bench mask (--preset NAME | FILE.json) [--input CxHxW] [--classes N] [--eta 0.5] [--batch B]
        [--threads N] [--steps N] [--format text|json]
      a random child run through the supernet (a connection mask) against the plain supernet
      and against the child built as its own module: forward and forward + backward
  bench prune (--preset NAME | FILE.json) [--input CxHxW] [--classes N] [--fraction 0.3]
        [--iterations 6] [--seed S] [--format text|json]
      params and MACs before and after removing FRACTION of the prunable filters, chosen at
      random in ITERATIONS steps, with and without the seed's rule of keeping convolutions
      before an addition: the structural effect of the pruning rules

  export pytorch (--preset NAME | FILE.json | --run RUN_DIR) [--input CxHxW] [--classes N]
        --out DIR [--reference FILE.pt] [--seed S] [--format text|json]
      model.py (a self-contained torch.nn.Module named like DenseLab's layers) and README.md;
      with --run also weights.pt (the run's best checkpoint as a state_dict torch.load reads).
      --reference writes DenseLab's logits for a fixed input to check the export against
      (weights: the run's, else DenseLab's initialization with --seed, written to weights.pt)
  export onnx (--preset NAME | FILE.json | --run RUN_DIR) [--input CxHxW] [--classes N]
        --out FILE.onnx [--opset 13] [--batch dynamic|N] [--reference FILE.pt] [--seed S]
        [--format text|json]
      the network for inference in standard ONNX ops (Conv, BatchNormalization, Relu, Clip,
      MaxPool, AveragePool, GlobalAveragePool, Flatten, Gemm, Concat, Add), opsets 9..17
  import torchvision-weights FILE.pth (--preset NAME | DESIGN.json) [--input CxHxW] [--classes N]
        [training options of train: --dataset, --data, --resize, --limit-train, --runs-dir, ...]
        [--format text|json]
      a state_dict written by Python (torchvision's DenseNet/ResNet keys, mapped as
      docs/export.md lists, or DenseLab's own weights.pt) as a new run, adapted to the
      dataset like train adapts a design: layers whose shape differs (first convolution,
      classifier) stay initialized and are listed. Resume it to fine-tune, or prune and
      search with --parent (builds with LibTorch)

exit status: 0 on success, 1 when a run fails or diverges (or on an internal error),
2 on bad input (with a one-line message on stderr)

COMMAND --help shows one command's options; --version shows the version.
)";

// The usage entries of `command` ("train", "search lwp", ...): every block of kUsage whose first
// line starts with the command's words. Empty when the command is unknown.
std::string commandHelp(const std::vector<std::string> &words, bool withSecondWord = true)
{
    const std::string usage = kUsage;
    std::string command = words.front();
    if (withSecondWord && words.size() > 1 && words[1].rfind("-", 0) != 0)
        command += " " + words[1];
    std::string help;
    bool inEntry = false;
    std::size_t start = usage.find("\ncommands:\n");
    const std::size_t end = usage.find("\nexit status:");
    for (std::size_t at = usage.find('\n', start + 1) + 1; at < end;) {
        const std::size_t next = usage.find('\n', at);
        const std::string line = usage.substr(at, next - at);
        if (line.size() > 2 && line[0] == ' ' && line[1] == ' ' && line[2] != ' ') {
            // "search lwp" matches "search lwp ..."; "search" matches every search entry.
            const std::string words2 = line.substr(2);
            inEntry = words2.rfind(command + " ", 0) == 0 || words2 == command;
        }
        if (inEntry)
            help += line + "\n";
        at = next + 1;
    }
    // "costs my.json --help": the second word was a file, not a subcommand.
    if (help.empty() && withSecondWord && command != words.front())
        return commandHelp(words, false);
    return help;
}

// The training options' defaults, from the same recipe and config the commands start from, so
// that help can never disagree with what a run does.
std::string trainingDefaults()
{
    using namespace denselab::training;
    const Hyperparameters h = recipe("demo");
    const TrainingConfig c;
    std::ostringstream out;
    out << "defaults of the training options (recipe demo): --epochs " << h.epochs << " --batch " << h.batchSize
        << " --optimizer " << toString(h.optimizer) << " --lr " << h.learningRate << " --momentum " << h.momentum
        << " --weight-decay " << h.weightDecay << " --schedule " << toString(h.schedule) << " --gamma " << h.gamma
        << " --warmup " << h.warmupEpochs << " --dataset " << c.data.dataset
        << " --data (the dataset's Debian folder) --limit-train 0 (all) --limit-test 0 (all) --validation 0"
        << " --device " << c.device << " --precision " << toString(c.precision) << " --threads 0 (every core) --seed "
        << c.seed << " --runs-dir " << defaultRunsDir() << " --format text\n";
    return out.str();
}

} // namespace

int main(int argc, char **argv)
{
    using namespace denselab;
    std::vector<std::string> words(argv + 1, argv + argc);
    if (words.empty() || words.front() == "--help" || words.front() == "-h" || words.front() == "help") {
        std::cout << kUsage;
        return words.empty() ? 2 : 0;
    }
    if (words.front() == "--version") {
        std::cout << "denselab-cli " << DENSELAB_VERSION << '\n';
        return 0;
    }
    for (const std::string &word : words) {
        if (word == "--help" || word == "-h") {
            const std::string help = commandHelp(words);
            if (help.empty()) {
                std::cerr << "denselab-cli: unknown command \"" << words.front() << "\" (see denselab-cli --help)\n";
                return 2;
            }
            std::cout << "usage: denselab-cli " << help.substr(2)
                      << "\ndefaults: the numbers in brackets, and the first of each a|b choice\n";
            const std::string &c = words.front();
            if (c == "train" || c == "import")
                std::cout << trainingDefaults();   // these, not the first choice, for the training options
            else if (c == "search" || c == "prune")   // their stages set the epochs; search's --gamma is its own
                std::cout << "the training options take train's defaults (denselab-cli train --help); the epochs\n"
                             "come from the stages, and the step schedule's factor is --lr-gamma\n";
            std::cout << "\nexit status: 0 on success, 1 when a run fails, 2 on bad input (a one-line message on stderr)\n";
            return 0;
        }
    }
    const std::string command = words.front();
    // "bench costs" / "bench train" / "search lwp": the options start after the second word.
    const bool benchTarget = command == "bench" && words.size() > 1
                             && (words[1] == "costs" || words[1] == "train" || words[1] == "mask" || words[1] == "prune");
    const bool searchMethod = command == "search" && words.size() > 1 && (words[1] == "lwp" || words[1] == "random");
    const bool exportFormat = command == "export" && words.size() > 1 && (words[1] == "pytorch" || words[1] == "onnx");
    const bool importKind = command == "import" && words.size() > 1 && words[1].rfind("-", 0) != 0;
    const std::size_t skip = benchTarget || searchMethod || exportFormat || importKind ? 2 : 1;
    cli::Arguments args(std::vector<std::string>(words.begin() + static_cast<std::ptrdiff_t>(skip), words.end()));
    try {
        if (cli::needsTorch(words)) {
#ifdef DENSELAB_CLI_TORCH_SIDE
            if (command == "train")
                return cli::runTrain(args, std::cout);
            if (command == "model")
                return cli::runModel(args, std::cout);
            if (command == "prune")
                return cli::runPrune(args, std::cout);
            if (command == "search")
                return cli::runSearch(args, std::cout);
            if (command == "export") {
                if (!exportFormat)
                    throw cli::UsageError("export: expected \"export pytorch|onnx (--preset NAME | FILE | --run RUN_DIR) --out ...\"");
                return cli::runExportWithWeights(words[1], args, std::cout);
            }
            if (command == "import")
                return cli::runImport(importKind ? words[1] : std::string(), args, std::cout);
            return words[1] == "mask" ? cli::runBenchMask(args, std::cout) : cli::runBenchTrain(args, std::cout);
#else
            cli::handOverToTorchSide(argv);
#endif
        }
        if (command == "presets")
            return cli::runPresets(args, std::cout);
        if (command == "costs")
            return cli::runCosts(args, std::cout);
        if (command == "connections")
            return cli::runConnections(args, std::cout);
        if (command == "prunable")
            return cli::runPrunable(args, std::cout);
        if (exportFormat)
            return cli::runExport(words[1], args, std::cout);
        if (command == "export")
            throw cli::UsageError("export: expected \"export pytorch|onnx (--preset NAME | FILE | --run RUN_DIR) --out ...\"");
        if (benchTarget && words[1] == "prune")
            return cli::runBenchPrune(args, std::cout);
        if (command == "search") {
            if (!searchMethod)
                throw cli::UsageError("search: expected \"search lwp|random (--preset NAME | FILE | --parent RUN_DIR) ...\"");
            return cli::runSearchRandom(args, std::cout);
        }
        if (benchTarget)
            return cli::runBench(args, std::cout);
        if (command == "bench")
            throw cli::UsageError("bench: expected \"bench costs|train|mask|prune (--preset NAME | FILE)\"");
        throw cli::UsageError("unknown command \"" + command + "\" (see denselab-cli --help)");
    } catch (const cli::UsageError &e) {
        std::cerr << "denselab-cli: " << e.what() << '\n';
        return 2;
    } catch (const DesignError &e) {
        std::cerr << "denselab-cli: " << e.what() << '\n';
        return 2;
    } catch (const std::exception &e) {
        std::cerr << "denselab-cli: internal error: " << e.what() << '\n';
        return 1;
    }
}
