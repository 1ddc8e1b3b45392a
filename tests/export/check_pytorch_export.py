#!/usr/bin/python3
"""Checks `denselab-cli export pytorch` with the real consumer, Debian's python3-torch.

For each design: export model.py + weights.pt + DenseLab's reference logits, import model.py
in a fresh module namespace, load weights.pt strictly, and require
  - the same parameter count as DenseLab's cost model,
  - max |logits - DenseLab's logits| <= 1e-4 on the same input, in eval mode.
A trained run is exported too (--run), so that batch-norm statistics and trained weights are
what is compared, not only an initialization.
Exit 77 (skipped) when python3-torch is absent.
"""
import json
import os
import tempfile

from exportcheck import load_model_module, parse_arguments, require, run, verified_designs

require(("torch", "python3-torch"))
import torch  # noqa: E402

TOLERANCE = 1e-4



def check(cli, label, design_args, work, failures):
    folder = os.path.join(work, label)
    reference = os.path.join(folder, "reference.pt")
    report = json.loads(run(cli, "export", "pytorch", *design_args, "--out", folder,
                            "--reference", reference, "--format", "json"))
    code = load_model_module(folder, "exported_" + label.replace("-", "_"))
    net = code.Model()
    state = torch.load(os.path.join(folder, "weights.pt"))
    net.load_state_dict(state, strict=True)
    net.eval()
    params = sum(p.numel() for p in net.parameters())
    ref = torch.load(reference)
    with torch.no_grad():
        logits = net(ref["input"])
    delta = (logits - ref["logits"]).abs().max().item()
    lines = sum(1 for _ in open(os.path.join(folder, "model.py")))
    ok = params == report["params"] and delta <= TOLERANCE and logits.shape == ref["logits"].shape
    print(f"{'ok  ' if ok else 'FAIL'} {label:22s} params {params:>11,} (DenseLab {report['params']:>11,})"
          f"  max|dlogits| {delta:.2e}  model.py {lines} lines")
    if not ok:
        failures.append(label)
    return folder


def main():
    args = parse_arguments()
    # One thread: the same kernels as DenseLab with the same summation order, so that what is
    # left is the export, not rounding (ResNet-50 at initialization has logits near 2,000).
    torch.set_num_threads(1)
    failures = []
    with tempfile.TemporaryDirectory() as work:
        for label, design_args in verified_designs(args):
            check(args.cli, label, design_args, work, failures)

        # A trained run: BN running statistics and trained weights, exported with --run.
        runs = os.path.join(work, "runs")
        trained = run(args.cli, "train", os.path.join(args.designs, "custom-matrix.denselab.json"),
                      "--dataset", "fashion-mnist", "--limit-train", "256", "--limit-test", "64",
                      "--epochs", "1", "--batch", "64", "--threads", "1", "--runs-dir", runs,
                      "--format", "json")
        run_dir = json.loads(trained.strip().splitlines()[-1])["run_dir"]
        folder = check(args.cli, "trained-run", ["--run", run_dir], work, failures)
        state = torch.load(os.path.join(folder, "weights.pt"))
        means = [v for k, v in state.items() if k.endswith("running_mean")]
        if all(float(m.abs().max()) == 0.0 for m in means):
            print("FAIL trained-run: the batch-norm statistics in weights.pt are still the initial ones")
            failures.append("trained-run statistics")
    if failures:
        raise SystemExit("export pytorch: " + ", ".join(failures) + " did not match DenseLab")


if __name__ == "__main__":
    main()
