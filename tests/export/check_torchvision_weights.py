#!/usr/bin/python3
"""torchvision's own networks against DenseLab's, with Debian's python3-torchvision.

For densenet121 and resnet50:
  - `import torchvision-weights` of a state_dict this test writes with torchvision (random
    weights, batch-norm statistics made non-trivial) maps every torchvision key to exactly one
    DenseLab key (a bijection), and the keys and shapes of the exported model (`export pytorch`,
    no weights) are exactly the images of torchvision's keys and shapes;
  - renaming torchvision's state_dict by that mapping and loading it strictly into the exported
    model gives torchvision's own logits (max |delta| <= 1e-4, relative above 1);
  - the imported run holds torchvision's values (weights.pt of `export pytorch --run`), except
    the classifier, which the run's 10 classes re-initialize and the import lists.
For densenet121 the imported run is then fine-tuned (`train --resume --epochs 1`) and used as
the parent of a search (`search random --parent`).
Exit 77 (skipped) when python3-torch or python3-torchvision is absent.
"""
import argparse
import json
import os
import tempfile

from exportcheck import load_model_module, require, run

require(("torch", "python3-torch"), ("torchvision", "python3-torchvision"))
import torch  # noqa: E402
import torchvision  # noqa: E402

TOLERANCE = 1e-4
INPUT = "3x64x64"   # small enough for a quick test, large enough for DenseNet-121's four stages



def randomized(net):
    """torchvision's initialization leaves BN at mean 0, var 1, weight 1, bias 0: make them count."""
    generator = torch.Generator().manual_seed(5)
    with torch.no_grad():
        for module in net.modules():
            if isinstance(module, torch.nn.BatchNorm2d):
                module.running_mean.copy_(torch.randn(module.running_mean.shape, generator=generator) * 0.1)
                module.running_var.copy_(torch.rand(module.running_var.shape, generator=generator) + 0.5)
                module.weight.copy_(torch.rand(module.weight.shape, generator=generator) + 0.5)
                module.bias.copy_(torch.randn(module.bias.shape, generator=generator) * 0.1)
                module.num_batches_tracked.fill_(7)
    return net.eval()


def check(cli, preset, work, failures):
    tv = randomized(getattr(torchvision.models, preset)())
    tv_state = tv.state_dict()
    pth = os.path.join(work, preset + ".pth")
    torch.save(tv_state, pth)
    runs = os.path.join(work, "runs-" + preset)
    report = json.loads(run(cli, "import", "torchvision-weights", pth, "--preset", preset, "--input", INPUT,
                            "--dataset", "fashion-mnist", "--resize", "--limit-train", "64", "--limit-test", "32",
                            "--batch", "32", "--threads", "1", "--runs-dir", runs, "--format", "json").splitlines()[-1])
    mapping = report["mapping"]
    problems = []
    if sorted(mapping) != sorted(tv_state) or len(set(mapping.values())) != len(mapping):
        problems.append(f"the mapping is not a bijection of torchvision's {len(tv_state)} keys ({len(mapping)} mapped)")
    if report["unused"]:
        problems.append(f"unused keys {report['unused'][:3]}")
    initialized = sorted(entry.split(" ")[0] for entry in report["initialized"])
    if initialized != ["head.fc.bias", "head.fc.weight"]:
        problems.append(f"initialized {initialized}, expected only the classifier")

    # The exported (unadapted) design: keys and shapes are the images of torchvision's.
    folder = os.path.join(work, "export-" + preset)
    run(cli, "export", "pytorch", "--preset", preset, "--input", INPUT, "--out", folder)
    net = load_model_module(folder, "exported_" + preset).Model()
    exported = net.state_dict()
    renamed = {mapping[k]: v for k, v in tv_state.items() if k in mapping}
    if sorted(exported) != sorted(renamed):
        problems.append("the exported model's keys differ from the mapped torchvision keys")
    elif any(exported[k].shape != renamed[k].shape for k in exported):
        problems.append("shapes differ: " + ", ".join(k for k in exported if exported[k].shape != renamed[k].shape)[:200])
    else:
        net.load_state_dict(renamed, strict=True)
        net.eval()
        x = torch.randn(2, 3, 64, 64, generator=torch.Generator().manual_seed(1))
        with torch.no_grad():
            expected, got = tv(x), net(x)
        delta = (expected - got).abs().max().item()
        if delta > TOLERANCE * max(1.0, expected.abs().max().item()):
            problems.append(f"logits differ from torchvision's by {delta:.2e}")

    # The run holds torchvision's values.
    exported_run = os.path.join(work, "run-export-" + preset)
    run(cli, "export", "pytorch", "--run", report["run_dir"], "--out", exported_run)
    weights = torch.load(os.path.join(exported_run, "weights.pt"))
    different = [k for k, v in tv_state.items() if not mapping[k].startswith("head.fc.")
                 and not torch.equal(weights[mapping[k]].to(v.dtype), v)]
    if different:
        problems.append(f"{len(different)} tensors of the run differ from the file, e.g. {different[0]}")
    print(f"{'ok  ' if not problems else 'FAIL'} {preset:12s} {len(tv_state)} torchvision keys -> "
          f"{report['copied']} copied, {len(report['initialized'])} initialized (classifier), one-to-one"
          + ("" if not problems else ": " + "; ".join(problems)))
    if problems:
        failures.append(preset)
    return report["run_dir"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    args = parser.parse_args()
    torch.set_num_threads(1)
    failures = []
    with tempfile.TemporaryDirectory() as work:
        run_dir = check(args.cli, "densenet121", work, failures)
        check(args.cli, "resnet50", work, failures)
        # The imported run is an ordinary run: fine-tuned by resuming it, a parent for a search.
        tuned = json.loads(run(args.cli, "train", "--resume", run_dir, "--epochs", "1", "--format", "json").splitlines()[-1])
        child = os.path.join(work, "child.denselab.json")
        run(args.cli, "search", "random", "--parent", run_dir, "--eta", "0.5", "--out", child)
        ok = tuned["status"] == "finished" and tuned["epochs"] == 1 and os.path.exists(child)
        print(f"{'ok  ' if ok else 'FAIL'} densenet121 import fine-tuned one epoch ({tuned['status']}, test accuracy "
              f"{tuned['test_accuracy']:.3f}) and searched from")
        if not ok:
            failures.append("fine-tuning")
    if failures:
        raise SystemExit("torchvision weights: " + ", ".join(failures))


if __name__ == "__main__":
    main()
