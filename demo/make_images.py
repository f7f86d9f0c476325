"""Draw the demo images (run once; the results are committed in demo/images/).

    .venv/bin/python demo/make_images.py

The pictures are abstract compositions drawn by this script for the ASEAN portal project and
are released with it under CC0 1.0 (public domain dedication); see demo/images/LICENCE.md.
"""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

OUT = Path(__file__).resolve().parent / "images"
SIZE = (1200, 675)

# name -> (background colours top/bottom, accent colours, motif)
IMAGES = {
    "plan": (("#0b3d91", "#072a66"), ("#ffcd00", "#b3261e", "#ffffff"), "rings"),
    "accsm-meeting": (("#12355b", "#0d2440"), ("#f2c14e", "#ffffff", "#78c0e0"), "table"),
    "workshop": (("#1d6b2c", "#114a1d"), ("#ffffff", "#f2c14e", "#9fd8a8"), "grid"),
    "training": (("#5b2a86", "#3a1a57"), ("#ffffff", "#ffcd00", "#c9a7eb"), "books"),
    "culture": (("#b3261e", "#7d1a15"), ("#ffcd00", "#ffffff", "#f7a072"), "flowers"),
    "vietnam": (("#c8102e", "#8f0b21"), ("#ffcd00", "#ffe680", "#ffffff"), "star"),
    "digital": (("#0f4c5c", "#08303a"), ("#5fd3e8", "#ffffff", "#f2c14e"), "circuit"),
    "study-visit": (("#2f5d8a", "#1c3a57"), ("#ffffff", "#f2c14e", "#a8d0f0"), "path"),
    "conference": (("#3d3d3d", "#1f1f1f"), ("#ffcd00", "#ffffff", "#78c0e0"), "rings"),
    "online": (("#004e7c", "#002f4b"), ("#ffffff", "#5fd3e8", "#ffcd00"), "screens"),
}


def gradient(top, bottom):
    img = Image.new("RGB", SIZE, top)
    draw = ImageDraw.Draw(img)
    t, b = (
        Image.new("RGB", (1, 1), top).getpixel((0, 0)),
        Image.new("RGB", (1, 1), bottom).getpixel((0, 0)),
    )
    for y in range(SIZE[1]):
        f = y / (SIZE[1] - 1)
        draw.line(
            [(0, y), (SIZE[0], y)], fill=tuple(int(t[i] + (b[i] - t[i]) * f) for i in range(3))
        )
    return img


def draw_motif(draw, motif, accents, rnd):
    w, h = SIZE
    if motif == "rings":
        for i in range(10):
            r = 60 + i * 28
            draw.ellipse(
                [w * 0.68 - r, h * 0.5 - r, w * 0.68 + r, h * 0.5 + r],
                outline=accents[i % 3],
                width=6,
            )
    elif motif == "table":
        draw.ellipse([w * 0.25, h * 0.35, w * 0.75, h * 0.75], outline=accents[0], width=10)
        for i in range(11):
            a = 2 * math.pi * i / 11
            x, y = w / 2 + math.cos(a) * 330, h * 0.55 + math.sin(a) * 170
            draw.ellipse([x - 22, y - 22, x + 22, y + 22], fill=accents[(i % 2) + 1])
    elif motif == "grid":
        for x in range(80, w, 120):
            for y in range(80, h, 120):
                s = rnd.randint(20, 50)
                draw.rectangle(
                    [x - s, y - s, x + s, y + s], outline=accents[rnd.randrange(3)], width=5
                )
    elif motif == "books":
        x = 150
        while x < w - 150:
            bw, bh = rnd.randint(40, 80), rnd.randint(250, 420)
            draw.rectangle([x, h - 80 - bh, x + bw, h - 80], fill=accents[rnd.randrange(3)])
            x += bw + 12
    elif motif == "flowers":
        for _ in range(14):
            cx, cy, r = rnd.randint(80, w - 80), rnd.randint(80, h - 80), rnd.randint(30, 70)
            for k in range(6):
                a = math.pi * k / 3
                draw.ellipse(
                    [
                        cx + math.cos(a) * r - r / 2,
                        cy + math.sin(a) * r - r / 2,
                        cx + math.cos(a) * r + r / 2,
                        cy + math.sin(a) * r + r / 2,
                    ],
                    fill=accents[k % 2],
                )
            draw.ellipse([cx - r / 3, cy - r / 3, cx + r / 3, cy + r / 3], fill=accents[2])
    elif motif == "star":
        cx, cy, R, r = w / 2, h / 2, 230, 92
        pts = []
        for k in range(10):
            a = -math.pi / 2 + math.pi * k / 5
            rad = R if k % 2 == 0 else r
            pts.append((cx + math.cos(a) * rad, cy + math.sin(a) * rad))
        draw.polygon(pts, fill=accents[0])
    elif motif == "circuit":
        for _ in range(40):
            x, y = rnd.randint(0, w), rnd.randint(0, h)
            for _ in range(4):
                nx = x + rnd.choice([-1, 1]) * rnd.randint(40, 140)
                ny = y if rnd.random() < 0.5 else y + rnd.choice([-1, 1]) * rnd.randint(40, 140)
                draw.line([(x, y), (nx, ny)], fill=accents[rnd.randrange(2)], width=4)
                x, y = nx, ny
            draw.ellipse([x - 8, y - 8, x + 8, y + 8], fill=accents[2])
    elif motif == "path":
        pts = [(0, h * 0.8)]
        for i in range(1, 8):
            pts.append((w * i / 7, h * (0.8 - 0.55 * i / 7) + rnd.randint(-40, 40)))
        draw.line(pts, fill=accents[0], width=14, joint="curve")
        for x, y in pts[1:-1]:
            draw.ellipse([x - 18, y - 18, x + 18, y + 18], fill=accents[1])
    elif motif == "screens":
        for i in range(3):
            for j in range(3):
                x, y = 220 + i * 270, 110 + j * 165
                draw.rounded_rectangle(
                    [x, y, x + 220, y + 130], radius=10, outline=accents[0], width=5
                )
                draw.ellipse([x + 85, y + 30, x + 135, y + 80], fill=accents[1 + (i + j) % 2])


def main():
    OUT.mkdir(exist_ok=True)
    for index, (name, (bg, accents, motif)) in enumerate(IMAGES.items()):
        rnd = random.Random(index)  # noqa: S311 -- deterministic drawing, not security
        img = gradient(*bg)
        draw_motif(ImageDraw.Draw(img), motif, accents, rnd)
        img = img.filter(ImageFilter.SMOOTH)
        img.save(OUT / f"{name}.jpg", "JPEG", quality=78, optimize=True, progressive=True)
        print(name)


if __name__ == "__main__":
    main()
