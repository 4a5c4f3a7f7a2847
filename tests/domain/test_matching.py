"""Matching rules: who is proposed, in what order, and the reasons shown."""

from __future__ import annotations

from stagedesk.domain.matching import Candidate, DistanceBand, ReasonKind, distance_band, propose
from stagedesk.domain.regions import Region

UTRECHT = Region("Utrecht", "Utrecht")
AMERSFOORT = Region("Utrecht", "Amersfoort")
ROTTERDAM = Region("Zuid-Holland", "Rotterdam")


def _c(name, region=UTRECHT, **changes):
    values = dict(
        company_id=name,
        name=name,
        recognised=True,
        capacity=2,
        placed_now=0,
        region=region,
        good_placements=0,
        has_open_signals=False,
    )
    values.update(changes)
    return Candidate(**values)


def test_distance_bands_follow_region_then_province():
    assert distance_band(UTRECHT, UTRECHT) is DistanceBand.SAME_REGION
    assert distance_band(UTRECHT, AMERSFOORT) is DistanceBand.SAME_PROVINCE
    assert distance_band(UTRECHT, ROTTERDAM) is DistanceBand.ELSEWHERE
    assert distance_band(None, UTRECHT) is DistanceBand.UNKNOWN


def test_only_recognised_companies_with_room_and_no_open_signals_are_proposed():
    found = propose(
        [
            _c("ok"),
            _c("full", capacity=2, placed_now=2),
            _c("unrecognised", recognised=False),
            _c("signalled", has_open_signals=True),
        ],
        UTRECHT,
        "25655",
    )
    assert [p.name for p in found] == ["ok"]


def test_ranked_by_band_then_earlier_good_placements_then_free_places_then_name():
    found = propose(
        [
            _c("far", ROTTERDAM, good_placements=9),
            _c("province", AMERSFOORT),
            _c("b-near", capacity=3),
            _c("a-near"),
            _c("proven", good_placements=2),
            _c("unknown", None),
        ],
        UTRECHT,
        "25655",
    )
    assert [p.name for p in found] == ["proven", "b-near", "a-near", "province", "far", "unknown"]
    assert [p.rank for p in found] == [1, 2, 3, 4, 5, 6]


def test_every_proposal_says_why_in_the_order_weighed():
    (p,) = propose([_c("x", AMERSFOORT, placed_now=1, good_placements=3)], UTRECHT, "25655")
    texts = {r.kind: r.text for r in p.reasons}
    assert [r.kind for r in p.reasons] == list(ReasonKind)
    assert texts[ReasonKind.RECOGNITION] == "recognised by SBB for crebo 25655"
    assert texts[ReasonKind.CAPACITY] == "1 of 2 place(s) free"
    assert texts[ReasonKind.DISTANCE] == "in the student's province (Utrecht), region Amersfoort"
    assert texts[ReasonKind.EARLIER_PLACEMENTS].startswith("3 earlier placement(s)")
    assert texts[ReasonKind.SIGNALS] == "no open signals"
