#!/usr/bin/env python3
"""Draws the app icon: a white speech bubble holding a calm line, on OpenLine teal.

    python3 ios/scripts/make-app-icon.py [OUT.png]

Writes a 1024x1024 opaque RGB PNG (App Store icons must have no alpha) with the standard
library only. The design is deliberately neutral: nothing on a home screen says what the app
is about. iOS rounds the corners itself.
"""
import math
import struct
import sys
import zlib
from pathlib import Path

SIZE = 1024
TEAL = (0x1A, 0x68, 0x73)
WHITE = (0xFF, 0xFF, 0xFF)


def rounded_rect_distance(x, y, cx, cy, half_w, half_h, radius):
    """Signed distance from (x, y) to a rounded rectangle; negative inside."""
    qx = abs(x - cx) - (half_w - radius)
    qy = abs(y - cy) - (half_h - radius)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    inside = min(max(qx, qy), 0.0)
    return outside + inside - radius


def triangle_distance(x, y, a, b, c):
    """Signed distance to a triangle (a, b, c); negative inside."""
    def edge(p, q):
        ex, ey = q[0] - p[0], q[1] - p[1]
        wx, wy = x - p[0], y - p[1]
        t = max(0.0, min(1.0, (wx * ex + wy * ey) / (ex * ex + ey * ey)))
        dx, dy = wx - ex * t, wy - ey * t
        return dx * dx + dy * dy, ex * wy - ey * wx

    d1, s1 = edge(a, b)
    d2, s2 = edge(b, c)
    d3, s3 = edge(c, a)
    distance = math.sqrt(min(d1, d2, d3))
    inside = (s1 >= 0 and s2 >= 0 and s3 >= 0) or (s1 <= 0 and s2 <= 0 and s3 <= 0)
    return -distance if inside else distance


def capsule_distance(x, y, x0, x1, cy, radius):
    """Signed distance to a horizontal capsule from x0 to x1 at height cy."""
    px = min(max(x, x0), x1)
    return math.hypot(x - px, y - cy) - radius


def coverage(distance):
    """Anti-aliased coverage of a pixel whose centre is `distance` from an edge."""
    return max(0.0, min(1.0, 0.5 - distance))


def mix(a, b, t):
    return tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(3))


def pixel(x, y):
    bubble = min(
        rounded_rect_distance(x, y, 512, 470, 330, 235, 150),
        triangle_distance(x, y, (300, 640), (420, 640), (270, 800)),
    )
    colour = mix(TEAL, WHITE, coverage(bubble))
    line = capsule_distance(x, y, 342, 682, 470, 34)
    return mix(colour, TEAL, coverage(line))


def png(width, height, rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(row) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def main():
    default = Path(__file__).resolve().parent.parent / "App/Assets.xcassets/AppIcon.appiconset/AppIcon.png"
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    rows = []
    for y in range(SIZE):
        row = []
        for x in range(SIZE):
            row.extend(pixel(x + 0.5, y + 0.5))
        rows.append(row)
    out.write_bytes(png(SIZE, SIZE, rows))
    print(f"wrote {out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
