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


def test_every_type_has_its_own_fixed_colour():
    assert len(set(chart.TYPE_COLOURS.values())) == len(chart.TYPE_COLOURS) == 16
    assert chart.colour("ACCUSE") != chart.colour("SUPPORT") and chart.colour("AGREE") != chart.colour("THREATEN")


def test_network_labels_fit_and_edges_carry_counts():
    edges = [{"source": 1, "target": n, "source_name": "A", "target_name": "A very long actor name " * 2,
              "type": "ASSAULT", "count": n} for n in range(2, 14)]
    drawing = network.svg({"id": 1, "name": "A"}, edges)
    assert 'markerUnits="userSpaceOnUse"' in drawing  # arrowheads do not grow with the edge
    assert drawing.count('class="edge-count"') == network.MAX_SIDE
    xs = [float(part.split('"')[0]) for part in drawing.split('<text x="')[1:]]
    assert all(0 <= x <= network.WIDTH for x in xs)
