"""The built-in vocabulary of after-sales questions, and the words a question is about.

Customers describe problems in their own words ("vase came smashed"), help
pages in the shop's ("broken or damaged on arrival"). This starter thesaurus
of online-shop support bridges the two for every shop from day one; editors
add their own groups in the admin (helpcenter_search.SynonymGroup), and
``HELPCENTER_SEARCH_STARTER_VOCABULARY = False`` turns this one off.

It is a thesaurus of the domain, not of any one help center: every group is
a set of words customers and shops use for the same thing.

The stop words are what customers add around the words that matter ("can I",
"do you", «آیا», «دارید»). They are removed in the index analysis as well as
when search judges how much of a question the best answer covers.
"""

import re
from dataclasses import dataclass
from functools import cache, lru_cache

STARTER_SYNONYMS = {
    "en": [
        "refund, money back, reimbursement, repayment, reimburse, refunded, paid back, pay back, money returned",
        "return, send back, sending back, give back, returning, returns, take back, bring back, ship back",
        "exchange, swap, swapping, replace, replacement, different size",
        "parcel, package, shipment, consignment, delivery",
        "delivered, dropped off, handed over, left at, marked as delivered",
        "courier, driver, delivery driver, delivery person, postman, carrier, delivery company",
        "broken, damaged, smashed, cracked, shattered, dented, in pieces, crushed, breakage, chipped",
        "faulty, defective, stopped working, not working, broke down, malfunction, does not work, doesn't work",
        "guarantee, warranty",
        "missing, lost, not arrived, never arrived, didn't arrive, hasn't arrived, can't find, cannot find, stolen",
        "late, delayed, delay, overdue, taking long, still waiting",
        "track, tracking, trace, where is, status, whereabouts, tracking number, tracking code, order status, locate",
        "cancel, call off, cancellation, cancelled, canceled, stop my order, stop the order, stop an order",
        "charge, charged, payment, debit, transaction, taken",
        "twice, two times, double, duplicate, two payments, charged twice, double charge",
        "pending, authorisation, authorization, on hold, reserved, temporary hold",
        "declined, rejected, refused, failed, not accepted, didn't go through, won't go through",
        "card, credit card, debit card, bank card",
        "pay, ways to pay, payment method, payment methods, payment options, checkout",
        "password, log in, login, sign in, locked out, can't log in, cannot log in, account access",
        "forgot, forgotten, reset, don't remember, lost password",
        "email, e-mail, mail, inbox",
        "phone, telephone, call, ring, phone number, hotline, speak to someone",
        "contact, get in touch, reach, talk to, customer service, support, help desk, customer care, "
        "speak to a person, talk to a person, speak to a human, talk to a human, real person, agent",
        "size, sizing, fit, too small, too big, medium, large, small, bigger, smaller",
        "discount, coupon, voucher, promo code, promotion code, discount code, offer",
        "shipping cost, delivery charge, delivery cost, postage, delivery fee, shipping fee, return cost",
        "free shipping, free delivery, free returns",
        "address, delivery address, shipping address",
        "invoice, receipt, bill, proof of purchase, vat receipt, vat invoice, tax invoice",
        "out of stock, sold out, unavailable, back in stock",
        "gift card, gift voucher, gift certificate",
        "how long, how many days, how soon, timeframe, time frame, days, timing, timings",
        "shows up, show up, arrive, come through, appear, reach",
        "wrong item, wrong product, incorrect item, not what i ordered, wrong size, wrong colour, wrong color",
        "change, modify, edit, update, amend",
        "mobile, mobile number, cell phone, phone number",
        "verification code, one-time code, otp, confirmation code, sms code, code",
        "bank, bank app, bank statement, statement, banking app",
        "photo, picture, photograph, proof",
        "months, year, months later, after a while",
        # Ordering, delivery options, costs, account and security.
        "buy, purchase, place an order, placing an order, make a purchase, order online",
        "delivery time, delivery times, shipping time, delivery date, arrival date, estimated delivery",
        "express delivery, express shipping, next day delivery, same day delivery, fast delivery, expedited",
        "international, abroad, overseas, other countries, worldwide",
        "customs, customs duty, customs duties, import duty, import tax, duties",
        "hidden cost, hidden costs, hidden fee, extra charge, additional charge, surcharge, charged more",
        "cash on delivery, pay on delivery, pay cash, pay in cash, pay at the door",
        "pay later, buy now pay later, instalments, installments, pay in instalments, pay in installments",
        "two-step, two-step verification, two-factor, two factor, 2fa, multi-factor, extra security",
        "phishing, scam, fraud, fraudulent, suspicious message, suspicious email, suspicious text, fake email",
        "personal data, my data, personal information, privacy, data protection, gdpr",
        "delete my account, close my account, remove my account, deactivate my account, delete account, get rid of my account",
        "sign up, register, registration, create an account, open an account",
        "packaging, packing, wrapping, recycling, recyclable, plastic free, plastic-free, eco-friendly",
        "repair, repaired, fix, fixed, mend",
        "complaint, complain, not happy, unhappy, dissatisfied, disappointed",
        "unsubscribe, newsletter, marketing emails, promotional emails, opt out, mailing list",
        "order confirmation, confirmation email, order email",
        "instructions, manual, user guide, assembly, assemble, set up, setup",
    ],
    "fa": [
        "بازگشت پول, بازگشت وجه, استرداد وجه, عودت وجه, برگشت پول, پس گرفتن پول, بازپرداخت, پولم",
        "مرجوعی, مرجوع, برگرداندن, پس دادن, بازگرداندن, عودت کالا, بازگشت کالا, مرجوع کردن, پس بدم, "
        "پس بدهم, پس فرستادن, پس فرستادم, پس بفرستم, برگردونم",
        "تعویض, عوض کردن, جایگزین, سایز دیگر",
        "ارسال, تحویل, فرستادن, حمل, پست",
        "مرسوله, بسته, محموله",
        "پیک, مامور پست, پستچی, راننده, باربری",
        "شکسته, خراب, آسیب دیده, آسیب, له شده, ترک خورده, خرد شده, شکستگی",
        "معیوب, کار نمی کند, از کار افتاده, ایراد, نقص, خرابی",
        "گارانتی, ضمانت, وارانتی",
        "گم شده, نرسیده, پیدا نمی کنم, مفقود, دستم نرسیده",
        "دیر, تاخیر, دیرکرد, هنوز نرسیده",
        "پیگیری, رهگیری, کد رهگیری, کجاست, کجا رسیده, وضعیت سفارش",
        "لغو, کنسل, انصراف",
        "پرداخت, واریز, تراکنش, کسر, کم شده",
        "دو بار, دوبار, تکراری, مضاعف",
        "ناموفق, انجام نشد, خطا, رد شد, نشد",
        "کارت, کارت بانکی, حساب بانکی",
        "رمز عبور, گذرواژه, پسورد, رمز",
        "ورود, وارد شدن, لاگین",
        "ایمیل, رایانامه, پست الکترونیک",
        "تلفن, تماس, شماره تماس, زنگ, تلفنی",
        "پشتیبانی, خدمات مشتریان, ارتباط با ما, تماس با ما, پاسخگویی, اپراتور, کارشناس, حرف بزنم, صحبت کنم",
        "موبایل, تلفن همراه, شماره همراه, گوشی",
        "تغییر, عوض, ویرایش, اصلاح, عوض شده",
        "هزینه ارسال, کرایه, هزینه پست, هزینه حمل, هزینه ارسالش",
        "رایگان, مجانی, رایگانه",
        "کد تخفیف, کوپن, تخفیف",
        "فاکتور, رسید, صورتحساب",
        "کد تایید, کد یکبار مصرف, رمز یکبار مصرف, پیامک",
        "تومان, تومن",
        "ناموجود, تمام شده, موجود نیست",
        "کالا, جنس, محصول",
        "پول, وجه, مبلغ",
        "مهلت, فرصت, مدت",
        "چه زمانی, چند روز, چقدر طول, چند وقت",
        "خرید کردن, ثبت سفارش, سفارش دادن, خرید اینترنتی",
        "پرداخت در محل, پرداخت نقدی, پرداخت هنگام تحویل, پرداخت موقع تحویل",
        "کلاهبرداری, فیشینگ, پیامک جعلی, پیام مشکوک, لینک مشکوک, جعلی",
        "حذف حساب, بستن حساب, پاک کردن حساب, حذف حساب کاربری",
        "ورود دو مرحله ای, تایید دو مرحله ای, رمز دوم, احراز هویت دو مرحله ای",
        "بسته بندی, بسته‌بندی, لفاف, کارتن",
        "خانه, خونه, منزل",
    ],
}

# Customers' filler: function words, question words and "do you have".
# A superset of Lucene's English list, so the index and the coverage check agree.
STOP_WORDS = {
    "en": """a an and are as at be but by for if in into is it no not of on or such that the their
    then there these they this to was will with i me my mine we us our you your yours he she him her
    its them am been being have has had do does did doing can could would should may might must shall
    what which who whom whose when where why how all any some just so than too very also about after
    before up down out off over under again there's here get got please hi hello thanks thank""".split(),
    "fa": """و در به از که این آن را با برای تا یا هم نیز اما ولی اگر چه چی چرا کجا چطور چگونه آیا
    است هست هستند بود بودند شد شده شود میشود می‌شود کرد کرده کنم کنید کردم کنه دارید دارم دارد داره
    داشتم من تو او ما شما ایشان آنها مرا رو یک یه هر همه باید نباید میخواهم میخوام لطفا سلام ممنون
    خیلی بسیار دیگر روی الان ولی چون کی میشه میشود ام ها های هام هایم اش ات
    چجوری چطوری چیه چیکار""".split(),
}

# What a customer's story adds around a longer question: when it happened, who it was for, how
# they feel, and verbs that name no topic ("I tried", «سفارش دادم»). A whole sentence keeps the
# words that name the problem (order, refund, arrived, broken); these would only add chance matches
# in unrelated articles. A shorter question keeps them: there, "says" or "really" may be the point.
# Not index stop words: an article's "Tracking says delivered" keeps its "says".
STORY_WORDS = {
    "en": """from nothing something anything everything still yet now only once around bit lot really
    actually already even ever never want wanted need needs needed like tried try trying kept keep keeps
    said says saying told tell seen see saw going go went gone come came know think thought realised
    realized wondering wonder sure thing things stuff way ok okay yes yeah getting
    ago yesterday tonight tomorrow morning evening afternoon recently earlier monday tuesday wednesday
    thursday friday saturday sunday daughter son wife husband mum mom dad mother father friend brother
    sister partner kids upset worried annoyed frustrated angry sad""".split(),
    "fa": """دیگه هنوز واقعا واقعاً کلا کلاً اصلا اصلاً خوام خواد تونم میتونم میتوانم توانم دونم میدونم
    بهم بهتون خودم خودش خودشو دادم زدم شدم بشه شه نمیشه باشه قرار دیدم گفت گفتن اومد میاد نمیاد
    بره برم دیروز دیشب امروز فردا پیش شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه
    همسرم برادرم مادرم پدرم خواهرم دوستم پسرم دخترم بچه‌ام کلافه""".split(),
}
# What is left of an English contraction when a question is split into words ("wasn't": "wasn",
# "t"): the index keeps "wasn't" whole, so these match nothing and say nothing.
CONTRACTION_PARTS = frozenset(
    "im ive dont didnt doesnt isnt wasnt hasnt havent cant wont don didn doesn isn wasn hasn haven aren "
    "weren couldn wouldn shouldn won ll ve re".split()
)

# What the engine's own Persian stop filter (Lucene's list, "_persian_" in analysis.py) drops
# besides the filler above, folded. A question's word among them is in no index, so it can never be
# matched and is not judged as asked or missing. Lucene's English list is inside the filler list.
INDEX_STOP_WORDS = {
    "fa": """انان نداشته سراسر خیاه وی تاکنون بیشتری دوم پس ناشی وگو داشتند سپس هنگام هرگز پنج نشان امسال گروهی
    شدند ده دو نخستین وسط ه کدام قابل رفت هفت همچنین هزار بله بلی شاید شناسی گرفته دهد داشته دانست داشتن
    خواهیم میلیارد وقتیکه امد خواهد جز اورده بلکه خدمات شدن برخی نبود بسیاری جلوگیری حق کردند نوعی بعری
    نکرده نظیر بوده بودن داد اورد جایی دنبال داده سابق هیچ همان انجا کمتر کجاست گردد کسی تر مردم تان
    دادن سری جدا ندارند مگر یکدیگر دهند بنابراین هنگامی سمت جا انچه خود دادند زیاد دارند اثر بدون بهترین
    بیشتر البته براساس بیرون بعضی گرفت توی ای میلیون جریان تول بر مانند برابر باشیم مدتی گویند اکنون
    تنها جدید چند بی نشده کردن گوید کنیم نمی نزد قصد فقط بالای دیگران دیروز توسط سوم ایم دانند سوی
    استفاده کنار داریم ساخته طور امده رفته نخست بیست نزدیک طی تمامی داشت یکی طریق چیست روب نماید گفت
    چندین چیزی تواند اید ترین اینکه دیگری راه هایی بروز همچنان پاعین کس حدود مختلف مقابل چیز گیرد ندارد
    ضد همچون سازی شان مورد باره مرسی خویش برخوردار خارج شش هنوز تحت ضمن هستیم گفته فکر پیش روزهای انکه
    نخواهد بالا کل وقتی چنین گیری نیست کند یابد بندی حتی توانند عقب خواست کنند بین تمام باشند مثل اری
    باشد اره طبق بعد صورت غیر جای بیش ریزی اند زیرا بار می درباره دیده همین گذاری برداری علت گذاشته فوق
    نه شوند اباد همواره اول خواهند چهار نام امروز مان قبل سعی تازه زیر جلوی عنوان""".split(),
}

WORD = re.compile(r"\w+")
# Up to this many content words, a question is short: each of its words may be the point.
SHORT_QUESTION = 3
# From this many content words on, a question tells a story around the question (see STORY_WORDS).
LONG_QUESTION = 6
# Inflections that should not stop a vocabulary term from matching the query.
_SUFFIXES = {
    "en": r"(?:s|es|ed|d|ing)?",
    "fa": r"(?:\u200c?(?:ها|های|هایی|ام|ات|اش|م|ت|ش|ی|ای|مان|تان|شان|ه))?",
}


def fold(text: str) -> str:
    """Lower case, Arabic letter forms as Persian, ZWNJ as a space, Persian and Arabic digits as Latin,
    and a number glued to a word set apart («۱۴روزه» is "14 روزه"), as the index analysis does."""
    text = _DIGIT_LETTER.sub(" ", text.lower().translate(_FOLD))
    return " ".join(text.split())


_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")


_FOLD = str.maketrans(
    {
        **dict(zip("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789", strict=True)),
        "\u064a": "\u06cc",  # Arabic yeh
        "\u0649": "\u06cc",  # alef maksura
        "\u0643": "\u06a9",  # Arabic kaf
        "\u0629": "\u0647",  # teh marbuta
        "\u0622": "\u0627",  # alef with madda, as the index's arabic_normalization folds it
        "\u0623": "\u0627",
        "\u0625": "\u0627",
        "\u200c": " ",  # zero-width non-joiner
    }
)


@cache
def starter_groups(language: str) -> list[list[str]]:
    return [[term.strip() for term in group.split(",")] for group in STARTER_SYNONYMS.get(language, [])]


@cache
def _folded_stop_words(language: str) -> frozenset[str]:
    return frozenset(fold(word) for word in STOP_WORDS.get(language, ()))


def content_words(query: str, language: str) -> list[str]:
    """The words a question is about: folded, without filler, each once; in a longer question,
    without the story around it either."""
    stop = _folded_stop_words(language) | (CONTRACTION_PARTS if language == "en" else frozenset())
    words: list[str] = []
    for word in WORD.findall(fold(query)):
        if word not in stop and word not in words and (len(word) > 1 or word.isdigit()):
            words.append(word)
    if len(words) >= LONG_QUESTION:
        story = _folded_story_words(language)
        words = [word for word in words if word not in story] or words
    return words


def is_story_word(word: str, language: str) -> bool:
    return word in _folded_story_words(language)


@cache
def _folded_story_words(language: str) -> frozenset[str]:
    return frozenset(word for phrase in STORY_WORDS.get(language, ()) for word in fold(phrase).split())


PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def digit_forms(words: list[str]) -> list[str]:
    """The numbers among (folded) words, in Latin and in Persian digits: for a search that compares
    words as written (the database backend), where «۱۴» and "14" are different words."""
    numbers = [word for word in words if word.isdigit()]
    return numbers + [number.translate(PERSIAN_DIGITS) for number in numbers]


@cache
def _index_stop_words(language: str) -> frozenset[str]:
    return frozenset(fold(word) for word in INDEX_STOP_WORDS.get(language, ()))


def searchable_words(query: str, language: str) -> list[str]:
    """The content words the index can match: without the engine's own stop words."""
    dropped = _index_stop_words(language)
    return [word for word in content_words(query, language) if word not in dropped]


# Customers part a phrase's words with a word or two ("send it back", "money come back", «پول رو
# پس بدید»): the words of a vocabulary term may have up to this many words between them. Not in a
# long question, where a story's words would pair up into terms nobody asked about.
TERM_GAP = 2


@lru_cache(maxsize=8192)
def _term_matcher(term: str, language: str, gap: int) -> tuple[str, re.Pattern]:
    """A vocabulary term's first word, and a whole-word match for the term (each word a group): its
    last word inflected, up to ``gap`` other words between its words."""
    suffix = _SUFFIXES.get(language, "")
    folded = fold(term).split()
    between = rf"\s+(?:\w+\s+){{0,{gap}}}?"
    words = [re.escape(word) for word in folded]
    if words:
        words[-1] += suffix
    phrase = between.join(f"({word})" for word in words)
    return folded[0] if folded else "", re.compile(rf"(?<!\w){phrase}(?!\w)")


def find_term(term: str, language: str, folded_query: str, gap: int = TERM_GAP) -> re.Match | None:
    """Where a vocabulary term is in a folded query, if it is.

    Every search tries every term of the vocabulary (hundreds); a term whose
    first word is nowhere in the query cannot match, and a substring test
    says so in a fraction of the regular expression's time.
    """
    head, pattern = _term_matcher(term, language, gap)
    return pattern.search(folded_query) if head in folded_query else None


@dataclass
class Expansion:
    """Words of the query that a vocabulary group recognised, and the group's other terms."""

    words: list[str]
    terms: list[str]


def expand(query: str, language: str, groups: list[list[str]]) -> list[Expansion]:
    """For each group with a term in the query: which query words it covers and what else to search for."""
    folded = fold(query)
    gap = 0 if len(searchable_words(query, language)) >= LONG_QUESTION else TERM_GAP
    found: list[Expansion] = []
    for terms in groups:
        matches = [find_term(term, language, folded, gap) for term in terms]
        matched = [match for match in matches if match]
        if not matched:
            continue
        words = [word for match in matched for group in match.groups() for word in WORD.findall(group)]
        others = [term for term, match in zip(terms, matches, strict=True) if not match]
        if others:
            found.append(Expansion(words=words, terms=others))
    return found


# Persian pronoun endings a customer writes and an article does not: «پولم» (my money), «رنگش»
# (its colour), and in speech with the object marker «پولمو», «عوضش». The stemmer keeps them.
# And the negative «نا» of an adjective («نامعتبر», not valid), where the article says «معتبر نیست».
_PERSIAN_ENCLITIC = re.compile(r"^(.{3,}?)(?:م|ش|مو|شو|مون|تون|شون)$")
_PERSIAN_NEGATIVE = re.compile(r"^نا(.{4,})$")


def bare_forms(word: str, language: str) -> list[str]:
    """A Persian word without its pronoun ending or negative prefix, to be searched beside the word
    as written (a word that merely looks inflected is still found as written)."""
    if language != "fa":
        return []
    return [
        match.group(1) for pattern in (_PERSIAN_ENCLITIC, _PERSIAN_NEGATIVE) if (match := pattern.match(word))
    ]


# A Persian verb by its form: continuous «می»/«نمی» (میزنه، نمیاد، برمیگرده), a subjunctive or negative
# first person (بخرم، نگرفتم، بدم), or a past first person (فرستادم، خریدم); first person or, addressing
# the shop in speech, "you" plural (بفرستین، نفرستادین). Customers' verbs are spoken forms no article
# uses; the noun beside them names the topic.
_PERSIAN_VERB = re.compile(r"^(?:(?:بر)?ن?می\S{2,}|(?:بر)?[بن]\S+(?:م|ین)|\S{3,}[دت](?:م|ین))$")


def is_verb_form(word: str, language: str) -> bool:
    return language == "fa" and bool(_PERSIAN_VERB.match(word))


# Persian pronoun, object-marker and verb endings: a word that differs from another only in these at
# its end is another form of it, not a misspelling of it («پولم» my money, «پولی»; «خودمو» myself,
# «خودرو» car; «کنین», «کنید»).
_PERSIAN_ENDING_LETTERS = frozenset("مشتنهوی")


def is_other_form(word: str, other: str, language: str) -> bool:
    if language != "fa":
        return False
    common = 0
    while common < min(len(word), len(other)) and word[common] == other[common]:
        common += 1
    ending, other_ending = word[common:], other[common:]
    # Letters swapped at the end («گارانیت», «گارانتی») are a misspelling.
    return common >= 2 and set(ending) <= _PERSIAN_ENDING_LETTERS and sorted(ending) != sorted(other_ending)


def is_filler_typo(word: str, language: str) -> bool:
    """One edit (a letter added, dropped, changed or two swapped) from a filler word of 4+ letters."""
    return any(len(stop) >= 4 and one_edit(word, stop) for stop in _folded_stop_words(language))


def one_edit(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
        return len(diffs) == 1 or swapped
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
