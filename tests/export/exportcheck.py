"""Helpers the export checks share: running denselab-cli and importing an exported model.py.
Needs nothing beyond the standard library, so each check can still skip cleanly."""
import importlib.util
import os
import subprocess
import sys

SKIPPED = 77   # CTest's SKIP_RETURN_CODE for these checks


def require(*modules):
    """Exits SKIPPED with the Debian packages to install when a module is missing."""
    missing = []
    for name, package in modules:
        try:
            __import__(name)
        except ImportError:
            missing.append(package)
    if missing:
        print("SKIPPED: not installed: " + ", ".join(missing) + " (scripts/test installs them)")
        sys.exit(SKIPPED)


def run(cli, *args):
    """denselab-cli's standard output; a failed call ends the check naming the command."""
    result = subprocess.run([cli, *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"denselab-cli {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def load_model_module(folder, name):
    """Imports folder/model.py as a module of its own name (several exports in one process)."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(folder, "model.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_arguments():
    """--cli, --designs and --quick, as every export check takes them."""
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--designs", required=True, help="folder with custom-matrix.denselab.json")
    parser.add_argument("--quick", action="store_true", help="small inputs for the ImageNet designs")
    return parser.parse_args()


def verified_designs(args):
    """The designs issue #12 names, as (label, design arguments of denselab-cli)."""
    imagenet = ["--input", "3x64x64"] if args.quick else []
    return [
        ("densenet-bc-40-12", ["--preset", "densenet-bc-40-12"]),
        ("hardnet68ds", ["--preset", "hardnet68ds", *imagenet]),
        ("threshnet79", ["--preset", "threshnet79", *imagenet]),
        ("resnet50", ["--preset", "resnet50", *imagenet]),
        ("tissuenet-vgg16", ["--preset", "tissuenet-vgg16"]),
        ("custom-matrix", [os.path.join(args.designs, "custom-matrix.denselab.json")]),
    ]
