"""Actor mentions in a parsed document: gazetteer spans composed with role nouns, dated offices,
in-document coreference of surnames, pronouns inside attributed quotes, and new actors for unknown names.

Rule ids that travel into provenance and `actors.jsonl`:
- `gaz.<id>.<kind>`               a gazetteer surface (name, acronym, demonym, metonym, surname);
- `gaz.organ-of-state-after`      a state organ's bare short form with another state right after it, in a language
                                  that writes the state after the noun ("Kemlu China") → that state;
- `role.holder`                   a role noun + state resolved to the office holder on the article date (an
                                  organisation after its office, head first, as a state: "Sekjen PBB"; an
                                  organisation's generic head, `organisation_head`: "the IAEA chief", "Ketua OKI");
- `gaz.<id>.name.state-modifier`  "Saudi King Abdullah": a state's adjective before a person of another state → the
                                  only person of that state with every word of the name (a state's adjective or
                                  possessive before its own person joins the person's mention, rule unchanged);
- `role.named-holder`             a role noun + state + one name word → the only holder of that office, at any
                                  date, with that name ("Raja Arab Saudi Abdullah" in undated 2007 copy);
- `role.state`                    a role or sector noun + state with no known holder → the state (agent);
- `role.named`                    role noun (+ state) followed by a name → that person; a post after a state's
                                  official ("ambassador to the UN", "untuk PBB"), or a region an envoy is posted
                                  to ("untuk Timur Tengah", `resolve.posting_regions`), is part of the title;
- `role.named-title`              a person's title in capitals, no state, then a name ("National Security
                                  Advisor Daleep Singh") → that person (languages whose pack sets `title_names`);
- `role.named-holder-named-state` a head of state's title before one name word, no state beside it ("Raja
                                  Abdullah") → the holder of that name of a state the article names;
- `role.aide-named-before`        "X, Diplomatic Advisor to the Prime Minister of Italy": the person served is
                                  part of the aide's title; the aide X (a new person of that state) is the actor;
- `role.aide-state`               an aide not named ("a spokesman for President Putin", "juru bicara Presiden
                                  Rusia") → the state of the person served;
- `coref.role-named-before`       in an undated article, a role noun + state → the person the article last named
                                  who ever held that office ("raja Saudi tersebut" after "Raja Arab Saudi
                                  Abdullah"), not today's holder;
- `role.named-shortened`          role noun + state + a name whose words all belong to the office holder's on the
                                  date, written shorter ("Qatar Emir Sheikh Hamad Al Thani" in 2007) → that holder;
- `role.named-misspelt`           role noun + state + a name one letter off a holder's, at any date ("Presiden
                                  China Hu Jintai") → that holder;
- `coref.role-former`             "former"/"mantan" + role noun + state + a demonstrative ("mantan PM Kosovo itu")
                                  → the last person of that state named before; without one, no actor (neither
                                  today's holder nor the state);
- `coref.role`                    a role noun alone → the person the article first named with it; with none, a
                                  lower-case one → the one person the article named who ever held the office
                                  ("the monarch" after "King Abdullah II"; none of two);
- `coref.surname`                 a surname resolved to a person named in full in the document;
- `coref.surname-slip`            a lone capitalised word one typical slip (`spelling.slip`) from the surname of
                                  exactly one person the document named before ("Motaki" after "Manouchehr Mottaki");
- `coref.surname-gazetteer`       a surname resolved to the only gazetteer person holding an office on the date
                                  (its only bearer, or one of several of one state: "Khamenei");
- `coref.surname-sole`            in an undated article, a surname only one gazetteer person has, whose state the
                                  article names ("Hu" in undated wire copy about China);
- `coref.leader-government`       a surname before "administration"/"government" whose gazetteer office holders all
                                  belong to one state → that state ("the Bush administration", "the Maliki government");
- `coref.quote-speaker`           first-person pronoun inside a quote → the speaker (I) or the speaker's state (we);
- `coref.unquoted-speaker`        "Kami …, katanya." with no quote marks (Indonesian wire copy) → the subject of the
                                  sentence before, the one who said it (extract/events.py);
- `coref.act-anaphor`             "Seoul mengecam tindakan itu", "Poland condemned the attack": an act named right
                                  after a condemning verb → the source of the first rule event of the latest of the
                                  three sentences before with one (an attack for an attack noun); with a demonstrative
                                  and no such event, in a sentence naming no actor after it, the first acting actor of
                                  the sentence before (`events.act_anaphor_verbs`, extract/events.py);
- `coref.vessel-definite`         "kapal itu / kapal tersebut" → the state of the one vessel named so ("kapal Penjaga
                                  Pantai China") in the sentence or the two before; none of two (extract/events.py);
- `coref.group-description`       "the group", "the Islamist movement", "kelompok (militan) itu", bare
                                  "pemberontak" → the armed group named before it, when it is the only group or
                                  organisation named in this sentence and the two before (`resolve.group_nouns`,
                                  `resolve.group_modifiers`, `resolve.bare_group_nouns`);
- `coref.bloc-description`        "the bloc", "the 27-nation bloc", "the regional grouping" → the one regional or
                                  political bloc (`resolve.bloc_ids`) named in this sentence before it and the two
                                  before (`resolve.bloc_nouns`); "the rebels", "the militants"
                                  (`resolve.armed_group_nouns`) are `coref.group-description`, counting armed groups
                                  only;
- `coref.court-description`       "the court", "the tribunal" → the one international court (`resolve.court_ids`)
                                  named in this sentence before it and the two before (`resolve.court_nouns`);
- `coref.un-body-description`     "the assembly", "the council" → the one UN body (`resolve.un_body_ids`) named
                                  in this sentence before it and the two before (`resolve.un_body_nouns`);
- `coref.state-description`       "negara itu", "negara terisolasi itu" → the state named before it, when it is the
                                  only state named in this sentence and the two before (`resolve.state_nouns`);
- `coref.organisation-description` "organisasi tersebut", "perintah mahkamah" → the organisation whose name opened
                                  with that word, when it is the only one named in this sentence before it and the
                                  four before (`resolve.organisation_nouns`);
- `coref.object-pronoun`          "him", or "her" before to/for/on/… (an object, `events.object_pronouns`), or he/she
                                  after a demand's "that" ("demanded that she retract them", `events.demand_verbs`)
                                  → the last person named in this sentence or the one before who is not the subject
                                  (extract/events.py);
- `coref.plural-object`           "them" as an object (`events.plural_object_pronouns`) → the last list of two or more
                                  people, else states, the sentence names after its subject, not after a preposition
                                  other than with/between ("congratulated A and B … and urged them to", events.py);
- `coref.state-definite`          "the junta", "the regime", "kementerian itu" → the state named before it, when it
                                  is the only state named in this sentence before it and the two before, or the one
                                  whose rulers the noun named ("Kementerian Luar Negeri Peru") in the four before
                                  (`resolve.definite_state_nouns`);
- `coref.opening-it`              "it" / "pihaknya" opening a sentence before an act only an actor does ("It also
                                  accused …", `events.opening_it_verbs`) → the state, body or group that opened the
                                  sentence before, no person ("The United States criticised … . It also accused Hamas
                                  of …", `events.opening_state_pronouns`, extract/events.py);
- `coref.pronoun`                 he/she/dia/ia/beliau opening a sentence → the first person of the last sentence
                                  naming one (its subject); opening a clause → the last person named;
- `text.apposition.role-state-name` the affiliation found in "Pemimpin Korea Utara, Kim Jong Un".

What is never linked:
- a person's gazetteer acronym ("BBM", "SBY") unless the person's full name came earlier in the document
  (Indonesian BBM is also fuel, bahan bakar minyak);
- a new person from capitalised words that are common words in title case or name a disaster ("Hold Talks",
  "Cyclone Idai"; the words are data: `data/gazetteer/non-names.yaml`, plus the sentence's trigger words);
- a surname after a capitalised given name none of its bearers has ("First Lady Jill Biden" is not Joe Biden,
  "Susan Rice" not Condoleezza Rice), unless the given name is a respelling of one (0.6 alike: "Khursheed
  Mehmood Kasuri"), a role or title word, an acronym, a name particle, the sentence's first word, or the sentence
  is a headline (no final stop: title case);
- a text-derived affiliation that contradicts a dated gazetteer office: the person holds other offices on the
  article date, is a gazetteer person of another state, already heads another state in the document, or the
  office is a head of state/government office whose gazetteer holder on that date is someone else.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date as date_type
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span

from graphbuild.lang import union_words
from graphbuild.model import Actor, Affiliation
from graphbuild.nlp.components import ROLE_PREFIX, TokenTable, doc_spans, tokens
from graphbuild.resolve.gazetteer import Gazetteer, Office
from graphbuild.resolve.spelling import RULE as CLOSE_SPELLING
from graphbuild.resolve.spelling import SpellingIndex, one_dropped, one_replaced, slip

# a capitalised word of letters (any script's: João, Çavuşoğlu, Lourenço), apostrophes and hyphens
NAME_TOKEN = re.compile(r"^(?=[^\W\d_])(?:[^\W\d_]|['’\-])+$")
# word lists of every language pack together (data/lang/*/words.yaml, `resolve.*`)
NON_NAMES = union_words("resolve.non_names")  # capitalised words never part of a new person's name
HONORIFICS = union_words("resolve.honorifics")  # lower case: skipped between a title and the name after it
HONORIFIC_PHRASES = frozenset(tuple(phrase.split()) for phrase in union_words("resolve.honorific_phrases"))
NAME_PARTICLES = union_words("resolve.name_particles")  # lower-case parts of a name: "al-Beshir", "bin Laden"
FIRST_PERSON_SINGULAR = union_words("resolve.first_person_singular")
FIRST_PERSON_PLURAL = union_words("resolve.first_person_plural")
THIRD_PERSON = union_words("resolve.third_person")
DETERMINERS = union_words("resolve.determiners")
COORDINATING = union_words("resolve.coordinating")
STATE_LINKS = union_words("resolve.state_links")
GOVERNMENT_AFTER = union_words("resolve.government_after")  # "the Bush administration": the leader's state
SENTENCE_ENDS = frozenset({".", "!", "?", '"', "”", "'", "’"})
TITLE_SUFFIXES = union_words("resolve.title_suffixes")  # "Prime Minister-Designate", "Prime Minister-elect"
TITLE_MODIFIERS = union_words("resolve.title_modifiers")  # between a state and its role: "Interim President"
GIVEN_NAME_LIKENESS = 0.6  # a given name this like one of a bearer's is a respelling of it, no other person
COUNTERPART_LINKS = union_words("resolve.counterpart_links")
POSTING_LINKS = union_words("resolve.posting_links")
STATIONED_TITLES = union_words("resolve.stationed_titles")  # "India's top diplomat in Islamabad": the envoy
STATIONED_LINKS = union_words("resolve.stationed_links")
POSTING_TITLES = union_words("resolve.posting_titles")  # the last word of a title posted "to" a body or state
POSTING_REGIONS = sorted((tuple(p.split()) for p in union_words("resolve.posting_regions")), key=len, reverse=True)
DEMONSTRATIVES = union_words("resolve.demonstratives")
MINISTER_NOUNS = union_words("resolve.minister_nouns")
DEMONSTRATIVES_AFTER = union_words("resolve.demonstratives_after")
FORMER = union_words("resolve.former")
PREPOSITIONS = union_words("resolve.prepositions")  # never a modifier between a state and a role after it
PLACE_COMPOUNDS = union_words("resolve.place_compounds")  # "Lebanon-based Hezbollah": where, not who
MEMBER_ALLY_NOUNS = union_words("resolve.member_ally_nouns")  # "NATO allies": the alliance itself
ALLY_NOUNS = union_words("resolve.ally_nouns")  # "U.S. allies", "sekutu AS": the allies act, not the state
AIDE_TITLES = union_words("resolve.aide_titles")  # "advisor", "spokesman", "penasihat": a title held for another
GOVERNMENT_WORDS = union_words("events.government_of")  # "pemerintah", "government": "juru bicara pemerintah X, Y"
AIDE_LINKS = union_words("resolve.aide_links")  # "advisor to", "spokesman for" (Indonesian: none, "penasihat Presiden")
AIDE_TITLE_WORDS = union_words("resolve.aide_title_words")  # lower-case words of a title before a name
PLURAL_MARKERS = union_words("resolve.plural_markers")  # "para pemimpin": many office holders, no one person
INDEFINITES = union_words("resolve.indefinites")  # "a Taliban leader": someone, not the one the article named
TITLE_WORDS = union_words("resolve.title_words")  # a capitalised run opening with one is a title, no organisation
GROUP_NOUNS = union_words("resolve.group_nouns")  # "the group", "kelompok itu": the one armed group named just before
BARE_GROUP_NOUNS = union_words("resolve.bare_group_nouns")  # "pemberontak menyerang …": the rebels, no demonstrative
COUNT_WORDS = union_words("resolve.count_words")  # "empat pemberontak tewas": so many fighters, not the group
ARMED_GROUP_NOUNS = union_words("resolve.armed_group_nouns")  # "the rebels", "the militants": an armed group only
GROUP_HEADS = GROUP_NOUNS | BARE_GROUP_NOUNS | ARMED_GROUP_NOUNS
GROUP_NOUN_FORMS = GROUP_HEADS | {noun.capitalize() for noun in GROUP_HEADS}
BLOC_NOUNS = union_words("resolve.bloc_nouns")  # "the bloc", "the regional grouping": the one bloc named just before
BLOC_IDS = union_words("resolve.bloc_ids")  # the gazetteer ids of the regional and political blocs "the bloc" can be
COURT_NOUNS = union_words("resolve.court_nouns")  # "the court", "the tribunal": the one international court named
COURT_IDS = union_words("resolve.court_ids")  # the gazetteer ids of the international courts "the court" can be
UN_BODY_NOUNS = union_words("resolve.un_body_nouns")  # "the assembly", "the council": the one UN body named before
UN_BODY_IDS = union_words("resolve.un_body_ids")  # the gazetteer ids of the UN bodies "the council" can be
CHARGE_VERBS = union_words("resolve.charge_verbs")  # "accused the bloc of …": the "of" is the charge's
BODY_ACT_NOUNS = union_words("resolve.body_act_nouns")  # "the court's jurisdiction": the court (not "the bloc's")
BLOC_MEMBER_NOUNS = union_words("resolve.bloc_member_nouns")  # "the bloc's leaders agreed": the bloc acts
GROUP_DETERMINERS = union_words("resolve.group_determiners")  # "the" before the group noun (English)
GROUP_MODIFIERS = union_words("resolve.group_modifiers")  # the words allowed beside it: "the Islamist movement"
GROUP_DEMONSTRATIVES = union_words("resolve.group_demonstratives")  # "itu", "tersebut" after it (Indonesian)
GROUP_QUANTIFIERS = union_words("resolve.group_quantifiers")  # "kedua kelompok itu": more than one group
STATE_GROUPS = ("ArmedGroup", "Group")  # a group of one state, which a state's possessive or adjective may modify
GROUP_TYPES = frozenset({"ArmedGroup", "Organization", "Group"})  # what "the group" could name: one of them, armed
GROUP_WINDOW = 3  # sentences (this one and the two before) in which exactly one armed group must be named
STATE_NOUNS = union_words("resolve.state_nouns")  # "negara itu", "negeri tersebut": the one state named just before
STATE_NOUN_FORMS = STATE_NOUNS | {noun.capitalize() for noun in STATE_NOUNS}
DEFINITE_PLACE_NOUNS = union_words("resolve.definite_place_nouns")  # "the country": also a place
PLACE_PREPOSITIONS = union_words("resolve.place_prepositions")  # "in the south of the country": the place
STATE_NOUN_BLOCKERS = union_words("resolve.state_noun_blockers")  # "di negara itu" (a place), "negara bagian"
ORGANISATION_NOUNS = union_words("resolve.organisation_nouns")  # "organisasi tersebut", "perintah mahkamah"
ORGANISATION_WINDOW = 5  # sentences (this one and the four before) in which the organisation's name is looked for
DEFINITE_STATE_NOUNS = union_words("resolve.definite_state_nouns")  # "the junta": a state's rulers, no state named
DEFINITE_MODIFIER_AGENTS = union_words("resolve.definite_modifier_agents")  # "the military drills by X": a modifier
DEFINITE_ARTICLES = union_words("resolve.definite_articles")
STATE_DESCRIPTION_GAP = 3  # words allowed between the state noun and its demonstrative ("negara terisolasi itu")
MISSPELT_HOLDER_LENGTH = 5  # letters of a name word one letter off an office holder's, after the title and state
OFFICE_NAME_GAP = 4  # tokens between a role noun and the name it introduces ("Perdana Menteri Israel, Ehud Olmert")
COUNTERPART = "agent.counterpart"
OFFICIALS = "agent.officials"
OFFICIAL_LINKS = ("of", "in")  # "a border official in Pakistan", "officials in Kabul": the state's officials
BACK_REFERENCE_ROLES = frozenset({"agent.officials", "agent.spokesperson"})
LEADER_PRECEDENCE = ("supreme_leader", "president", "monarch", "prime_minister", "chancellor")
HEAD_ROLES = frozenset(LEADER_PRECEDENCE)  # head of state or government (not the loose "leader")
# the generic keys: "leader" (a state's own `leader:` office first) and "head of state" (the default order only)
GENERIC_HEADS = frozenset({"leader", "head_of_state"})
# the generic head of an organisation ("the IAEA chief", "Ketua OKI"): whichever of its head offices has a holder
ORGANISATION_HEAD = "organisation_head"
ORGANISATION_HEADS = ("secretary_general", "director_general")
ORGANISATION_PARTS = union_words("resolve.organisation_parts")  # "the head of the UN refugee agency": not the UN's


def _office_keys(role: str) -> tuple[str, ...]:
    """The office keys a role key stands for: a generic head any head office, in order of precedence."""
    if role in GENERIC_HEADS:
        return LEADER_PRECEDENCE
    if role == ORGANISATION_HEAD:
        return ORGANISATION_HEADS
    return (role,)


@dataclass
class Mention:
    """An actor mention in token space (`start`/`end` token indices of the doc)."""

    start: int
    end: int
    actor: Actor
    kind: str
    rule: str
    coref: bool = False

    def chars(self, doc: Doc) -> tuple[int, int]:
        table = tokens(doc)
        if self.end > self.start:
            return table.idx[self.start], table.idx[self.end - 1] + len(table.text[self.end - 1])
        return table.idx[self.start], table.idx[self.start]


@dataclass
class DocActors:
    """Document-level resolution state: surnames seen in full, new actors, affiliations found in text."""

    gazetteer: Gazetteer
    date: str | None
    surnames: dict[str, Actor] = field(default_factory=dict)
    new_actors: dict[str, Actor] = field(default_factory=dict)
    affiliations: list[Affiliation] = field(default_factory=list)
    people: list[Actor] = field(default_factory=list)  # every person named so far, in order (back-references)
    role_people: dict[str, Actor] = field(default_factory=dict)  # role key → first person named with it
    org_heads: frozenset[str] = frozenset()  # "Ministry", "Council" / "Kementerian", "Dewan"
    armed_heads: frozenset[str] = frozenset()  # "Forces", "Militia" / "Pasukan", "Milisi"
    head_first: bool = False  # Indonesian names put the head noun first
    title_names: bool = False  # a capitalised title alone names the person after it (English)
    connectors: frozenset[str] = frozenset()  # lower-case words allowed inside a name ("of", "for")
    named_at: dict[str, int] = field(default_factory=dict)  # person id → first token of their full name
    respelled: set[str] = field(default_factory=set)  # misspelt surnames of gazetteer people ("Abbot")
    dated: bool = True  # the article has a date of its own (`date` may be one read from its office holders)
    states_named: set[str] = field(default_factory=set)  # states the document names anywhere
    # family names of gazetteer people of a family-name-first state named in full ("Song Min-soon" … "Song")
    family_named: set[str] = field(default_factory=set)
    # last words of gazetteer people named in full whose entry lists no surname ("Nicholas Burns" … "Burns")
    unlisted: set[str] = field(default_factory=set)
    # organisations named so far: (sentence number, the lower-case first word of the mention, the organisation)
    organisations: list[tuple[int, str, Actor]] = field(default_factory=list)
    sentence_no: int = 0  # sentences resolved so far
    armed_groups: list[tuple[int, int, Actor]] = field(default_factory=list)  # (sentence, token, group) named:
    # armed groups, organisations and other groups (what "the group" may refer to)
    home_state: str | None = None  # the state a bare ministry of this language's news belongs to (IDN)
    home_ministries: frozenset[str] = frozenset()  # "Kementerian Luar Negeri": a ministry named with no state
    home_offices: frozenset[str] = frozenset()  # "Kantor Imigrasi": its offices, named with their place after them
    states_seen: list[tuple[int, str]] = field(default_factory=list)  # (sentence, state id) of each state named,
    # itself or through one of its people (what "negara itu" may refer to)
    rulers_named: list[tuple[int, str, str]] = field(default_factory=list)  # (sentence, noun, state id) of each
    # state's rulers named by a definite state noun ("Peru's military junta"): what "the junta" refers to of several


# Latin letters that do not decompose into a base letter and a mark
_FOLDED_LETTERS = str.maketrans({"ø": "o", "ł": "l", "ß": "ss", "đ": "d", "ð": "d", "ı": "i", "æ": "ae", "œ": "oe",
                                 "þ": "th"})  # fmt: skip


def slug(text: str) -> str:
    """An id from a name: lower-case ASCII words joined by hyphens, accents folded ("Mevlüt Çavuşoğlu" →
    mevlut-cavusoglu, as the gazetteer's ids are written); a name in another script keeps its letters."""
    lower = text.lower()
    folded = "".join(c for c in unicodedata.normalize("NFKD", lower.translate(_FOLDED_LETTERS))
                     if not unicodedata.combining(c))  # fmt: skip
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or re.sub(r"[\W_]+", "-", lower).strip("-")


_TYPOGRAPHIC_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def text_name(text: str) -> str:
    """A new actor's name from its text: as written, but with the typographic apostrophes of news copy as the
    plain one canonical English names use ("Michelle O’Neill" → "Michelle O'Neill", as the gazetteer writes
    "Peter O'Neill")."""
    return text.translate(_TYPOGRAPHIC_APOSTROPHES)


@lru_cache(maxsize=65536)
def parse_label(label: str) -> tuple[str, str, str]:
    """(`actor`|`role`, actor id or role key, rule) from a `gb_actors` span label."""
    if label.startswith(ROLE_PREFIX):
        role, rule = label[len(ROLE_PREFIX) :].split(":", 1)
        return "role", role, rule
    body = label[len("gaz.") :]
    actor_id, kind = body.rsplit(".", 1)
    return kind, actor_id, label


class ActorResolver:
    """Turns a sentence's `gb_actors` spans into `Mention`s of actors."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._surname_people: dict[str, list[str]] = {}
        self._surnames_of: dict[str, list[str]] = {}
        self._offices: dict[str, list[Office]] = {}
        self._common_words = gazetteer.non_name_words("common")
        self._disaster_words = gazetteer.non_name_words("disaster")
        self._role_words = frozenset(word for noun in gazetteer.role_nouns for word in noun.text.lower().split()
                                     if len(word) > 3)  # "minister of trade and industry": no "and", "of"
        for office in gazetteer.offices:
            self._offices.setdefault(office.person, []).append(office)
        for surface in gazetteer.surfaces:
            if surface.kind == "surname":
                self._surname_people.setdefault(surface.text, []).append(surface.actor_id)
                self._surnames_of.setdefault(surface.actor_id, []).append(surface.text)
        self._spelling = SpellingIndex([(s.text, s.actor_id) for s in gazetteer.surfaces if s.kind == "name"
                                        and gazetteer.actors[s.actor_id].type == "Person"])  # fmt: skip

    # -- document pass -------------------------------------------------------------------------------------

    def prepare(self, doc: Doc, date: str | None,
                markers: dict[str, frozenset[str]] | None = None) -> DocActors:  # fmt: skip
        """Names written in full anywhere in the document, for surname coreference; `markers` are the
        language's name heads for new organisations and armed groups."""
        state = DocActors(self.gazetteer, date or self.office_date(doc), dated=date is not None)
        if markers:
            state.org_heads, state.armed_heads = markers["org_heads"], markers["armed_heads"]
            state.connectors = markers["name_connectors"]
            state.head_first = bool(markers.get("head_first"))
            state.title_names = bool(markers.get("title_names"))
            state.home_state = next(iter(markers.get("home_state", ())), None)
            state.home_ministries = markers.get("home_ministries", frozenset())
            state.home_offices = markers.get("home_offices", frozenset())
        for span in doc_spans(doc, "gb_actors"):
            kind, actor_id, _rule = parse_label(span.label_)
            actor = self.gazetteer.actors.get(actor_id)
            if actor and actor.type == "Country" and kind != "surname":
                state.states_named.add(actor_id)
            if kind == "name" and actor and actor.type == "Person":
                state.named_at.setdefault(actor_id, span.start)
                for surname in self._surnames_of.get(actor_id, ()):
                    state.surnames.setdefault(surname, actor)
                last = tokens(doc).text[span.end - 1]
                if last not in self.gazetteer.not_surnames.get(actor_id, ()):
                    state.surnames.setdefault(last, actor)
                if (not self._surnames_of.get(actor_id) and span.end - span.start > 1 and len(last) > 2
                        and any(c.islower() for c in last)):  # fmt: skip
                    state.unlisted.add(last)  # not "II" of "Queen Elizabeth II"
                if actor.country in self.gazetteer.family_name_first and span.end - span.start > 1:
                    family = tokens(doc).text[span.start]
                    state.surnames.setdefault(family, actor)
                    state.family_named.add(family)
        return state

    def office_date(self, doc: Doc) -> str | None:
        """The date an undated article is read at (role nouns resolve to the holders on it): where the text
        introduces gazetteer people by an office they held ("Menteri Luar Negeri AS Condoleezza Rice"), a date
        inside the most of those terms; when it introduces no one so, the same over every office of the gazetteer
        people it names in full (`_named_terms`); None (today's holders) when there are none, or when the best
        window is still open (a current office says nothing against today); of windows named equally often, the
        latest. Undated wire copy from 2007 then
        reads "Perdana Menteri Israel" as that year's prime minister, not today's."""
        terms = self._introduced_terms(doc) or self._named_terms(doc)
        if not terms:
            return None
        today = date_type.today().isoformat()
        closed = [(start or "0001-01-01", end or today) for start, end in terms]
        points = sorted({start for start, _ in closed})
        # the point inside the most terms; of equals, the latest (a name with an earlier and a current term)
        covering = max(([t for t in closed if t[0] <= p <= t[1]] for p in points), key=lambda ts: (len(ts), max(ts)))
        start, end = max(t[0] for t in covering), min(t[1] for t in covering)
        if end >= today:
            return None
        middle = (date_type.fromisoformat(start).toordinal() + date_type.fromisoformat(end).toordinal()) // 2
        return date_type.fromordinal(middle).isoformat()

    def _named_terms(self, doc: Doc) -> list[tuple[str | None, str | None]]:
        """With no office named before a name: the terms of every office of the gazetteer people the article names
        in full (not after "former"), so that undated copy naming Dick Cheney and John Howard reads "PM Australia"
        in their years."""
        terms = []
        former_end = -1  # where the last office named after "former" ends ("Mantan Menteri Luar Negeri AS")
        for span in doc_spans(doc, "gb_actors"):
            kind, key, _rule = parse_label(span.label_)
            if kind == "role" and span.start > 0 and doc[span.start - 1].lower_ in FORMER:
                former_end = span.end
            actor = self.gazetteer.actors.get(key)
            if kind != "name" or actor is None or actor.type != "Person":
                continue
            after_former = span.start > 0 and doc[span.start - 1].lower_ in FORMER
            if after_former or 0 <= span.start - former_end <= OFFICE_NAME_GAP:
                continue
            terms += [(o.start, o.end) for o in self._offices.get(actor.id, ())]
        return terms

    def _introduced_terms(self, doc: Doc) -> list[tuple[str | None, str | None]]:
        """The terms of the offices named right before a gazetteer person's full name (not after "former")."""
        terms = []
        last_role: tuple[str, int, int] | None = None  # (role key, first token, end token)
        for span in doc_spans(doc, "gb_actors"):
            kind, key, _rule = parse_label(span.label_)
            if kind == "role":
                last_role = (key, span.start, span.end)
                continue
            actor = self.gazetteer.actors.get(key)
            if kind != "name" or actor is None or actor.type != "Person" or last_role is None:
                continue
            role, role_start, role_end = last_role
            if span.start - role_end > OFFICE_NAME_GAP or (role_start > 0 and doc[role_start - 1].lower_ in FORMER):
                continue
            terms += [(o.start, o.end) for o in self._offices.get(actor.id, ()) if o.role == role]
        return terms

    # -- sentence pass -------------------------------------------------------------------------------------

    def mentions(self, sent: Span, state: DocActors, spans: list[Span] | None = None) -> list[Mention]:
        """The sentence's actor mentions; `spans` are its `gb_actors` spans when the caller has them grouped."""
        doc = sent.doc
        if spans is None:
            spans = [s for s in doc.spans.get("gb_actors", []) if s.start >= sent.start and s.end <= sent.end]
        raw: list[Mention] = []
        roles: list[tuple[int, int, str, str]] = []
        for span in spans:
            kind, key, rule = parse_label(span.label_)
            if kind == "role":
                roles.append((span.start, span.end, key, rule))
                continue
            mention = self._gazetteer_mention(span, kind, key, rule, state)
            if mention:
                raw.append(mention)
        raw = self._organs_of_state_after(raw) if state.head_first else self._organs_of_state_before(doc, raw)
        for start, end, role, rule in roles:
            if rule in self.gazetteer.organisation_role_rules and not self._organisation_beside(doc, raw, start, end):
                continue  # "the army chief", "kepala polisi": no organisation's head
            raw = self._compose_role(doc, sent, raw, start, end, role, rule, state)
        raw.sort(key=lambda m: m.start)
        if not state.head_first:
            raw = self._state_modifiers(doc, raw)
        raw = self._aides(doc, sent, raw, state)
        raw = self._new_groups(sent, raw, state)
        raw = self._named_entities(sent, raw, state)
        raw += self._new_surname_mentions(sent, raw, state)
        raw += self._slipped_surname_mentions(sent, raw, state)
        raw = [m for m in raw if not _place_compound(doc, m, sent.end) and not _allies_of(doc, m, sent, state)
               and not _other_generation(doc, m, sent.end) and not _stance_compound(doc, m, sent.start)]  # fmt: skip
        raw += self._group_descriptions(sent, raw, state)
        raw += self._state_descriptions(sent, raw, state)
        raw += self._definite_state_descriptions(sent, raw, state)
        raw += self._organisation_descriptions(sent, raw, state)
        raw += self._bloc_descriptions(sent, raw, state)
        raw += self._bloc_descriptions(sent, raw, state, COURT_NOUNS, COURT_IDS, "coref.court-description", True)
        raw += self._bloc_descriptions(sent, raw, state, UN_BODY_NOUNS, UN_BODY_IDS, "coref.un-body-description",
                                       True)  # fmt: skip
        raw.sort(key=lambda m: m.start)
        words = tokens(doc).lower
        state.organisations += [(state.sentence_no, words[m.start], m.actor) for m in raw
                                if m.actor.type == "Organization" and m.kind != "description"]  # fmt: skip
        for mention in raw:
            if of := _state_of(mention.actor):
                state.states_seen.append((state.sentence_no, of))
                if mention.actor.type == "Country" and mention.end - mention.start > 1:
                    state.rulers_named += [(state.sentence_no, word, of) for word in words[mention.start : mention.end]
                                           if word in DEFINITE_STATE_NOUNS]  # fmt: skip
            if mention.actor.type == "Person":
                state.people.append(mention.actor)
            elif mention.actor.type in GROUP_TYPES and not _affiliation_object(words, mention.start, sent.start) \
                    and not _affiliation_compound(words, mention.end, sent.end):
                state.armed_groups.append((state.sentence_no, mention.start, mention.actor))
        state.sentence_no += 1
        return raw

    @staticmethod
    def _group_descriptions(sent: Span, taken: list[Mention], state: DocActors) -> list[Mention]:
        """A definite description of an armed group ("the group", "the Islamist movement", "kelompok militan
        itu") → the armed group the article named before it, when it is the only group or organisation named in
        this sentence and the two before (`coref.group-description`; earlier in this sentence too: "struck Hezbollah
        positions after the group launched rockets at Israel"); none of two. Not "the group of …", "the
        group Hamas", "kedua kelompok itu", nor an apposition right after a name (", the militant group")."""
        named = state.armed_groups or any(m.actor.type in GROUP_TYPES for m in taken)  # before, or in this sentence
        if not named or not _mentions_any(sent, GROUP_NOUN_FORMS):
            return []
        texts, words, covered, heads = _description_heads(sent, taken, GROUP_HEADS)
        found = []
        for i in heads:
            if i in covered:
                continue  # inside a description found before ("kelompok pemberontak itu")
            if words[i] in BARE_GROUP_NOUNS:
                span = _bare_group_span(texts, words, i, sent.start, sent.end, covered)
            else:
                span = _group_description_span(texts, words, i, sent.start, sent.end, covered)
            if span is None:
                continue
            start, end = span
            recent = {g.id: g for s, t, g in state.armed_groups if s > state.sentence_no - GROUP_WINDOW}
            recent.update({m.actor.id: m.actor for m in taken if m.actor.type in GROUP_TYPES and m.start < start})
            if words[i] in ARMED_GROUP_NOUNS:  # "the rebels" names fighters: an organisation beside them is not it
                recent = {key: group for key, group in recent.items() if group.type == "ArmedGroup"}
            if len(recent) != 1 or any(m.start > start and m.actor.id in recent for m in taken):
                continue  # two groups; or the group is named after it ("The group called on Hamas to …")
            group = next(iter(recent.values()))
            if group.type != "ArmedGroup":
                continue  # "the group" after the Arab League or Fatah alone: no armed group
            if start > sent.start and texts[start - 1] == "," and (words[i] not in BARE_GROUP_NOUNS
                                                                   or start - 2 in covered):
                continue  # an apposition: "Hamas, the Islamist movement, …" (not "Menurut dia, pemberontak …")
            found.append(Mention(start, end, group, "description", "coref.group-description",
                                 coref=True))
            covered.update(range(start, end))
        return found

    def _state_descriptions(self, sent: Span, taken: list[Mention], state: DocActors) -> list[Mention]:
        """A state referred to by a common noun and a demonstrative ("negara itu", "negeri tersebut", "negara
        terisolasi itu", "negara Yahudi itu") → the state named before it, when it is the only state named (itself
        or through one of its people) in this sentence before the noun and the two sentences before, and not in
        this sentence itself (`coref.state-description`); none of two. Not a place ("di / ke / dari negara itu",
        "selatan negeri itu", "ibukota negeri itu"), "negara bagian", a number of states ("kedua negara itu", "57
        negara Muslim itu"), nor a noun whose demonstrative closes a relative clause ("negara yang dilanda perang
        itu")."""
        if not state.states_seen and not taken:
            return []
        if not _mentions_any(sent, STATE_NOUN_FORMS):
            return []
        texts, words, covered, heads = _description_heads(sent, taken, STATE_NOUNS)
        found = []
        for i in heads:
            if i > sent.start and (words[i - 1] in STATE_NOUN_BLOCKERS or words[i - 1] in GROUP_QUANTIFIERS
                                   or words[i - 1][:1].isdigit()):
                continue  # a place ("di / selatan negeri itu"), or a number of states ("57 negara Muslim itu")
            end = None
            for j in range(i + 1, min(sent.end, i + 2 + STATE_DESCRIPTION_GAP)):
                if j in covered or words[j] in STATE_NOUN_BLOCKERS or not any(c.isalpha() for c in texts[j]):
                    break
                if words[j] in GROUP_DEMONSTRATIVES:
                    end = j + 1
                    break
            if end is None:
                continue
            actor = self._one_state_before(i, taken, state)
            if actor is None:
                continue
            if any(m.start < i and m.actor.id == actor.id for m in taken):
                continue  # named in this sentence already ("Pemerintah Libya mengaku negara itu akan …")
            found.append(Mention(i, end, actor, "description", "coref.state-description", coref=True))
        return found

    @staticmethod
    def _organisation_descriptions(sent: Span, taken: list[Mention], state: DocActors) -> list[Mention]:
        """An organisation named again by the lower-case head noun of its name ("Organisasi Kesehatan Dunia …
        organisasi tersebut", "Mahkamah Internasional … menolak perintah mahkamah") → that organisation, when it
        is the only one whose name opened with that word in this sentence before the noun and the four sentences
        before (`coref.organisation-description`, `resolve.organisation_nouns`); none of two. A demonstrative may
        follow the noun; not a capitalised name ("Mahkamah Agung"), a place ("di organisasi itu"), a number
        ("kedua organisasi"), nor an organisation named in this sentence after it."""
        if not ORGANISATION_NOUNS or not (state.organisations or taken) or not _mentions_any(sent, ORGANISATION_NOUNS):
            return []
        _texts, words, covered, heads = _description_heads(sent, taken, ORGANISATION_NOUNS)
        found = []
        for i in heads:
            if i == sent.start or words[i - 1] in STATE_NOUN_BLOCKERS or words[i - 1] in GROUP_QUANTIFIERS:
                continue
            named = {a.id: a for s, head, a in state.organisations if s > state.sentence_no - ORGANISATION_WINDOW
                     and head == words[i]}  # fmt: skip
            named.update({m.actor.id: m.actor for m in taken if m.actor.type == "Organization" and m.start < i
                          and words[m.start] == words[i]})  # fmt: skip
            if len(named) != 1 or any(m.start > i and m.actor.id in named for m in taken):
                continue
            end = i + 1 + (i + 1 < sent.end and words[i + 1] in GROUP_DEMONSTRATIVES and i + 1 not in covered)
            found.append(Mention(i, end, next(iter(named.values())), "description",
                                 "coref.organisation-description", coref=True))
        return found

    def _one_state_so_ruled(self, noun: str, state: DocActors) -> Actor | None:
        """Of several states named, the one whose rulers were named by the same noun in the four sentences before
        ("Peru's military junta expelled the Chilean ambassador. The junta also accused Chile …"); None when none or
        several were."""
        recent = state.sentence_no - ORGANISATION_WINDOW
        states = {of for s, word, of in state.rulers_named if word == noun and s > recent}
        actor = self.gazetteer.actors.get(next(iter(states))) if len(states) == 1 else None
        return actor if actor is not None and actor.type == "Country" else None

    def _one_state_before(self, i: int, taken: list[Mention], state: DocActors) -> Actor | None:
        """The one state named (itself or through one of its people) in this sentence before token `i` and in the
        two sentences before; None when none or several are."""
        states = {of for s, of in state.states_seen if s > state.sentence_no - GROUP_WINDOW}
        states.update(of for m in taken if m.start < i and (of := _state_of(m.actor)))
        if len(states) != 1:
            return None
        actor = self.gazetteer.actors.get(next(iter(states)))
        return actor if actor is not None and actor.type == "Country" else None

    def _definite_state_descriptions(self, sent: Span, taken: list[Mention], state: DocActors) -> list[Mention]:
        """A state's rulers named by a definite noun alone ("the junta", "the regime") → the state named before it,
        when it is the only state named (itself or through one of its people) in this sentence before the noun and
        the two sentences before (`coref.state-definite`); none of two. With a demonstrative after the noun
        ("kementerian itu", `resolve.demonstratives_after`; not a place: "di kementerian itu") the state whose
        rulers the same noun named in the sentences before comes first ("Kementerian Luar Negeri Peru menegaskan …
        Kementerian itu juga memprotes Kolombia": Peru, though Colombia was named too). Not "the junta's", not "the
        regime of/in" a name, nor a name right after it ("the Assad regime" is another rule's), nor a modifier of an act
        whose agent follows ("the military drills by X", `resolve.definite_modifier_agents`), nor a noun that also
        names a place after a preposition of place ("in the south of the country": `resolve.definite_place_nouns`,
        `resolve.place_prepositions`)."""
        if not state.states_seen and not taken:
            return []
        texts, words, covered, heads = _description_heads(sent, taken, DEFINITE_STATE_NOUNS)
        found = []
        for i in heads:
            if i + 1 < sent.end and words[i + 1] in DEMONSTRATIVES_AFTER and i + 1 not in covered and (
                    i == sent.start or words[i - 1] not in STATE_NOUN_BLOCKERS):  # fmt: skip
                # "Kementerian Luar Negeri Peru … Kementerian itu juga …": the state whose ministry was named
                actor = self._one_state_so_ruled(words[i], state) or self._one_state_before(i, taken, state)
                if actor is not None:
                    found.append(Mention(i, i + 2, actor, "description", "coref.state-definite", coref=True))
                continue
            if i == sent.start or words[i - 1] not in DEFINITE_ARTICLES or i - 1 in covered:
                continue
            if words[i] in DEFINITE_PLACE_NOUNS and i - 2 >= sent.start and words[i - 2] in PLACE_PREPOSITIONS:
                continue  # "air strikes in the south of the country": a place, no actor
            if i + 1 < sent.end and (texts[i + 1] in ("'s", "’s") or i + 1 in covered):
                continue  # "the junta's leader", "the regime Assad built"
            if i + 2 < sent.end and words[i + 1] in ("of", "in") and (texts[i + 2][:1].isupper() or i + 2 in covered):
                continue  # "the regime of Bashar al-Assad", "the regime in Damascus"; not "accused the regime of lying"
            if i + 2 < sent.end and texts[i + 1].isalpha() and texts[i + 1].islower() and (
                    words[i + 2] in DEFINITE_MODIFIER_AGENTS):  # fmt: skip
                continue  # "the military drills by the United States": the act of the one after "by"
            actor = self._one_state_before(i, taken, state) or self._one_state_so_ruled(words[i], state)
            if actor is None:
                continue
            found.append(Mention(i - 1, i + 1, actor, "description", "coref.state-definite", coref=True))
        return found

    @staticmethod
    def _bloc_descriptions(sent: Span, taken: list[Mention], state: DocActors, nouns: frozenset[str] = BLOC_NOUNS,
                           ids: frozenset[str] = BLOC_IDS, rule: str = "coref.bloc-description",
                           rules_on: bool = False) -> list[Mention]:  # fmt: skip
        """A bloc named by a definite noun ("the bloc", "the 27-nation bloc", "the regional grouping") → the one
        bloc of `resolve.bloc_ids` named in this sentence before it and the two sentences before
        (`coref.bloc-description`); none of two. Not "the bloc's" (its officials act; but "the bloc's leaders / member
        states": `resolve.bloc_member_nouns`, the bloc) nor "the bloc of …" (but
        "accused the bloc of …": `resolve.charge_verbs`). The same for an international court ("the court", "the
        tribunal": `resolve.court_ids`, `coref.court-description`) and a UN body ("the assembly", "the council":
        `resolve.un_body_ids`, `coref.un-body-description`). Of several, the one whose name holds the noun. With
        `rules_on` (a court, a UN body) its possessive before a ruling, an order or the like is the body
        (`resolve.body_act_nouns`)."""
        if not _mentions_any(sent, nouns):
            return []
        texts, words, covered, heads = _description_heads(sent, taken, nouns)
        found = []
        for i in heads:
            end = i + 1
            owned = not rules_on and i + 2 < sent.end and texts[i + 1] in ("'s", "’s")
            member = next((k for k in (i + 2, i + 3) if owned and k < sent.end and words[k] in BLOC_MEMBER_NOUNS), None)
            if member is not None:  # "the bloc's leaders / foreign ministers / member states agreed": the bloc
                end = member + 2 if member + 1 < sent.end and words[member + 1] in BLOC_MEMBER_NOUNS else member + 1
            elif i + 1 < sent.end and texts[i + 1] in ("'s", "’s") and not (
                    rules_on and i + 2 < sent.end and words[i + 2] in BODY_ACT_NOUNS):  # fmt: skip
                continue  # "the bloc's foreign policy chief"; not "rejected the court's jurisdiction"
            start = None
            for j in range(i - 1, max(sent.start, i - 5) - 1, -1):  # "the" with up to three modifiers between
                if j in covered or not (texts[j] == "-" or any(c.isalnum() for c in texts[j])):
                    break
                if words[j] in DEFINITE_ARTICLES:
                    start = j
                    break
            if start is None:
                continue
            charged = start > sent.start and words[start - 1] in CHARGE_VERBS
            if i + 1 < sent.end and words[i + 1] == "of" and not charged:
                continue  # "the bloc of eastern members"; not "accused the bloc of planning an invasion"
            blocs = {g.id: g for s, _t, g in state.armed_groups if s > state.sentence_no - GROUP_WINDOW and g.id in ids}
            blocs.update({m.actor.id: m.actor for m in taken if m.start < start and m.actor.id in ids})
            if len(blocs) > 1:  # "the assembly" after the General Assembly and the Security Council: the one so named
                blocs = {key: g for key, g in blocs.items() if words[i] in g.name.lower().split()}
            if len(blocs) != 1:
                continue
            found.append(Mention(start, end, next(iter(blocs.values())), "description", rule, coref=True))
        return found

    def _state_modifiers(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A state's adjective or possessive right before a person is part of the person's mention ("Jordanian King
        Abdullah II", "Russia's Vladimir Putin": the person, not the state, is the actor); so is one right before an
        armed group or group of that state ("Yemen's Houthi movement", "Lebanon's Hezbollah": the group). When the
        person belongs to another state, the only person of the named state whose names hold every word of the mention
        takes their place ("Saudi King Abdullah" is not Jordan's king); with none, the two stay apart."""
        texts = tokens(doc).text
        out: list[Mention] = []
        for mention in mentions:
            before = out[-1] if out else None
            if before is None or before.actor.type != "Country" or mention.actor.type not in ("Person", *STATE_GROUPS):
                out.append(mention)
                continue
            possessive = before.end + 1 == mention.start and texts[before.end] in ("'s", "’s")
            if not (possessive or (before.end == mention.start and before.kind == "demonym")):
                out.append(mention)
                continue
            if mention.actor.type in STATE_GROUPS:  # "Yemen's Houthi movement", "Lebanese Hezbollah": the group
                if mention.actor.country == before.actor.id:
                    group = mention.actor
                    out[-1] = Mention(before.start, mention.end, group, mention.kind, mention.rule, mention.coref)
                else:
                    out.append(mention)
                continue
            person = mention.actor
            if person.country != before.actor.id:
                person = self._person_of_state(before.actor.id, texts[mention.start : mention.end]) or person
            if person.country != before.actor.id:
                out.append(mention)
                continue
            rule = mention.rule if person is mention.actor else f"gaz.{person.id}.name.state-modifier"
            out[-1] = Mention(before.start, mention.end, person, mention.kind, rule, mention.coref)
        return out

    def _aides(self, doc: Doc, sent: Span, mentions: list[Mention], state: DocActors) -> list[Mention]:
        """A person named as the one an aide serves ("Marco Bianchi, Diplomatic Advisor to the Prime Minister of
        Italy", "a spokesman for President Putin", "juru bicara Presiden Rusia") is part of the aide's title, not an
        actor: the aide is, named with a comma before the title, or named after it ("Assistant to the President and
        National Security Advisor Jake Sullivan"); an aide not named acts for the state."""
        if not any(m.actor.type == "Person" for m in mentions):
            return mentions
        table = tokens(doc)
        out: list[Mention] = []
        for mention in mentions:
            title_start = self._aide_title_before(table, sent, mention) if mention.actor.type == "Person" else None
            if title_start is None:
                out.append(mention)
                continue
            first = self._title_start(table, sent, title_start)
            if mention.rule == "role.named" and table.lower[mention.start] in GOVERNMENT_WORDS:
                # "juru bicara pemerintah Taliban Zabihullah Mujahid": a government serves as no person, the name is
                # the spokesman's own, the title part of the mention (as "juru bicara pemerintah Jepang, Y" keeps Y)
                out.append(Mention(first, mention.end, mention.actor, mention.kind, mention.rule, mention.coref))
                continue
            bearer = self._aide_bearer(doc, sent, first, mention, mentions, state)
            if bearer is not None:
                if bearer is not mention:
                    out = [m for m in out if m.end <= bearer.start or m.start >= bearer.end]
                    out.append(bearer)
                continue
            if any(m.actor.type == "Person" and mention.end <= m.start <= mention.end + 8
                   and self._title_between(table, mention.end, m.start) for m in mentions):  # fmt: skip
                continue  # the aide is named after the title
            served_state = self._served_body(mention.actor, state)
            if served_state is not None:
                out = [m for m in out if m.end <= first]
                out.append(Mention(first, mention.end, served_state, "role", "role.aide-state"))
        return out

    def _served_body(self, person: Actor, state: DocActors) -> Actor | None:
        """What an aide of `person` acts for: the state or body of the office the person holds on the article's
        date ("a spokesman for Secretary-General Guterres": the UN), else the person's state."""
        offices = [o for o in self._offices.get(person.id, ()) if o.holds_on(state.date)]
        for office in offices:
            if (body := self.gazetteer.actors.get(office.of)) is not None:
                return body
        return self.gazetteer.actors.get(person.country or "")

    @staticmethod
    def _known_person_at(by_start: dict[int, Mention], start: int) -> bool:
        """A gazetteer person's name opens at `start` (an armed group's office names its holder only so: "pemimpin
        Hizbullah Hassan Nasrallah"; "seorang pemimpin senior Taliban" is no holder of the group's office)."""
        named = by_start.get(start)
        return named is not None and named.actor.type == "Person" and named.rule.startswith("gaz.")

    @staticmethod
    def _aide_title_before(table: TokenTable, sent: Span, mention: Mention) -> int | None:
        """Where the aide's title word before a person's mention is ("Advisor" in "Advisor to the Prime Minister",
        "bicara" in "juru bicara Presiden Rusia"), or None. A name right after "the President" is the aide's own
        ("Senior Advisor to the President Daniel Whitmore"): None."""
        words = table.lower
        i = mention.start - 1
        the = i > sent.start and words[i] == "the"
        if the:
            i -= 1
        if i > sent.start and words[i] in AIDE_LINKS:
            i -= 1
        elif the or mention.kind != "role":
            return None  # "Chief Adviser Muhammad Yunus": a name right after the title is the aide's own
        if i < sent.start or words[i] not in AIDE_TITLES:
            return None
        if the and mention.rule.startswith("role.named"):
            return None
        if mention.rule == "role.named" and words[mention.start] in GOVERNMENT_WORDS \
                and "," in words[mention.start : mention.end]:
            return None  # "juru bicara pemerintah Jepang, Yasuhisa Shiozaki": the name is the spokesman's own
        return i

    @staticmethod
    def _title_start(table: TokenTable, sent: Span, title_word: int) -> int:
        """The first word of the aide's title that ends with `title_word` ("a senior aide", "Spokesperson and Chief
        Advisor"): capitalised words and the title's lower-case words before it, at most eight."""
        first = title_word
        while first > sent.start and title_word - first < 8 and (
                _capital(table.text[first - 1]) or table.lower[first - 1] in AIDE_TITLE_WORDS):  # fmt: skip
            first -= 1
        return first

    def _aide_bearer(self, doc: Doc, sent: Span, first: int, served: Mention, mentions: list[Mention],
                     state: DocActors) -> Mention | None:  # fmt: skip
        """The aide named before the title (which starts at `first`), with a comma ("Ibrahim Kalin, Spokesperson
        and Chief Advisor to …"): their mention, from the name to the end of the served person's; None when there
        is none."""
        apposed = self._apposed_name(doc, sent, first, mentions, trigger_tokens(doc))
        if apposed is None:
            return None
        name_first, named = apposed
        if named is not None:
            return named
        name = doc[name_first : first - 1].text
        actor = self._new_person(name, served.actor.country, state)
        return Mention(name_first, served.end, actor, "role", "role.aide-named-before")

    @staticmethod
    def _title_between(table: TokenTable, start: int, end: int) -> bool:
        """Only title words between two mentions ("and National Security Advisor"): capitalised or title words."""
        return all(_capital(table.text[i]) or table.lower[i] in AIDE_TITLE_WORDS or table.lower[i] in HONORIFICS
                   for i in range(start, end))  # fmt: skip

    def _person_of_state(self, state_id: str, words: list[str]) -> Actor | None:
        """The only gazetteer person of the state whose names, together, hold every word of `words`."""
        wanted = {word for word in words if word[:1].isupper()}
        if not wanted:
            return None
        found = [person for person in self._people_of_state.get(state_id, ())
                 if wanted <= {w for alias in (person.name, *person.aliases) for w in alias.split()}]  # fmt: skip
        return found[0] if len(found) == 1 else None

    @cached_property
    def _people_of_state(self) -> dict[str, list[Actor]]:
        people: dict[str, list[Actor]] = {}
        for actor in self.gazetteer.actors.values():
            if actor.type == "Person" and actor.country:
                people.setdefault(actor.country, []).append(actor)
        return people

    def _gazetteer_mention(self, span: Span, kind: str, actor_id: str, rule: str,
                           state: DocActors) -> Mention | None:  # fmt: skip
        if kind == "surname":
            return self._surname(span, state)
        actor = self.gazetteer.actors.get(actor_id)
        if actor is None:
            return None
        if kind == "context" and actor.country not in state.states_named:
            return None  # "milisi Islam" is the Islamic Courts Union only in copy that names Somalia
        if kind == "acronym" and actor.type == "Person" and state.named_at.get(actor_id, span.start) >= span.start:
            return None  # "BBM" is Indonesian fuel unless Ferdinand Marcos Jr. was named in full before
        if actor.type == "Organization" and actor.country in self.gazetteer.actors:
            # a state's own organ (OFAC, USAID, a ministry) acts for the state, as event coders code it
            return Mention(span.start, span.end, self.gazetteer.actors[actor.country], "agency", rule + ".state")
        return Mention(span.start, span.end, actor, kind, rule)

    def _organs_of_state_after(self, mentions: list[Mention]) -> list[Mention]:
        """In a language that writes the state after the noun, a state organ's bare short form that names one
        state's organ alone ("Kemlu" is Indonesia's) with another state right after it is that state's organ:
        "Kemlu China", "Kemhan Australia" → the state (`of_state_after` in organizations.yaml)."""
        by_start = {m.start: m for m in mentions}
        out: list[Mention] = []
        used: set[int] = set()
        for m in sorted(mentions, key=lambda m: m.start):
            if id(m) in used:
                continue
            after = by_start.get(m.end)
            organ = m.rule.split(".")[1] if m.kind == "agency" and m.rule.startswith("gaz.") else ""
            if (organ in self.gazetteer.of_state_after and after is not None and after.actor.type == "Country"
                    and after.kind != "agency" and after.actor.id != m.actor.id):  # fmt: skip
                used.add(id(after))
                out.append(Mention(m.start, after.end, after.actor, "agency", "gaz.organ-of-state-after"))
                continue
            out.append(m)
        return out

    def _organs_of_state_before(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """In a language that writes the owner before the noun, an organ whose bare name other states use too
        (`of_state_before`: "Foreign Office") right after another state's owner or adjective is that state's organ:
        "Pakistan's Foreign Office", "the Pakistani Foreign Office" → Pakistan (`gaz.organ-of-state-before`)."""
        by_end = {m.end: m for m in mentions if m.actor.type == "Country" and m.kind != "agency"}
        out: list[Mention] = []
        for m in mentions:
            organ = m.rule.split(".")[1] if m.kind == "agency" and m.rule.startswith("gaz.") else ""
            if organ in self.gazetteer.of_state_before:
                end = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ in ("'s", "’s") else m.start
                before = by_end.get(end)
                if before is not None and before.actor.id != m.actor.id:
                    out.append(Mention(m.start, m.end, before.actor, "agency", "gaz.organ-of-state-before"))
                    continue
            out.append(m)
        return out

    def _surname(self, span: Span, state: DocActors) -> Mention | None:
        text = self._surname_key(span.text)
        if self._other_given_name(span):
            return None
        if text in state.surnames:
            return Mention(span.start, span.end, state.surnames[text], "surname", "coref.surname", coref=True)
        government = self._leader_government(span)
        if government is not None:
            return government
        if _name_goes_on(tokens(span.doc).text, tokens(span.doc).lower, span.end, len(span.doc)):
            return None
        people = self._surname_people.get(text, [])
        in_office = [p for p in people if any(o.holds_on(state.date) for o in self._offices.get(p, ()))]
        # one person of the surname, or one in office among people of one state (the Khameneis, the Bushes: the
        # office holder of the date; "Kim" of several states stays unresolved)
        one_state = len({self.gazetteer.actors[p].country for p in people}) == 1
        if (len(people) == 1 or one_state) and len(in_office) == 1 and not self._other_name_follows(span, in_office[0]):
            actor = self.gazetteer.actors[in_office[0]]
            return Mention(span.start, span.end, actor, "surname", "coref.surname-gazetteer", coref=True)
        sole = self.gazetteer.actors[people[0]] if len(people) == 1 else None
        if sole is not None and not state.dated and sole.country in state.states_named and _standalone(span):
            # undated copy ("Hu melanjutkan lawatannya" in an article about China): the one person of that surname
            return Mention(span.start, span.end, sole, "surname", "coref.surname-sole", coref=True)
        return None

    def _surname_key(self, text: str) -> str:
        """The gazetteer's form of a matched surname: a form written with a lower-case particle ("al-Kadhimi") is
        matched capitalised too ("Al-Kadhimi", at a sentence's start or as the copy prints it)."""
        if text in self._surname_people or not text[:1].isupper():
            return text
        lowered = text[:1].lower() + text[1:]
        return lowered if lowered in self._surname_people else text

    def _other_given_name(self, span: Span) -> bool:
        """Is the surname preceded, inside its sentence, by a capitalised name word that is none of its gazetteer
        bearers' ("First Lady Jill Biden" is not Joe Biden, "Susan Rice" not Condoleezza Rice;
        `coref.other-given-name`)? A role or title word ("President Biden", "Secretary Blinken"), an honorific
        and a sentence's first word (it may be any capitalised word) do not count."""
        table = tokens(span.doc)
        i = span.start - 1
        sent_start = span.sent.start if span.doc.has_annotation("SENT_START") else 0
        if i <= sent_start:
            return False
        given = table.text[i]
        if (not _name_text(given) or given.isupper() or given.lower() in self._role_words
                or given.lower() in HONORIFICS or given.lower() in NAME_PARTICLES):  # "PDNSA Finer", "Al Sisi"
            return False
        if not table.text[i - 1][:1].isupper() and table.lower[i - 1] not in self._role_words:
            return False  # "… said Jill Biden": only after a title ("First Lady Jill Biden") or another name word
        if self._names_other_actor(span.doc, i):
            return False  # "Pemimpin Fatah Abbas", "Hamas leader Haniyeh": the word names a group, no given name
        sent_end = span.sent.end if span.doc.has_annotation("SENT_START") else len(table.text)
        last = next((w for w in reversed(table.text[sent_start:sent_end]) if w.strip()), "")
        if last not in SENTENCE_ENDS:
            return False  # a headline, often in title case ("Kim Siap Genggam Erat Tangan Putin"): capitals say nothing
        people = self._surname_people.get(self._surname_key(span.text), [])
        names = {word for p in people for alias in (self.gazetteer.actors[p].name, *self.gazetteer.actors[p].aliases)
                 for word in alias.split()}
        return not any(given == name or SequenceMatcher(None, given, name).ratio() >= GIVEN_NAME_LIKENESS
                       for name in names)  # "Khursheed Mehmood Kasuri" is Khurshid Mahmud Kasuri respelt

    def _names_other_actor(self, doc: Doc, i: int) -> bool:
        """Is token `i` inside a gazetteer name of a state, organisation or group?"""
        for span in doc_spans(doc, "gb_actors"):
            if span.start <= i < span.end:
                kind, actor_id, _rule = parse_label(span.label_)
                actor = self.gazetteer.actors.get(actor_id) if kind != "role" else None
                if actor is not None and actor.type != "Person":
                    return True
        return False

    def _leader_government(self, span: Span) -> Mention | None:
        """A surname before "administration"/"government" whose office holders in the gazetteer all lead one state
        is that state ("the Bush administration", "the Maliki government"; `coref.leader-government`)."""
        if span.end >= len(span.doc) or tokens(span.doc).lower[span.end] not in GOVERNMENT_AFTER:
            return None
        leaders = [p for p in self._surname_people.get(self._surname_key(span.text), ()) if self._offices.get(p)]
        states = {self.gazetteer.actors[p].country for p in leaders}
        if len(states) != 1 or None in states:
            return None
        actor = self.gazetteer.actors.get(states.pop())
        if actor is None or actor.type != "Country":
            return None
        return Mention(span.start, span.end, actor, "surname", "coref.leader-government", coref=True)

    def _other_name_follows(self, span: Span, person_id: str) -> bool:
        """Does a capitalised name word that is none of the person's follow the surname in its sentence ("Musa
        Qala", a town, is not Christopher Musa; "Kishida Fumio" is Fumio Kishida)? A day, a month or another word
        that is never a name (`resolve.non_names`: "Bush Senin mengatakan") does not count, nor a common word a
        Title Case headline capitalises (`non-names.yaml`: "Jokowi dan Trump Sepakat Tingkatkan …")."""
        table = tokens(span.doc)
        end = span.sent.end if span.doc.has_annotation("SENT_START") else len(table.text)
        if span.end >= end or not _name_text(following := table.text[span.end]):
            return False
        if table.lower[span.end] in self._common_words:
            return False
        person = self.gazetteer.actors[person_id]
        return all(following not in alias.split() for alias in (person.name, *person.aliases))

    def _new_surname_mentions(self, sent: Span, taken: list[Mention], state: DocActors) -> list[Mention]:
        """Surnames of people first named in this document but unknown to the gazetteer, misspelt, of a
        family-name-first state (the gazetteer lists no bare family name for them: "Song Min-soon" … "Song"), or
        of gazetteer people whose entry lists no surname (a bare "Burns", "May" too ambiguous to name them in a
        document that has not named them in full: "Nicholas Burns" … "Burns")."""
        if not state.new_actors and not state.respelled and not state.family_named and not state.unlisted:
            return []
        known = state.respelled | state.family_named | state.unlisted
        wanted = frozenset(text for text, actor in state.surnames.items()
                           if actor.id in state.new_actors or text in known)
        text = _sentence_text(sent)
        if not any(name in text for name in wanted):
            return []
        covered = {i for m in taken for i in range(m.start, m.end)}
        texts = tokens(sent.doc).text
        found = []
        for i in range(sent.start, sent.end):
            word = texts[i]
            if i in covered or not word[:1].isupper():
                continue
            actor = state.surnames.get(word)
            if not actor or not (actor.id in state.new_actors or word in known):
                continue
            if actor.country in self.gazetteer.family_name_first and i + 1 < sent.end and _capital(texts[i + 1]):
                continue  # "Kim Jong Il" after "Kim Yong Nam": a family name opening another full name
            found.append(Mention(i, i + 1, actor, "surname", "coref.surname", coref=True))
        return found

    @staticmethod
    def _slipped_surname_mentions(sent: Span, taken: list[Mention], state: DocActors) -> list[Mention]:
        """A surname written with one typical slip (`spelling.slip`: "Motaki" after "Manouchehr Mottaki") of exactly
        one person the document named in full before, standing alone (no capitalised word after it), is that
        person (`coref.surname-slip`)."""
        if not state.surnames:
            return []
        covered = {i for m in taken for i in range(m.start, m.end)}
        table = tokens(sent.doc)
        found = []
        for i in range(sent.start, sent.end):
            word = table.text[i]
            if i in covered or not _capital(word) or word in state.surnames:
                continue
            if i + 1 < sent.end and _capital(table.text[i + 1]):
                continue  # "Motaki Hassan": another name goes on
            people = {actor.id: actor for text, actor in state.surnames.items() if slip(text.lower(), word.lower())}
            if len(people) == 1:
                person = next(iter(people.values()))
                found.append(Mention(i, i + 1, person, "surname", "coref.surname-slip", coref=True))
        return found

    def _titles_in(self, doc: Doc, sent: Span) -> frozenset[int]:
        """The tokens of the sentence's role nouns that are offices or a person's title ("Presiden", "utusan"), not
        a part of a state ("Angkatan Bersenjata")."""
        out: set[int] = set()
        for span in doc_spans(doc, "gb_actors"):
            if span.start < sent.start or span.end > sent.end:
                continue
            kind, role, rule = parse_label(span.label_)
            if kind == "role" and (not role.startswith("agent.") or rule in self.gazetteer.person_title_rules):
                out.update(range(span.start, span.end))
        return frozenset(out)

    @staticmethod
    def _stationed(doc: Doc, sent: Span, start: int, end: int, by_start: dict[int, Mention],
                   state_mention: Mention) -> bool:  # fmt: skip
        """"India's top diplomat in Islamabad", "Washington's chief diplomat in Kabul": an office's title
        (`resolve.stationed_titles`) followed by "in" and another state or its capital names the state's envoy
        posted there, not the minister (the state acts, `role.state`); so with the state after the title
        ("diplomat tertinggi AS di Kopenhagen")."""
        link = state_mention.end if state_mention.start == end else end  # "diplomat tertinggi AS di Kopenhagen"
        if doc[start:end].text.lower() not in STATIONED_TITLES or link + 1 >= sent.end:
            return False
        there = by_start.get(link + 1)
        return (doc[link].lower_ in STATIONED_LINKS and there is not None and there.actor.type == "Country"
                and there.actor.id != state_mention.actor.id)

    @staticmethod
    def _organisation_beside(doc: Doc, mentions: list[Mention], start: int, end: int) -> bool:
        """An organisation right before the noun ("the IAEA chief") or right after it, alone or after "of (the)"
        ("Ketua OKI", "the head of the IAEA")."""
        after = {end}
        if end < len(doc) and doc[end].lower_ == "of":
            after |= {end + 1, end + 2} if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else {end + 1}
        return any(m.actor.type == "Organization" and (m.end == start or (
            m.start in after and (m.end >= len(doc) or doc[m.end].lower_ not in ORGANISATION_PARTS)))
            for m in mentions)  # fmt: skip

    def _compose_role(self, doc: Doc, sent: Span, mentions: list[Mention], start: int, end: int, role: str,
                      rule: str, state: DocActors) -> list[Mention]:  # fmt: skip
        """Role noun + state (+ name) → one mention: the named person, the office holder, or the state."""
        by_start = {m.start: m for m in mentions}
        busy = trigger_tokens(doc)
        by_end = {m.end: m for m in mentions}
        table = tokens(doc)
        texts, words = table.text, table.lower
        state_mention = None
        left = None
        bracketed = None
        acronym = _parenthesised_acronym(texts, by_end, start, sent.start)
        for gap in range(0 if acronym else 3):  # "Nigerian junior foreign minister", "Indonesia's foreign minister"
            i = start - gap
            if i <= sent.start:
                break
            left = by_end.get(i)
            k = i - 1
            # a language that puts modifiers after the head noun ("Menteri Pertahanan Selandia Baru") has no
            # adjective between a state and a role after it: "ISIS dengan Menteri Pertahanan" is no ISIS minister
            modifier = (table.is_lower[k] and table.is_alpha[k] and k not in busy and words[k] not in DETERMINERS
                        and words[k] not in COORDINATING  # "Presiden Peru dan Presiden Bolivia"
                        and words[k] not in PREPOSITIONS  # "met in Washington with Lieutenant General X"
                        and not state.head_first)
            skippable = texts[k] in ("'s", "’s") or (modifier and not words[k].endswith("ed")) \
                or (words[k] in TITLE_MODIFIERS and k not in busy  # "Venezuelan Interim President Juan Guaidó"
                    and not state.head_first)  # head first, it follows the office ("Presiden sementara Peru")
            if left or not skippable:
                break
        if acronym is not None:  # "Republic of Korea (ROK) National Security Advisor Suh Hoon"
            left = by_end[start - 3]
        posted_to = None
        if (left is not None and left.actor.type == "Organization" and left.start - 1 > sent.start
                and texts[left.start - 1] in ("'s", "’s")):  # fmt: skip
            owner = by_end.get(left.start - 1)
            if owner is not None and owner.actor.type == "Country":  # "Israel's U.N. envoy": Israel's, posted there
                posted_to, left = left, owner
        right_start = end
        links = COUNTERPART_LINKS if role == COUNTERPART else OFFICIAL_LINKS if role == OFFICIALS else ("of",)
        if texts[end].lower() in links if end < sent.end else False:
            right_start = end + 2 if end + 1 < sent.end and words[end + 1] == "the" else end + 1
        elif state.head_first and rule in self.gazetteer.person_title_rules:
            right_start = _after_portfolio(texts, words, end, sent.end, by_start, busy | self._titles_in(doc, sent))
        # head first, the modifier follows its office: "Presiden sementara Suriah Ahmed al-Sharaa" (interim)
        interim = state.head_first and right_start == end < sent.end and words[end] in TITLE_MODIFIERS \
            and end not in busy and end + 1 in by_start  # not "Presiden sementara itu mengatakan" (meanwhile)
        if interim:
            right_start = end + 1
        right = by_start.get(right_start)
        after = end
        if right is not None and right.actor.type == "Person" and right_start > end:
            after = right_start  # "Menteri Perdagangan Budi Santoso": the title and its portfolio are the person's
        if left and left.actor.type != "Person":
            state_mention = left
        elif right and (right.actor.type == "Country" or (right.actor.type == "Organization" and (
                state.head_first or rule in self.gazetteer.organisation_role_rules or role in ORGANISATION_HEADS))
                or (right.actor.type == "ArmedGroup" and state.head_first and self._known_person_at(
                    by_start, _name_start(texts, words, right.end, sent.end)))):  # "pemimpin Hamas Yahya Sinwar"
            # head first, an organisation follows its office as a state does: "Sekjen PBB", "Sekjen NATO X"
            state_mention = right
            after = right.end
            bracketed = by_start.get(after + 1) if state.head_first and after + 2 < sent.end and texts[after] == "(" \
                else None
            if (bracketed is not None and bracketed.end == after + 2 and texts[after + 2] == ")"
                    and after + 3 < sent.end and texts[after + 3][:1].isupper()):  # a name follows, not "(KBRI) di
                after += 3  # "Presiden Bank Pembangunan Baru (NDB) Dilma Rousseff": the body's acronym, then the name
            else:
                bracketed = None
        # "the leader of Japan's ruling party": the party's leader, not Japan's (no office holder of the state)
        possessed = state_mention is not None and state_mention is right and right.end < sent.end \
            and texts[right.end] in ("'s", "’s")
        phrase_start = state_mention.start if state_mention is left and left else start
        used = {id(m) for m in (state_mention, acronym, posted_to, bracketed) if m}
        posting = self._posting(doc, sent, by_start, after, busy, rule) if state_mention else None
        if posting is not None:  # "North Korea's ambassador to the UN, Ja Song Nam,": the UN is the post's
            used.add(id(posting))
            after = posting.end
        elif state_mention and (region := self._posting_region(doc, sent, by_start, start, end, after, busy)):
            after = region  # "Utusan Khusus AS untuk Timur Tengah Steve Witkoff": a region the envoy is posted to
        # a name after the role: a gazetteer person, or capitalised tokens (a new person)
        name_start = _name_start(texts, words, after, sent.end)
        person = by_start.get(name_start)
        if person is not None and person.kind == "surname" and _name_goes_on(texts, words, person.end, sent.end):
            person = None  # "President Omar al-Beshir": "Omar" opens a longer name, no surname of its own
        if person is None and name_start < sent.end and _title_case(texts[sent.start : sent.end]):
            person = self._titled_holder(texts[name_start], name_start, role, state)
        if not state_mention and role in HEAD_ROLES and (person is None or self._surname_not_of(person, role)):
            # "Raja Abdullah" with Saudi Arabia named in the article: its one king of that name, not a namesake
            near = {m.actor.id for m in mentions if m.actor.type == "Country"}
            one_word = _lone_name_word(texts, words, name_start, sent.end) and texts[name_start] not in state.surnames
            bearer = self._holder_named_in(role, state, texts[name_start], near) if one_word else None
            if bearer is not None:
                state.role_people.setdefault(role, bearer)
                keep = [m for m in mentions if m is not person]
                return [*keep, Mention(start, name_start + 1, bearer, "role", "role.named-holder-named-state")]
        country = state_mention.actor.state if state_mention else None
        # "Head of the Office of the President of Ukraine Andriy Yermak": the name is the outer title's, not
        # the office holder's, so it gives no holder of the office and no tie to it
        inner = _inside_title(texts, words, phrase_start, sent.start)
        org = state_mention.actor.id if state_mention and not inner else None
        if person and person.actor.type == "Person":
            used.add(id(person))
            if not inner:
                state.role_people.setdefault(role, person.actor)
            if org:
                self._text_affiliation(state, person.actor, role, org, "text.apposition.role-state-name")
            keep = [m for m in mentions if id(m) not in used]
            phrase_start = _joined_title_start(texts, phrase_start, sent.start, busy, by_end)
            return [*keep, Mention(phrase_start, person.end, person.actor, "role", "role.named")]
        name_end, name_words = self._name_run(doc, name_start, sent.end, by_start, busy)
        # an official's title names a person only with the state ("Israeli Ambassador X", "Duta Besar Jepang X"):
        # alone, the capitalised words after it are often a portfolio or a body ("Wakil Menteri Kesehatan")
        titles_person = not role.startswith("agent.") or (
            rule in self.gazetteer.person_title_rules and state_mention is not None)
        titled = not titles_person and self._title_names(state, rule, texts, start, end, name_end, sent.end)
        if name_words >= 2 and (titles_person or titled):
            if titled and country is None:  # "National Security Advisor Hermogenes Esperon of the Philippines"
                country = self._state_after(texts, by_start, name_end, sent.end)
            name = doc[name_start:name_end].text
            misspelt = self._holder_misspelt(role, state_mention.actor.id, name) if state_mention else None
            shortened = self._holder_bearing(role, state_mention.actor.id, name, state.date) \
                if state_mention and not misspelt else None  # fmt: skip
            holder = misspelt or shortened
            if holder:  # "Tony Abbot": later "Abbot" alone is that holder too
                self._remember_name(name, country, holder, state, respelled=True)
            actor = holder or self._new_person(name, country, state)
            if not inner:
                state.role_people.setdefault(role, actor)
            if org:
                self._text_affiliation(state, actor, role, org, "text.role-state-name")
            keep = [m for m in mentions if id(m) not in used]
            rule_id = "role.named-shortened" if shortened else "role.named-misspelt" if misspelt else (
                "role.named-title" if titled else "role.named")
            return [*keep, Mention(phrase_start, name_end, actor, "role", rule_id)]
        phrase_end = max(end, state_mention.end) if state_mention else end
        named_before = self._apposed_name(doc, sent, phrase_start, mentions, busy) \
            if titles_person and state_mention else None  # fmt: skip
        if named_before is not None:  # "João Gomes, Minister of Foreign Affairs of Portugal"
            name_first, named = named_before
            actor = named.actor if named else self._new_person(doc[name_first : phrase_start - 1].text, country, state)
            state.role_people.setdefault(role, actor)
            if org:
                self._text_affiliation(state, actor, role, org, "text.apposition.name-role-state")
            keep = [m for m in mentions if id(m) not in used and m is not named]
            return [*keep, Mention(name_first, phrase_end, actor, "role", "role.named-before")]
        if not state_mention:
            # "the president-elect" (`resolve.title_suffixes`) is no holder of the office named before
            elect = doc[start:end].text.lower().endswith(tuple(TITLE_SUFFIXES))
            known = None if elect else state.role_people.get(role)  # "Presiden" alone: the first "Presiden Joko Widodo"
            if known is None and doc[start].is_lower and not elect:  # "the monarch", not a readout's "The President"
                known = self._sole_holder_named(role, state)  # "King Abdullah II …, the monarch said"
            if known and not role.startswith("agent."):
                return [*mentions, Mention(start, end, known, "role", "coref.role", coref=True)]
            minister = self._the_minister(doc, sent, start, end, state) if role == "agent.officials" else None
            if minister is not None:
                return [*mentions, Mention(start, end, minister, "role", "coref.role-minister", coref=True)]
            return mentions
        keep = [m for m in mentions if id(m) not in used]
        if role == COUNTERPART:
            return [*keep, self._counterpart(mentions, start, phrase_start, phrase_end, state_mention, state)]
        if role.startswith("agent."):
            back = self._back_reference(doc, sent, role, phrase_end, state_mention.actor.id, state)
            if back is not None:  # "Menteri Amerika itu", "the American minister": the last such person named
                return [*keep, Mention(phrase_start, phrase_end, back, "role", "coref.role-demonstrative", coref=True)]
            return [*keep, Mention(phrase_start, phrase_end, state_mention.actor, "role", "role.state")]
        if name_words == 1:  # "Raja Arab Saudi Abdullah": the one holder of the office, at any date, of that name
            bearer = self._holder_named(role, state_mention.actor.id, texts[name_start])
            if bearer is not None:
                state.role_people.setdefault(role, bearer)
                return [*keep, Mention(phrase_start, name_end, bearer, "role", "role.named-holder")]
        if possessed:
            return mentions
        if self._stationed(doc, sent, start, end, by_start, state_mention):  # "India's top diplomat in Islamabad"
            return [*keep, Mention(phrase_start, phrase_end, state_mention.actor, "role", "role.state")]
        if interim or any(words[k] in TITLE_MODIFIERS for k in range(phrase_start, start)):  # "the Venezuelan interim
            return [*keep, Mention(phrase_start, phrase_end, state_mention.actor, "role", "role.state")]  # president"
        if any(words[k] in FORMER for k in range(phrase_start, start)):  # "Chile's former president": no holder
            former = self._former_named_before(doc, sent, phrase_end, state_mention.actor.id, state)
            if former is not None:
                return [*keep, Mention(phrase_start, phrase_end, former, "role", "coref.role-former", coref=True)]
            return keep  # neither today's holder nor the state, as "a former US president"
        before = words[phrase_start - 1] if phrase_start > sent.start else ""
        someone = _indefinite_before(texts, words, phrase_start, sent.start)  # "a Taliban leader": not the holder
        if phrase_start > sent.start and words[phrase_start - 1] in FORMER:  # "mantan PM Kosovo itu": no holder
            former = self._former_named_before(doc, sent, phrase_end, state_mention.actor.id, state)
            if former is not None:
                return [*keep, Mention(phrase_start - 1, phrase_end, former, "role", "coref.role-former", coref=True)]
            return keep  # "a former US president": neither today's holder nor the state
        plural = (not state.head_first and _plural_head(words, start, end)) or before in PLURAL_MARKERS
        earlier_holder = self._named_holder(role, state_mention.actor.id, state) \
            if not state.dated and not someone and not plural else None  # fmt: skip
        if earlier_holder is not None:  # undated "raja Saudi tersebut" after "Raja Arab Saudi Abdullah": him
            return [*keep, Mention(phrase_start, phrase_end, earlier_holder, "role", "coref.role-named-before",
                                   coref=True)]  # fmt: skip
        holders = self.holders(role, state_mention.actor.id, state.date)
        second = self._coordinated_state(doc, sent, state_mention, mentions) if state_mention is right else None
        if second is not None:  # "the foreign ministers of India and Pakistan" → both office holders
            keep = [m for m in keep if m is not second]
            other = self.holders(role, second.actor.id, state.date)
            extra = Mention(second.start, second.end, other[0] if len(other) == 1 else second.actor, "role",
                            "role.holder" if len(other) == 1 else "role.state", coref=len(other) == 1)  # fmt: skip
            keep = [*keep, extra]
        # "Palestinian leaders" (a plural, one state): the state; "the leaders of India and Pakistan", "Israeli and
        # Palestinian leaders": each state's holder
        many = plural and second is None and not _coordinated_before(words, mentions, state_mention)
        if len(holders) == 1 and not someone and not many:
            state.role_people.setdefault(role, holders[0])
            return [*keep, Mention(phrase_start, phrase_end, holders[0], "role", "role.holder", coref=True)]
        return [*keep, Mention(phrase_start, phrase_end, state_mention.actor, "role", "role.state")]

    def _posting(self, doc: Doc, sent: Span, by_start: dict[int, Mention], after: int,
                 busy: set[int] | frozenset[int], rule: str) -> Mention | None:  # fmt: skip
        """The body or state a state's official is posted to ("North Korea's ambassador to the United Nations",
        "Duta Besar Korut untuk PBB"), when the title is one person's (an ambassador, an envoy) or a person's
        name follows: that mention, which names the post, not an actor of its own."""
        texts, words = tokens(doc).text, tokens(doc).lower
        if after + 1 >= sent.end or words[after] not in POSTING_LINKS:
            return None
        at = after + 2 if words[after + 1] == "the" else after + 1
        posting = by_start.get(at)
        if posting is None or posting.actor.type == "Person":
            return None
        if rule in self.gazetteer.person_title_rules and words[after - 1] in POSTING_TITLES:
            return posting  # "Peru's ambassador to Chile" (not "a U.S. official to China": a visit's)
        name_start = _name_start(texts, words, posting.end, sent.end)
        named = by_start.get(name_start)
        if named is not None:
            return posting if named.actor.type == "Person" else None
        return posting if self._name_run(doc, name_start, sent.end, by_start, busy)[1] >= 2 else None

    def _posting_region(self, doc: Doc, sent: Span, by_start: dict[int, Mention], start: int, end: int, after: int,
                        busy: set[int] | frozenset[int]) -> int | None:  # fmt: skip
        """The end of a region an envoy's title is posted to, no actor ("Utusan Khusus AS untuk Timur Tengah Steve
        Witkoff", `resolve.posting_regions`), when the title is one posted (`resolve.posting_titles`) and a person's
        name follows the region: the name is the envoy's."""
        texts, words = tokens(doc).text, tokens(doc).lower
        if after + 1 >= sent.end or words[after] not in POSTING_LINKS \
                or not any(words[i] in POSTING_TITLES for i in range(start, end)):  # fmt: skip
            return None
        at = after + 1
        region = next((r for r in POSTING_REGIONS if tuple(words[at : at + len(r)]) == r), None)
        if region is None:
            return None
        name_start = _name_start(texts, words, at + len(region), sent.end)
        named = by_start.get(name_start)
        if named is not None:
            return at + len(region) if named.actor.type == "Person" else None
        return at + len(region) if self._name_run(doc, name_start, sent.end, by_start, busy)[1] >= 2 else None

    def _name_run(self, doc: Doc, start: int, sent_end: int, by_start: dict[int, Mention],
                  busy: set[int] | frozenset[int]) -> tuple[int, int]:  # fmt: skip
        """(end, words) of the capitalised name words from `start`, at most three ("Pakistan Foreign Minister Hold
        Talks" is no name) besides name particles ("Sheikh Hamad Al Thani", "Ismael Ould Cheikh"); a hyphen-joined
        pair is one word ("Cho Tae-yong", "Mohammad-Ali Hosseini")."""
        table = tokens(doc)
        end, words = start, 0
        while (end < sent_end and words < 3 and _name_like(table.text[end], end, by_start)
               and self._name_word(doc, end, busy)):  # fmt: skip
            particle = table.lower[end] in NAME_PARTICLES and end + 1 < sent_end and _capital(table.text[end + 1])
            end, words = end + 1, words + (0 if particle and words else 1)
            if _hyphen_joined(table, end, sent_end):
                end += 2
        return end, words

    def _title_names(self, state: DocActors, rule: str, texts: list[str], start: int, end: int, name_end: int,
                     sent_end: int) -> bool:  # fmt: skip
        """May a person's title with no state name the person after it? Only where the language writes titles
        before names with the portfolio first (`title_names`), the title is capitalised as a title is before a
        name, and the name stops before another capitalised word (a longer run is a body or a headline)."""
        if not state.title_names or rule not in self.gazetteer.person_title_rules:
            return False
        title_case = all(texts[i][:1].isupper() for i in range(start, end) if texts[i].isalpha() and len(texts[i]) > 3)
        return title_case and texts[start][:1].isupper() and not (name_end < sent_end and _capital(texts[name_end]))

    @staticmethod
    def _state_after(texts: list[str], by_start: dict[int, Mention], i: int, sent_end: int) -> str | None:
        """The state in "of (the) X" right after a name, if any."""
        if i >= sent_end or texts[i] != "of":
            return None
        after = by_start.get(i + 2 if i + 1 < sent_end and texts[i + 1].lower() == "the" else i + 1)
        return after.actor.id if after is not None and after.actor.type == "Country" else None

    def _apposed_name(self, doc: Doc, sent: Span, phrase_start: int, mentions: list[Mention],
                      busy: frozenset[int]) -> tuple[int, Mention | None] | None:  # fmt: skip
        """The person a role phrase is set after with a comma ("Ruth Vidal, Foreign Minister of Peru"): a person
        mention ending at the comma, or two to four capitalised name words not preceded by another (where the
        name starts); (its first token, the mention or None for a new name)."""
        comma = phrase_start - 1
        texts = tokens(doc).text
        if comma <= sent.start or texts[comma] != ",":
            return None
        named = next((m for m in mentions if m.end == comma), None)
        if named is not None:
            return (named.start, named) if named.actor.type == "Person" and named.kind != "pronoun" else None
        covered = {i for m in mentions for i in range(m.start, m.end)}
        table = tokens(doc)
        first, words = comma, 0
        while (first > sent.start and words < 5 and first - 1 not in covered
               and _name_text(texts[first - 1]) and self._name_word(doc, first - 1, busy)):  # fmt: skip
            first, words = first - 1, words + 1
            if first - 2 >= sent.start and _hyphen_joined(table, first - 1, sent.end):
                first -= 2  # "Lars-Hendrik Röller": one name word
        honoured = _honorific_phrase_before(table.lower, first, sent.start)  # "His Excellency Cho Hyun-dong, …"
        if not 2 <= words <= 4 or (first > sent.start and texts[first - 1][:1].isupper() and not honoured):
            return None  # one word, or a longer capitalised run (a body's name, a headline)
        return first, None

    def _counterpart(self, mentions: list[Mention], start: int, phrase_start: int, phrase_end: int,
                     state_mention: Mention, state: DocActors) -> Mention:  # fmt: skip
        """"his Peruvian counterpart", "mitranya dari Peru": the holder of the office that the person named before
        holds, in the state named with the noun; the state itself when either is unknown."""
        people = [m.actor for m in mentions if m.end <= start and m.actor.type == "Person"]
        if people:
            roles = [o.role for o in self._offices.get(people[-1].id, ()) if o.holds_on(state.date)]
            roles += [t.role for t in state.affiliations if t.person == people[-1].id and t.role]
            for role in roles[:1]:
                holders = self.holders(role, state_mention.actor.id, state.date)
                if len(holders) == 1:
                    return Mention(phrase_start, phrase_end, holders[0], "role", "coref.counterpart", coref=True)
        return Mention(phrase_start, phrase_end, state_mention.actor, "role", "role.state")

    def _the_minister(self, doc: Doc, sent: Span, start: int, end: int, state: DocActors) -> Actor | None:
        """"the minister" / "Menteri itu" with no state: the last person named who holds a minister's office."""
        words = tokens(doc).lower
        if end - start != 1 or words[start] not in MINISTER_NOUNS:
            return None
        before = words[start - 1] if start > sent.start else ""
        after = words[end] if end < sent.end else ""
        if before != "the" and after not in DEMONSTRATIVES_AFTER:
            return None
        for person in reversed(state.people):
            roles = [o.role for o in self._offices.get(person.id, ()) if o.holds_on(state.date)]
            roles += [t.role or "" for t in state.affiliations if t.person == person.id]
            if any(role.endswith("minister") for role in roles):
                return person
        return None

    @staticmethod
    def _former_named_before(doc: Doc, sent: Span, end: int, country: str, state: DocActors) -> Actor | None:
        """A former office holder written with a demonstrative after the state ("mantan PM Kosovo itu" after "Ramush
        Haradinaj") → the last person of that state named before, never the holder on the article's date; None
        when no demonstrative follows or no such person was named."""
        table = tokens(doc)
        after = table.lower[end] if end < sent.end else ""
        return _last_person_of(state, country) if after in DEMONSTRATIVES_AFTER else None

    @staticmethod
    def _back_reference(doc: Doc, sent: Span, role: str, end: int, country: str, state: DocActors) -> Actor | None:
        """An official of a state written with a demonstrative ("Menteri Amerika itu", "pejabat Rusia tersebut",
        "this American official") → the last person of that state named before, if any."""
        if role not in BACK_REFERENCE_ROLES:
            return None
        table = tokens(doc)
        after = table.lower[end] if end < sent.end else ""
        last = range(max(sent.start, end - 4), end)  # the last four tokens of the sentence up to `end`
        this = any(table.lower[i] in DEMONSTRATIVES for i in last) and not any(table.is_punct[i] for i in last)
        if after not in DEMONSTRATIVES_AFTER and not this:
            return None
        return _last_person_of(state, country)

    @staticmethod
    def _coordinated_state(doc: Doc, sent: Span, first: Mention, mentions: list[Mention]) -> Mention | None:
        for m in mentions:
            if m.start == first.end + 1 and doc[first.end].lower_ in STATE_LINKS and m.actor.type == "Country":
                return m
        return None

    def holders(self, role: str, of: str, date: str | None) -> list[Actor]:
        """Office holders; the generic `leader` tries the state's own leading office first (`leader:` in
        countries.yaml: the prime minister of a parliamentary state), then the offices in order of precedence
        (so does a state whose own office is vacant on the date)."""
        keys = _office_keys(role)
        first = self.gazetteer.leader_office.get(of) if role == "leader" else None
        if first:
            keys = (first, *(k for k in keys if k != first))
        if role == ORGANISATION_HEAD and not date:
            return []  # undated: only the head the article named (`_named_holder`), not today's
        for key in keys:
            found = self.gazetteer.holders(key, of, date)
            if found:
                return found
        return []

    def _holder_named(self, role: str, of: str, name: str) -> Actor | None:
        """The only person who ever held the office (the generic `leader`: any head office) and bears `name` as
        a word of a name (an undated article's "Raja Arab Saudi Abdullah" is not today's king)."""
        keys = _office_keys(role)
        people = {a.id: a for key in keys for a in self.gazetteer.ever_held(key, of)}
        bearers = [a for a in people.values() if any(name in alias.split() for alias in (a.name, *a.aliases))
                   or name in self._surnames_of.get(a.id, ())]  # fmt: skip
        return bearers[0] if len(bearers) == 1 else None

    def _named_holder(self, role: str, of: str, state: DocActors) -> Actor | None:
        """The person last named in the article who ever held the office of `of` (the generic `leader`: any head
        office, or an organisation's head office)."""
        keys = _office_keys(role)
        for person in reversed(state.people):
            if any(o.role in keys and o.of == of for o in self._offices.get(person.id, ())):
                return person
        return None

    def _sole_holder_named(self, role: str, state: DocActors) -> Actor | None:
        """The one person the article named so far (by name, with no title) who ever held the office, of any
        state: "the monarch" after "King Abdullah II"; none when two such people were named."""
        if role.startswith("agent."):
            return None
        keys = _office_keys(role)
        found = {person.id: person for person in state.people
                 if any(o.role in keys for o in self._offices.get(person.id, ()))}  # fmt: skip
        return next(iter(found.values())) if len(found) == 1 else None

    def _holder_misspelt(self, role: str, of: str, name: str) -> Actor | None:
        """The one holder of the office, at any date, whose name `name` misspells by one letter in one word of at
        least five ("Presiden China Hu Jintai": the title and the state vouch for Hu Jintao, where a name alone
        needs a longer word, `spelling`)."""
        words = name.lower().split()
        found = {person.id: person for person in self.gazetteer.ever_held(role, of)
                 for alias in (person.name, *person.aliases) if _one_letter_apart(alias.lower().split(), words)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _holder_bearing(self, role: str, of: str, name: str, date: str | None) -> Actor | None:
        """The one holder of the office on the date whose names hold every word of `name`, written shorter than
        the gazetteer has it ("Qatar Emir Sheikh Hamad Al Thani" in 2007: Sheikh Hamad bin Khalifa Al Thani)."""
        wanted = set(name.split())
        found = [person for person in self.gazetteer.holders(role, of, date)
                 if wanted <= {word for alias in (person.name, *person.aliases) for word in alias.split()}]  # fmt: skip
        return found[0] if len(found) == 1 else None

    def _holder_named_in(self, role: str, state: DocActors, name: str, near: set[str]) -> Actor | None:
        """The person of a state the article names who ever held the office and bears `name` (`_holder_named`):
        the only one; of several, the one of a state named in the sentence (`near`), or else the one the article
        already named with that title."""
        bearers = {a.id: a for of in sorted(state.states_named) if (a := self._holder_named(role, of, name))}
        if len(bearers) > 1:
            close = {a.id: a for a in bearers.values() if a.country in near}
            known = state.role_people.get(role)
            bearers = close or ({known.id: known} if known is not None and known.id in bearers else bearers)
        return next(iter(bearers.values())) if len(bearers) == 1 else None

    def _titled_holder(self, word: str, at: int, role: str, state: DocActors) -> Mention | None:
        """The surname right after a title in a Title Case headline, of the one person holding that office on the
        article's date: the capitalised words after it are the headline's, not more of the name ("President Biden
        Outlines Target of 50% Electric Vehicle Sales" is Joe Biden, not a new person "Biden Outlines Target"). In
        running text the words after it are a name ("Presiden Ahmed Necdet Sezer" is no Iajuddin Ahmed)."""
        if state.date is None or not word[:1].isupper():
            return None
        holders = [p for p in self._surname_people.get(word, ())
                   if any(o.role == role and o.holds_on(state.date) for o in self._offices.get(p, ()))]  # fmt: skip
        if len(holders) != 1:
            return None
        return Mention(at, at + 1, self.gazetteer.actors[holders[0]], "surname", "coref.surname-titled-holder", True)

    def _surname_not_of(self, mention: Mention, role: str) -> bool:
        """Is the mention one name word of someone who never held the office ("Abdullah", Abdullah Abdullah's
        name, after "Raja"), and not of someone the article named in full before ("Vice President-Elect Marquez"
        after "Francia Marquez")?"""
        return (mention.end - mention.start == 1 and mention.rule != "coref.surname"
                and all(o.role != role for o in self._offices.get(mention.actor.id, ())))  # fmt: skip

    def _new_groups(self, sent: Span, mentions: list[Mention], state: DocActors) -> list[Mention]:
        """Capitalised names not in the gazetteer that end (EN) or start (ID) with an organisation or armed-group
        head noun: "Sudanese Armed Forces", "Dewan Keamanan Nasional". A state named inside gives the country;
        an organisation of a state acts for the state (like a gazetteer agency)."""
        if not state.org_heads or not _mentions_any(sent, state.org_heads | state.armed_heads):
            return mentions  # no head noun in the sentence, so no group (the mentions come sorted)
        doc = sent.doc
        table = tokens(doc)
        texts, words = table.text, table.lower
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        out = list(mentions)
        i = sent.start
        while i < sent.end:
            j = i
            while j < sent.end and (_capital(texts[j]) or (j > i and words[j] in state.connectors)):
                inside = by_token.get(j)
                if inside is not None and inside.actor.type != "Country":
                    break
                j += 1
            while j > i and words[j - 1] in state.connectors:
                j -= 1
            first = i
            while first < j and words[first] in state.connectors:  # "The Southern Liberation Front"
                first += 1
            if j - first >= 2 and words[first] not in TITLE_WORDS:  # "Head of the Office": a title
                found = self._group_mention(doc, first, j, by_token, state)
                if found is not None:
                    absorbed = {id(m) for m in mentions if first <= m.start and m.end <= j}
                    out = [m for m in out if id(m) not in absorbed] + [found]
            i = max(j, i + 1)
        return sorted(out, key=lambda m: m.start)

    def _named_entities(self, sent: Span, mentions: list[Mention], state: DocActors) -> list[Mention]:
        """With a parser model: PERSON entities of 2–3 name tokens become new people (conservative: nothing
        that overlaps a known actor, nothing with digits)."""
        if not _has_entities(sent.doc):
            return mentions
        taken = {i for m in mentions for i in range(m.start, m.end)}
        busy = {i for t in sent.doc.spans.get("gb_triggers", []) if sent.start <= t.start < sent.end
                for i in range(t.start, t.end)}  # fmt: skip
        out = list(mentions)
        for ent in sent.ents:
            if ent.label_ != "PERSON" or any(i in taken for i in range(ent.start, ent.end)):
                continue
            if any(t.lower_ in self._disaster_words for t in ent):
                continue  # "Cyclone Idai", "Topan Mawar": an event, not a person
            start, end = ent.start, ent.end
            while start < end and not self._name_word(sent.doc, start, busy):
                start += 1
            while end > start and not self._name_word(sent.doc, end - 1, busy):
                end -= 1  # "Bola Tinubu Visits": a headline verb is no part of the name
            name = sent.doc[start:end]
            if not 2 <= len(name) <= 3 or not all(_name_text(t.text) for t in name):
                continue
            actor = self._new_person(name.text, None, state)
            linked = actor.id in self.gazetteer.actors
            out.append(Mention(start, end, actor, "name" if linked else "new",
                               CLOSE_SPELLING if linked else "text.new.person.ner"))  # fmt: skip
        return sorted(out, key=lambda m: m.start)

    def _group_mention(self, doc: Doc, i: int, j: int, by_token: dict[int, Mention],
                       state: DocActors) -> Mention | None:  # fmt: skip
        table = tokens(doc)
        texts, words = table.text, table.lower
        head = texts[i] if state.head_first else texts[j - 1]
        kind = "ArmedGroup" if head in state.armed_heads else "Organization" if head in state.org_heads else None
        if kind is None or any(i <= k < j and by_token[k].actor.type != "Country" for k in by_token):
            return None
        head_at = i if state.head_first else j - 1
        own = [k for k in range(i, j) if k not in by_token and k != head_at and words[k] not in state.connectors]
        if not own:
            return None  # "Tentara Rusia", "Russian Army": a sector noun and a state, i.e. the state
        countries = [by_token[k].actor for k in range(i, j) if k in by_token]
        if len({c.id for c in countries}) > 1 and any(words[k] in COORDINATING for k in range(i, j)):
            return None  # "Pemerintah Republik Indonesia dan Kerajaan Saudi Arabia": two states, not one body
        country = countries[0].id if countries else None
        if kind == "Organization" and country:
            return Mention(i, j, countries[0], "agency", "text.organisation.state")
        home = self._home_ministry(doc, i, j, by_token, state)
        if home is not None:
            return home
        name = doc[i:j].text
        actor = state.new_actors.get(slug(name)) or self.gazetteer.actors.get(slug(name))
        if actor is None:
            actor = Actor(id=slug(name), name=text_name(name), type=kind, country=country)  # type: ignore[arg-type]
            state.new_actors[actor.id] = actor
        return Mention(i, j, actor, "new", f"text.new.{kind.lower()}")

    def _home_ministry(self, doc: Doc, i: int, j: int, by_token: dict[int, Mention],
                       state: DocActors) -> Mention | None:  # fmt: skip
        """A ministry named bare ("Kementerian Luar Negeri memanggil Duta Besar China") in a language whose news
        writes its own state's ministries so (`home_ministries`, `home_state` in the lexicon markers): the home
        state, when no other state was named before it in the article or the sentence, or the home state was
        named before it too ("kapal China memasuki perairan Indonesia … Kementerian Luar Negeri memanggil …": an
        Indonesian story about another state), and no "di <state>" follows ("Kementerian Luar Negeri di Beijing");
        so is an office of one named with its place after it
        (`home_offices`: "Kantor Imigrasi Ngurah Rai")."""
        home = state.home_state
        text = doc[i:j].text
        if home is None or home not in self.gazetteer.actors or (text not in state.home_ministries and not any(
                text.startswith(office + " ") for office in state.home_offices)):  # fmt: skip
            return None
        seen = {of for _sentence, of in state.states_seen}
        if seen - {home} and home not in seen:
            return None
        if any(k < i and by_token[k].actor.type == "Country" and by_token[k].actor.id != home for k in by_token):
            return None
        if j + 1 < len(doc) and doc[j].lower_ == "di" and j + 1 in by_token:
            return None
        return Mention(i, j, self.gazetteer.actors[home], "agency", "text.organisation.home-ministry")

    def _name_word(self, doc: Doc, i: int, triggers: set[int] | frozenset[int]) -> bool:
        """Can capitalised token `i` be part of a new person's name? Not a trigger word of the sentence, not a
        common word written in title case, not a disaster word (`non-names.yaml`)."""
        lower = tokens(doc).lower[i]
        if any(span.start <= i < span.end for span in doc_spans(doc, "gb_non_actors")):
            return False  # "presiden Amerika Latin", "Group President, North America": a place, not a name
        return i not in triggers and lower not in self._common_words and lower not in self._disaster_words

    def _new_person(self, name: str, country: str | None, state: DocActors) -> Actor:
        """A person named in the text: a gazetteer person whose name it misspells by one slip (`spelling`), or a
        new actor."""
        actor_id = slug(name)
        actor = state.new_actors.get(actor_id) or self.gazetteer.actors.get(actor_id)
        respelled = False
        if actor is None and (known := self._spelling.person(name)) is not None:
            actor, respelled = self.gazetteer.actors[known], True
        if actor is None:
            actor = Actor(id=actor_id, name=text_name(name), type="Person", country=country)
            state.new_actors[actor_id] = actor
        self._remember_name(name, country, actor, state, respelled)
        return actor

    def _remember_name(self, name: str, country: str | None, actor: Actor, state: DocActors,
                       respelled: bool) -> None:  # fmt: skip
        """Let the surname of `name`, as written, name `actor` later in the document; `respelled` when the text
        misspells a gazetteer person's name (its surname then counts though the gazetteer does not have it)."""
        words = name.split()
        if respelled:
            state.respelled.add(words[-1])
        state.surnames.setdefault(words[0] if country in self.gazetteer.family_name_first else words[-1], actor)

    def _text_affiliation(self, state: DocActors, person: Actor, role: str, country: str, rule: str) -> None:
        if self._contradicts_gazetteer(state, person, role, country):
            return
        tie = Affiliation(person.id, "LEADER_OF", country, role=role, rule=rule)
        if tie not in state.affiliations:
            state.affiliations.append(tie)

    def _contradicts_gazetteer(self, state: DocActors, person: Actor, role: str, of: str) -> bool:
        """Would "`person` is `role` of `of`" (read in the text) contradict the gazetteer or the document? ("US
        President Joko Widodo", "Malaysian Prime Minister John Kerry": a misread apposition or a list.)"""
        # the dated checks need the article's date: undated, "current" offices say nothing of the text's time
        offices = [o for o in self._offices.get(person.id, ()) if o.holds_on(state.date)] if state.date else []
        if offices:
            same = [o for o in offices if o.of == of]
            if not same:
                return True  # the person holds another state's (or body's) office on that date
            if not role.startswith("agent.") and role not in GENERIC_HEADS and role not in {o.role for o in same}:
                return True  # another office of that state ("Foreign Minister" for its prime minister)
        target = self.gazetteer.actors.get(of)
        is_state = target is not None and target.type == "Country"
        known = self.gazetteer.actors.get(person.id)
        served = any(o.of == of for o in self._offices.get(person.id, ()))
        if is_state and known is not None and known.country and known.country != of and not served:
            return True  # a gazetteer person of another state, who never held an office of this one
        if role in HEAD_ROLES and is_state:
            holders = {a.id for a in self.gazetteer.holders(role, of, state.date)} if state.date else set()
            if holders and person.id not in holders:
                return True  # the gazetteer's holder of that office on that date is someone else
            heads_elsewhere = any(t.person == person.id and t.organisation != of and (t.role or "") in HEAD_ROLES
                                  for t in state.affiliations)  # fmt: skip
            if heads_elsewhere:
                return True  # nobody heads two states at once
        return False

    # -- pronouns --------------------------------------------------------------------------------------------

    def pronoun(self, token_i: int, lower: str, speaker: Actor | None) -> Mention | None:
        """A first-person pronoun inside a quote → the speaker (I) or the speaker's state (we, our people)."""
        if speaker is None:
            return None
        if lower in FIRST_PERSON_SINGULAR:
            return Mention(token_i, token_i + 1, speaker, "pronoun", "coref.quote-speaker", coref=True)
        if lower in FIRST_PERSON_PLURAL:
            actor = speaker
            if speaker.type == "Person" and speaker.country and speaker.country in self.gazetteer.actors:
                actor = self.gazetteer.actors[speaker.country]
            return Mention(token_i, token_i + 1, actor, "pronoun", "coref.quote-speaker", coref=True)
        return None


def _sentence_text(sent: Span) -> str:
    """The sentence's text, cut from the article text the document was made from when it is at hand (same
    offsets; `Span.text` rebuilds it token by token)."""
    text = sent.doc.user_data.get("gb_text")
    return text[sent.start_char : sent.end_char] if isinstance(text, str) else sent.text


TITLE_CASE_WORDS = 4  # words over three letters a Title Case headline has at least


def _title_case(texts: list[str]) -> bool:
    """Is the sentence a Title Case headline: every word of over three letters capitalised, and at least
    `TITLE_CASE_WORDS` of them (short function words stay lower case: "of", "in", "dan")? A sentence of names and
    one verb ("President Medvedev al-Sayed condemned Bolivia") is not."""
    longer = [text for text in texts if len(text) > 3 and text.isalpha()]
    return len(longer) >= TITLE_CASE_WORDS and all(text[0].isupper() for text in longer)


def _name_goes_on(texts: list[str], words: list[str], i: int, sent_end: int) -> bool:
    """Does a name go on at token `i` with a name particle joined to a capitalised word ("al-Beshir", "bin
    Laden")? Then the word before it is no surname of its own ("Omar al-Beshir" is not Mullah Omar)."""
    if i + 1 >= sent_end or words[i] not in NAME_PARTICLES:
        return False
    return _capital(texts[i + 1]) or (texts[i + 1] in ("-", "–") and i + 2 < sent_end and _capital(texts[i + 2]))


def _allies_of(doc: Doc, mention: Mention, sent: Span, state: DocActors) -> bool:
    """Does the state or body only qualify its allies ("U.S. allies", "Peru's allies", "the allies of Japan", "sekutu
    AS")? Then the allies act, and the state is no actor. Where the head comes first (Indonesian) the ally noun
    stands right before the state; else right after it (or its "'s"), or before "of (the)"."""
    if mention.actor.type not in ("Country", "Organization"):
        return False
    words = tokens(doc).lower
    if state.head_first:
        return mention.start > sent.start and words[mention.start - 1] in ALLY_NOUNS
    after = mention.end + 1 if mention.end < sent.end and words[mention.end] in ("'s", "’s") else mention.end
    if (mention.actor.type == "Organization" and after == mention.end and after < sent.end
            and words[after] in MEMBER_ALLY_NOUNS):  # fmt: skip
        return False  # "consultations with NATO allies": the alliance's own members, the alliance
    if after < sent.end and words[after] in ALLY_NOUNS:  # "U.S. allies", "Peru's allies"
        return True
    k = mention.start - 1
    k -= 1 if k > sent.start and words[k] == "the" else 0
    return k > sent.start and words[k] == "of" and words[k - 1] in ALLY_NOUNS


AFFILIATION_WORDS = union_words("resolve.affiliation_words")  # "linked to al-Qaida": a group named as an affiliation


def _affiliation_object(words: list[str], start: int, sent_start: int) -> bool:
    """Is the group at `start` named as what another group is linked or allied to ("al-Shabaab, which is linked to
    al-Qaida, …")? Then a later "the group" is not it (`coref.group-description`)."""
    return start - 2 >= sent_start and words[start - 1] in ("to", "with") and words[start - 2] in AFFILIATION_WORDS


def _affiliation_compound(words: list[str], end: int, sent_end: int) -> bool:
    """Is the group ending at `end` the first half of a hyphened affiliation ("the al-Qaeda-linked group", "an
    IS-affiliated faction")? It names what another group is linked to: a later "the militants" is not it
    (`coref.group-description`)."""
    return end + 1 < sent_end and words[end] == "-" and words[end + 1] in AFFILIATION_WORDS


GENERATION_SUFFIXES = union_words("resolve.generation_suffixes")  # "Donald Trump Jr.": the son, not the father


def _other_generation(doc: Doc, mention: Mention, sent_end: int) -> bool:
    """Is the person named with a generation suffix after the name ("Donald Trump Jr. visited Nuuk")? The name with
    it is another person (the father's son) unless the gazetteer's name holds the suffix itself ("Ferdinand Marcos
    Jr.", matched with it)."""
    words = tokens(doc).lower
    if mention.actor.type != "Person" or mention.end >= sent_end or words[mention.end] not in GENERATION_SUFFIXES:
        return False
    own = {w.lower().rstrip(".") for name in (mention.actor.name, *mention.actor.aliases) for w in name.split()[1:]}
    return words[mention.end].rstrip(".") not in own  # "Charles Q. Brown Jr" (listed as "… Brown Jr."): the same man


def _place_compound(doc: Doc, mention: Mention, sent_end: int) -> bool:
    """Is the mention the first half of a hyphened place adjective ("Lebanon-based Hezbollah", "the Saudi-born
    militant")? It says where someone is from, and is no actor."""
    table = tokens(doc)
    i = mention.end
    return i + 1 < sent_end and _hyphen_joined(table, i, sent_end) and table.lower[i + 1] in PLACE_COMPOUNDS


STANCE_PREFIXES = union_words("resolve.stance_prefixes")  # "unjuk rasa pro-Palestina": a stance, not who


def _stance_compound(doc: Doc, mention: Mention, sent_start: int) -> bool:
    """Is the mention the second half of a hyphened stance adjective ("berorasi dalam unjuk rasa pro-Palestina",
    "kelompok anti-Amerika"; `resolve.stance_prefixes`)? It says what someone stands for or against: no actor."""
    table = tokens(doc)
    i = mention.start - 1
    return i - 1 >= sent_start and _hyphen_joined(table, i, mention.end) and table.lower[i - 1] in STANCE_PREFIXES


def _coordinated_before(words: list[str], mentions: list[Mention], state_mention: Mention) -> bool:
    """Is another state named right before the state, joined by "and" ("Israeli and Palestinian leaders")?"""
    return any(m.actor.type == "Country" and m.end + 1 == state_mention.start and words[m.end] in COORDINATING
               for m in mentions)  # fmt: skip


def _plural_head(words: list[str], start: int, end: int) -> bool:
    """Is the English role noun plural ("Palestinian leaders", "foreign ministers"; the head before "of": "Minister
    of Foreign Affairs" is one)? Languages that mark the plural before the noun use `resolve.plural_markers`."""
    head = next((i - 1 for i in range(start + 1, end) if words[i] == "of"), end - 1)
    return words[head].endswith("s") and not words[head].endswith("ss")


def _indefinite_before(texts: list[str], words: list[str], i: int, sent_start: int) -> bool:
    """Does an indefinite article open the noun phrase ending before token `i`, past a few lower-case modifiers
    ("a high-ranking Taliban leader")?"""
    k = i - 1
    while k > sent_start and i - k <= 4 and (texts[k].islower() or texts[k] in ("-", "–")) \
            and words[k] not in INDEFINITES:  # fmt: skip
        k -= 1
    return k >= sent_start and words[k] in INDEFINITES


def _last_person_of(state: DocActors, country: str) -> Actor | None:
    """The last person of `country` the document named before."""
    return next((person for person in reversed(state.people) if person.country == country), None)


def _one_letter_apart(known: list[str], words: list[str]) -> bool:
    """Are two names the same but for one letter replaced, dropped or added in one word of at least five letters
    (same first letter)?"""
    if len(known) != len(words):
        return False
    differ = [(a, b) for a, b in zip(known, words, strict=True) if a != b]
    if len(differ) != 1:
        return False
    a, b = differ[0]
    length = MISSPELT_HOLDER_LENGTH
    return one_replaced(a, b, min_length=length) or one_dropped(a, b, length) or one_dropped(b, a, length)


def _lone_name_word(texts: list[str], words: list[str], i: int, sent_end: int) -> bool:
    """Is token `i` a name word that no other name word or particle follows ("Abdullah" in "Raja Abdullah
    mengatakan", not in "Medvedev al-Sayed")?"""
    if i >= sent_end or not _name_text(texts[i]):
        return False
    return i + 1 >= sent_end or not (_name_text(texts[i + 1]) or _name_goes_on(texts, words, i + 1, sent_end))


def _standalone(span: Span) -> bool:
    """Is a surname written alone, not inside a longer name ("Shim Yoon-Joe" holds no "Yoon")?"""
    texts = tokens(span.doc).text
    first = span.sent.start if span.doc.has_annotation("SENT_START") else 0  # a title's own doc has no sentences
    # a sentence's first word is capitalised anyway ("Keputusan Pelosi untuk …")
    before = texts[span.start - 1] if span.start - 1 > first else ""
    after = texts[span.end] if span.end < len(texts) else ""
    return not (_capital(before) or after in ("-", "–") or _capital(after))


# words that join a second title to a person's first ("Wakil Perdana Menteri sekaligus Menteri Pertahanan Australia X")
TITLE_JOINERS = frozenset({"sekaligus", "merangkap"})


def _joined_title_start(texts: list[str], start: int, floor: int, busy: Collection[int],
                        by_end: dict[int, Mention]) -> int:  # fmt: skip
    """Where a named person's phrase starts when a first title is joined to its title by "sekaligus" ("Wakil Perdana
    Menteri sekaligus Menteri Pertahanan Australia Richard Marles", `role.named`): at that title's first capitalised
    word (up to five, no actor's and no trigger's among them), so a list "A dan <title> sekaligus <title> B" keeps
    B as its second party."""
    if start - 2 < floor or texts[start - 1].lower() not in TITLE_JOINERS:
        return start
    k = start - 2
    while k >= floor and start - 1 - k <= 5 and texts[k][:1].isupper() and texts[k].isalpha() and k not in busy \
            and k + 1 not in by_end:
        k -= 1
    return k + 1 if k + 1 < start - 1 else start


def _parenthesised_acronym(texts: list[str], by_end: dict[int, Mention], start: int, sent_start: int
                           ) -> Mention | None:  # fmt: skip
    """The acronym in "Republic of Korea (ROK) National Security Advisor …": a state named, then its acronym in
    brackets, right before a role; the state is the role's, and the acronym no actor of its own."""
    if start - 3 <= sent_start or texts[start - 1] != ")" or texts[start - 3] != "(":
        return None
    inner, outer = by_end.get(start - 1), by_end.get(start - 3)
    if inner is None or outer is None or inner.start != start - 2 or inner.actor.id != outer.actor.id:
        return None
    return inner if outer.actor.type == "Country" else None


def _after_portfolio(texts: list[str], words: list[str], end: int, sent_end: int, by_start: dict[int, Mention],
                     busy: set[int] | frozenset[int]) -> int:  # fmt: skip
    """Where the state, body or known person after a person's title and its capitalised portfolio starts, in a
    language that writes the portfolio between them ("Menteri Perdagangan AS Howard Lutnick", "Menteri Angkatan
    Bersenjata Prancis Florence Parly", "Komisioner Perdagangan Uni Eropa X", "Menko Perekonomian Airlangga
    Hartarto"): past one to five capitalised words that name no actor, no trigger and no other title (`busy`:
    "utusan Presiden Palestina X" is the president's envoy; "dan" between two of them: "Menteri Energi dan Sumber
    Daya Mineral"); `end` itself when no such actor follows."""
    i = end
    named = 0  # capitalised words passed ("Menko Bidang Hukum, HAM, Imigrasi, dan Pemasyarakatan X": commas between)
    while i < sent_end and named < 5 and i not in by_start and i not in busy and (
            _capital(texts[i]) or _acronym(texts[i])
            or (words[i] in ("dan", ",") and i > end and _portfolio_goes_on(texts, words, i + 1, sent_end, by_start,
                                                                            busy))):
        named += _capital(texts[i]) or _acronym(texts[i])
        i += 1  # fmt: skip
    after = by_start.get(i)
    if i == end or after is None or after.actor.type not in ("Country", "Organization", "Person"):
        return end
    return i


def _portfolio_goes_on(texts: list[str], words: list[str], k: int, sent_end: int, by_start: dict[int, Mention],
                       busy: set[int] | frozenset[int]) -> bool:  # fmt: skip
    """Does a portfolio go on at `k`, after a comma or "dan": a capitalised word that names no actor and is no
    title, or "dan" before one (", dan Pemasyarakatan")?"""
    if k < sent_end and words[k] == "dan":
        k += 1
    return k < sent_end and _capital(texts[k]) and k not in by_start and k not in busy


def _name_start(texts: list[str], words: list[str], after: int, sent_end: int) -> int:
    """Where a name after a title starts: after an apposition's comma and an honorific ("Advisor Dr. Eyal
    Hulata")."""
    name_start = after + 1 if after < sent_end and texts[after] == "," else after
    if name_start + 2 < sent_end and texts[name_start] in ("-", "–") and words[name_start + 1] in TITLE_SUFFIXES:
        name_start += 2  # "Prime Minister-Designate Anthony Albanese": the name after, not today's holder
    if name_start + 1 < sent_end and words[name_start] in HONORIFICS:
        name_start += 2 if texts[name_start + 1] == "." else 1
    return name_start + _honorific_phrase_at(words, name_start, sent_end)


def _honorific_phrase_at(words: list[str], i: int, sent_end: int) -> int:
    """The length of the honorific phrase starting at `i` ("His Excellency", "Yang Mulia"; no part of the name
    after it), else 0."""
    for phrase in HONORIFIC_PHRASES:
        if i + len(phrase) < sent_end and tuple(words[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _honorific_phrase_before(words: list[str], i: int, sent_start: int) -> bool:
    """Does an honorific phrase end right before token `i`?"""
    return any(i - len(phrase) >= sent_start and tuple(words[i - len(phrase) : i]) == phrase
               for phrase in HONORIFIC_PHRASES)  # fmt: skip


def _group_description_span(texts: list[str], words: list[str], i: int, sent_start: int, sent_end: int,
                            covered: set[int]) -> tuple[int, int] | None:
    """The tokens of a definite description around the group noun at `i`: "the" + up to two modifiers + noun
    (English), noun + at most one modifier + "itu/tersebut" (Indonesian), modifiers from `resolve.group_modifiers`;
    None when it is no description."""
    after = words[i + 1] if i + 1 < sent_end else ""
    if GROUP_DETERMINERS:
        name_after = i + 1 < sent_end and _capital(texts[i + 1]) and texts[i + 1] not in NON_NAMES
        if (after == "of" and words[i] not in ARMED_GROUP_NOUNS) or after in ("-", "'s", "’s") or name_after:
            return None  # "the group of eight", "the group Hamas"; "the group's armed wing": the wing acts (but
            # "accused the rebels of …" is the charge's "of")
        for start in range(i - 1, max(sent_start, i - 3) - 1, -1):
            if words[start] in GROUP_DETERMINERS:
                return start, i + 1
            if start in covered or texts[start] not in GROUP_MODIFIERS:
                break
    for end in (i + 1, i + 2):
        if end >= sent_end or end in covered:
            break
        if words[end] in GROUP_DEMONSTRATIVES:
            if i > sent_start and words[i - 1] in GROUP_QUANTIFIERS:
                return None
            return i, end + 1
        if texts[end] not in GROUP_MODIFIERS:
            break
    return None


def _description_heads(sent: Span, taken: list[Mention],
                       nouns: frozenset[str]) -> tuple[list[str], list[str], set[int], list[int]]:
    """The sentence's token texts, lower-case words, the tokens other mentions cover, and the tokens that could
    head a description: one of `nouns`, in no mention, lower-case unless it opens the sentence."""
    table = tokens(sent.doc)
    texts, words = table.text, table.lower
    covered = {i for m in taken for i in range(m.start, m.end)}
    heads = [i for i in range(sent.start, sent.end)
             if words[i] in nouns and i not in covered and (i == sent.start or not texts[i][:1].isupper())]
    return texts, words, covered, heads


def _state_of(actor: Actor) -> str | None:
    """The state an actor is or belongs to: a state itself, a person's state (what "negara itu" may refer to)."""
    if actor.type == "Country":
        return actor.id
    return actor.country if actor.type == "Person" else None


def _bare_group_span(texts: list[str], words: list[str], i: int, sent_start: int, sent_end: int,
                     covered: set[int]) -> tuple[int, int] | None:
    """The tokens of a plural noun that names an armed group alone, definite without a demonstrative in a language
    without articles ("pemberontak menyerang markas militer", "para pemberontak", "pemberontak itu"); None when a
    name follows ("pemberontak Tamil", "militan ISIS": the name is the actor), when it is a modifier ("kelompok
    pemberontak": an indefinite group) or a number of groups precedes it."""
    before = words[i - 1] if i > sent_start else ""
    if before in GROUP_NOUNS or (before in GROUP_QUANTIFIERS and before not in PLURAL_MARKERS):
        return None
    if before in COUNT_WORDS or before[:1].isdigit():
        return None  # "empat pemberontak terbunuh": fighters counted, not the group acting
    if i + 1 < sent_end:
        if i + 1 in covered or _capital(texts[i + 1]) or texts[i + 1] in ("-", "'s", "’s"):
            return None
        if words[i + 1] in GROUP_DEMONSTRATIVES:
            return i, i + 2
    return i, i + 1


def _mentions_any(sent: Span, words: frozenset[str]) -> bool:
    """Could one of the sentence's tokens be one of `words` (a language's head nouns)? Does its text contain
    one: a quick test that spares a per-token loop over sentences that cannot match."""
    return _words_pattern(words).search(_sentence_text(sent)) is not None


@lru_cache(maxsize=16)
def _words_pattern(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(word) for word in sorted(words, key=len, reverse=True) if word) or "(?!)")


def _capital(text: str) -> bool:
    return text[:1].isupper() and text.replace("-", "").replace(".", "").isalpha()


def _acronym(text: str) -> bool:
    """A short form in capitals with digits, as ministries and agencies write theirs ("Menteri P2MI X")."""
    return text[:1].isupper() and text.isalnum() and text.isupper() and not text.isalpha()


def _name_like(text: str, i: int, by_start: dict[int, Mention]) -> bool:
    return _name_text(text) and i not in by_start


def _name_text(text: str) -> bool:
    """A word that can be part of a person's name: capitalised letters (any script), not a NON_NAMES word."""
    return len(text) > 1 and text[:1].isupper() and bool(NAME_TOKEN.match(text)) and text not in NON_NAMES


def _inside_title(texts: list[str], words: list[str], phrase_start: int, sent_start: int) -> bool:
    """Is the role phrase the complement of a longer capitalised title ("Head of the Office of the President",
    "Chief of Staff of the Prime Minister")?"""
    k = phrase_start - 1
    if k > sent_start and words[k] == "the":
        k -= 1
    return k > sent_start and words[k] == "of" and texts[k - 1][:1].isupper()


def _hyphen_joined(table: TokenTable, i: int, end: int) -> bool:
    """Is token `i` a hyphen written between the word before it and a word after it, with no space?"""
    if i + 1 >= end or table.text[i] != "-" or not table.text[i + 1][:1].isalpha():
        return False
    return bool(table.idx[i - 1] + len(table.text[i - 1]) == table.idx[i] and table.idx[i] + 1 == table.idx[i + 1])


def _has_entities(doc: Doc) -> bool:
    """Does the document carry named entities (a parser model's)? Asked once per document: spaCy scans every
    token for it, and a document without entities is scanned to the end."""
    cached = doc.user_data.get("gb_has_entities")
    if cached is None:
        cached = doc.user_data["gb_has_entities"] = doc.has_annotation("ENT_IOB")
    return bool(cached)


def trigger_tokens(doc: Doc) -> frozenset[int]:
    """The indices of the tokens inside a trigger, computed once per document (a per-sentence rebuild for each
    role noun made long text quadratic)."""
    cached = doc.user_data.get("gb_trigger_tokens")
    if cached is None:
        cached = frozenset(i for t in doc_spans(doc, "gb_triggers") for i in range(t.start, t.end))
        doc.user_data["gb_trigger_tokens"] = cached
    return cached
