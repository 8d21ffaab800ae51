"""The timeline's bins and colours, and the network drawing, without a browser."""
from tacitus.web import chart, network


def test_bins_cover_every_day_week_or_month_between_first_and_last():
    counts = [{"day": "2024-01-01", "key": "ASSAULT", "count": 2}, {"day": "2024-01-05", "key": "CONSULT", "count": 1}]
    days = chart.binned(counts)
    assert days["bin"] == "day" and len(days["bins"]) == 5  # empty days stay on the axis
    assert days["series"][0] == {"key": "ASSAULT", "colour": chart.TYPE_COLOURS["ASSAULT"], "counts": [2, 0, 0, 0, 0]}
    far = chart.binned(counts + [{"day": "2026-06-30", "key": "ASSAULT", "count": 1}])
    assert far["bin"] == "month" and far["bins"][0] == {"start": "2024-01-01", "end": "2024-01-31", "label": "2024-01"}
    assert len(far["bins"]) == 30 and sum(far["series"][0]["counts"]) == 3
    weeks = chart.binned(counts, "week")
    assert weeks["bins"][0]["start"] == "2024-01-01" and weeks["bins"][0]["end"] == "2024-01-07"
    assert chart.binned([]) == {"bin": "day", "bins": [], "series": []}


def test_events_dated_to_a_week_stand_in_their_week_bin_only():
    counts = [{"day": "2025-03-03", "period": "2025-03-03", "precision": "day", "key": "ASSAULT", "count": 1},
              {"day": None, "period": "2025-W11", "precision": "week", "key": "AGREE", "count": 2},
              {"day": None, "period": "2025-W12-WE", "precision": "week", "key": "AGREE", "count": 1}]
    weeks = chart.binned(counts, "week")
    assert [b["start"] for b in weeks["bins"]] == ["2025-03-03", "2025-03-10", "2025-03-17"]
    assert {s["key"]: s["counts"] for s in weeks["series"]} == {"ASSAULT": [1, 0, 0], "AGREE": [0, 2, 1]}
    assert chart.not_charted(counts, "week") == []
    days = chart.binned(counts, "day")  # a week is never put on one of its days
    assert [s["key"] for s in days["series"]] == ["ASSAULT"]
    assert len(chart.not_charted(counts, "day")) == 2
    assert chart.binned(counts[1:])["bin"] == "week"


def test_every_type_has_its_own_fixed_colour():
    assert len(set(chart.TYPE_COLOURS.values())) == len(chart.TYPE_COLOURS) == 16
    assert chart.colour("ACCUSE") != chart.colour("SUPPORT") and chart.colour("AGREE") != chart.colour("THREATEN")


# Colour vision deficiency as Machado, Oliveira & Fernandes (2009) simulate it (severity 1.0),
# on linear RGB
DEUTERANOPIA = ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881))
PROTANOPIA = ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998))


def _linear(colour: str) -> list[float]:
    srgb = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    return [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in srgb]


def _lab(linear: list[float]) -> tuple[float, float, float]:
    """CIELAB (D65) of a linear RGB colour."""
    r, g, b = linear
    x, y, z = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.9505, 0.2126 * r + 0.7152 * g + 0.0722 * b, \
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.089
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def _seen(colour: str, matrix=None) -> tuple[float, float, float]:
    linear = _linear(colour)
    if matrix:
        linear = [min(1.0, max(0.0, sum(m * c for m, c in zip(row, linear)))) for row in matrix]
    return _lab(linear)


def test_no_two_type_colours_look_alike_with_common_colour_blindness():
    """ΔE (CIE 1976) of every pair of type colours, in normal vision and simulated deuteranopia
    and protanopia: no pair closer than 12 (the old palette had pairs at 2 and 6)."""
    import itertools
    import math

    closest = min((math.dist(_seen(a, m), _seen(b, m)), ta, tb)
                  for (ta, a), (tb, b) in itertools.combinations(chart.TYPE_COLOURS.items(), 2)
                  for m in (None, DEUTERANOPIA, PROTANOPIA))
    assert closest[0] >= 12, closest


def test_network_labels_fit_and_edges_carry_counts():
    edges = [{"source": 1, "target": n, "source_name": "A", "target_name": "A very long actor name " * 2,
              "type": "ASSAULT", "count": n} for n in range(2, 14)]
    drawing = network.svg({"id": 1, "name": "A"}, edges)
    assert 'markerUnits="userSpaceOnUse"' in drawing  # arrowheads do not grow with the edge
    assert drawing.count('class="edge-count"') == network.MAX_SIDE
    xs = [float(part.split('"')[0]) for part in drawing.split('<text x="')[1:]]
    assert all(0 <= x <= network.WIDTH for x in xs)
