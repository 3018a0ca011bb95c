"""Voices: speaker types of direct quotations."""

from zhframe.rhetoric.voices import find_voices, speaker_of


def test_speaker_types_from_attributions():
    text = ("“区别于平时的理论学习，讲述更接地气。”西南大学学生丁甜甜感叹。"
            "“我们就是要当好翻译者，讲好故事。”北碚区博物馆馆长莫骄称。"
            "“多亏法院帮我们追回血汗钱，不然真不知道怎么办！”日前，申请执行人黄某某感慨万千。")
    df = find_voices(text)
    assert list(df["speaker_type"]) == ["student", "local_official", "beneficiary"]
    assert list(df["verb"]) == ["感叹", "称", "感慨"]


def test_quotation_with_no_speaker_is_unattributed():
    df = find_voices("“要让红色基因代代相传。”展览将持续至10月底。")
    assert list(df["speaker_type"]) == ["unattributed"] and list(df["attribution"]) == ["none"]


def test_central_leadership_by_title_name_or_quoted_speech():
    df = find_voices("“在全党集中开展党史学习教育，正当其时，十分必要。”这既是最新号令，也是最强动员。"
                     "习近平总书记强调：“全党同志要做到学史明理、学史增信。”")
    assert list(df["speaker_type"]) == ["central", "central"]
    assert list(df["cue"]) == ["号令", "习近平总书记"]


def test_grassroots_cadres_beneficiaries_and_names_resolved_in_the_article():
    from zhframe.rhetoric.voices import article_voices
    text = ("村党支部书记吴国强带领村民发展特色种植。“当村书记就要一心一意为群众办事。”吴国强说。"
            "“跟着吴书记干，日子越过越红火。”村民王大娘说。「過去只在課本上讀到，今天親眼看到。」來自廣州的大學生小林說。")
    df = article_voices(text)
    assert list(df["speaker_type"]) == ["grassroots_cadre", "beneficiary", "student"]
    assert "村党支部书记吴国强" in df["evidence"].iloc[0]


def test_a_quoted_theme_is_no_voice():
    assert find_voices("以“百年风华 初心如磐”为主题的党史展览开展。").empty


def test_speaker_before_the_quotation_and_from_context():
    df = find_voices("党史专家王洪说：“在白色恐怖笼罩下，特支坚持斗争。”"
                     "“路灯不仅照亮了公路，也照亮了大家心里。”近日，村民们饭后散步。")
    assert list(df["attribution"]) == ["before", "context"]
    assert list(df["speaker_type"]) == ["expert", "beneficiary"]


def test_last_cue_wins_and_titles_are_ignored():
    assert speaker_of("北碚区退休干部、党史专家王洪") == ("expert", "党史专家")
    assert speaker_of("学生在《干部读本》上") == ("student", "学生")


def test_slogans_are_not_voices():
    assert find_voices("开展“我为群众办实事”实践活动，落实“放管服”改革。").empty
