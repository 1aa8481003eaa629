"""Converts a CFF-flavoured OpenType font to TrueType outlines and renames its family.

usage: otf2ttf.py in.otf out.ttf Regular|Bold
Based on fontTools' Snippets/otf2ttf.py (MIT): cu2qu with reversed contour direction.
"""
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

FAMILY = "Workbench Serif SC"
PS_FAMILY = "WorkbenchSerifSC"
MAX_ERR = 1.0          # font units (UPM 1000)


def glyphs_to_quadratic(glyphs, max_err=MAX_ERR, reverse_direction=True):
    quad = {}
    for name in glyphs.keys():
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err, reverse_direction=reverse_direction))
        quad[name] = pen.glyph()
    return quad


def to_truetype(font):
    order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs_to_quadratic(font.getGlyphSet())
    del font["CFF "]
    for t in ("VORG",):
        if t in font:
            del font[t]
    glyf.compile(font)  # computes bounding boxes
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr, v in (("maxZones", 1), ("maxTwilightPoints", 0), ("maxStorage", 0), ("maxFunctionDefs", 0),
                    ("maxInstructionDefs", 0), ("maxStackElements", 0), ("maxSizeOfInstructions", 0),
                    ("maxComponentElements", 0), ("maxPoints", 0), ("maxContours", 0),
                    ("maxCompositePoints", 0), ("maxCompositeContours", 0), ("maxComponentDepth", 0)):
        setattr(maxp, attr, v)
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0          # no glyph names: CID names carry nothing and cost ~100 KB
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = None
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcBBoxes = True


def rename(font, style):
    name = font["name"]
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    ps = f"{PS_FAMILY}-{style}"
    version = name.getDebugName(5) or "Version 2.001"
    for rec in list(name.names):
        if rec.nameID in (1, 2, 3, 4, 6, 16, 17, 18, 21, 22, 25) or rec.nameID >= 256:
            name.removeNames(nameID=rec.nameID)
    desc = ("Workbench Serif SC: GB2312 subset of Noto Serif CJK SC, TrueType outlines. "
            "Modified Version under the SIL Open Font License 1.1; not the original font.")
    for nid, value in ((1, FAMILY), (2, style), (3, f"{version.split(';')[0].replace('Version ', '')};{ps}"),
                       (4, full), (6, ps), (10, desc)):
        name.setName(value, nid, 3, 1, 0x409)
        if nid in (1, 2, 4, 6):
            name.setName(value, nid, 1, 0, 0)
    # a Chinese family name for Chinese UIs
    name.setName("工作台宋体", 1, 3, 1, 0x804)
    name.setName(style, 2, 3, 1, 0x804)
    name.setName("工作台宋体" + ("" if style == "Regular" else " 粗体"), 4, 3, 1, 0x804)
    # remove any remaining mention of the reserved names in names shown as the font's name
    for rec in list(name.names):
        text = rec.toUnicode()
        if rec.nameID not in (0, 7, 10, 13, 14) and ("Noto" in text or "Source" in text):
            name.removeNames(nameID=rec.nameID, platformID=rec.platformID, platEncID=rec.platEncID, langID=rec.langID)


def main():
    src, dst, style = sys.argv[1:4]
    font = TTFont(src)
    to_truetype(font)
    rename(font, style)
    font.save(dst)
    check = TTFont(dst)
    cmap = check.getBestCmap()
    for ch in "页湖南省科技厅〔〕《》“”（）、。，；：？！·—":
        assert ord(ch) in cmap, f"missing {ch}"
    print(f"{dst}: {len(check.getGlyphOrder())} glyphs, {len(cmap)} code points, family {check['name'].getDebugName(1)}")


if __name__ == "__main__":
    main()
