#!/usr/bin/env bash
# Builds the bundled document fonts: a GB2312 subset of Noto Serif CJK SC (Regular, Bold), converted from
# CFF to TrueType outlines (Skia embeds CFF as Type 3, whose text extracts wrongly), renamed to
# "Workbench Serif SC" because "Noto"/"Source" are reserved names under the SIL OFL 1.1.
#
# Needs Debian packages: fonts-noto-cjk python3-fonttools.
# Output: Workbench.App/Fonts/WorkbenchSerifSC-{Regular,Bold}.ttf and OFL.txt.
# Usage: tools/fonts/make-fonts.sh [output-dir]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../../Workbench.App/Fonts}"
src=/usr/share/fonts/opentype/noto
py=/usr/bin/python3            # Debian's python, which has fontTools (a pyenv shim may shadow it)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

for f in "$src/NotoSerifCJK-Regular.ttc" "$src/NotoSerifCJK-Bold.ttc"; do
  [ -f "$f" ] || { echo "missing $f: apt-get install fonts-noto-cjk" >&2; exit 1; }
done
"$py" -c 'import fontTools' 2>/dev/null || { echo "missing fontTools: apt-get install python3-fonttools" >&2; exit 1; }

# 1. The character set: every GB2312 character (6763 hanzi + 682 symbols), ASCII, full-width forms and the
#    punctuation of official documents.
"$py" "$here/charset.py" > "$tmp/unicodes.txt"
echo "characters: $(wc -l < "$tmp/unicodes.txt")"

for style in Regular Bold; do
  # 2. Subset face 2 of the collection (SC). Keep the layout features HarfBuzz uses for CJK punctuation.
  "$py" -m fontTools.subset "$src/NotoSerifCJK-$style.ttc" --font-number=2 \
    --unicodes-file="$tmp/unicodes.txt" \
    --layout-features='ccmp,locl,kern,liga,vert,vrt2,halt,vhal,palt,vpal,fwid,hwid,pwid' \
    --name-IDs='*' --name-languages='*' --notdef-outline --recommended-glyphs \
    --no-hinting --desubroutinize \
    --output-file="$tmp/sub-$style.otf"
  # 3. CFF -> TrueType quadratic outlines, and the new family name.
  "$py" "$here/otf2ttf.py" "$tmp/sub-$style.otf" "$out/WorkbenchSerifSC-$style.ttf" "$style"
  ls -l "$out/WorkbenchSerifSC-$style.ttf"
done

# 4. The licence travels with the fonts (OFL 1.1 condition 2).
{
  echo "Workbench Serif SC is a Modified Version of Noto Serif CJK SC (fonts-noto-cjk), made by tools/fonts/make-fonts.sh:"
  echo "a GB2312 subset converted to TrueType outlines and renamed. It is not Noto Serif CJK; \"Noto\" and \"Source\""
  echo "are not used as its name."
  echo
  echo "Copyright © 2017-2022 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'."
  echo "Noto is a trademark of Google Inc."
  echo
  awk 'f && /^License: /{exit} !f && /^ ----------/{f=1} f' /usr/share/doc/fonts-noto-cjk/copyright \
    | sed -e 's/^ //' -e 's/^\.$//'
} > "$out/OFL.txt"
echo "done: $out"
