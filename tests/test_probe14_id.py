"""Probe probe14-id (2026-12-06, fourteenth round): Indonesian news of Indonesia's own ties and of world news as
Indonesian outlets report it, for precision — an order of speakers, a firm's nationality, hypothetical attacks, a
legal state of war, a recommended way, acts that talks discuss, denied claims, companions of a leader, visits in the
time clause of a scheduled act; and the measures, coordination and detentions the extractor missed. Sentences of
our own."""

from __future__ import annotations

from tests.test_persons_current import keys, run


def _found(text: str) -> set[tuple[str, str, str]]:
    return keys(run(text, lang="id"))


def test_an_order_of_speakers_is_no_talks() -> None:
    """"pembicara ketiga setelah X dan Y": the speaker's place in the order (`id.none.pembicara`); talks stay."""
    assert not _found("Presiden Chile tampil sebagai pembicara ketiga setelah Presiden Bolivia dan Presiden Peru.")
    assert ("CHL", "CONSULT", "PER") in _found("Chile melakukan pembicaraan dengan Peru.")


def test_suspending_a_declaration_and_halting_imports_are_sanctions() -> None:
    assert ("CHL", "SANCTION", "PER") in _found("Chile menangguhkan pelaksanaan deklarasi damai dengan Peru.")
    assert ("CHL", "SANCTION", "PER") in _found("Chile menghentikan kembali impor makanan laut dari Peru.")


def test_coordinating_with_another_state_is_cooperation() -> None:
    """docs/annotation.md lists "coordinated" under COOPERATE (`id.cooperate.koordinasi`)."""
    found = _found("Kedutaan Besar Chile berkoordinasi dengan otoritas Peru untuk memulangkan warganya.")
    assert ("CHL", "COOPERATE", "PER") in found
    assert not [k for k in found if k[1] == "CONSULT"]


def test_an_attack_a_modal_follows_after_bahwa_is_supposed() -> None:
    """"bahwa serangan X terhadap Y dapat menjadi …" (`events.hypothetical_openers`/`_modals`); a reported attack and
    one a relative clause's modal follows stay."""
    assert not _found("Menteri Bolivia mengatakan bahwa serangan Chile terhadap Peru dapat menjadi ancaman bagi "
                      "kawasan.")
    assert ("CHL", "ASSAULT", "PER") in _found("Bolivia mengatakan bahwa serangan Chile terhadap Peru kemarin "
                                               "menewaskan tiga orang.")
    assert ("CHL", "ASSAULT", "PER") in _found("Bolivia mengatakan serangan Chile terhadap Peru yang dapat memicu "
                                               "perang harus dihentikan.")


def test_a_state_of_war_left_by_an_armistice_is_no_fighting() -> None:
    assert not _found("Chile dan Peru secara teknis masih berperang karena perang 1879 hanya berakhir dengan "
                      "gencatan senjata.")
    assert ("CHL", "ASSAULT", "PER") in _found("Chile berperang melawan Peru.")


def test_a_firm_of_a_state_is_no_party_of_a_contract() -> None:
    """"kontrak dengan perusahaan dirgantara Turki": companies are no actors, nor is their state the party
    (`_company_nationality`); a contract with the state stays a signing with it."""
    assert not _found("Chile menandatangani kontrak pembelian 12 jet tempur dengan perusahaan dirgantara Peru.")
    assert not _found("Chile menandatangani kontrak pembelian kapal selam dengan perusahaan asal Peru.")
    assert ("CHL", "SUPPORT", "PER") in _found("Chile menandatangani kontrak pembelian kapal selam dengan Peru.")


def test_the_way_a_speaker_recommends_is_no_cooperation() -> None:
    assert not _found("Cara terbaik menjaga keamanan Chile dan Peru adalah dengan bekerja sama.")
    assert ("CHL", "COOPERATE", "PER") in _found("Chile menjalin kerja sama dengan Peru.")


def test_a_visit_in_a_time_clause_is_its_own_event_and_planned_with_a_scheduled_act() -> None:
    """"ditandatangani saat X berkunjung ke Y": no complement of the signing (`events.time_clause_words`); after a
    scheduled act the visit is planned too (`rewrite.planned-time-clause`)."""
    assert ("CHL", "CONSULT", "PER") in _found("Perjanjian itu ditandatangani saat Chile berkunjung ke Peru.")
    found = _found("Penandatanganan dijadwalkan berlangsung saat Chile berkunjung ke Peru pada Januari.")
    assert ("CHL", "AGREE", "PER") in found
    assert not [k for k in found if k[1] == "CONSULT"]


def test_an_act_a_meeting_discusses_is_not_done() -> None:
    """"membahas kesiapan X mengirim pasukan ke Y" (`filter.discussed-act`); the talks stay."""
    found = _found("Chile dan Bolivia membahas kesiapan Chile mengirim pasukan ke Peru.")
    assert not [k for k in found if k[1] in ("AID", "MOBILIZE")]
    assert ("CHL", "CONSULT", "PER") in _found("Chile membahas isu perbatasan dengan Peru.")


def test_nationals_diamankan_by_police_are_detained() -> None:
    """`id.coerce.diamankan`; a short form in brackets before "yang" is the name's ( `_relative_of_no_actor`)."""
    assert ("CHL", "COERCE", "PER") in _found("Dua nelayan Peru diamankan polisi Chile di perairan Arica.")
    assert ("CHL", "COERCE", "PER") in _found("Kemlu Peru memastikan 86 warga negara Peru (WNP) yang ditangkap "
                                              "polisi Chile dalam kondisi baik.")


def test_a_denied_claim_names_no_target_and_no_event() -> None:
    """"membantah laporan bahwa pihaknya menahan warga Y" (`events.denial_verbs`); a denial of Y's accusation stays
    REJECT Y."""
    assert not _found("Kementerian Luar Negeri Chile membantah laporan bahwa pihaknya menahan warga negara Peru.")
    assert ("CHL", "REJECT", "PER") in _found("Chile membantah tuduhan Peru.")


def test_a_companion_takes_no_part_in_the_meeting() -> None:
    """", didampingi X," is a parenthetical (`events.companion_participles`); a subject of "mendampingi" is no
    source of the scorer's events (learn.apply._companion_only)."""
    found = _found("Presiden Bolivia, didampingi Presiden Chile, bertemu Presiden Peru di Lima.")
    assert not [k for k in found if k[0] in ("CHL", "gabriel-boric")]
    found = _found("Presiden Chile turut mendampingi Presiden Bolivia saat bertemu Presiden Peru di Lima.")
    assert not [k for k in found if k[0] in ("CHL", "gabriel-boric")]


def test_witnesses_of_a_signing_are_no_parties() -> None:
    """"kedua pemimpin menyaksikan penandatanganan sejumlah nota kesepahaman" (`id.none.saksikan-dokumen`,
    `id.none.saksikan-penandatanganan`); a signing of their own stays."""
    assert not _found("Presiden Chile dan Presiden Peru menyaksikan penandatanganan sejumlah nota kesepahaman di "
                      "bidang energi.")
    assert ("CHL", "SUPPORT", "PER") in _found("Chile menandatangani nota kesepahaman dengan Peru.")


def test_an_act_hoped_of_others_is_no_event() -> None:
    """"berharap X dan Y dapat menyelesaikan perbedaan melalui dialog" (`filter.hoped-act`); the hoper's own wish
    stays an intent (AGREE)."""
    assert not _found("Bolivia berharap Chile dan Peru dapat menyelesaikan perbedaan melalui dialog.")
    assert ("CHL", "AGREE", "PER") in _found("Chile berharap dapat bekerja sama dengan Peru.")


def test_the_consent_of_all_parties_as_a_condition_is_no_agreement() -> None:
    """"setelah ada mandat PBB dan persetujuan semua pihak, termasuk X dan Y" (`id.none.persetujuan-semua-pihak`)."""
    assert not _found("Misi itu baru dikirim setelah ada mandat Dewan Keamanan PBB dan persetujuan semua pihak, "
                      "termasuk Chile dan Peru.")
    assert ("CHL", "AGREE", "PER") in _found("Chile menyetujui usulan Peru.")


def test_warning_of_a_threat_another_poses_threatens_no_one() -> None:
    """"memperingatkan ancaman X terhadap Y" (`id.none.peringatkan-ancaman`); a warning to Y stays THREATEN."""
    assert not _found("Menteri Pertahanan Bolivia memperingatkan ancaman Chile terhadap Peru.")
    assert ("CHL", "THREATEN", "PER") in _found("Chile memperingatkan Peru agar tidak melintasi perbatasan.")


def test_an_analysts_university_comparisons_and_abilities_name_no_event() -> None:
    """"pengamat Universitas Indonesia" names no Indonesia (`phrase.universities`); "dibandingkan Y" compares, Y is
    no target (`target_stops`); "bisa bekerja sama" is an ability (`irrealis`)."""
    assert not _found("Pengamat Universitas Indonesia menilai perjanjian keamanan dengan Peru tidak mengubah apa pun.")
    assert not _found("Menurut dia, Chile lebih membutuhkan perjanjian itu dibandingkan Peru.")
    assert not _found("Chile tetap bisa bekerja sama dengan Peru maupun Bolivia.")


def test_a_speaker_reporting_what_the_government_does_speaks_for_the_state() -> None:
    """"X mengatakan pemerintah berterima kasih kepada Y": the speaker's state (`events.bare_governments`)."""
    found = _found("Presiden Chile Gabriel Boric mengatakan pemerintah berterima kasih kepada Peru atas bantuannya.")
    assert ("CHL", "SUPPORT", "PER") in found
    assert ("gabriel-boric", "SUPPORT", "PER") not in found


def test_detaining_a_national_named_with_asal_is_coercion() -> None:
    """`id.coerce.tahan` takes "asal Y" as `id.coerce.tangkap` does."""
    assert ("CHL", "COERCE", "PER") in _found("Chile menahan aktivis asal Peru yang ikut dalam armada bantuan itu.")


def test_a_visit_with_nya_in_a_time_adjunct_is_the_subjects() -> None:
    """"X bertemu Y di sela kunjungannya ke Z": the visit is X's (`events.subject_adjuncts`), "mengecam Y atas
    invasinya" still Y's."""
    found = _found("Presiden Chile Gabriel Boric bertemu Presiden Bolivia Luis Arce di sela kunjungannya ke Peru.")
    assert ("gabriel-boric", "CONSULT", "PER") in found
    assert ("luis-arce", "CONSULT", "PER") not in found


def test_a_scheduled_visit_noun_is_planned() -> None:
    """"Kunjungan X ke Y dijadwalkan …" (`rewrite.scheduled-noun`): AGREE, not CONSULT; a visit noun told as done
    stays CONSULT."""
    found = _found("Kunjungan Chile ke Peru dijadwalkan berlangsung bulan depan.")
    assert ("CHL", "AGREE", "PER") in found and ("CHL", "CONSULT", "PER") not in found
    assert ("CHL", "CONSULT", "PER") in _found("Kunjungan Chile ke Peru berlangsung pekan lalu.")
