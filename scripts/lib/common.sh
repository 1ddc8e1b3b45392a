# Shared by scripts/run and scripts/test: install missing Debian packages, configure, build.
# Sourced, not executed. Uses the CMake preset "default" (Release, tests on, build/).

DENSELAB_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools libqcustomplot-dev
    nlohmann-json3-dev libtorch-dev libopenblas0-pthread zlib1g-dev libmatio-dev
    xvfb xauth dataset-fashion-mnist
    libonnx-dev libprotobuf-dev
    # The real consumers the tests check our exports and package with.
    python3-torch python3-torchvision python3-onnx python3-opencv
    dpkg-dev file desktop-file-utils appstream lintian man-db
)

denselab_missing_packages() {
    local missing=() pkg
    for pkg in "${DENSELAB_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    echo "${missing[@]:-}"
}

denselab_install_packages() {
    local missing
    missing=$(denselab_missing_packages)
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "DenseLab needs these Debian packages: $missing" >&2
        echo "Install them with:" >&2
        echo "    sudo apt-get update && sudo apt-get install -y $missing" >&2
        exit 1
    fi
    echo "==> Installing missing packages: $missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
}

denselab_build() {
    echo "==> Configuring (build/, Release)"
    cmake --preset default >/dev/null
    echo "==> Building with $(nproc) jobs"
    cmake --build --preset default -j "$(nproc)"
}
