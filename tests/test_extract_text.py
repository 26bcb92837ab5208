from kg.extract.text import parse_structure


def test_sections_and_roles(tiexi, lexicon):
    st = parse_structure(tiexi.text, lexicon)
    tops = [s for s in st.sections if s.level == 1]
    assert [s.role for s in tops] == ["work", "problems", "leaders", "plans"]
    subs = [s for s in st.sections if s.parent == "1"]
    assert len(subs) == 7
    assert st.section("4.1").title.endswith("发展蓝图")


def test_sentence_offsets_point_into_the_text(tiexi, lexicon):
    st = parse_structure(tiexi.text, lexicon)
    assert len(st.sentences) > 50
    for s in st.sentences:
        assert tiexi.text[s.start:s.end] == s.text


def test_inline_subheading_body_is_kept(tiexi, lexicon):
    st = parse_structure(tiexi.text, lexicon)
    body = [s for s in st.sentences if s.section == "3.1"]
    assert body and body[0].text.startswith("深化思想引领")
