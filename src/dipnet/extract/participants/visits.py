"""Who visits whom: the visitors and host countries of a VISIT read from its clause (甲对乙进行访问,
到访的某某, 欢迎某某访越, 对越进行…), split from actors.py."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import any_of, codebook, kept_any_of
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.eventwords import any_word, pattern_of, words_of
from dipnet.extract.common.page import EventPage, country_name, iso, names, subject
from dipnet.extract.participants.carry import carried_subject, carry_words, sentence_subject
from dipnet.extract.participants.ceremonyhosts import ceremony_abroad, ceremony_host
from dipnet.extract.participants.delegationlead import delegation_after, delegation_head, delegation_leader
from dipnet.extract.participants.firsttrips import took_office_visitor
from dipnet.extract.participants.invited import inviters_land, referred_hosts
from dipnet.extract.participants.lands import land_of
from dipnet.extract.participants.narrator import first_person_teller
from dipnet.extract.participants.received import received_visit
from dipnet.extract.participants.stayplaces import stay_place
from dipnet.extract.participants.visitrefs import led_after, our_land, teller_land
from dipnet.kb import load_kb
from dipnet.model import Mention


def visit_actors(page: EventPage, c: Clause, k: int, trig: str,
                  mentions: list[Mention]) -> tuple[list[str], list[str], str | None]:
    """Visitors and host countries: 甲对乙进行访问 (visitor before, host after 对/访问/抵达/赴), and
    到访的/在古访问的 + a titled person (the visitor follows; the host is where it happens)."""
    kb = load_kb()
    text = page.doc.text
    untitled = [m for m in mentions if not page.in_title_span(m.start, m.end)]
    location = None
    follow = [m for m in mentions if m.start > k and (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]
    received = follow and "的" in text[k:follow[0].start] and any(
        w in text[c.start:k] for w in codebook().type("MEET").triggers)  # 会见了率团赴越出席…的洪森
    # 正在访问越南的某某: the visitor follows the host and 的
    # (来越进行正式访问并出席…会议的中国外交部长王毅: the relative clause may go on with a second verb)
    host_de = bool(follow) and rx.compile(cue("visitor_relative_clause")).match(
        text[k + len(trig):follow[0].start]) is not None
    # (同来华进行国事访问的越共中央总书记、国家主席苏林举行会谈: a title holding 、 between 的 and the name)
    de = rx.compile(r"[^,。;、]{0,12}?的").match(text[k + len(trig):follow[0].start]) if follow else None
    host_de = host_de or (de is not None and page.in_title_span(k + len(trig) + de.end(), follow[0].end))
    if follow and trig in codebook().welcome_words:  # 欢迎以某某为团长的…代表团: the welcomer's land hosts
        welcomers = [m for m in page.in_span(c.sentence[0], k) if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]
        land = land_of(page, welcomers[0]) if welcomers else iso(page, page.home)
        host = country_name(land) if land and land != land_of(page, follow[0]) else None
        return [page.entities.get(follow[0].entity_id).name], [host] if host else [], None  # type: ignore[union-attr]
    if not any((e := page.entity(m)) and e.type == "PERSON" for m in mentions) and trig in words_of("welcome_ceremony_words"):
        return (*ceremony_abroad(page, c, k), None)  # 在哈瓦那举行的欢迎仪式结束后,甲与乙举行会谈: the guest after (ev62)
    if not follow and trig in codebook().welcome_words and rx.compile(cue("welcomed_unnamed")).match(text, k):
        return [], [], None  # (习近平表示,欢迎韩国外交部长月内访华: the one welcomed, unnamed, visits; not the welcomer)
    # (成功出席…领导人会晤并结束对拉脱维亚的访问后: a meeting attended by name is no one received)
    meet = codebook().type("MEET").triggers  # (each word looked for only where one of them stands before the trigger)
    met = max((at + len(w) for w in meet if (at := text.rfind(w, c.start, k)) != -1
               and not rx.compile(cue("attended_name_before")).search(text[c.start:at])), default=-1) \
        if kept_any_of(meet).search(text, c.start, k) else -1
    # (会见了由马晓天上将率领赴越出席第三次…对话会的代表团: the relative clause may name what the trip is for)
    if not follow and met != -1 and rx.compile(cue("visit_received_relative")).match(text[k + len(trig):c.end]):
        return received_visit(page, c, k, trig, met, untitled)
    # (陪同阮春福赴韩的有梅进勇…: who is listed after 的 escorts the one the escort word names, no visitor)
    escorted = any(text.rfind(w, c.start, k) != -1 for w in carry_words().escort) and \
        rx.compile(cue("escort_listed_after")).match(text[k + len(trig):c.end]) is not None
    if rx.compile(cue("entourage_before")).search(text[c.start:k]):
        return [], [], None
    # 奥巴马邀请习近平9月出席…活动,并对美国进行国事访问: the invitation goes on over the clause, no visit told
    if c.start > c.sentence[0] and text[c.start:k].lstrip().startswith(words_of("invitation_goes_on")) and \
            codebook().invitation_before.search(text[c.sentence[0]:c.start]):
        return [], [], None
    # 梁强前往内排国际机场迎接习近平: going to greet a guest (or see one off) is no visit of one's own
    if "访" not in trig and any_word("greeting_words").search(text, k + len(trig), c.end):
        return [], [], None
    # (正在陪同胡锦涛对日本进行国事访问的杨洁篪: the one escorted visits, not the escort the relative clause
    # goes on to)
    escorting = any(any(m.start > at for m in mentions if m.start < k and (e := page.entities.get(m.entity_id)) and e.type == "PERSON")
                    for w in carry_words().escort if (at := text.rfind(w, c.start, k)) != -1)
    if follow and not escorted and not escorting and (text.startswith("的", k + len(trig)) or received or host_de):
        visitor = page.entities.get(follow[0].entity_id)
        zai = text.rfind("在", c.start, k)
        between = [m for m in untitled if zai != -1 and zai < m.start < k]
        hosts = names(page, between, ("COUNTRY",))
        if host_de and trig in codebook().visit_host:  # 赴越出席美朝领导人会晤的某某: the word names the host,
            hosts = [codebook().visit_host[trig]]  # the lands after it name what the trip is for
        elif host_de:  # (来访的印度总理特使某某: the land opening the guest's own title is theirs, no host)
            own = land_of(page, follow[0])
            hosts = [h for h in names(page, [m for m in untitled if k < m.start < follow[0].start], ("COUNTRY",))
                     if not own or iso(page, h) != own] or hosts
        for m in between:  # 在莫斯科会见到访的…: the city's country hosts
            place = kb.get(page.entities.get(m.entity_id).kb_id or "") if page.entities.get(m.entity_id) else None  # type: ignore[union-attr]
            if not hosts and place is not None and place.type == "LOCATION" and country_name(place.country):
                hosts = [country_name(place.country)]  # type: ignore[list-item]
                location = place.name
        dui = text.rfind("对", c.start, k)  # (刚刚结束对韩国访问的某某…抵达东京: the land after 对 hosts)
        hosts = hosts or (names(page, [m for m in untitled if dui < m.start < k], ("COUNTRY",))[:1] if dui != -1 else [])
        if not hosts:  # 梁强会见了来访的老挝副总理…: the receiver's country hosts (each by the title's country)
            own = land_of(page, follow[0])
            others = [land for m in page.in_span(c.sentence[0], k) if (e := page.entities.get(m.entity_id))
                      and e.type == "PERSON" and (land := land_of(page, m)) and land != own]
            hosts = [n for n in [country_name(others[0])] if n] if others else []
        if not hosts and trig in codebook().visit_host:  # 会见来华出席…的某某
            hosts = [codebook().visit_host[trig]]
        return _listed_after(page, follow, visitor.name), hosts, location  # type: ignore[union-attr]
    # the inviter (应某某的邀请) and the escort are no visitors
    asides = [(a.start(), a.end()) for a in carry_words().aside.finditer(text, c.start, k)]
    before = [m for m in mentions if m.start < k and not (asides and any(a <= m.start < b for a, b in asides))]
    # 金与正等陪同金正恩出访: who goes along escorts the one after the word, who makes the visit
    escort = max((text.rfind(w, c.start, k) for w in carry_words().escort), default=-1)
    led = [m for m in before if m.start > escort and (e := page.entities.get(m.entity_id)) and e.type == "PERSON"] if escort != -1 else []
    before = led or before
    if trig in codebook().mutual_words:  # 甲与乙…互访: each visits the other's country (split in splits.py)
        pair = [m for m in before if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"][:2]
        joined = len(pair) == 2 and rx.compile(f"[{cue('list_joiners')}]").search(text[pair[0].end:pair[1].start]) is not None
        # 甲与乙在会谈中同意通过增进…互访深化关系: visits each way as a goal the two agree on, none made
        joined = joined and not any_of(codebook().mutual_goal_words).search(text, pair[-1].end, k)
        return (names(page, pair, ("PERSON",)) if joined else []), [], None
    # 裴青山就习近平此次访越的意义接受采访: who speaks on the visit (before 就) is no visitor
    jiu = text.rfind("就", c.start, k)
    if jiu != -1 and any(m.start > jiu for m in before if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"):
        before = [m for m in before if m.start > jiu]
    # 越共总书记称习近平将来访: who tells of the visit (before a verb of saying) is no visitor
    # (谭保高度评价阮春福…之际访问澳大利亚: who appraises or thanks for the visit is no visitor either)
    said_at = max((text.rfind(w, c.start, k) for w in codebook().report_verbs + carry_words().appraise), default=-1)
    tellers: list[Mention] = []
    if said_at != -1 and any(m.start > said_at for m in before if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"):
        tellers = [m for m in before if m.start < said_at and (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]
        before = [m for m in before if m.start > said_at]
    # 甲热烈欢迎乙对越进行正式访问: the one welcomed visits, the welcomer hosts (their land, where no
    # country is named after the verb)
    welcomed_at = max((text.rfind(w, c.start, k) for w in codebook().welcome_words), default=-1)
    welcoming: list[Mention] = []
    if welcomed_at != -1 and any(m.start > welcomed_at and (e := page.entities.get(m.entity_id)) and e.type == "PERSON" for m in before):
        welcoming = [m for m in page.in_span(c.sentence[0], welcomed_at) if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]
        before = [m for m in before if m.start > welcomed_at]
    # 阮富仲派你作为特使专程来华: who sends the envoy is no visitor
    sent = max((m.end() for m in rx.compile(cue("sender_before")).finditer(text[c.start:k])), default=-1)
    if sent != -1:
        before = [m for m in before if m.start >= c.start + sent]
    # 而习近平在王廷惠一行抵达北京后就安排会见: the one arriving in the time frame visits, not the subject
    zai = text.rfind("在", c.start, k)
    # (李克强是在…结束对拉脱维亚的正式访问后抵达…的: 是在…后 tells when the subject did it, no one else's arrival)
    zai = -1 if text.endswith("是", c.start, max(c.start, zai)) else zai
    if zai != -1 and rx.compile(cue("visit_arrival_frame")).match(text[k + len(trig):c.end]) and \
            any(m.start > zai for m in before if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"):
        before = [m for m in before if m.start > zai]
    dui = text.rfind("对", c.start, k)
    after_dui = [m for m in before if m.start > dui and (e := page.entities.get(m.entity_id)) and e.type == "PERSON"] if dui != -1 else []
    # 温家宝为吉拉德访华举行欢迎仪式: the one 为 names right before the verb visits, not the host holding it
    wei = text.rfind("为", c.start, k)
    if not after_dui and wei != -1:
        after_dui = [m for m in before if m.start > wei and (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]
        after_dui = after_dui if after_dui and (after_dui[0].start == wei + 1 or  # (为新西兰总理拉克松: titled)
                                                page.in_title_span(wei + 1, after_dui[0].end)) else []
    visitors = names(page, _own_titles_out(page, after_dui or before), ("PERSON",))
    if len(visitors) > 1:  # 习近平与奥巴马通电话,9月访美: the partner of talks or a call told first travels not
        people = [m for m in after_dui or before if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"]
        talked = text[people[-1].end:k] if people else ""
        if any(w in talked for t in ("CALL", "MEET") for w in codebook().type(t).triggers):
            visitors = visitors[:1]
    said = text[c.start:k].lstrip()
    # 他昨日在访问越南期间: told before; 习近平指出,我今年4月对越南进行国事访问: the speaker
    # (去年12月,我对越南进行国事访问, paragraphs into a message or a speech: the one whose words they are; narrator.py)
    teller = first_person_teller(page, c, k) if not visitors else None
    if not visitors and (rx.compile(cue("visit_pronoun_end")).search(text[c.start:k]) or rx.compile(cue("visit_pronoun_start")).match(said) or
                         (said.startswith(cue("visit_first_person")) and not said.startswith(codebook().first_person_not)) or teller):
        carried = teller or subject(page, c) or _last_person(page, c)
        # (应苏林和梁强邀请,我很高兴开启对越南的国事访问: the inviters are not the 我 who visits)
        inviters = {e.name for a in carry_words().aside.finditer(text, c.sentence[0], k)
                    for m in page.in_span(a.start(), a.end()) if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"}
        visitors = [carried] if carried and carried not in inviters else []
    # 习近平指出,很高兴应总书记同志邀请对越南进行国事访问: invited, the speaker of the words the clause
    # is visits (no one named before the verb in the clause; the one saying it opens the sentence)
    if not visitors and c.start > c.sentence[0] and carry_words().aside.search(text, c.start, k) and \
            text[c.sentence[0]:c.start].rstrip().rstrip(",:").endswith(codebook().report_verbs) and \
            not [m for m in before if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]:  # (the inviter is aside)
        speaker = sentence_subject(page, c.sentence[0], c.start)
        visitors = [speaker] if speaker else []
    if not visitors:
        # a body or place visits as a delegation (班迭棉吉省代表团访问永隆省)
        delegations = [m for m in before if delegation_after(page, m.end, codebook().delegation_words)]
        visitors = names(page, delegations, ("ORG", "LOCATION", "COUNTRY"))[:1]
        visitors += [h for v in visitors if (h := delegation_head(page, v))]  # and who heads it
    if not visitors:
        # 接见了以某某为团长、前来越南进行正式访问的老挝高级代表团: the delegation the relative clause
        # qualifies visits (its head, where the page names one); the land named before the word hosts
        de = rx.compile(r"[^,。;、]{0,6}?的").match(text, k + len(trig))
        body = next((m for m in page.in_span(de.end(), c.end) if m.start == de.end()
                     and text.startswith(codebook().delegation_words, m.end)), None) if de else None
        e = page.entities.get(body.entity_id) if body else None
        if e is not None and e.type in ("ORG", "LOCATION", "COUNTRY"):
            head_spans = list(rx.compile(pattern_of("delegation_head_named")).finditer(text, c.sentence[0], k))
            head = next((p.name for p in (page.entities.get(m.entity_id) for m in page.in_span(head_spans[-1].start(1), head_spans[-1].end(1)))
                         if p is not None and p.type == "PERSON"), None) if head_spans else None
            head = head or delegation_head(page, e.name)
            hosts = [n for n in names(page, [m for m in mentions if m.end <= k], ("COUNTRY",)) if n != e.name]
            return ([head] if head else [e.name]), hosts[:1], None
    # (离开河内,应老挝国会主席赛宋蓬邀请赴老出席…: the invitation set aside opens nothing, names no one; ev16)
    asides = [(a.start(), a.end()) for a in carry_words().aside.finditer(text, c.start, k)]
    unset = "".join(ch for i, ch in enumerate(text[c.start:k], c.start) if not any(a <= i < b for a, b in asides))
    opening = rx.compile(cue("visit_time_opening")).sub("", unset.strip(), count=1)
    # (7月11日至13日即前往老挝: a time before the verb names no one either)
    # 离开河内,对老挝进行国事访问: after a departure (or in a sentence naming no one before the verb: 某某说,
    # …。去年12月,对越南进行国事访问), a clause naming only its host (对老挝) goes on from the subject
    departed = opening.startswith(codebook().visit_going_on) and (
        any(w in text[c.sentence[0]:c.start] for w in codebook().departure_words)
        or not any((e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON" for m in page.in_span(c.sentence[0], k)))
    # the country or place after 对 is the host, never the one who visits (并于12月对越南进行正式访问)
    named = [m for m in mentions if m.start < k and not (asides and any(a <= m.start < b for a, b in asides)) and not (
        dui != -1 and m.start > dui and (e := page.entity(m)) is not None and e.type in ("COUNTRY", "LOCATION"))]
    # (某某应甲的邀请,2月5日起对老挝进行国事访问 / …的邀请,率团对…: after an invitation frame the clause goes on
    # from the subject before it, whatever time or lead word opens the clause)
    invited = rx.compile(cue("invitation_frame_before")).search(text, c.sentence[0], c.start) is not None
    if invited:  # (fm2: 某某应甲的邀请,明天到中国进行访问: the land arrived at names no visitor)
        named = [m for m in named if not ((e := page.entity(m)) is not None and e.type in ("COUNTRY", "LOCATION")
                                          and text[max(c.start, m.start - 2):m.start].endswith(words_of("arrival_before")))]
    visitors = visitors or ([w] if not named and (w := took_office_visitor(page, c, opening)) else [])  # (…就任后,即对…)
    if not visitors and not named and c.start > c.sentence[0] and (not opening or departed or invited or
                                                                   opening.startswith(codebook().going_on + cues("visit_subject_going_on"))
                                                                   or rx.compile(cue("visit_carry_connective")).fullmatch(opening)):
        # (某某主持了多项外事活动,其中包括对甲的国事访问 / 除出席…典礼,也访问甲、乙 / 除访问甲外 / 前趟是出访甲与乙)
        # 裴青山出访欧洲,先后访问法国和德国: a clause going on without a subject carries the sentence's
        # (他结束…之行后,便会转往日本: the one the sentences before name)
        # (顺通透露,访老期间,两国国会主席进行了会谈: a bare frame after reported words is the visit told,
        # not the teller's; its visitor is the subject after it, if any)
        reported = not opening and rx.compile(cue("visit_frame_end_bare")).match(text[k:c.end]) is not None and \
            text[c.sentence[0]:c.start].rstrip().rstrip(",:").endswith(codebook().report_verbs)
        sent_head = delegation_leader(page, c.sentence[0], c.start, sent=True)  # (派某某率领代表团,赴华府…: the one sent goes)
        going = None if reported else (sent_head or carried_subject(page, c, k))
        visitors = [going] if going else []
    # (值此出席…峰会,并对美国进行工作访问之际,范明政…: the frame opens the sentence, the clause goes on in it)
    # (访问法国期间,当地时间10月7日,苏林会见…; 抵达北京后,王廷惠一行造访…: the clause opens with the verb)
    # (对老挝进行工作访问期间,1月14日上午,某某…: or with only its host before the verb)
    bare = c.end < c.sentence[1] and (not text[c.start:k].strip() or (
        text[c.start:k].lstrip().startswith(cues("visit_host_openers")) and
        not [m for m in page.in_span(c.start, k) if (e := page.entities.get(m.entity_id)) and e.type != "COUNTRY"]))
    if not visitors and (rx.compile(cue("visit_frame_opening")).match(text[c.start:k]) or bare or
                         rx.compile(cue("visit_frame_sentence")).search(text[c.sentence[0]:c.start])) and \
            rx.compile(cue("visit_frame_end") if not bare else cue("visit_frame_end_bare")).match(text[k:c.end]):
        # 在访问老挝期间,越共中央总书记苏林…: the frame's visitor is the subject of the clause after it
        framed = sentence_subject(page, c.end, c.sentence[1])
        visitors = [framed] if framed else []
    visitors = visitors or led_after(page, c)  # (某联谊会将赴美国访问,此行由某某率队: the leader told after)
    hosts = []
    # (赴老挝出席…东盟与日本国防部长非正式会晤: the lands inside the names of what the trip is for host nothing
    # once a host is named)
    attend = rx.compile(cue("trip_attend")).search(text[k:c.end])
    # (普京访华期间计划与越南、泰国领导人举行会晤: a word naming its host, closing a frame; the lands after it are
    # the ones met there, not hosts)
    host_framed = trig in codebook().visit_host and rx.compile(cue("host_word_frame_after")).match(text, k + len(trig)) is not None
    for m in untitled if not host_framed else []:
        e = page.entities.get(m.entity_id)
        if e is None or e.name in visitors or e.name in hosts:
            continue
        if hosts and attend is not None and m.start >= k + attend.end():
            continue
        if attend is not None and m.start >= k + attend.end() and _joined_lands(page, m, untitled):
            continue  # (启程出席柬老越三国国会高层会议: the lands joined in the name of what the trip is for, ev16)
        if e.type == "COUNTRY" and (m.start > k or dui != -1 and dui < m.start < k):
            hosts.append(e.name)
        elif e.type == "LOCATION" and m.start >= k and location is None:
            location = e.name
            entry = kb.get(e.kb_id) if e.kb_id else None
            country = country_name(entry.country) if entry else None
            # (前往黄花岗公园敬献花圈: a site visited on a trip is where, not whom, one visits)
            if not hosts and (country or not e.name.endswith(cues("visit_site_suffixes"))):
                hosts.append(country or e.name)  # a province visited by a province's delegation
        elif e.type == "ORG" and 0 <= m.start - k - len(trig) <= 2 and not hosts and "访" in trig and e.country and \
                e.country not in {page.country_by_name.get(v) for v in visitors} and \
                "驻" + (body_land := country_name(e.country) or e.name) not in text[c.sentence[0]:k]:
            # 访问中国全国人民代表大会, 访问了老挝国会: a body of another land visited, the object of the word, its land
            # hosts (ev58); not by an envoy posted there (驻老挝大使…前往…委员会: no visit), nor on a mere going (前往)
            hosts.append(body_land)
    if not hosts:  # 布林肯昨日抵河内访问: the place arrived at right before the word hosts (its country)
        # (安瓦尔来中国进行正式访问, 到越南访问: a country arrived at hosts itself)
        # (fm1) …or the words of holding the visit and its length between (到中国进行两天国事访问, 到越南进行为期三天的正式访问)
        held = rx.compile(cue("arrival_held_between"))
        arrived = [m for m in untitled if m.end <= k and (k - m.end <= 1 or held.fullmatch(text, m.end, k)) and (e := page.entities.get(m.entity_id)) is not None
                   and e.type in ("LOCATION", "COUNTRY") and text[max(c.start, m.start - 2):m.start].endswith(words_of("arrival_before"))]
        came = page.entities.get(arrived[-1].entity_id) if arrived else None
        entry = kb.get(came.kb_id or "") if came is not None and came.type == "LOCATION" else None
        land = came.name if came is not None and came.type == "COUNTRY" else \
            country_name(entry.country) if entry is not None and entry.country else None
        hosts = [land] if land else []
        location = page.entities.get(arrived[-1].entity_id).name if land and location is None else location  # type: ignore[union-attr]
    if not hosts:  # 岸田继续在北京的访问: the place one stays in right before the noun hosts (its country)
        hosts, location = stay_place(page, c, k, untitled, location)
    if not hosts and trig in codebook().visit_host:  # 某某访华
        hosts.append(codebook().visit_host[trig])
    if not hosts:  # 李显龙对越进行正式访问: the one-character host right before the verb
        ahead = text[max(c.start, k - 4):k]
        hosts = [h for key, h in codebook().dui_host.items()
                 if ahead.endswith(key) or any(ahead.endswith(key + v) for v in codebook().dui_verbs)][:1]
    if not hosts and visitors and (trig in carry_words().arrival or rx.compile(cue("visit_come_before")).search(text[c.start:k])):
        # 李强昨天在河内会见苏林。…李强昨天到访前 / 在成都会见陈光方。…对陈光方一行来川访问表示欢迎: arriving,
        # named with no place (or a short one), the visitor comes to the land of the place named before
        hosts = _place_before(page, c, {land_of(page, m) for m in before if (e := page.entities.get(m.entity_id)) and e.name in visitors})
    if not hosts and (welcoming or tellers) and visitors:  # (the welcomer's or the teller's land hosts: 某某称习近平将来访)
        wland = land_of(page, (welcoming or tellers)[-1])
        theirs = {land_of(page, m) for m in before if (e := page.entities.get(m.entity_id)) and e.name in visitors}
        host = country_name(wland) if wland and wland not in theirs else None
        hosts = [host] if host else []
    if not hosts and visitors and trig in words_of("welcome_ceremony_words"):  # 甲为乙举行欢迎仪式: 甲 hosts (ev56)
        hosts, visitors = ceremony_host(page, c, k, after_dui), visitors[:1]  # (为国王和王后: the guest, not the consort)
    if not hosts and trig in codebook().host_before:  # 结束三日越南之行: the country right before the word
        near = [m for m in untitled if m.end <= k and k - m.end <= 4 and (e := page.entities.get(m.entity_id)) and e.type == "COUNTRY"]
        hosts = names(page, near[-1:], ("COUNTRY",))
    # 范明政前往河内…敬香: a leader going about their own country visits no one
    # (访越期间,越共中央总书记苏林会见了马克龙: the frame's subject at home is a host, no visitor)
    later = [m for m in page.in_span(c.end, c.sentence[1]) if (e := page.entities.get(m.entity_id)) and e.name in visitors] \
        if not any((e := page.entities.get(m.entity_id)) and e.name in visitors for m in before) else []
    lands = {land_of(page, m) for m in before + later[:1] if (e := page.entities.get(m.entity_id)) and e.type == "PERSON" and e.name in visitors}
    # (…访问越南的美国总统: the visitor's own country named after the word hosts nothing either)
    if hosts and len(lands) == 1 and len(visitors) == len([v for v in visitors if v in page.people]):
        own = country_name(lands.pop())
        hosts = [h for h in hosts if h != own]
    if not hosts and visitors:  # 应洪森的邀请,苏林率领老挝代表团: the inviter's country hosts
        hosts = referred_hosts(page, c, k, trig, lands) or inviters_land(page, c, k, trig, lands) or \
            teller_land(page, c, trig, lands) or our_land(page, c, k, lands)
    return visitors, hosts, location


def _place_before(page: EventPage, c: Clause, own: set[str | None]) -> list[str]:
    """The country of the last place or country named before the clause in its paragraph or the one
    before (a city by its country), unless it is the visitor's own."""
    kb = load_kb()
    seg = page.doc.segment_at(c.start)
    lo = seg.start if seg is not None else c.sentence[0]
    earlier = [s for s in page.doc.segments if s.kind in ("lead", "body") and s.end <= lo]
    lo = earlier[-1].start if earlier and seg is not None and seg.kind in ("lead", "body") else lo  # (and the one before)
    for m in reversed(page.in_span(lo, c.start)):
        e = page.entities.get(m.entity_id)
        if e is None or e.type not in ("COUNTRY", "LOCATION") or page.in_title_span(m.start, m.end):
            continue
        land = e.kb_id and kb.get(e.kb_id)
        code = land.country if land and e.type == "LOCATION" else e.country
        name = country_name(code) if code else None
        return [name] if name and code not in own else []
    return []


def _own_titles_out(page: EventPage, ms: list[Mention]) -> list[Mention]:
    """苏林总书记、国家主席成功访华: a bare title right after a person's name is that person's own (its
    holder read elsewhere, the page's 国家主席, is no second visitor)."""
    text, out = page.doc.text, []
    prev: Mention | None = None
    for m in ms:
        e = page.entities.get(m.entity_id)
        # (甲、印尼外长蕾特诺: a name with a land named between is a second person, not a title)
        own = prev is not None and e is not None and e.type == "PERSON" and m.text != e.name and \
            m.start - prev.end <= 12 and not rx.compile(cue("second_person_apart")).search(text[prev.end:m.start]) and \
            not page.in_span(prev.end, m.start)
        if not own:
            out.append(m)
        if e is not None and e.type == "PERSON":
            prev = m
    return out


def _listed_after(page: EventPage, follow: list[Mention], first: str) -> list[str]:
    """会见到访的外交部长王毅、公安部长王小洪及国防部长董军: the visitors listed after the first, each
    parted from the one before by a list word and their title only."""
    text, out, prev = page.doc.text, [first], follow[0]
    joiners = tuple(codebook().list_joiners)
    for m in follow[1:]:
        between = text[prev.end:m.start]
        if len(between) > 20 or rx.compile("[,。;:!?]").search(between) or not between.startswith(joiners):
            break
        name = page.entities.get(m.entity_id).name  # type: ignore[union-attr]
        if name not in out:
            out.append(name)
        prev = m
    return out


def _last_person(page: EventPage, c: Clause) -> str | None:
    """The person named last before the sentence in its paragraph (他 in the next sentence is them)."""
    seg = page.doc.segment_at(c.start)
    if seg is None:
        return None
    last = page.last_in_span(seg.start, c.sentence[0], lambda m: (e := page.entities.get(m.entity_id)) is not None
                             and e.type == "PERSON")
    return page.entities.get(last.entity_id).name if last else None  # type: ignore[union-attr]


def _joined_lands(page: EventPage, m: Mention, mentions: list[Mention]) -> bool:
    """The country mention stands joined to another (柬老越, 柬埔寨-老挝-越南, 中国—东盟): a name's compound."""
    text, joiners = page.doc.text, cue("joined_lands_between")
    for o in mentions:
        e = page.entity(o)
        if o is m or e is None or e.type not in ("COUNTRY", "ORG"):
            continue
        gap = text[o.end:m.start] if o.end <= m.start else text[m.end:o.start]
        if len(gap) <= 1 and all(ch in joiners for ch in gap):
            return True
    return False
