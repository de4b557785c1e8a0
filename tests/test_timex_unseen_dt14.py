"""Page dates on invented pages (dt14): the site's furniture must not vote on the page's year."""

from dipnet.timex.pageday import headline_rows
from dipnet.timex.publication import infer_published

_MENU = ("外交部长会见某国驻华大使并就双边合作交换意见 某省与邻国边境省份签署2025年友好合作备忘录 "
         "国家主席出席2025年某某经济论坛并发表讲话 总理主持召开政府例行会议部署下阶段任务 某市举办第三届国际美食节活动")
_STORY = ("\n\n某国向我国捐赠医疗物资\n\n〔本报消息〕昨(12)日上午,卫生部已收到某国政府捐赠的一批医疗物资。"
          "卫生部副部长出席交接仪式并感谢某国政府的支持。\n")


def test_a_row_of_the_sites_latest_headlines_is_blanked():
    text = _MENU + _STORY
    out = headline_rows(text)
    assert len(out) == len(text)
    assert "2025" not in out and "某国向我国捐赠医疗物资" in out


def test_a_headline_with_a_space_or_a_sentence_is_kept():
    for line in ("某国是我国第二大投资来源国 总理率团到访", "两国领导人会谈 双方签署合作文件 发表联合声明 宣布建立伙伴关系。"):
        assert headline_rows(line) == line


def test_the_years_of_a_menu_over_the_story_do_not_date_the_page():
    pub = infer_published(text=_MENU + _STORY, url="https://example.vn/some-story-post12345.html", meta=None)
    assert pub is None or not pub.date.startswith("2025")


def test_a_site_id_read_against_pool_calibrated_ids_dates_a_page_without_a_year():
    # a menu over a story of no year, on a site with ids read from the pooled events set's page dates
    text = _MENU + "\n\n某国援助我国一批疫苗\n\n〔本报消息〕昨(9)日上午,卫生部已收到某国政府援助的一批疫苗。\n"
    pub = infer_published(text=text, url="https://cn.sggp.org.vn/some-story-post80000.html", meta=None)
    assert pub is not None and pub.date.startswith("2022")


def test_a_sites_post_ids_are_not_read_against_its_plain_ids():
    from dipnet.timex.siteclock import site_clock, site_of

    assert site_of("https://cn.sggp.org.vn/時政/some-story-158000.html")[1] == "id"
    assert site_of("https://cn.sggp.org.vn/some-story-post80000.html")[1] == "post"
    assert site_clock().estimate("https://cn.sggp.org.vn/時政/some-story-158000.html") is None
