"""Readers for saved web pages and feeds, and the checks that turn bad bytes into reasons."""

from __future__ import annotations

from pathlib import Path


from fakes import FIXTURES
from rasad.io.feeds import html_to_text, parse_feed, read_feed
from rasad.io.html import parse_html, read_html
from rasad.store.inputs import Article, Skipped, iter_inputs, reason_kind

CORPUS = FIXTURES / "corpus"


def test_read_html_keeps_the_article_and_its_metadata() -> None:
    page = read_html(CORPUS / "page.html")
    assert page["title"] == "غارة على سوق كفرنبل"
    assert page["published"] == "2019-05-06"
    assert page["url"] == "https://news.example.org/2019/05/06/kafranbel-market"
    assert page["outlet"] == "شبكة الرصد الإخبارية"
    assert "السوق الشعبي وسط مدينة كفرنبل" in page["text"]
    assert "جميع الحقوق محفوظة" not in page["text"] and "الرئيسية" not in page["text"]


def test_html_without_article_gives_empty_text() -> None:
    assert parse_html("<html><body></body></html>")["text"] == ""


def test_read_feed_gives_one_article_per_entry() -> None:
    entries = read_feed(CORPUS / "feed.rss")
    assert len(entries) == 1
    e = entries[0]
    assert e["published"] == "2019-05-08" and e["outlet"] == "نشرة الرصد"
    assert e["url"] == "https://feed.example.org/2019/05/08/merger"
    assert e["text"].startswith("أعلن لواء شهداء حوران") and "<p>" not in e["text"]
    assert e["text"].count("\n") == 1  # two paragraphs


def test_atom_feed() -> None:
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع تجريبي</title>
<entry><title>عنوان</title><link href="https://a.example.org/1"/><id>urn:1</id>
<updated>2020-03-02T10:00:00Z</updated>
<content type="html">&lt;p&gt;قتل شخصان في انفجار عبوة ناسفة في مدينة الباب.&lt;/p&gt;</content></entry></feed>"""
    (entry,) = parse_feed(atom)
    assert entry["published"] == "2020-03-02" and entry["id"] == "urn:1"
    assert entry["text"] == "قتل شخصان في انفجار عبوة ناسفة في مدينة الباب."


def test_html_to_text() -> None:
    assert html_to_text("<p>سطر&nbsp;أول</p><p>سطر <b>ثان</b></p>") == "سطر أول\nسطر ثان"


def test_folders_walk_sorted_and_hidden_files_are_ignored(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("خبر ثان عن قصف المدينة", encoding="utf-8")
    (tmp_path / "1.txt").write_text("خبر أول عن اشتباكات في الريف", encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.txt").write_text("مخبأ", encoding="utf-8")
    items = list(iter_inputs([tmp_path]))
    assert [type(i) for i in items] == [Article, Article]
    assert items[0].origin.endswith("1.txt")
    assert isinstance(next(iter_inputs([tmp_path / "nope"])), Skipped)


def test_reason_kinds() -> None:
    assert reason_kind("not UTF-8 (invalid start byte at byte 0)") == "not UTF-8"
    assert reason_kind("cannot read: Permission denied") == "cannot read"
    assert reason_kind("empty text") == "empty text"
