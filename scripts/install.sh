#!/bin/sh
# Installs acquire-cases from this unpacked release tarball. No root needed.
# Usage: ./install.sh [--prefix DIR]     (default: ~/.local, or /usr/local when run as root)
# Files go to DIR/bin, DIR/share/man/man1 and the completion folders bash, zsh and fish read
# under DIR/share; DIR/share/acquire-cases/uninstall.sh removes exactly those files again.
set -eu

# Filled in by scripts/release: the highest GLIBC symbol version the binary needs.
needs_glibc="@GLIBC@"

usage() {
    echo "Usage: $0 [--prefix DIR]   (default: ~/.local, or /usr/local when run as root)"
}

prefix=""
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix)
            [ $# -ge 2 ] && [ -n "$2" ] || { echo "install.sh: --prefix needs a folder, e.g. --prefix ~/.local." >&2; exit 2; }
            prefix="$2"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "install.sh: unknown option '$1'. $(usage)" >&2; exit 2 ;;
    esac
done
if [ -z "$prefix" ]; then
    if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix="${HOME:?HOME is not set; give --prefix DIR}/.local"; fi
fi
case "$prefix" in /*) ;; *) prefix="$(pwd)/$prefix" ;; esac

here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

# 1. The unpacked files are the ones that were packed.
if ! sha256sum --quiet -c SHA256SUMS >/dev/null 2>&1; then
    echo "install.sh: the unpacked files do not match SHA256SUMS (a damaged or partial copy). Copy the tarball again and unpack it afresh." >&2
    sha256sum --quiet -c SHA256SUMS >&2 || true
    exit 1
fi

# 2. This system's C library is new enough (the only thing the binary needs besides the kernel).
have_glibc=$(getconf GNU_LIBC_VERSION 2>/dev/null | sed -n 's/^glibc //p')
if [ -n "$have_glibc" ] && [ "$needs_glibc" != "@GLIBC@" ]; then
    lowest=$(printf '%s\n%s\n' "$needs_glibc" "$have_glibc" | sort -t. -k1,1n -k2,2n | head -n1)
    if [ "$lowest" != "$needs_glibc" ]; then
        echo "install.sh: acquire-cases needs glibc $needs_glibc or newer, and this system has $have_glibc. Install on a newer system (Debian 12, Ubuntu 22.04 or later)." >&2
        exit 1
    fi
elif [ -z "$have_glibc" ]; then
    echo "install.sh: this system's C library is not glibc (getconf GNU_LIBC_VERSION says nothing); acquire-cases needs glibc $needs_glibc or newer." >&2
    exit 1
fi

# 3. Copy. Each file goes in under a temporary name and is renamed over the old one, so a
#    running acquire-cases keeps its binary and no half-written file is ever in place.
files="bin/acquire-cases
share/man/man1/acquire-cases.1
share/bash-completion/completions/acquire-cases
share/zsh/site-functions/_acquire-cases
share/fish/vendor_completions.d/acquire-cases.fish"
uninstaller="$prefix/share/acquire-cases/uninstall.sh"

put() { # SOURCE DEST MODE
    mkdir -p "$(dirname "$2")" || { echo "install.sh: cannot create $(dirname "$2"). Choose a folder you can write with --prefix DIR (e.g. --prefix ~/.local)." >&2; exit 1; }
    tmp="$2.install-$$"
    cp "$1" "$tmp" && chmod "$3" "$tmp" && mv -f "$tmp" "$2" || { rm -f "$tmp"; echo "install.sh: cannot write $2. Choose a folder you can write with --prefix DIR." >&2; exit 1; }
}
for f in $files; do
    mode=0644
    [ "$f" = bin/acquire-cases ] && mode=0755
    put "$f" "$prefix/$f" "$mode"
done

mkdir -p "$(dirname "$uninstaller")"
{
    echo "#!/bin/sh"
    echo "# Removes what install.sh put into $prefix (and this script)."
    for f in $files; do printf 'rm -f "%s"\n' "$prefix/$f"; done
    printf 'rm -f "%s"\n' "$uninstaller"
    printf 'rmdir "%s" 2>/dev/null || true\n' "$prefix/share/acquire-cases"
    echo 'echo "acquire-cases removed."'
} > "$uninstaller.tmp-$$"
chmod 0755 "$uninstaller.tmp-$$"
mv -f "$uninstaller.tmp-$$" "$uninstaller"

# 4. Check that it runs here, then say where everything went.
if ! version=$("$prefix/bin/acquire-cases" --version 2>&1); then
    echo "install.sh: the installed $prefix/bin/acquire-cases does not run here: $version" >&2
    exit 1
fi
echo "Installed acquire-cases $version into $prefix:"
for f in $files; do echo "  $prefix/$f"; done
echo "To uninstall: sh $uninstaller"

case ":${PATH:-}:" in
    *":$prefix/bin:"*) ;;
    *) echo "Note: $prefix/bin is not on your PATH; add it (e.g. echo 'export PATH=\"$prefix/bin:\$PATH\"' >> ~/.profile)." ;;
esac
# Where each shell looks by itself: bash-completion in ~/.local/share and XDG_DATA_DIRS (default
# /usr/local/share:/usr/share); zsh's fpath has /usr/local/share/zsh/site-functions; fish reads
# ~/.local/share/fish and the folders of XDG_DATA_DIRS (when set).
case ":${XDG_DATA_DIRS:-}:" in *":$prefix/share:"*) in_xdg=yes ;; *) in_xdg=no ;; esac
home_local="${HOME:-/nonexistent}/.local"
case "$prefix" in
    "$home_local"|/usr/local|/usr) ;;
    *) [ "$in_xdg" = yes ] || echo "Note: bash reads the completion when XDG_DATA_DIRS includes $prefix/share (or source $prefix/share/bash-completion/completions/acquire-cases in ~/.bashrc)." ;;
esac
case "$prefix" in
    /usr|/usr/local) ;;
    *) echo "Note: zsh reads the completion with fpath+=($prefix/share/zsh/site-functions) before compinit in ~/.zshrc." ;;
esac
case "$prefix" in
    "$home_local"|/usr) ;;
    *) [ "$in_xdg" = yes ] || echo "Note: fish reads the completion when XDG_DATA_DIRS includes $prefix/share (e.g. set -gx XDG_DATA_DIRS $prefix/share:/usr/share in ~/.config/fish/config.fish)." ;;
esac
