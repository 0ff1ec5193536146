"""The pipeline's tokenizer is spaCy's Arabic one, built only when something tokenizes."""

import pytest
import spacy

from rasad.pipeline import create_pipeline, run

SENTENCES = [
    "قصفت الطائرات الحربية مدينة إدلب، أمس الجمعة، ما أدى إلى مقتل 5 مدنيين.",
    "خرج المئات في مظاهرة (سلمية) بمدينة تعز للمطالبة برواتبهم!",
    "أعلنت وزارة الدفاع العراقية عن مقتل 12 عنصراً من «داعش» في الأنبار",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_are_spacys(text: str) -> None:
    nlp = create_pipeline()
    assert [t.text for t in nlp(text)] == [t.text for t in spacy.blank("ar")(text)]


def test_extraction_does_not_build_it() -> None:
    nlp = create_pipeline()
    run(nlp, SENTENCES[0])
    assert not nlp.tokenizer.built
    assert [t.text for t in nlp.make_doc("مدينة إدلب،")] == ["مدينة", "إدلب", "،"]
    assert nlp.tokenizer.built


def test_spacys_attributes_reach_the_real_tokenizer() -> None:
    nlp = create_pipeline()
    assert [t for t, _ in nlp.tokenizer.explain("إدلب،")][-1] == "SUFFIX"
    assert len(list(nlp.tokenizer.pipe(SENTENCES))) == 3
