"""Page dates on invented pages (dt15): a site folder whose ids run on a counter of their own."""

from dipnet.timex.publication import infer_published
from dipnet.timex.siteclock import site_clock, site_of

_OLD = "https://vietnam.vnanet.vn/chinese/某省举办友好交流活动/380000.html"
_NEW = "https://vietnam.vnanet.vn/chinese/tin-van/某省举办友好交流活动-415000.html"


def test_the_tin_van_folder_is_a_series_of_its_own():
    assert site_of(_NEW)[1] == "tin-van"
    assert site_of(_OLD)[1] == "id"


def test_an_old_site_id_is_not_read_against_the_new_sites_ids():
    est = site_clock().estimate(_OLD)
    assert est is not None and est.mid.year < 2020  # not between 2014 and 2025 points of two counters


def test_a_new_site_id_is_read_against_the_new_sites_ids():  # (a guard: the open points moved with it)
    est = site_clock().estimate(_NEW)
    assert est is not None and est.lo is not None and est.hi is not None
    assert est.lo.year == 2025 and est.mid.year == 2025 and (est.hi - est.lo).days < 250


def test_an_old_page_without_a_year_is_not_dated_to_the_new_sites_years():
    text = ("某省与邻国省份加强合作\n\n越通社河内——3月5日,某省人民委员会主席会见了来访的邻国某省代表团。"
            "双方同意加强贸易与旅游合作。\n")
    pub = infer_published(text=text, url=_OLD, meta=None)
    assert pub is not None and pub.date[:4] < "2020"


def test_a_lead_that_prints_its_own_year_says_so_with_confidence():
    text = ("两国外长举行会谈\n\n2019年3月5日,某国外交部长在首都会见了来访的邻国外交部长,"
            "双方就加强双边合作交换意见。\n")
    pub = infer_published(text=text, url=None, meta=None)
    assert pub is not None and pub.date == "2019-03-05"
    assert pub.confidence >= 0.75 and "its own year" in (pub.evidence or "")


def test_a_lead_without_a_year_keeps_the_inferred_confidence():  # (a guard)
    text = ("两国外长举行会谈\n\n3月5日,某国外交部长在首都会见了来访的邻国外交部长,"
            "双方就加强双边合作交换意见。\n")
    pub = infer_published(text=text, url=None, meta=None)
    assert pub is None or "its own year" not in (pub.evidence or "")
