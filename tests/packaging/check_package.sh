#!/usr/bin/env bash
# Builds the Debian package from a Release build and checks it with Debian's own tools:
# desktop-file-validate, appstreamcli validate --no-net and lintian (no errors; warnings only
# those listed with a reason in packaging/lintian-accepted), then unpacks it into a temporary
# root and runs the unpacked denselab-cli and denselab from there.
#   check_package.sh BUILD_DIR SOURCE_DIR        exit 77 (skipped) when a tool is missing
set -euo pipefail
build=$1
source=$2
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian man; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIPPED: $tool is not installed (scripts/test installs dpkg-dev desktop-file-utils appstream lintian man-db)"
        exit 77
    fi
done
work=$(mktemp -d /tmp/denselab-package.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack -G DEB"; }
deb=$(ls "$work"/out/denselab_*_amd64.deb 2>/dev/null || true)
[ -n "$deb" ] || { cat "$work/cpack.log"; fail "cpack wrote no denselab_*_amd64.deb"; }
version=$(dpkg-deb -f "$deb" Version)
echo "package: $(basename "$deb"), installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
echo "depends: $(dpkg-deb -f "$deb" Depends)"
[ -n "$(dpkg-deb -f "$deb" Depends)" ] || fail "no computed shared-library dependencies"

root="$work/root"
dpkg-deb -x "$deb" "$root"
for file in usr/bin/denselab usr/bin/denselab-cli usr/libexec/denselab/denselab-cli-torch \
            usr/libexec/denselab/libdenselab-torch.so \
            usr/share/applications/org.denselab.DenseLab.desktop \
            usr/share/metainfo/org.denselab.DenseLab.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/org.denselab.DenseLab.svg \
            usr/share/icons/hicolor/48x48/apps/org.denselab.DenseLab.png \
            usr/share/icons/hicolor/256x256/apps/org.denselab.DenseLab.png \
            usr/share/man/man1/denselab.1.gz usr/share/man/man1/denselab-cli.1.gz \
            usr/share/bash-completion/completions/denselab-cli \
            usr/share/doc/denselab/copyright usr/share/doc/denselab/changelog.gz; do
    [ -e "$root/$file" ] || fail "$file is not in the package"
done

desktop-file-validate "$root/usr/share/applications/org.denselab.DenseLab.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.denselab.DenseLab.metainfo.xml" || fail "appstreamcli validate"
man --warnings -l -Tutf8 "$root/usr/share/man/man1/denselab-cli.1.gz" >/dev/null 2>"$work/man.log" || true
[ ! -s "$work/man.log" ] || { cat "$work/man.log"; fail "man page warnings"; }

lintian --no-tag-display-limit "$deb" >"$work/lintian.log" 2>/dev/null || true
accepted=$(awk '!/^#/ && NF {print $1}' "$source/packaging/lintian-accepted")
unexpected=0
while read -r severity _ tag _; do
    case $severity in
        E:) echo "lintian error: $tag"; unexpected=1 ;;
        W:) grep -qx "$tag" <<<"$accepted" || { echo "lintian warning not accepted in packaging/lintian-accepted: $tag"; unexpected=1; } ;;
    esac
done <"$work/lintian.log"
echo "lintian:"; sed 's/^/  /' "$work/lintian.log"
[ "$unexpected" -eq 0 ] || fail "lintian"

# The unpacked programs run from the temporary root and say the package's version.
cli_version=$("$root/usr/bin/denselab-cli" --version)
[ "$cli_version" = "denselab-cli $version" ] || fail "denselab-cli --version says \"$cli_version\", the package $version"
app_version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/denselab" --version)
[ "$app_version" = "denselab $version" ] || fail "denselab --version says \"$app_version\", the package $version"
presets=$("$root/usr/bin/denselab-cli" presets) || fail "the unpacked denselab-cli presets"
[[ $presets == *densenet121* ]] || fail "the unpacked denselab-cli presets lists no densenet121"
model=$("$root/usr/bin/denselab-cli" model --preset densenet-bc-40-12) || fail "the unpacked denselab-cli model"
[[ $model == *'"params"'* ]] || fail "the unpacked denselab-cli did not hand model over to its denselab-cli-torch"
# The app's LibTorch side (opened on first use) loads with every library it needs resolved.
/usr/bin/python3 -c 'import ctypes, sys; ctypes.CDLL(sys.argv[1]).denselab_torch_side' \
    "$root/usr/libexec/denselab/libdenselab-torch.so" || fail "the unpacked libdenselab-torch.so does not load"
HOME="$work/home" QT_QPA_PLATFORM=offscreen "$root/usr/bin/denselab" --preset threshnet79 --screenshot "$work/shot.png" \
    || fail "the unpacked denselab --screenshot"
[ -s "$work/shot.png" ] || fail "denselab --screenshot wrote no image"
# The unpacked app trains, so it found and opened its LibTorch side in the installed layout.
if [ -d /usr/share/datasets/fashion-mnist ]; then
    env -u DENSELAB_TORCH_MODULE HOME="$work/home" XDG_DATA_HOME="$work/home/data" QT_QPA_PLATFORM=offscreen \
        "$root/usr/bin/denselab" --preset densenet-bc-40-12 --train --epochs 1 --limit-train 64 --limit-test 64 \
        --screenshot "$work/trained.png" >"$work/train.log" 2>&1 \
        || { cat "$work/train.log"; fail "the unpacked denselab could not train (its libexec/denselab/libdenselab-torch.so)"; }
else
    echo "note: dataset-fashion-mnist is not installed: the unpacked app's training is not tried"
fi
echo "ok: $(basename "$deb") validates, and its programs run from the unpacked tree"
