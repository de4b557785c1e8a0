"""The land a person the knowledge base lacks holds is what the chain of their post states, not the page's own
country (recognize/ownlands.py, me7): a post of an international body states none (联合国大会主席某某 visiting
the page's country keeps that country as host), and the matter an envoy is named for (中东问题, 非洲事务) does not
cut the chain from the land before it. Invented sentences."""

from __future__ import annotations

from eventpage import of

HEAD = "测试新闻\n\n新华社北京2024年5月10日电 "


def test_a_president_of_an_international_body_visits_the_page_s_country():
    body = ("外交部发言人毛宁10日宣布:应中国外交部长王毅邀请,第90届联合国大会主席卡罗姆将于5月12日至15日访问中国。"
            "中方愿同联合国加强合作。")
    got = of(body, "VISIT", HEAD)
    assert any({"卡罗姆", "中国"} <= set(e.participants) for e in got), [e.participants for e in got]


def test_an_envoy_named_for_a_matter_keeps_the_land_before_it():
    head = "测试新闻\n\n伊拉克外交部网站2024年5月10日消息 "
    body = ("5月8日至9日,中国政府中东问题特使刘宇明应邀访问伊拉克,会见伊拉克外交部长顾问哈桑。"
            "伊拉克外交部表示,伊拉克愿同中方加强合作。伊拉克政府重视伊拉克与中国关系。")
    got = of(body, "VISIT", head)
    assert any({"刘宇明", "伊拉克"} <= set(e.participants) for e in got), [e.participants for e in got]
