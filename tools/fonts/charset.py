"""Prints, one per line as U+XXXX, the code points the bundled fonts cover."""
cps = set(range(0x20, 0x7F))                      # ASCII
for hi in range(0xA1, 0xF8):                      # GB2312: rows 01-87, cells A1-FE
    for lo in range(0xA1, 0xFF):
        try:
            cps.update(ord(c) for c in bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
cps.update(range(0xFF01, 0xFF5F))                 # full-width forms
cps.update(range(0x3000, 0x3020))                 # CJK symbols and punctuation 、。〃〈〉《》「」『』【】〔〕〖〗
cps.update(ord(c) for c in "〔〕《》“”‘’（）、。，；：？！·—―…～￥×÷±№℃‰①②③④⑤⑥⑦⑧⑨⑩ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ・•●○■□▲△◆◇★☆※→←↑↓")
cps.update(ord(c) for c in "\u00a0\u00b7\u2014\u2015\u2013\u2018\u2019\u201c\u201d\u2026\u2030\u00a9\u00ae\u2122\u00b0")
for cp in sorted(cps):
    print(f"U+{cp:04X}")
