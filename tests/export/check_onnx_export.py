#!/usr/bin/python3
"""Checks `denselab-cli export onnx` with two independent consumers from Debian:
python3-onnx (onnx.checker.check_model with full_check, which runs shape inference) and
OpenCV's DNN module (python3-opencv, cv2.dnn.readNetFromONNX), whose logits for DenseLab's
reference input must match DenseLab's to max |delta| <= 1e-4, relative to the logits' scale
where they exceed 1: ResNet-50 at its initialization has logits near 2,000, where float32 values
are 1.2e-4 apart, so no other implementation can agree to 1e-4 absolute.
Each design is exported at the default opset 13 (checked by onnx) and at opset 10 (checked by
onnx and run in OpenCV): Debian's OpenCV 4.6 reads ReLU6's Clip only in the attribute form of
opsets below 11 and rejects the min/max inputs that opset 11 introduced.
Exit 77 (skipped) when python3-onnx, python3-opencv or python3-torch (to read the reference
file) is absent.
"""
import json
import os
import tempfile

from exportcheck import parse_arguments, require, run, verified_designs

require(("onnx", "python3-onnx"), ("cv2", "python3-opencv"), ("torch", "python3-torch"))
import cv2  # noqa: E402
import numpy  # noqa: E402
import onnx  # noqa: E402
import torch  # noqa: E402

TOLERANCE = 1e-4



def check(cli, label, design_args, work, failures, batch):
    latest = os.path.join(work, label + ".onnx")
    report = json.loads(run(cli, "export", "onnx", *design_args, "--out", latest, "--batch", batch, "--format", "json"))
    model = onnx.load(latest)
    onnx.checker.check_model(model, full_check=True)
    assert model.opset_import[0].version == 13
    ops = sorted({node.op_type for node in model.graph.node})
    path = os.path.join(work, label + ".opset10.onnx")
    reference = os.path.join(work, label + ".reference.pt")
    run(cli, "export", "onnx", *design_args, "--out", path, "--reference", reference, "--batch", batch, "--opset", "10")
    onnx.checker.check_model(onnx.load(path), full_check=True)
    ref = torch.load(reference)
    expected = ref["logits"].numpy()
    scale = float(numpy.abs(expected).max())

    def opencv_delta(onnx_path):
        net = cv2.dnn.readNetFromONNX(onnx_path)
        net.setInput(ref["input"].numpy())
        logits = net.forward()
        return float(numpy.abs(logits - expected).max()) if logits.shape == expected.shape else float("inf")

    delta = opencv_delta(path)
    if "Clip" not in ops:   # OpenCV 4.6 runs the opset-13 file too when it has no Clip with inputs
        delta = max(delta, opencv_delta(latest))
    ok = delta <= TOLERANCE * max(1.0, scale)
    print(f"{'ok  ' if ok else 'FAIL'} {label:22s} checker ok (opsets 13, 10), {len(model.graph.node)} nodes ({', '.join(ops)})"
          f"  OpenCV max|dlogits| {delta:.2e} (logits up to {scale:.3g})  {report['seconds']:.2f} s")
    if not ok:
        failures.append(label)


def main():
    args = parse_arguments()
    cv2.setNumThreads(1)
    failures = []
    with tempfile.TemporaryDirectory() as work:
        for index, (label, design_args) in enumerate(verified_designs(args)):
            check(args.cli, label, design_args, work, failures, "dynamic" if index == 0 else "2")
    if failures:
        raise SystemExit("export onnx: " + ", ".join(failures) + " did not match DenseLab in OpenCV")


if __name__ == "__main__":
    main()
