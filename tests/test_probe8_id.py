"""Probe probe8-id (2026-12-06, eighth round): Indonesian current news over several sentences (ASEAN and Myanmar, the
South China Sea, trade disputes, investment, WNI abroad, Sudan, the Red Sea, Russia-Ukraine talks). Sentences of
our own."""

from __future__ import annotations

from tests.test_persons_current import keys, run


def _found(text: str) -> set[tuple[str, str, str]]:
    return keys(run(text, lang="id"))


def test_a_count_word_before_the_object_does_not_use_up_the_preposition_reach() -> None:
    """"serangan udara terhadap sejumlah sasaran milik kelompok Y": the count word ("sejumlah", "beberapa") takes no
    modifier's place in the preposition's reach (`events.introducer_quantifiers`); the attack and the condemnation
    of it in the next sentence follow."""
    found = _found("Chile dan Bolivia melancarkan serangan udara terhadap sejumlah sasaran milik kelompok Hamas di "
                   "perbatasan. Peru mengecam serangan itu.")
    assert {("CHL", "ASSAULT", "hamas"), ("BOL", "ASSAULT", "hamas")} <= found
    assert ("PER", "ACCUSE", "CHL") in found
    assert ("CHL", "ASSAULT", "hamas") in _found("Chile menembakkan roket ke beberapa pos milik kelompok Hamas.")


def test_saying_someone_will_pay_dearly_is_a_threat_to_each_listed() -> None:
    """"mengatakan Y akan membayar mahal / harus menanggung akibatnya" (`id.threaten.akan-membayar`, an obligation:
    the speaker's THREATEN of Y); a list before the phrase is every target (`roles.obligation`); paying a high price
    for goods is no threat."""
    found = _found("Pemerintah Chile mengatakan Peru dan Bolivia akan membayar mahal atas serangan itu.")
    assert {("CHL", "THREATEN", "PER"), ("CHL", "THREATEN", "BOL")} <= found
    assert ("CHL", "THREATEN", "PER") in _found("Pemerintah Chile menegaskan Peru harus menanggung akibatnya.")
    assert not _found("Warga Chile akan membayar mahal untuk tiket pesawat ke Peru.")


def test_the_broker_of_the_talks_is_no_party_of_the_two_sides() -> None:
    """"Perundingan yang difasilitasi Menlu Z … Kedua pihak sepakat": the agent of a mediating participle is no
    party of the pair after it (`events.pair_mediators`); the two who held the talks are."""
    found = _found("Delegasi Chile dan Peru menggelar perundingan di Lima. Perundingan yang ditengahi Pemerintah "
                   "Bolivia itu berlangsung tiga jam. Kedua pihak sepakat untuk menukar tawanan.")
    assert ("CHL", "AGREE", "PER") in found or ("PER", "AGREE", "CHL") in found
    assert not [k for k in found if k[1] == "AGREE" and "BOL" in (k[0], k[2])]


def test_an_executive_vice_president_of_a_body_is_the_named_person() -> None:
    """"Wakil Presiden Eksekutif Komisi Eropa Frans Timmermans": an official's title before a body and a name is the
    person (`role.agent.officials.deputies`), not the body."""
    found = _found("Menlu Chile bertemu dengan Wakil Presiden Eksekutif Komisi Eropa Frans Timmermans di Brussel.")
    assert not [k for k in found if "european-commission" in (k[0], k[2])]
    assert [k for k in found if k[1] == "CONSULT" and k[2] == "frans-timmermans"]


def test_a_place_before_a_relative_word_is_not_its_antecedent() -> None:
    """"perusahaan di Chile yang memasok senjata kepada Peru": the firms supply, the state after "di" only says
    where (`roles.nearest-subject`); a state set off by a comma before "yang" still acts."""
    assert not _found("Tujuh perusahaan di Chile yang memasok senjata kepada Peru ditutup.")
    assert ("CHL", "AID", "PER") in _found("Chile, yang memasok senjata kepada Peru, dikecam Bolivia.")


def test_an_official_of_a_body_is_no_state_of_the_two_sides() -> None:
    """"A dan Presiden Komisi Eropa Ursula von der Leyen … Kedua pihak": a person holding an office of an organisation
    on the article's date counts as that body, not as the state of their nationality (`_as_state`): no pair with
    Germany or Portugal."""
    found = _found("Presiden Chile dan Sekretaris Jenderal PBB António Guterres bertemu di New York. Kedua pihak "
                   "sepakat memperkuat kerja sama.")
    assert not [k for k in found if "PRT" in (k[0], k[2])]
    found = _found("Menlu Peru dan Presiden Komisi Eropa Ursula von der Leyen mengumumkan rampungnya perundingan. "
                   "Kedua pihak menargetkan penandatanganan perjanjian pada akhir tahun.")
    assert not [k for k in found if "DEU" in (k[0], k[2])]


def test_relations_held_since_a_year_are_no_act() -> None:
    """"menjalin hubungan diplomatik (dengan Y) sejak 1950 / selama 62 tahun" is a state of affairs
    (`id.none.hubungan-sejak`); establishing relations stays COOPERATE."""
    assert not _found("Chile dan Peru menjalin hubungan diplomatik sejak 1950.")
    assert not _found("Chile telah menjalin hubungan dengan Peru selama 62 tahun.")
    assert ("CHL", "COOPERATE", "PER") in _found("Chile dan Peru resmi menjalin hubungan diplomatik pada Senin.")


def test_saying_someone_committed_genocide_accuses_them() -> None:
    """"menyatakan / mengatakan Y telah melakukan genosida / kejahatan perang" (`id.accuse.melakukan-genosida`, an
    obligation entry): the speaker's ACCUSE of Y; no speaker, no accusation."""
    assert ("CHL", "ACCUSE", "PER") in _found("Pemerintah Chile mengatakan Peru melakukan kejahatan perang di Bolivia.")
    assert not [k for k in _found("Peru melakukan pembantaian di Bolivia.") if k[1] == "ACCUSE"]


def test_fighting_or_clashes_between_two_parties_are_their_assault() -> None:
    """"pertempuran / bentrokan antara A dan B" (`id.assault.tempur`, `id.assault.bentrok` take "antara";
    `roles.between-pair` reads the two parties of a fight): A ASSAULT B, the speaker before it none of theirs."""
    found = _found("Menlu Chile mengatakan warga tewas dalam pertempuran antara tentara Peru dan pasukan Bolivia.")
    assert ("PER", "ASSAULT", "BOL") in found
    assert not [k for k in found if k[1] == "ASSAULT" and k[0] not in ("PER", "BOL")]
    assert ("CHL", "ASSAULT", "PER") in _found("Tiga orang tewas dalam bentrokan antara pasukan Chile dan Peru.")


def test_a_leader_named_after_a_comma_is_the_target_not_the_body() -> None:
    """"sanksi kepada pemimpin Pasukan Dukungan Cepat (RSF) Sudan, Mohamed Hamdan Dagalo": the leader noun, the body
    (its short form, its state) and the name after the comma are the person (`mentions.leader-apposition`)."""
    found = _found("Chile menjatuhkan sanksi kepada pemimpin Pasukan Dukungan Cepat (RSF) Sudan, Mohamed Hamdan "
                   "Dagalo, pada Selasa.")
    assert ("CHL", "SANCTION", "mohamed-hamdan-dagalo") in found
    assert not [k for k in found if k[2] in ("rsf", "SDN")]
    assert ("CHL", "SANCTION", "rsf") in _found("Chile menjatuhkan sanksi kepada Pasukan Dukungan Cepat (RSF) Sudan.")


def test_thanking_for_someones_support_is_no_support_received() -> None:
    """"berterima kasih atas dukungan / bantuan Y" thanks Y (`id.support.terima-kasih`): "berterima" (stem "terima")
    no longer opens `id.support.terima-dukungan` / `id.aid.terima-bantuan`, which read it as support received from
    Y; "menerima / mendapat dukungan dari Y" still does."""
    assert _found("Chile berterima kasih atas dukungan Peru.") == {("CHL", "SUPPORT", "PER")}
    assert ("CHL", "SUPPORT", "PER") in _found("Chile berterima kasih atas bantuan Peru selama krisis.")
    assert ("PER", "AID", "CHL") in _found("Chile menerima bantuan kemanusiaan dari Peru.")


def test_a_listed_body_with_its_short_form_and_state_still_lists_the_next() -> None:
    """"bertemu dengan perwakilan Pemerintah Persatuan Nasional (NUG) Myanmar dan Dewan Administrasi Negara": the
    bracketed short form and the body's own state end the first item, the actor after "dan" is the second target
    (`roles.target-after-trigger`, `_expand_right`); the junta's State Administration Council is Myanmar."""
    found = _found("Chile bertemu dengan perwakilan Pemerintah Persatuan Nasional (NUG) Myanmar dan Dewan Administrasi "
                   "Negara secara terpisah.")
    assert {("CHL", "CONSULT", "myanmar-nug"), ("CHL", "CONSULT", "MMR")} <= found
    assert ("CHL", "ACCUSE", "MMR") in _found("Chile mengecam Dewan Administrasi Negara Myanmar atas serangan itu.")


def test_ramming_another_states_vessel_is_an_assault() -> None:
    """"Kapal penjaga pantai X menabrak (dan menaiki) kapal Y" (`id.assault.tabrak`); a truck hitting a crowd names no
    actor."""
    assert ("CHL", "ASSAULT", "PER") in _found("Kapal penjaga pantai Chile menabrak dan menaiki kapal angkatan laut "
                                               "Peru di perairan sengketa.")
    assert not _found("Sebuah truk menabrak kerumunan warga di pusat kota Lima.")


def test_accepting_a_proposal_is_agreeing_to_its_author() -> None:
    """"siap menerima usulan gencatan senjata yang diajukan Y" / "menerima usulan Y" (`id.agree.terima-usulan`), as
    "menyetujui usulan Y"."""
    assert ("CHL", "AGREE", "PER") in _found("Chile menyatakan siap menerima usulan gencatan senjata yang diajukan "
                                             "Peru dalam perundingan di Lima.")
    assert ("CHL", "AGREE", "PER") not in _found("Chile tidak akan menerima usulan Peru.")


def test_an_act_claimed_as_a_form_of_solidarity_has_no_target_there() -> None:
    """"mengklaim serangan itu sebagai bentuk solidaritas terhadap rakyat Y" (`markers.cause_phrases` + "sebagai
    bentuk / wujud"): Y is the purpose's, no target of the attack."""
    found = _found("Hamas menyerang kapal tanker Peru di laut. Hamas mengklaim serangan itu sebagai bentuk "
                   "solidaritas terhadap rakyat Bolivia.")
    assert ("hamas", "ASSAULT", "PER") in found
    assert ("hamas", "ASSAULT", "BOL") not in found


def test_a_bare_home_ministry_of_religious_affairs_is_indonesia() -> None:
    """"Kementerian Agama menyambut baik keputusan itu" after Saudi Arabia's haj quota: the home state's ministry
    (`markers.home_ministries`), Indonesia's SUPPORT, not a new organisation."""
    found = _found("Arab Saudi menambah kuota haji Indonesia sebanyak 20.000 jemaah. Kementerian Agama menyambut baik "
                   "keputusan itu.")
    assert ("IDN", "SUPPORT", "SAU") in found


def test_an_indonesian_rank_of_two_words_is_no_part_of_the_name() -> None:
    """"Kepala Bakamla Laksamana Madya Irvansyah": "Laksamana Madya" (and "Marsekal Muda", "Letjen", …) is a rank
    (`role.agent.military.rank`), so "Madya" starts no person's name; the agency's head acts for Indonesia."""
    found = keys(run("Kepala Bakamla Laksamana Madya Irvansyah mengatakan pihaknya meminta kapal Peru keluar dari "
                     "perairan itu.", lang="id"))
    assert not [k for k in found if "madya" in k[0].lower()]
    assert ("IDN", "REQUEST", "PER") in found


def test_the_vessel_is_the_state_whose_vessel_was_named_before() -> None:
    """"kapal itu / kapal tersebut" is the state of the one vessel named so in the two sentences before
    (`coref.vessel-definite`): "meminta kapal itu keluar" asks Peru; none when vessels of two states were named."""
    found = _found("Angkatan laut Chile mengusir kapal penjaga pantai Peru dari perairan sengketa, Senin. Komandan "
                   "patroli Chile meminta kapal itu segera keluar dari wilayah tersebut.")
    assert ("CHL", "REQUEST", "PER") in found
    found = _found("Kapal nelayan Peru dan kapal nelayan Bolivia terlihat di perairan Chile. Pemerintah Chile meminta "
                   "kapal itu segera keluar.")
    assert not [k for k in found if k[1] == "REQUEST"]


def test_a_request_of_an_unnamed_group_requests_nothing_of_the_actor_after() -> None:
    """"mendesak negara-negara anggota / masyarakat internasional untuk mendukung Y": asked of no actor
    (`events.unnamed_addressees`, `chain.governs-complement`), no REQUEST of Y and no support of Y by the speaker; a
    named addressee keeps its request."""
    assert not _found("Menlu Chile mendesak negara-negara anggota untuk mendukung keanggotaan penuh Peru di PBB.")
    assert not _found("Chile mendesak masyarakat internasional untuk mengecam Peru.")
    assert ("CHL", "REQUEST", "BOL") in _found("Chile mendesak Bolivia untuk mendukung Peru.")


def test_welcoming_a_membership_supports_the_new_member() -> None:
    """"menyambut (baik) keanggotaan / bergabungnya Y" (`id.support.sambut-acara`): SUPPORT of Y."""
    assert ("CHL", "SUPPORT", "PER") in _found("Chile menyambut baik bergabungnya Peru ke dalam blok itu.")
    assert ("CHL", "SUPPORT", "PER") in _found("Pemerintah Chile menyambut keanggotaan penuh Peru di organisasi itu.")


def test_an_act_judged_in_the_passive_is_the_act_of_the_subject_before() -> None:
    """"Langkah tersebut dikecam keras oleh Y" opening a sentence: the act of the sentence before's subject
    (`coref.act-anaphor`, `events.act_passive_verbs`), judged by the passive's agent."""
    found = _found("Peru menutup perbatasannya dengan Bolivia pada Senin. Langkah tersebut dikecam keras oleh Chile.")
    assert ("CHL", "ACCUSE", "PER") in found
    assert not _found("Langkah tersebut dikecam keras oleh warga.")


def test_a_history_of_cooperation_is_no_act() -> None:
    """"memiliki sejarah (panjang) kerja sama" is a state of affairs (`id.none.sejarah-kerja-sama`)."""
    assert not _found("Chile dan Peru memiliki sejarah panjang kerja sama di bidang pertahanan.")
    assert ("CHL", "COOPERATE", "PER") in _found("Chile menjalin kerja sama pertahanan dengan Peru.")
