"""Events precision on the ordinary (GENERAL) pages' recurring phrasings (ev27, issue 13; invented sentences)."""

from __future__ import annotations

from eventpage import of

_TALKS = "两国部长举行会谈\n\n越通社河内——3月9日,越南工贸部长与泰国商务部长在河内举行会谈。"


def test_agreements_reached_before_and_carried_out_are_no_signing():
    # 落实…所达成的协议: the agreements reached before, referred back to, no signing told
    body = _TALKS + "两位部长同意继续认真落实两国高层领导人在历次会晤和通话中所达成的协议。"
    assert not of(body, "AGREEMENT")


def test_agreements_signed_before_and_carried_out_are_no_signing():
    # 积极落实所签署的协议: the agreements signed before, none named
    body = _TALKS + "两位部长强调,双方应积极落实所签署的协议。"
    assert not of(body, "AGREEMENT")


def test_agreements_reached_in_every_field_are_no_signing():
    # 落实…在各领域…所达成各合作协议: the agreements of every field, a back-reference
    body = _TALKS + "越方将此访视为落实两国在各领域,特别是农业领域所达成各合作协议的具体体现。"
    assert not of(body, "AGREEMENT")


def test_every_trade_agreement_carried_out_is_no_signing():
    # 实施各项自由贸易协定: every agreement of a kind, none signed here
    body = _TALKS + "双方同意实施各项自由贸易协定和边境贸易协议。"
    assert not of(body, "AGREEMENT")


def test_a_dated_agreement_carried_out_is_still_an_agreement():
    # 落实2019年…所签署的合作协议: a retrospective the text dates (guard)
    body = _TALKS + "双方就有效落实2019年两国工贸部所签署的合作协议交换了意见。"
    assert of(body, "AGREEMENT")


def test_an_agreement_reached_last_year_and_carried_out_is_still_an_agreement():
    # 落实…去年…所达成的协议: the text dates it to a year (guard)
    body = _TALKS + "泰方部长表示,双方要继续落实两国部长去年在曼谷会晤时所达成的协议。"
    assert of(body, "AGREEMENT")


def test_a_named_instrument_after_the_back_reference_is_still_an_agreement():
    # 落实所签署的合作协议,尤其是…关于…的声明: the sentence names the instrument meant (guard)
    body = _TALKS + "双方一致同意继续有效落实所签署的合作协议,尤其是两国关于2030年前贸易合作愿景的声明。"
    assert of(body, "AGREEMENT")


def test_a_signing_is_still_an_agreement():
    # 签署了…谅解备忘录 (guard)
    body = _TALKS + "会谈后,两位部长签署了关于大米贸易合作的谅解备忘录。"
    assert of(body, "AGREEMENT")


def _visitors(body: str) -> list[list[str]]:
    return [e.participants for e in of(body, "VISIT")]


def test_the_inviter_of_a_visit_is_no_visitor():
    # 受中国总理某某之邀访华: the inviter, of the host country, receives
    body = "总理访华\n\n新加坡——4月2日,新西兰总理拉克森受中国总理李强之邀访华。"
    assert all("李强" not in p for p in _visitors(body))


def test_the_host_official_beside_the_visitor_is_no_visitor():
    # 访越的甲和越南某部副部长乙共同主持: the host's official, named beside the visitor
    body = ("启动仪式\n\n河内——6月3日,访越的老挝公安部副部长宋西和越南公安部副部长阮文成共同主持了联合行动的启动仪式。")
    assert all("阮文成" not in p for p in _visitors(body))


def test_the_envoy_of_the_host_speaking_before_a_visit_is_no_visitor():
    # 中国驻越南大使某某在越南领导人对中国进行正式访问前夕接受采访: the host's envoy speaks, the leader visits
    body = ("大使谈访问\n\n越通社河内——1月10日,这是中国驻越南大使熊波在越南国家主席武文赏对中国进行正式访问前夕接受越南"
            "《人民报》记者采访时所强调的内容。")
    visits = _visitors(body)
    assert all("熊波" not in p for p in visits)
    assert all("越南" not in p[1:] for p in visits)


def test_a_visitor_to_a_foreign_country_is_still_a_visitor():
    # 越南国家主席对老挝进行国事访问 (guard)
    body = "国事访问\n\n越通社万象——8月8日,越南国家主席梁强对老挝进行国事访问。"
    assert ["梁强", "老挝"] in _visitors(body)
