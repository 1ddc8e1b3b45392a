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
