#!/usr/bin/python3
"""The PyTorch eager peer of `denselab-cli bench train`: the same network (DenseLab's own
`export pytorch` model.py, which concatenates with torch.cat per dense layer, as one writes it
by hand), the same step (SGD lr 0.01 momentum 0.9, cross-entropy, synthetic normal inputs and
random labels), the same warm-up and the same median over at least --steps steps.
Prints one JSON line: {"images_per_second", "median_step_ms", "memory_format", "threads",
"step_memory_bytes"}.

step_memory_bytes: the peak tensor memory of one step, after the timed ones. On CUDA the caching
allocator's peak; on the CPU the allocations and releases torch's profiler records
(profile_memory), summed in time order at the granularity of the innermost operators, which is
what DenseLab's `bench train` counts through the same allocator hook.
"""
import argparse
import importlib.util
import json
import time

import torch


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True, help="model.py of `denselab-cli export pytorch`")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--steps", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--min-seconds", type=float, default=0.0)
    parser.add_argument("--channels-last", action="store_true")
    parser.add_argument("--device", default="cpu", help="cpu or cuda")
    parser.add_argument("--precision", default="fp32", choices=["fp32", "bf16", "fp16"], help="autocast on CUDA")
    args = parser.parse_args()
    device = torch.device(args.device)
    sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)
    if device.type == "cuda":
        torch.backends.cudnn.benchmark = True
    torch.set_num_threads(args.threads)
    spec = importlib.util.spec_from_file_location("peer_model", args.model)
    code = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(code)
    torch.manual_seed(1)
    net = code.Model().train().to(device)
    x = torch.randn(args.batch, *code.INPUT_SHAPE, device=device)
    y = torch.randint(code.NUM_CLASSES, (args.batch,), device=device)
    lowp = {"bf16": torch.bfloat16, "fp16": torch.float16}.get(args.precision)
    if args.channels_last:
        net = net.to(memory_format=torch.channels_last)
        x = x.contiguous(memory_format=torch.channels_last)
    sgd = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)

    def step():
        sgd.zero_grad()
        with torch.autocast(device.type, dtype=lowp, enabled=lowp is not None and device.type == "cuda"):
            logits = net(x)
        torch.nn.functional.cross_entropy(logits.float(), y).backward()
        sgd.step()

    for _ in range(args.warmup):
        step()
    sync()
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats()
    times = []
    begin = time.perf_counter()
    while len(times) < args.steps or time.perf_counter() - begin < args.min_seconds:
        start = time.perf_counter()
        step()
        sync()
        times.append(time.perf_counter() - start)
    times.sort()
    median = times[len(times) // 2]
    step_memory = measure_step_memory(step, device, sync)
    print(json.dumps({"images_per_second": args.batch / median, "median_step_ms": 1000 * median,
                      "memory_format": "channels_last" if args.channels_last else "nchw",
                      "threads": args.threads, "steps": len(times), "device": args.device,
                      "precision": args.precision,
                      "step_memory_bytes": step_memory}))


def measure_step_memory(step, device, sync):
    if device.type == "cuda":
        sync()
        base = torch.cuda.memory_allocated()
        torch.cuda.reset_peak_memory_stats()
        step()
        sync()
        return torch.cuda.max_memory_allocated() - base
    with torch.profiler.profile(activities=[torch.profiler.ProfilerActivity.CPU], profile_memory=True) as prof:
        step()
    # Every event's own (self) allocations minus releases: an innermost operator's count when
    # it starts (it allocates its outputs), an enclosing one's when it ends (what it releases
    # are its children's temporaries); "[memory]" events are outside any operator. The running
    # sum in time order is the live memory over the step.
    changes = []
    for e in prof.events():
        if e.name == "[memory]":
            changes.append((e.time_range.start, e.cpu_memory_usage))
        elif e.cpu_children:
            changes.append((e.time_range.end, e.self_cpu_memory_usage))
        else:
            changes.append((e.time_range.start, e.self_cpu_memory_usage))
    changes.sort(key=lambda change: change[0])
    live = peak = 0
    for _, delta in changes:
        live += delta
        peak = max(peak, live)
    return peak


if __name__ == "__main__":
    main()
