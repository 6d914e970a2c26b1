"""Demo help-center content in English and Persian (data only).

The shop is a fictional online store for home goods (ceramics, lamps,
textiles and small furniture) that ships from a warehouse in Tehran.
Money is in toman in both languages. The same article key in "en" and
"fa" makes the two pages translations of each other.

Policies used throughout, so articles agree with each other:
- Working days: Saturday to Wednesday. Tehran courier 60,000 toman (same day if
  paid by 12:00), Post 75,000 toman (2–5 working days), both free over
  2,000,000 toman; Tipax freight for furniture 180,000–450,000 toman.
- Returns within 14 days of delivery; change-of-mind returns cost 60,000 toman;
  returns are checked within 2 working days; wallet refunds are instant, Sheba
  (IBAN) refunds take 1–3 working days; failed payments are reversed by the
  bank within 72 hours.
- Damage in transit reported within 48 hours. Warranty: ceramics 12 months,
  lamps and furniture 24 months (bulbs 6 months), textiles 6 months.
"""

_ORDERS = {
    "key": "orders",
    "icon": "box",
    "title": {"en": "Orders", "fa": "سفارش‌ها"},
    "description": {
        "en": (
            "Placing an order, following its status, and changing or cancelling it before it leaves our "
            "warehouse."
        ),
        "fa": "ثبت سفارش، پیگیری وضعیت آن و تغییر یا لغو سفارش تا پیش از ارسال از انبار.",
    },
    "sections": [
        {
            "key": "placing-orders",
            "title": {"en": "Placing an order", "fa": "ثبت سفارش"},
            "description": {
                "en": "From cart to confirmation, including made-to-order pieces and gifts.",
                "fa": "از سبد خرید تا تأیید سفارش؛ همراه با نکته‌هایی درباره کالاهای سفارشی و ارسال هدیه.",
            },
            "articles": [
                {
                    "key": "place-an-order",
                    "stage": "before_purchase",
                    "title": {"en": "How to place an order", "fa": "چطور سفارش ثبت کنم؟"},
                    "summary": {
                        "en": (
                            "Add items to your cart, choose an address and a delivery option, then pay on "
                            "your bank's secure payment page. We text you as soon as the order is "
                            "confirmed."
                        ),
                        "fa": (
                            "کالاها را به سبد خرید اضافه کنید، نشانی و روش ارسال را انتخاب کنید و در درگاه "
                            "امن بانک پرداخت کنید. به محض تأیید سفارش، پیامک تأیید برایتان ارسال می‌شود."
                        ),
                    },
                    "tags": {
                        "en": ["ordering", "checkout", "cart"],
                        "fa": ["ثبت سفارش", "سبد خرید", "خرید اینترنتی"],
                    },
                    "related": ["delivery-times-and-costs", "payment-methods", "no-hidden-costs"],
                    "body": {
                        "en": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>You need an account to order, but creating one takes less than a "
                                    "minute: enter your mobile number and the code we text you. There's no "
                                    "separate sign-up form.</p>"
                                ),
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "Placing an order",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>On the product page, choose the colour or size and "
                                                "select <b>Add to cart</b>. Handmade pieces vary slightly; "
                                                "the photos show the real range of each glaze.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Open your <b>Cart</b> and check the quantities. All "
                                                "prices already include VAT.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Select <b>Checkout</b> and sign in with your mobile "
                                                "number. The 6-digit code we text you is valid for 2 "
                                                "minutes.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Choose or add a delivery address. Include the 10-digit "
                                                "postal code, the building number and the unit: couriers "
                                                "rely on them.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Choose a delivery option. Only the options available "
                                                "for your address and items are listed, each with its price "
                                                "and estimated delivery date.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Choose how to pay, check the order summary and select "
                                                "<b>Pay</b>. You're taken to your bank's payment page to "
                                                "enter your card details.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>After paying you come back to our site and see your "
                                                "order number, which starts with <code>HS-</code>. We also "
                                                "send it by text message and email.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Don't close the payment page or press Back while a payment is "
                                        "processing. If money leaves your account but you don't get an "
                                        "order number, don't pay again straight away: the article "
                                        "<b>Payment problems</b> explains what to do.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Made-to-order and sold-out items",
                                    "body": (
                                        "<p>Some ceramics are thrown to order. Their product page says "
                                        "<b>Made to order</b> and shows the lead time, usually 10–15 "
                                        "working days before dispatch. If you order them with in-stock "
                                        "items, we send everything together when the made-to-order piece is "
                                        "ready, unless you choose <b>Ship items as they're ready</b> at "
                                        "checkout. Splitting the order this way costs nothing "
                                        "extra.</p><p>For sold-out items, select <b>Notify me</b> and we'll "
                                        "text you when they're back. Items in your cart aren't reserved: "
                                        "stock is only set aside once you've paid.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Ordering a gift",
                                    "body": (
                                        "<p>Enter the recipient's name, address and mobile number as the "
                                        "delivery address; the courier will call that number. Tick <b>This "
                                        "is a gift</b> to leave prices off the packing slip and add a "
                                        "message of up to 200 characters. Gift wrapping costs 45,000 toman "
                                        "per parcel and appears in your order summary before you pay.</p>"
                                    ),
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>برای خرید باید وارد حساب کاربری شوید، ولی ساختن حساب کمتر از یک "
                                    "دقیقه طول می‌کشد: شماره موبایلتان را وارد می‌کنید و با کدی که برایتان "
                                    "پیامک می‌شود وارد سایت می‌شوید. فرم ثبت‌نام جداگانه‌ای در کار "
                                    "نیست.</p>"
                                ),
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "مراحل ثبت سفارش",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>در صفحه محصول، رنگ یا اندازه را انتخاب کنید و روی "
                                                "<b>افزودن به سبد خرید</b> بزنید. ظروف دست‌ساز کمی با هم "
                                                "فرق دارند و عکس‌ها طیف واقعی رنگ هر لعاب را نشان "
                                                "می‌دهند.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>به <b>سبد خرید</b> بروید و تعداد کالاها را بررسی کنید. "
                                                "همه قیمت‌ها با احتساب مالیات بر ارزش افزوده است.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>روی <b>ادامه فرایند خرید</b> بزنید و با شماره موبایل "
                                                "وارد شوید. کد ۶ رقمی‌ای که پیامک می‌شود فقط ۲ دقیقه اعتبار "
                                                "دارد.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>نشانی تحویل را انتخاب کنید یا نشانی تازه‌ای اضافه کنید. "
                                                "کد پستی ۱۰ رقمی، پلاک و واحد را حتماً بنویسید؛ مأمور ارسال "
                                                "به همین اطلاعات تکیه می‌کند.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>روش ارسال را انتخاب کنید. فقط روش‌هایی نمایش داده "
                                                "می‌شوند که برای نشانی و کالاهای شما امکان‌پذیرند و کنار هر "
                                                "کدام هزینه و تاریخ تقریبی تحویل نوشته شده است.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>روش پرداخت را انتخاب کنید، خلاصه سفارش را یک بار دیگر "
                                                "ببینید و روی <b>پرداخت</b> بزنید. به درگاه بانک منتقل "
                                                "می‌شوید تا اطلاعات کارت را وارد کنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>پس از پرداخت به سایت برمی‌گردید و شماره سفارش را "
                                                "می‌بینید که با <code>HS-</code> شروع می‌شود. همین شماره با "
                                                "پیامک و ایمیل هم برایتان فرستاده می‌شود.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>تا وقتی پرداخت در حال انجام است، صفحه درگاه را نبندید و دکمه "
                                        "بازگشت مرورگر را نزنید. اگر مبلغ از حسابتان کم شد ولی شماره سفارش "
                                        "نگرفتید، فوراً دوباره پرداخت نکنید؛ راهنمای <b>مشکلات پرداخت</b> "
                                        "توضیح می‌دهد چه باید کرد.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "کالاهای سفارشی و ناموجود",
                                    "body": (
                                        "<p>بعضی از ظروف سفالی پس از ثبت سفارش ساخته می‌شوند. در صفحه این "
                                        "محصولات عبارت <b>ساخت پس از سفارش</b> و زمان آماده‌سازی نوشته شده "
                                        "که معمولاً ۱۰ تا ۱۵ روز کاری است. اگر این کالاها را همراه کالاهای "
                                        "موجود سفارش دهید، همه را با هم و پس از آماده شدن کالای سفارشی "
                                        "می‌فرستیم؛ مگر اینکه هنگام خرید گزینه <b>ارسال هر کالا به محض "
                                        "آماده شدن</b> را انتخاب کنید. این گزینه هزینه اضافه‌ای "
                                        "ندارد.</p><p>برای کالاهای ناموجود روی <b>موجود شد خبرم کن</b> "
                                        "بزنید تا هنگام موجود شدن پیامک بگیرید. کالای داخل سبد خرید برایتان "
                                        "رزرو نمی‌شود و فقط پس از پرداخت کنار گذاشته می‌شود.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "خرید برای هدیه",
                                    "body": (
                                        "<p>نام، نشانی و شماره موبایل گیرنده را به عنوان نشانی تحویل وارد "
                                        "کنید؛ مأمور ارسال با همین شماره تماس می‌گیرد. با انتخاب <b>این "
                                        "سفارش هدیه است</b> قیمت‌ها در برگه همراه بسته چاپ نمی‌شود و "
                                        "می‌توانید پیامی تا ۲۰۰ نویسه بنویسید. کادوپیچ برای هر بسته ۴۵ هزار "
                                        "تومان است و پیش از پرداخت در خلاصه سفارش نمایش داده می‌شود.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "key": "changes-and-cancellations",
            "title": {"en": "Changes and cancellations", "fa": "تغییر و لغو سفارش"},
            "description": {
                "en": "What you can still change at each order status, and how to cancel.",
                "fa": "در هر مرحله از سفارش چه چیزی را هنوز می‌توانید تغییر دهید و چطور سفارش را لغو کنید.",
            },
            "articles": [
                {
                    "key": "change-or-cancel-an-order",
                    "stage": "delivery",
                    "title": {"en": "Change or cancel an order", "fa": "تغییر یا لغو سفارش"},
                    "summary": {
                        "en": (
                            "You can edit or cancel an order yourself while its status is Received. Once "
                            "it's being prepared, ask us by chat; once it's dispatched, refuse it or return "
                            "it instead."
                        ),
                        "fa": (
                            "تا وقتی وضعیت سفارش «ثبت‌شده» است، خودتان می‌توانید آن را ویرایش یا لغو کنید. "
                            "در مرحله آماده‌سازی از پشتیبانی کمک بگیرید و پس از ارسال، مرسوله را تحویل "
                            "نگیرید یا مرجوع کنید."
                        ),
                    },
                    "tags": {
                        "en": ["cancel order", "change order", "address", "order status"],
                        "fa": ["لغو سفارش", "ویرایش سفارش", "تغییر نشانی", "وضعیت سفارش"],
                    },
                    "related": ["how-to-return", "refund-timing", "track-your-parcel"],
                    "body": {
                        "en": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>What you can change depends on how far your order has got. You'll "
                                    "find its status under <b>Account › My orders</b>, and we text you each "
                                    "time it changes.</p>"
                                ),
                            },
                            {
                                "type": "table",
                                "value": {
                                    "data": [
                                        [
                                            "Status",
                                            "What it means",
                                            "Change items",
                                            "Change address or time",
                                            "Cancel",
                                        ],
                                        [
                                            "Received",
                                            (
                                                "Paid and waiting to be packed (usually up to 2 hours on "
                                                "working days)"
                                            ),
                                            "Yes, remove items yourself",
                                            "Yes, yourself",
                                            "Yes, with the Cancel order button",
                                        ],
                                        [
                                            "Being prepared",
                                            "We're packing it",
                                            "No",
                                            "Yes, by chat or phone",
                                            "Ask us by chat; we stop it if we still can",
                                        ],
                                        [
                                            "Dispatched",
                                            "With the courier, Post or Tipax",
                                            "No",
                                            "Tehran courier only, by chat",
                                            "No: refuse it at the door or return it",
                                        ],
                                        [
                                            "Delivered",
                                            "It's with you",
                                            "No",
                                            "No",
                                            "No: return it within 14 days",
                                        ],
                                    ],
                                    "first_row_is_table_header": True,
                                    "first_col_is_header": False,
                                    "table_caption": "What you can do at each order status",
                                    "cell": [],
                                    "mergedCells": [],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Changing the address, phone number or delivery time",
                                    "body": (
                                        "<p>While the order is <b>Received</b>, open it and select <b>Edit "
                                        "delivery details</b>. After that, send us your order number and "
                                        "the new details by chat. For Tehran courier deliveries we can "
                                        "usually change the time slot, or the address within Tehran, until "
                                        "the courier sets off.</p><p>Parcels already handed to Post or "
                                        "Tipax can't be redirected. If the new address is in another city, "
                                        "it's quicker to refuse the parcel and order again.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Adding or removing items",
                                    "body": (
                                        "<p>You can remove items yourself while the order is "
                                        "<b>Received</b>; their price is refunded as described in <b>When "
                                        "will I get my refund?</b> To add something, place a new order and "
                                        "write the first order number in the <b>Note to us</b> field. If "
                                        "the first order hasn't been packed yet, we send both together and "
                                        "refund the second delivery charge.</p><p>Changing the colour or "
                                        "size of an item counts as removing it and adding another.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Cancelling an order",
                                    "body": (
                                        "<p>While the status is <b>Received</b>, open the order, select "
                                        "<b>Cancel order</b>, choose a reason and confirm. The whole "
                                        "amount, including delivery, goes back to your store wallet "
                                        "straight away, or to your bank account within 1–3 working days if "
                                        "you choose a Sheba (IBAN) refund.</p><p>If the order is <b>Being "
                                        "prepared</b>, ask us to cancel it by chat. We stop it if it hasn't "
                                        "been handed to the carrier yet.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "If the order has already left",
                                    "body": (
                                        "<p>A dispatched order can't be cancelled. You can refuse it when "
                                        "it arrives: once it's back with us we refund the items, but not "
                                        "the delivery cost. Or you can accept it and return it within 14 "
                                        "days of delivery, as explained in <b>How to return an "
                                        "item</b>.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "note",
                                    "text": (
                                        "<p>Made-to-order ceramics can be cancelled free of charge within "
                                        "24 hours of payment. After that our potters have started work on "
                                        "them, so they can no longer be cancelled.</p>"
                                    ),
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>اینکه چه چیزی را هنوز می‌شود تغییر داد، به مرحله سفارش بستگی دارد. "
                                    "وضعیت هر سفارش را در <b>حساب کاربری › سفارش‌های من</b> می‌بینید و با "
                                    "هر تغییر وضعیت هم برایتان پیامک می‌فرستیم.</p>"
                                ),
                            },
                            {
                                "type": "table",
                                "value": {
                                    "data": [
                                        [
                                            "وضعیت",
                                            "یعنی چه",
                                            "تغییر کالاها",
                                            "تغییر نشانی یا زمان تحویل",
                                            "لغو",
                                        ],
                                        [
                                            "ثبت‌شده",
                                            (
                                                "پرداخت انجام شده و سفارش در صف بسته‌بندی است (در روزهای "
                                                "کاری معمولاً تا ۲ ساعت)"
                                            ),
                                            "بله، خودتان کالا را حذف می‌کنید",
                                            "بله، خودتان",
                                            "بله، با دکمه «لغو سفارش»",
                                        ],
                                        [
                                            "در حال آماده‌سازی",
                                            "در حال بسته‌بندی سفارش هستیم",
                                            "خیر",
                                            "بله، از طریق گفتگوی آنلاین یا تلفن",
                                            "از پشتیبانی بخواهید؛ اگر هنوز ممکن باشد متوقفش می‌کنیم",
                                        ],
                                        [
                                            "ارسال‌شده",
                                            "سفارش دست پیک، پست یا تیپاکس است",
                                            "خیر",
                                            "فقط برای پیک تهران و از طریق گفتگوی آنلاین",
                                            "خیر؛ می‌توانید تحویل نگیرید یا مرجوع کنید",
                                        ],
                                        [
                                            "تحویل‌شده",
                                            "سفارش به دستتان رسیده است",
                                            "خیر",
                                            "خیر",
                                            "خیر؛ تا ۱۴ روز فرصت مرجوع کردن دارید",
                                        ],
                                    ],
                                    "first_row_is_table_header": True,
                                    "first_col_is_header": False,
                                    "table_caption": "در هر وضعیت سفارش چه کاری ممکن است",
                                    "cell": [],
                                    "mergedCells": [],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "تغییر نشانی، شماره تماس یا زمان تحویل",
                                    "body": (
                                        "<p>تا وقتی وضعیت سفارش <b>ثبت‌شده</b> است، سفارش را باز کنید و "
                                        "<b>ویرایش اطلاعات ارسال</b> را بزنید. بعد از این مرحله، شماره "
                                        "سفارش و اطلاعات جدید را در گفتگوی آنلاین برایمان بفرستید. برای "
                                        "ارسال با پیک در تهران، معمولاً تا پیش از حرکت پیک می‌توانیم بازه "
                                        "زمانی یا نشانی (داخل تهران) را عوض کنیم.</p><p>مرسوله‌ای که به پست "
                                        "یا تیپاکس تحویل شده، قابل تغییر مسیر نیست. اگر نشانی جدید در شهر "
                                        "دیگری است، سریع‌تر این است که مرسوله را تحویل نگیرید و دوباره "
                                        "سفارش دهید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "افزودن یا حذف کالا",
                                    "body": (
                                        "<p>تا زمانی که سفارش در وضعیت <b>ثبت‌شده</b> است، خودتان می‌توانید "
                                        "کالایی را حذف کنید و مبلغ آن طبق روال بازگشت وجه به شما برمی‌گردد. "
                                        "برای اضافه کردن کالا، سفارش تازه‌ای ثبت کنید و شماره سفارش اول را "
                                        "در بخش <b>توضیحات برای فروشگاه</b> بنویسید. اگر سفارش اول هنوز "
                                        "بسته‌بندی نشده باشد، هر دو را با هم می‌فرستیم و هزینه ارسال سفارش "
                                        "دوم را برمی‌گردانیم.</p><p>عوض کردن رنگ یا اندازه یک کالا یعنی حذف "
                                        "آن و افزودن کالای دیگر.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "لغو سفارش",
                                    "body": (
                                        "<p>تا وقتی وضعیت <b>ثبت‌شده</b> است، سفارش را باز کنید، روی <b>لغو "
                                        "سفارش</b> بزنید، دلیل را انتخاب و تأیید کنید. کل مبلغ، همراه با "
                                        "هزینه ارسال، همان لحظه به کیف پول شما در فروشگاه برمی‌گردد؛ اگر "
                                        "واریز به حساب بانکی با شماره شبا را انتخاب کنید، ظرف ۱ تا ۳ روز "
                                        "کاری به حسابتان می‌نشیند.</p><p>اگر سفارش <b>در حال آماده‌سازی</b> "
                                        "است، در گفتگوی آنلاین درخواست لغو بدهید. اگر هنوز به شرکت حمل "
                                        "تحویل نشده باشد، متوقفش می‌کنیم.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "اگر سفارش ارسال شده باشد",
                                    "body": (
                                        "<p>سفارش ارسال‌شده را نمی‌شود لغو کرد. دو راه دارید: می‌توانید "
                                        "مرسوله را تحویل نگیرید تا به انبار برگردد؛ در این صورت مبلغ کالاها "
                                        "را برمی‌گردانیم، اما هزینه ارسال برگشت داده نمی‌شود. یا می‌توانید "
                                        "آن را تحویل بگیرید و تا ۱۴ روز پس از تحویل مرجوع کنید؛ راهنمای "
                                        "کامل در مقاله <b>چطور کالا را مرجوع کنم؟</b> آمده است.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "note",
                                    "text": (
                                        "<p>ظروف سفالی «ساخت پس از سفارش» را تا ۲۴ ساعت پس از پرداخت "
                                        "می‌توانید بدون هزینه لغو کنید. بعد از آن، ساختشان در کارگاه شروع "
                                        "شده و دیگر قابل لغو نیستند.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
    ],
    "faq": {
        "key": "orders-faq",
        "title": {"en": "Orders FAQ", "fa": "پرسش‌های رایج درباره سفارش"},
        "intro": {
            "en": "Quick answers about placing, combining and confirming orders.",
            "fa": "پاسخ کوتاه به پرسش‌های پرتکرار درباره ثبت، ادغام و تأیید سفارش.",
        },
        "questions": {
            "en": [
                (
                    "Do I need an account to order?",
                    (
                        "<p>Yes. Signing up only needs your mobile number and a one-time code, and with an "
                        "account you can track, change and return orders without having to call us.</p>"
                    ),
                ),
                (
                    "Can I order by phone or through Instagram messages?",
                    (
                        "<p>No. We only take orders on our website and app, so prices, delivery costs and "
                        "payment always work the same way. We never ask you to pay by card-to-card "
                        "transfer.</p>"
                    ),
                ),
                (
                    "Do you keep items in my cart for me?",
                    (
                        "<p>Items stay in your cart for 30 days, but they aren't reserved. Stock is only "
                        "set aside for you once you've paid.</p>"
                    ),
                ),
                (
                    "Can I combine two orders to save on delivery?",
                    (
                        "<p>Yes, if the first order hasn't been packed yet. Write the first order number in "
                        "the <b>Note to us</b> field of the second order; we send them together and refund "
                        "the second delivery charge.</p>"
                    ),
                ),
                (
                    "I didn't get a confirmation. Did my order go through?",
                    (
                        "<p>Look in <b>Account › My orders</b>. If the order is listed, it went through and "
                        "the text message is just delayed. If it isn't there but money left your account, "
                        "your bank returns it automatically within 72 hours; see <b>Payment "
                        "problems</b>.</p>"
                    ),
                ),
            ],
            "fa": [
                (
                    "برای خرید حتماً باید حساب کاربری داشته باشم؟",
                    (
                        "<p>بله. برای ثبت‌نام فقط شماره موبایل و یک کد یکبارمصرف لازم است و با داشتن حساب "
                        "می‌توانید بدون تماس با ما سفارش‌ها را پیگیری، ویرایش یا مرجوع کنید.</p>"
                    ),
                ),
                (
                    "می‌توانم تلفنی یا از طریق دایرکت اینستاگرام سفارش بدهم؟",
                    (
                        "<p>خیر. سفارش‌ها فقط از طریق سایت و اپلیکیشن ثبت می‌شوند تا قیمت، هزینه ارسال و "
                        "پرداخت همیشه شفاف و یکسان باشد. ما هیچ‌وقت از شما نمی‌خواهیم مبلغی را کارت‌به‌کارت "
                        "کنید.</p>"
                    ),
                ),
                (
                    "کالاهای داخل سبد خرید برایم نگه داشته می‌شوند؟",
                    (
                        "<p>کالاها ۳۰ روز در سبد خرید می‌مانند، اما رزرو نمی‌شوند. موجودی فقط پس از پرداخت "
                        "برای شما کنار گذاشته می‌شود.</p>"
                    ),
                ),
                (
                    "می‌توانم دو سفارش را یکی کنم تا هزینه ارسال کمتری بدهم؟",
                    (
                        "<p>بله، اگر سفارش اول هنوز بسته‌بندی نشده باشد. شماره سفارش اول را در بخش "
                        "<b>توضیحات برای فروشگاه</b> سفارش دوم بنویسید؛ هر دو را با هم می‌فرستیم و هزینه "
                        "ارسال دوم را برمی‌گردانیم.</p>"
                    ),
                ),
                (
                    "پیامک تأیید نگرفتم. سفارشم ثبت شده است؟",
                    (
                        "<p>به <b>حساب کاربری › سفارش‌های من</b> سر بزنید. اگر سفارش آنجاست، ثبت شده و فقط "
                        "پیامک دیر رسیده است. اگر سفارشی نیست ولی مبلغ از حسابتان کم شده، بانک ظرف ۷۲ ساعت "
                        "آن را خودکار برمی‌گرداند؛ جزئیات در راهنمای <b>مشکلات پرداخت</b> آمده است.</p>"
                    ),
                ),
            ],
        },
    },
}

_DELIVERY = {
    "key": "delivery",
    "icon": "truck",
    "title": {"en": "Delivery and packaging", "fa": "ارسال و بسته‌بندی"},
    "description": {
        "en": (
            "Delivery options, times and costs, tracking your parcel, damaged deliveries, and how we pack "
            "and what to do with the packaging."
        ),
        "fa": (
            "روش‌ها، زمان و هزینه ارسال، رهگیری مرسوله، رسیدن کالای آسیب‌دیده و اینکه چطور بسته‌بندی "
            "می‌کنیم و با بسته‌بندی چه کنید."
        ),
    },
    "sections": [
        {
            "key": "shipping-and-tracking",
            "title": {"en": "Shipping and tracking", "fa": "ارسال و رهگیری"},
            "description": {
                "en": "How long delivery takes, what it costs and where your parcel is now.",
                "fa": "ارسال چقدر طول می‌کشد، چقدر هزینه دارد و مرسوله شما الان کجاست.",
            },
            "articles": [
                {
                    "key": "delivery-times-and-costs",
                    "stage": "delivery",
                    "title": {"en": "Delivery times and costs", "fa": "زمان و هزینه ارسال"},
                    "summary": {
                        "en": (
                            "Tehran courier orders paid by 12:00 on a working day arrive the same day; Post "
                            "takes 2–5 working days to other cities. Delivery is free over 2,000,000 toman, "
                            "except furniture sent by Tipax."
                        ),
                        "fa": (
                            "سفارش‌های تهران اگر تا ساعت ۱۲ روز کاری پرداخت شوند، همان روز با پیک می‌رسند و "
                            "ارسال پستی به شهرهای دیگر ۲ تا ۵ روز کاری طول می‌کشد. ارسال برای خریدهای بالای "
                            "۲ میلیون تومان رایگان است، به جز مبلمانی که با تیپاکس ارسال می‌شود."
                        ),
                    },
                    "tags": {
                        "en": ["delivery", "shipping cost", "courier", "Post", "Tipax"],
                        "fa": ["ارسال", "هزینه ارسال", "پیک", "پست پیشتاز", "تیپاکس"],
                    },
                    "related": ["track-your-parcel", "no-hidden-costs", "packaging-and-recycling"],
                    "body": {
                        "en": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>We ship everything from our warehouse in Tehran. At checkout you "
                                    "only see the delivery options that work for your address and the items "
                                    "in your cart, each with its exact price and an estimated delivery "
                                    "date, so nothing is added after you pay.</p>"
                                ),
                            },
                            {
                                "type": "table",
                                "value": {
                                    "data": [
                                        ["Option", "Where", "Delivery time", "Cost"],
                                        [
                                            "Same-day courier",
                                            "Tehran",
                                            (
                                                "Same day if paid by 12:00 on a working day, otherwise the "
                                                "next working day. You choose a 3-hour slot between 9:00 "
                                                "and 21:00."
                                            ),
                                            "60,000 toman; free over 2,000,000 toman",
                                        ],
                                        [
                                            "Post (Pishtaz)",
                                            "All other cities",
                                            "Dispatched within 1 working day, then 2–5 working days",
                                            "75,000 toman; free over 2,000,000 toman",
                                        ],
                                        [
                                            "Tipax freight",
                                            "Everywhere, for furniture and floor lamps",
                                            "Tehran 2–3 working days; other cities 3–7 working days",
                                            (
                                                "180,000–450,000 toman depending on size and destination, "
                                                "shown at checkout"
                                            ),
                                        ],
                                    ],
                                    "first_row_is_table_header": True,
                                    "first_col_is_header": False,
                                    "table_caption": "Delivery options, times and costs",
                                    "cell": [],
                                    "mergedCells": [],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What counts as a working day",
                                    "body": (
                                        "<p>Our working days are Saturday to Wednesday. We don't dispatch "
                                        "on Thursdays, Fridays or public holidays, and delivery times are "
                                        "counted from the day your order leaves us. Post deliveries to "
                                        "villages and remote areas can take 1–3 working days longer.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Free delivery",
                                    "body": (
                                        "<p>Courier and Post delivery is free when the items in your order "
                                        "add up to more than 2,000,000 toman after discounts. Large items "
                                        "that travel by Tipax always have a delivery charge, because each "
                                        "one is packed and carried separately; the charge is shown next to "
                                        "the item in your cart.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Nowruz and other holidays",
                                    "body": (
                                        "<p>From 28 Esfand to 4 Farvardin (about 18–24 March) we don't "
                                        "dispatch orders, and Post is slower than usual until "
                                        "mid-Farvardin. Orders placed during the break are sent on the "
                                        "first working day afterwards, in the order they were paid. Each "
                                        "year we show the exact dates in a banner on the site.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Ordering ceramics and a piece of furniture together? They "
                                        "travel separately (ceramics by courier or Post, furniture by "
                                        "Tipax), so you may get two deliveries on different days. Both "
                                        "tracking codes appear in your order.</p>"
                                    ),
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>همه سفارش‌ها از انبار ما در تهران ارسال می‌شوند. در مرحله نهایی "
                                    "خرید فقط روش‌هایی را می‌بینید که برای نشانی شما و کالاهای سبدتان "
                                    "امکان‌پذیر است و هزینه دقیق و تاریخ تقریبی تحویل هم کنار هر روش نوشته "
                                    "شده؛ پس بعد از پرداخت هیچ هزینه‌ای اضافه نمی‌شود.</p>"
                                ),
                            },
                            {
                                "type": "table",
                                "value": {
                                    "data": [
                                        ["روش ارسال", "محدوده", "زمان تحویل", "هزینه"],
                                        [
                                            "پیک همان‌روز",
                                            "تهران",
                                            (
                                                "اگر تا ساعت ۱۲ یک روز کاری پرداخت کنید همان روز، وگرنه روز "
                                                "کاری بعد. بازه سه‌ساعته‌ای بین ساعت ۹ تا ۲۱ را خودتان "
                                                "انتخاب می‌کنید."
                                            ),
                                            "۶۰ هزار تومان؛ برای خرید بالای ۲ میلیون تومان رایگان",
                                        ],
                                        [
                                            "پست پیشتاز",
                                            "سایر شهرها",
                                            (
                                                "تحویل به پست ظرف ۱ روز کاری و رسیدن به دست شما ۲ تا ۵ روز "
                                                "کاری پس از آن"
                                            ),
                                            "۷۵ هزار تومان؛ برای خرید بالای ۲ میلیون تومان رایگان",
                                        ],
                                        [
                                            "باربری تیپاکس",
                                            "سراسر کشور، برای مبلمان و آباژورهای ایستاده",
                                            "تهران ۲ تا ۳ روز کاری؛ سایر شهرها ۳ تا ۷ روز کاری",
                                            (
                                                "۱۸۰ تا ۴۵۰ هزار تومان بسته به ابعاد و مقصد؛ پیش از پرداخت "
                                                "نمایش داده می‌شود"
                                            ),
                                        ],
                                    ],
                                    "first_row_is_table_header": True,
                                    "first_col_is_header": False,
                                    "table_caption": "روش‌ها، زمان و هزینه ارسال",
                                    "cell": [],
                                    "mergedCells": [],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "منظور از روز کاری چیست؟",
                                    "body": (
                                        "<p>روزهای کاری ما شنبه تا چهارشنبه است. پنج‌شنبه‌ها، جمعه‌ها و "
                                        "تعطیلات رسمی سفارشی ارسال نمی‌شود و زمان تحویل از روزی حساب می‌شود "
                                        "که سفارش از انبار خارج می‌شود. ارسال پستی به روستاها و مناطق "
                                        "دورافتاده ممکن است ۱ تا ۳ روز کاری بیشتر طول بکشد.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "ارسال رایگان",
                                    "body": (
                                        "<p>اگر جمع کالاهای سفارش پس از کسر تخفیف بیش از ۲ میلیون تومان "
                                        "باشد، ارسال با پیک و پست رایگان است. کالاهای حجیمی که با تیپاکس "
                                        "فرستاده می‌شوند همیشه هزینه ارسال دارند، چون هر کدام جداگانه "
                                        "بسته‌بندی و حمل می‌شوند؛ این هزینه کنار همان کالا در سبد خرید "
                                        "نوشته شده است.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "نوروز و تعطیلات",
                                    "body": (
                                        "<p>از ۲۸ اسفند تا ۴ فروردین سفارشی ارسال نمی‌کنیم و پست هم تا نیمه "
                                        "فروردین کندتر از همیشه است. سفارش‌هایی که در این روزها ثبت شوند، "
                                        "از اولین روز کاری بعد از تعطیلات و به ترتیب زمان پرداخت ارسال "
                                        "می‌شوند. تاریخ دقیق هر سال را با اطلاعیه‌ای در سایت اعلام "
                                        "می‌کنیم.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>اگر ظرف سفالی و مبلمان را با هم سفارش بدهید، جداگانه ارسال "
                                        "می‌شوند (ظروف با پیک یا پست و مبلمان با تیپاکس) و ممکن است در دو "
                                        "روز مختلف به دستتان برسند. کد رهگیری هر دو مرسوله در صفحه سفارش "
                                        "هست.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
                {
                    "key": "track-your-parcel",
                    "stage": "delivery",
                    "title": {"en": "Track your parcel", "fa": "رهگیری مرسوله"},
                    "summary": {
                        "en": (
                            "When your order is dispatched we text you a tracking code or, for Tehran "
                            "courier deliveries, a live tracking link. Here's how to use it and what to do "
                            "if tracking stops moving."
                        ),
                        "fa": (
                            "هنگام ارسال سفارش، کد رهگیری یا برای پیک تهران لینک پیگیری لحظه‌ای برایتان "
                            "پیامک می‌شود. اینجا می‌خوانید چطور از آن استفاده کنید و اگر وضعیت مرسوله تغییر "
                            "نکرد چه کنید."
                        ),
                    },
                    "tags": {
                        "en": ["tracking", "tracking code", "courier", "late parcel"],
                        "fa": ["رهگیری مرسوله", "کد رهگیری", "پیک", "تأخیر در ارسال"],
                    },
                    "related": ["delivery-times-and-costs", "damaged-parcel", "change-or-cancel-an-order"],
                    "body": {
                        "en": [
                            {
                                "type": "steps",
                                "value": {
                                    "title": "Finding your parcel",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>Open <b>Account › My orders</b> and select the order. "
                                                "Its status changes to <b>Dispatched</b> when it leaves our "
                                                "warehouse.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Under <b>Delivery</b> you'll see the carrier and the "
                                                "tracking code. The same code is in the text message we "
                                                "sent when the parcel left.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>For a Tehran courier, select <b>Track live</b> from "
                                                "about an hour before your slot to see the courier on a "
                                                "map, with their phone number.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>For Post, enter the code on the Iran Post tracking site "
                                                "(tracking.post.ir); for Tipax, use the tracking page on "
                                                "the Tipax website. A new code can take up to 24 hours to "
                                                "show any results.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "note",
                                    "text": (
                                        "<p>Orders sent in more than one parcel have one tracking code per "
                                        "parcel. Check you're looking at the right one before you get in "
                                        "touch.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "accordion",
                                "value": {
                                    "title": "When tracking doesn't look right",
                                    "items": [
                                        {
                                            "question": "The tracking hasn't changed for several days",
                                            "answer": (
                                                "<p>Post often scans parcels only at the sorting centre and "
                                                "at your local post office, so 2–3 working days without an "
                                                "update is normal. If nothing changes for 5 working days, "
                                                "send us your order number and we'll open an inquiry with "
                                                "the carrier.</p>"
                                            ),
                                        },
                                        {
                                            "question": "It says delivered, but I haven't received anything",
                                            "answer": (
                                                "<p>First ask your neighbours, your building's caretaker or "
                                                "reception, and anyone at home who may have signed for it. "
                                                "If it still hasn't turned up within 24 hours, tell us. We "
                                                "ask the carrier for the delivery signature and location, "
                                                "and if the parcel can't be found we send the items again "
                                                "or refund you in full.</p>"
                                            ),
                                        },
                                        {
                                            "question": "I missed the delivery",
                                            "answer": (
                                                "<p>Our Tehran couriers call before they come, and try "
                                                "again on the next working day if you're out. The postman "
                                                "leaves a notice, and the parcel waits at your local post "
                                                "office for 7 days; take the notice and your national ID "
                                                "card to collect it. Unclaimed parcels come back to us, and "
                                                "we refund the items but not the delivery cost.</p>"
                                            ),
                                        },
                                        {
                                            "question": "The tracking code doesn't work",
                                            "answer": (
                                                "<p>Wait 24 hours after the dispatch text, because carriers "
                                                "register codes in batches. If there are still no results, "
                                                "check that you copied the whole code without spaces, then "
                                                "contact us.</p>"
                                            ),
                                        },
                                    ],
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "steps",
                                "value": {
                                    "title": "پیدا کردن مرسوله",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>به <b>حساب کاربری › سفارش‌های من</b> بروید و سفارش را "
                                                "باز کنید. وقتی سفارش از انبار خارج شود، وضعیتش به "
                                                "<b>ارسال‌شده</b> تغییر می‌کند.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>در بخش <b>اطلاعات ارسال</b>، نام شرکت حمل و کد رهگیری "
                                                "را می‌بینید. همین کد در پیامکی که هنگام ارسال فرستادیم هم "
                                                "هست.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>اگر سفارش با پیک تهران می‌آید، از حدود یک ساعت پیش از "
                                                "بازه تحویل روی <b>پیگیری لحظه‌ای</b> بزنید تا محل پیک را "
                                                "روی نقشه و شماره تماسش را ببینید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>برای مرسوله‌های پستی، کد را در سامانه رهگیری پست "
                                                "(tracking.post.ir) وارد کنید و برای تیپاکس از صفحه رهگیری "
                                                "سایت تیپاکس کمک بگیرید. ممکن است تا ۲۴ ساعت طول بکشد تا "
                                                "اطلاعات یک کد تازه نمایش داده شود.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "note",
                                    "text": (
                                        "<p>سفارش‌هایی که در چند بسته ارسال شده‌اند، برای هر بسته یک کد "
                                        "رهگیری جدا دارند. پیش از تماس با ما مطمئن شوید کد درست را بررسی "
                                        "می‌کنید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "accordion",
                                "value": {
                                    "title": "وقتی رهگیری مرسوله درست پیش نمی‌رود",
                                    "items": [
                                        {
                                            "question": "چند روز است وضعیت مرسوله تغییر نکرده",
                                            "answer": (
                                                "<p>پست معمولاً مرسوله را فقط در مرکز مبادلات و اداره پست "
                                                "مقصد اسکن می‌کند، پس طبیعی است ۲ تا ۳ روز کاری خبری در "
                                                "سامانه نباشد. اگر ۵ روز کاری هیچ تغییری دیده نشد، شماره "
                                                "سفارش را برایمان بفرستید تا از شرکت حمل پیگیری کنیم.</p>"
                                            ),
                                        },
                                        {
                                            "question": "وضعیت «تحویل‌شده» است ولی چیزی به دستم نرسیده",
                                            "answer": (
                                                "<p>اول از همسایه‌ها، نگهبان یا سرایدار ساختمان و اهل خانه "
                                                "بپرسید؛ شاید کسی مرسوله را به جای شما تحویل گرفته باشد. "
                                                "اگر تا ۲۴ ساعت پیدا نشد، به ما خبر دهید. امضا و محل تحویل "
                                                "را از شرکت حمل استعلام می‌کنیم و اگر مرسوله پیدا نشود، "
                                                "کالاها را دوباره می‌فرستیم یا کل مبلغ را برمی‌گردانیم.</p>"
                                            ),
                                        },
                                        {
                                            "question": "هنگام تحویل خانه نبودم",
                                            "answer": (
                                                "<p>پیک‌های ما در تهران پیش از آمدن تماس می‌گیرند و اگر "
                                                "نبودید، روز کاری بعد دوباره می‌آیند. نامه‌رسان پست برگه "
                                                "اطلاعیه می‌گذارد و مرسوله ۷ روز در اداره پست محل شما نگه "
                                                "داشته می‌شود؛ برای تحویل گرفتن، اطلاعیه و کارت ملی همراه "
                                                "داشته باشید. مرسوله‌ای که تحویل گرفته نشود به ما "
                                                "برمی‌گردد؛ مبلغ کالاها را پس می‌دهیم، اما هزینه ارسال "
                                                "برگشت داده نمی‌شود.</p>"
                                            ),
                                        },
                                        {
                                            "question": "کد رهگیری کار نمی‌کند",
                                            "answer": (
                                                "<p>پس از پیامک ارسال، ۲۴ ساعت صبر کنید؛ شرکت‌های حمل کدها "
                                                "را دسته‌ای ثبت می‌کنند. اگر باز هم نتیجه‌ای نداشت، مطمئن "
                                                "شوید کد را کامل و بدون فاصله وارد کرده‌اید و بعد با ما "
                                                "تماس بگیرید.</p>"
                                            ),
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "key": "parcel-problems-and-packaging",
            "title": {"en": "Damaged parcels and packaging", "fa": "مرسوله آسیب‌دیده و بسته‌بندی"},
            "description": {
                "en": "What to do if something arrives broken, and how our packaging is made and recycled.",
                "fa": "اگر کالا شکسته رسید چه کنید و بسته‌بندی‌های ما از چه ساخته شده و چطور بازیافت می‌شوند.",
            },
            "articles": [
                {
                    "key": "damaged-parcel",
                    "stage": "delivery",
                    "title": {"en": "My parcel arrived damaged", "fa": "سفارشم آسیب‌دیده رسیده است"},
                    "summary": {
                        "en": (
                            "Report damage within 48 hours of delivery with a few photos, and keep the "
                            "packaging. We send a replacement or a full refund, and you don't pay anything."
                        ),
                        "fa": (
                            "آسیب را تا ۴۸ ساعت پس از تحویل با چند عکس گزارش دهید و بسته‌بندی را دور "
                            "نیندازید. کالای جایگزین می‌فرستیم یا کل مبلغ را برمی‌گردانیم و هیچ هزینه‌ای از "
                            "شما گرفته نمی‌شود."
                        ),
                    },
                    "tags": {
                        "en": ["damaged", "broken", "ceramics", "replacement"],
                        "fa": ["کالای آسیب‌دیده", "شکستگی", "ظروف سفالی", "ارسال جایگزین"],
                    },
                    "related": ["packaging-and-recycling", "how-to-return", "warranty-claim"],
                    "body": {
                        "en": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>We pack every piece by hand, but now and then a bowl or a glass "
                                    "shade doesn't survive the journey. If something arrives broken, "
                                    "chipped or bent, we'll put it right at no cost to you.</p>"
                                ),
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "At the door",
                                    "body": (
                                        "<p>If the box is visibly crushed, wet or torn, you can refuse it. "
                                        "The carrier brings it back to us, and we send a replacement as "
                                        "soon as we hear from you. If you accept it, ask a Tipax driver to "
                                        "note the damage on the delivery receipt, or take a photo of the "
                                        "box while the courier or postman is still there.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "Reporting damage",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>Take photos before you throw anything away: the outer "
                                                "box from two sides with the shipping label visible, the "
                                                "packaging inside, and each damaged item close up.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Open <b>Account › My orders</b>, select the order, then "
                                                "<b>Report a problem › Arrived damaged</b>.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Choose the damaged items, upload your photos (up to 8, "
                                                "each under 10 MB) and tell us whether you'd like a "
                                                "replacement or a refund.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Send the report within 48 hours of delivery. We reply "
                                                "within 1 working day, usually much sooner.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What happens next",
                                    "body": (
                                        "<p><b>Replacement:</b> we send the same item free of charge by the "
                                        "fastest option for your address. Handmade pieces vary, so the "
                                        "replacement may not match the original exactly; we'll tell you if "
                                        "the glaze looks noticeably different.</p><p><b>Refund:</b> we "
                                        "refund the damaged items and the delivery cost you paid for them, "
                                        "straight away to your store wallet or within 1–3 working days to "
                                        "your bank account.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Do I send the broken item back?",
                                    "body": (
                                        "<p>For broken ceramics, usually not: once we've approved your "
                                        "report you can throw them away safely. For lamps and furniture we "
                                        "may send a carrier to collect them, at our cost, because we can "
                                        "often repair or reuse parts. Please keep everything until we tell "
                                        "you what to do.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Broken ceramics and glass are sharp. Wear gloves when you "
                                        "unpack, wrap shards in newspaper before putting them in the bin, "
                                        "and never plug in a lamp with a cracked base or a damaged "
                                        "cable.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "note",
                                    "text": (
                                        "<p>Found the damage after more than 48 hours? Tell us anyway. We "
                                        "look at late reports case by case, and hidden faults, such as a "
                                        "hairline crack that makes a vase leak, are covered by the "
                                        "warranty.</p>"
                                    ),
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>همه کالاها را با دست بسته‌بندی می‌کنیم، اما گاهی یک کاسه یا حباب "
                                    "شیشه‌ای سالم به مقصد نمی‌رسد. اگر کالایی شکسته، لب‌پریده یا کج‌شده به "
                                    "دستتان رسید، بدون هیچ هزینه‌ای جبرانش می‌کنیم.</p>"
                                ),
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "هنگام تحویل گرفتن",
                                    "body": (
                                        "<p>اگر جعبه آشکارا له‌شده، خیس یا پاره است، می‌توانید آن را تحویل "
                                        "نگیرید. شرکت حمل مرسوله را به ما برمی‌گرداند و به محض اینکه خبر "
                                        "بدهید، کالای جایگزین را می‌فرستیم. اگر تحویل گرفتید، از راننده "
                                        "تیپاکس بخواهید آسیب را روی رسید تحویل بنویسد، یا تا پیک یا "
                                        "نامه‌رسان آنجاست از جعبه عکس بگیرید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "گزارش آسیب",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>پیش از اینکه چیزی را دور بیندازید عکس بگیرید: از دو طرف "
                                                "جعبه بیرونی طوری که برچسب ارسال پیدا باشد، از بسته‌بندی "
                                                "داخل جعبه و از نمای نزدیک هر کالای آسیب‌دیده.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>به <b>حساب کاربری › سفارش‌های من</b> بروید، سفارش را "
                                                "باز کنید و <b>گزارش مشکل › کالا آسیب‌دیده رسیده</b> را "
                                                "بزنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>کالاهای آسیب‌دیده را انتخاب کنید، عکس‌ها را بارگذاری "
                                                "کنید (حداکثر ۸ عکس و هر کدام کمتر از ۱۰ مگابایت) و بگویید "
                                                "کالای جایگزین می‌خواهید یا بازگشت وجه.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>گزارش را تا ۴۸ ساعت پس از تحویل ثبت کنید. حداکثر ظرف ۱ "
                                                "روز کاری و معمولاً خیلی زودتر پاسخ می‌دهیم.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "بعد از ثبت گزارش",
                                    "body": (
                                        "<p><b>کالای جایگزین:</b> همان کالا را رایگان و با سریع‌ترین روش "
                                        "ممکن برای نشانی شما می‌فرستیم. کالاهای دست‌ساز با هم کمی فرق "
                                        "دارند، پس ممکن است کالای جدید دقیقاً شبیه قبلی نباشد؛ اگر رنگ لعاب "
                                        "تفاوت محسوسی داشته باشد، پیش از ارسال خبرتان "
                                        "می‌کنیم.</p><p><b>بازگشت وجه:</b> مبلغ کالاهای آسیب‌دیده و هزینه "
                                        "ارسالی که برایشان پرداخته‌اید، همان لحظه به کیف پول شما یا ظرف ۱ "
                                        "تا ۳ روز کاری به حساب بانکی‌تان برمی‌گردد.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "کالای شکسته را باید پس بفرستم؟",
                                    "body": (
                                        "<p>برای ظروف سفالی شکسته معمولاً نه؛ پس از تأیید گزارش می‌توانید "
                                        "آن‌ها را با احتیاط دور بیندازید. برای چراغ و مبلمان ممکن است "
                                        "مأموری برای جمع‌آوری بفرستیم، با هزینه خودمان، چون اغلب می‌شود "
                                        "قطعاتشان را تعمیر یا دوباره استفاده کرد. لطفاً تا وقتی خبرتان "
                                        "نکرده‌ایم، همه چیز را نگه دارید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>تکه‌های سفال و شیشه تیز هستند. هنگام باز کردن بسته دستکش "
                                        "بپوشید، خرده‌ها را پیش از انداختن در سطل زباله لای روزنامه بپیچید "
                                        "و چراغی را که پایه ترک‌خورده یا سیم آسیب‌دیده دارد، هرگز به برق "
                                        "نزنید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "note",
                                    "text": (
                                        "<p>آسیب را بعد از ۴۸ ساعت متوجه شدید؟ باز هم خبرمان کنید. "
                                        "گزارش‌های دیرتر را جداگانه بررسی می‌کنیم و ایرادهای پنهان، مثل ترک "
                                        "مویی که باعث نشتی گلدان شود، زیر پوشش گارانتی است.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
                {
                    "key": "packaging-and-recycling",
                    "stage": "delivery",
                    "title": {"en": "Packaging and recycling", "fa": "بسته‌بندی و بازیافت"},
                    "summary": {
                        "en": (
                            "We pack in recycled cardboard and paper, without polystyrene or bubble wrap. "
                            "Here's what each layer is made of, how to recycle it, and how Tehran customers "
                            "can give packaging back to us."
                        ),
                        "fa": (
                            "بسته‌بندی‌های ما از مقوا و کاغذ بازیافتی است و در آن‌ها یونولیت و پلاستیک "
                            "حباب‌دار به کار نمی‌بریم. اینجا می‌خوانید هر لایه از چه ساخته شده، چطور "
                            "بازیافتش کنید و مشتریان تهرانی چطور می‌توانند بسته‌بندی را به ما برگردانند."
                        ),
                    },
                    "tags": {
                        "en": ["packaging", "recycling", "sustainability"],
                        "fa": ["بسته‌بندی", "بازیافت", "محیط زیست"],
                    },
                    "related": ["damaged-parcel", "delivery-times-and-costs", "how-to-return"],
                    "body": {
                        "en": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "How we pack",
                                    "body": (
                                        "<p>Ceramics are wrapped in honeycomb paper and held in moulded "
                                        "pulp corners made from recycled paper. Lamps travel in their own "
                                        "box, with the shade packed separately so the base can't dent it. "
                                        "Textiles are folded into paper sleeves, and small furniture is "
                                        "wrapped in corrugated cardboard and reusable cotton blankets for "
                                        "the Tipax journey.</p><p>Our outer boxes are made from at least "
                                        "80% recycled cardboard and sealed with paper tape.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "How to recycle it",
                                    "body": (
                                        "<p>Everything except the blankets is paper. Flatten the boxes and "
                                        "put them, with the honeycomb paper and pulp corners, in the "
                                        "dry-waste bin or out for your municipality's dry-waste collection. "
                                        "The only plastic you may find is the small zip bags for furniture "
                                        "screws; keep them for storing spare parts.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Giving packaging back",
                                    "body": (
                                        "<p>In Tehran you can hand clean boxes, honeycomb paper and "
                                        "blankets to our courier on your next delivery, or when we collect "
                                        "a return, and we reuse them for other parcels. Please don't post "
                                        "packaging to us: that uses more than it saves.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Asking for less packaging",
                                    "body": (
                                        "<p>Tick <b>Minimal packaging</b> at checkout and we'll use as few "
                                        "boxes as possible. Ceramics are still packed safely, so this "
                                        "mostly affects textiles and items that already have their own box. "
                                        "Gift orders never include an invoice or prices, whichever option "
                                        "you choose.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Keep the box and honeycomb paper for 14 days after delivery. If "
                                        "you decide to return something, the original packaging is the "
                                        "safest way to send it back.</p>"
                                    ),
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "چطور بسته‌بندی می‌کنیم",
                                    "body": (
                                        "<p>ظروف سفالی لای کاغذ لانه‌زنبوری پیچیده می‌شوند و در گوشه‌های "
                                        "قالبی از خمیر کاغذ بازیافتی جا می‌گیرند. چراغ‌ها جعبه مخصوص خودشان "
                                        "را دارند و کلاهک جدا از پایه بسته‌بندی می‌شود "
                                        "تا پایه در راه به آن آسیب نزند. "
                                        "محصولات پارچه‌ای در پاکت کاغذی تا می‌شوند و مبلمان کوچک برای حمل "
                                        "با تیپاکس در مقوای کنگره‌ای و پتوهای نخی قابل استفاده مجدد پیچیده "
                                        "می‌شود.</p><p>جعبه‌های بیرونی دست‌کم ۸۰ درصد از مقوای بازیافتی "
                                        "ساخته شده‌اند و با چسب کاغذی بسته می‌شوند.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "چطور بازیافتش کنید",
                                    "body": (
                                        "<p>همه اجزای بسته‌بندی به جز پتوها کاغذی است. جعبه‌ها را تا کنید و "
                                        "همراه کاغذ لانه‌زنبوری و گوشه‌های خمیر کاغذ در سطل پسماند خشک "
                                        "بیندازید یا به ایستگاه‌های بازیافت شهرداری بدهید. تنها پلاستیکی که "
                                        "ممکن است ببینید، کیسه‌های زیپی کوچک پیچ‌های مبلمان است؛ نگهشان "
                                        "دارید تا قطعات یدکی را در آن‌ها بگذارید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "برگرداندن بسته‌بندی به ما",
                                    "body": (
                                        "<p>اگر در تهران هستید، می‌توانید جعبه‌ها، کاغذهای لانه‌زنبوری و "
                                        "پتوهای تمیز را در ارسال بعدی یا هنگام جمع‌آوری کالای مرجوعی به پیک "
                                        "ما بدهید تا دوباره برای بسته‌های دیگر استفاده شوند. لطفاً "
                                        "بسته‌بندی را با پست برایمان نفرستید؛ این کار بیشتر از آنچه "
                                        "صرفه‌جویی کند، منابع مصرف می‌کند.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "درخواست بسته‌بندی کمتر",
                                    "body": (
                                        "<p>هنگام خرید گزینه <b>بسته‌بندی حداقلی</b> را انتخاب کنید تا "
                                        "سفارش با کمترین تعداد جعبه ارسال شود. ظروف سفالی در هر حال ایمن "
                                        "بسته‌بندی می‌شوند، پس این گزینه بیشتر روی محصولات پارچه‌ای و "
                                        "کالاهایی که جعبه خودشان را دارند اثر می‌گذارد. در سفارش‌های هدیه، "
                                        "فاکتور و قیمت هیچ‌وقت داخل بسته گذاشته نمی‌شود.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>جعبه و کاغذ لانه‌زنبوری را تا ۱۴ روز پس از تحویل نگه دارید. اگر "
                                        "تصمیم به مرجوع کردن کالا گرفتید، بسته‌بندی اصلی مطمئن‌ترین راه "
                                        "برای برگرداندن آن است.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
    ],
    "faq": {
        "key": "delivery-faq",
        "title": {"en": "Delivery FAQ", "fa": "پرسش‌های رایج درباره ارسال"},
        "intro": {
            "en": "Short answers about where we deliver, delivery slots and late parcels.",
            "fa": "پاسخ کوتاه به پرسش‌های پرتکرار درباره محدوده ارسال، زمان تحویل و مرسوله‌های دیرکرده.",
        },
        "questions": {
            "en": [
                (
                    "Do you deliver outside Iran?",
                    (
                        "<p>Not at the moment. We deliver to every province in Iran, including Kish and "
                        "Qeshm, by Post or Tipax.</p>"
                    ),
                ),
                (
                    "Can I choose a delivery time?",
                    (
                        "<p>In Tehran, yes: you choose a 3-hour slot between 9:00 and 21:00 at checkout. "
                        "Post and Tipax deliver during their own working hours and can't be booked for a "
                        "particular time.</p>"
                    ),
                ),
                (
                    "Can I collect my order from your warehouse?",
                    (
                        "<p>No, our warehouse isn't open to visitors. Tehran courier delivery is free on "
                        "orders over 2,000,000 toman, and costs 60,000 toman otherwise.</p>"
                    ),
                ),
                (
                    "Will furniture be carried into my home?",
                    (
                        "<p>Tipax delivers to the entrance of your building. In Tehran, if you book our "
                        "furniture assembly service at checkout (250,000 toman per item), our team carries "
                        "the item to the room and assembles it there.</p>"
                    ),
                ),
                (
                    "My parcel is late. What should I do?",
                    (
                        "<p>Check the tracking first: Post may not update for 2–3 working days. If it's "
                        "more than 2 working days past the estimated date shown in your order, send us your "
                        "order number and we'll chase the carrier.</p>"
                    ),
                ),
            ],
            "fa": [
                (
                    "به خارج از ایران هم ارسال دارید؟",
                    (
                        "<p>فعلاً خیر. به همه استان‌های کشور، از جمله کیش و قشم، با پست یا تیپاکس ارسال "
                        "داریم.</p>"
                    ),
                ),
                (
                    "می‌توانم زمان تحویل را خودم انتخاب کنم؟",
                    (
                        "<p>در تهران بله؛ هنگام خرید یک بازه سه‌ساعته بین ساعت ۹ تا ۲۱ انتخاب می‌کنید. پست "
                        "و تیپاکس در ساعات کاری خودشان تحویل می‌دهند و نمی‌شود برایشان ساعت مشخصی تعیین "
                        "کرد.</p>"
                    ),
                ),
                (
                    "می‌توانم سفارشم را حضوری از انبار تحویل بگیرم؟",
                    (
                        "<p>خیر، انبار ما پذیرای مراجعه حضوری نیست. ارسال با پیک در تهران برای خریدهای "
                        "بالای ۲ میلیون تومان رایگان است و در غیر این صورت ۶۰ هزار تومان هزینه دارد.</p>"
                    ),
                ),
                (
                    "مبلمان را تا داخل خانه می‌آورید؟",
                    (
                        "<p>تیپاکس کالا را تا در ورودی ساختمان تحویل می‌دهد. در تهران اگر هنگام خرید خدمات "
                        "نصب و مونتاژ مبلمان را انتخاب کنید (۲۵۰ هزار تومان برای هر کالا)، همکاران ما کالا "
                        "را تا داخل اتاق می‌برند و همان‌جا سرهم می‌کنند.</p>"
                    ),
                ),
                (
                    "مرسوله‌ام دیر کرده است. چه کنم؟",
                    (
                        "<p>اول وضعیت رهگیری را ببینید؛ ممکن است اطلاعات پست ۲ تا ۳ روز کاری به‌روز نشود. "
                        "اگر بیش از ۲ روز کاری از تاریخ تقریبی تحویل که در صفحه سفارش آمده گذشته است، شماره "
                        "سفارش را برایمان بفرستید تا از شرکت حمل پیگیری کنیم.</p>"
                    ),
                ),
            ],
        },
    },
}

_RETURNS = {
    "key": "returns",
    "icon": "return",
    "title": {"en": "Returns and refunds", "fa": "مرجوعی و بازگشت وجه"},
    "description": {
        "en": (
            "Returning items within 14 days, exchanging for another colour or size, and when your refund "
            "arrives."
        ),
        "fa": "مرجوع کردن کالا تا ۱۴ روز، تعویض با رنگ یا اندازه دیگر و زمان برگشت پول به حساب شما.",
    },
    "sections": [
        {
            "key": "returns-and-exchanges",
            "title": {"en": "Returns and exchanges", "fa": "مرجوعی و تعویض"},
            "description": {
                "en": "What can be returned, what it costs, and how to send an item back or swap it.",
                "fa": (
                    "چه کالاهایی را می‌شود مرجوع کرد، هزینه‌اش چقدر است و چطور کالا را برگردانید یا تعویض کنید."
                ),
            },
            "articles": [
                {
                    "key": "how-to-return",
                    "stage": "returns",
                    "title": {"en": "How to return an item", "fa": "چطور کالا را مرجوع کنم؟"},
                    "summary": {
                        "en": (
                            "You can return most items within 14 days of delivery. Request the return in My "
                            "orders, pack the item and hand it to our courier or a post office. Returns of "
                            "faulty or wrong items are free."
                        ),
                        "fa": (
                            "بیشتر کالاها را تا ۱۴ روز پس از تحویل می‌توانید مرجوع کنید. درخواست را در "
                            "«سفارش‌های من» ثبت کنید، کالا را بسته‌بندی کنید و به پیک ما یا اداره پست "
                            "بدهید. مرجوع کردن کالای معیوب یا اشتباه رایگان است."
                        ),
                    },
                    "tags": {
                        "en": ["return", "14 days", "collection", "change of mind"],
                        "fa": ["مرجوعی", "بازگرداندن کالا", "۱۴ روز", "انصراف از خرید"],
                    },
                    "related": ["refund-timing", "exchange-an-item", "damaged-parcel"],
                    "body": {
                        "en": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>Changed your mind? You have 14 days from delivery to return items "
                                    "you don't want, as long as they're unused and complete. You don't need "
                                    "to give us a reason, although it helps us improve.</p>"
                                ),
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What can be returned",
                                    "body": (
                                        "<p>Items in their original condition, with all their parts, labels "
                                        "and care cards. The original packaging isn't required, but the "
                                        "item must be packed well enough to travel safely.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What can't be returned",
                                    "body": (
                                        "<ul><li>Made-to-order and personalised items, such as monogrammed "
                                        "textiles or ceramics glazed in a colour you "
                                        "chose.</li><li>Textiles that have been washed or had their labels "
                                        "removed.</li><li>Cushion inserts and pillows taken out of their "
                                        "sealed bag.</li><li>Items marked <b>Final sale</b> on the product "
                                        "page.</li></ul><p>All of these can still be sent back if they "
                                        "arrive damaged or turn out to be faulty.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What a return costs",
                                    "body": (
                                        "<p>Returning a faulty, damaged or wrong item is free. For other "
                                        "returns we deduct a flat 60,000 toman for collection or postage "
                                        "from your refund. For furniture collected by Tipax, the collection "
                                        "cost (180,000–450,000 toman) is shown before you confirm the "
                                        "return. The original delivery charge is refunded only if you "
                                        "return the whole order because it was faulty or wrong.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "Returning an item",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>Open <b>Account › My orders</b>, select the order, then "
                                                "<b>Return items</b>.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Choose the items and a reason. You'll see the refund "
                                                "amount and any return cost before you confirm.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Choose how to send it: collection by our courier in "
                                                "Tehran (within 1–2 working days), or drop-off at any post "
                                                "office with the prepaid return code we give you.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Pack the item securely, ideally in our original box and "
                                                "honeycomb paper, and write the return number (it starts "
                                                "with <code>R-</code>) on the outside.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Hand the parcel over and keep the courier's receipt or "
                                                "the post office slip until your refund arrives.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>When the item reaches us we check it within 2 working days and then "
                                    "refund you. <b>When will I get my refund?</b> explains how long each "
                                    "payment method takes.</p>"
                                ),
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Would you rather have a different colour or size? Ask for an "
                                        "exchange instead: it's quicker than returning and ordering again, "
                                        "and the first exchange on each order is free.</p>"
                                    ),
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>از خریدتان منصرف شده‌اید؟ تا ۱۴ روز پس از تحویل فرصت دارید کالایی "
                                    "را که نمی‌خواهید برگردانید، به شرط اینکه استفاده نشده و کامل باشد. "
                                    "لازم نیست دلیلی بیاورید، هرچند دانستنش به ما کمک می‌کند بهتر شویم.</p>"
                                ),
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "چه کالاهایی را می‌شود مرجوع کرد",
                                    "body": (
                                        "<p>کالایی که در همان وضعیت اولیه باشد و همه قطعات، برچسب‌ها و کارت "
                                        "راهنمای نگهداری‌اش همراهش باشد. جعبه اصلی الزامی نیست، اما کالا "
                                        "باید طوری بسته‌بندی شود که سالم به دست ما برسد.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "چه کالاهایی را نمی‌شود مرجوع کرد",
                                    "body": (
                                        "<ul><li>کالاهای سفارشی و شخصی‌سازی‌شده، مثل رومیزی‌هایی که حروف "
                                        "اول نامتان رویش دوخته شده یا ظروفی که با رنگ انتخابی شما لعاب "
                                        "خورده‌اند.</li><li>محصولات پارچه‌ای که شسته شده‌اند یا برچسبشان "
                                        "جدا شده است.</li><li>بالش و لایی کوسنی که از کیسه پلمب‌شده بیرون "
                                        "آمده است.</li><li>کالاهایی که در صفحه محصول با عنوان <b>فروش "
                                        "نهایی</b> مشخص شده‌اند.</li></ul><p>اگر هر یک از این کالاها "
                                        "آسیب‌دیده برسد یا معیوب باشد، باز هم می‌توانید آن را برگردانید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "هزینه مرجوع کردن",
                                    "body": (
                                        "<p>برگرداندن کالای معیوب، آسیب‌دیده یا اشتباه رایگان است. در بقیه "
                                        "موارد، مبلغ ثابت ۶۰ هزار تومان بابت جمع‌آوری یا ارسال پستی از مبلغ "
                                        "بازگشتی کم می‌شود. برای مبلمانی که تیپاکس جمع‌آوری می‌کند، هزینه "
                                        "جمع‌آوری (۱۸۰ تا ۴۵۰ هزار تومان) پیش از تأیید درخواست به شما نشان "
                                        "داده می‌شود. هزینه ارسال اولیه فقط وقتی برمی‌گردد که کل سفارش را "
                                        "به دلیل ایراد یا اشتباه مرجوع کنید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "مراحل مرجوع کردن",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>به <b>حساب کاربری › سفارش‌های من</b> بروید، سفارش را "
                                                "باز کنید و روی <b>مرجوع کردن کالا</b> بزنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>کالاها و دلیل مرجوعی را انتخاب کنید. پیش از تأیید، "
                                                "مبلغی که برمی‌گردد و هزینه احتمالی مرجوعی را می‌بینید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>روش ارسال را انتخاب کنید: جمع‌آوری با پیک ما در تهران "
                                                "(ظرف ۱ تا ۲ روز کاری) یا تحویل به هر اداره پست با کد "
                                                "مرجوعی پیش‌پرداختی که به شما می‌دهیم.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>کالا را محکم بسته‌بندی کنید، ترجیحاً در جعبه و کاغذ "
                                                "لانه‌زنبوری خودمان، و شماره مرجوعی را که با "
                                                "<code>R-</code> شروع می‌شود روی جعبه بنویسید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>بسته را تحویل دهید و رسید پیک یا قبض پست را تا زمان "
                                                "دریافت وجه نگه دارید.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>وقتی کالا به دست ما رسید، ظرف ۲ روز کاری بررسی‌اش می‌کنیم و بعد "
                                    "مبلغ را برمی‌گردانیم. مدت زمان واریز برای هر روش پرداخت در راهنمای "
                                    "<b>زمان بازگشت وجه</b> آمده است.</p>"
                                ),
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>رنگ یا اندازه دیگری می‌خواهید؟ به جای مرجوعی، درخواست تعویض "
                                        "بدهید؛ از مرجوع کردن و سفارش دوباره سریع‌تر است و اولین تعویض هر "
                                        "سفارش رایگان است.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
                {
                    "key": "exchange-an-item",
                    "stage": "returns",
                    "title": {
                        "en": "Exchange an item for another colour or size",
                        "fa": "تعویض کالا با رنگ یا اندازه دیگر",
                    },
                    "summary": {
                        "en": (
                            "Within 14 days of delivery you can swap an item for the same product in "
                            "another colour or size. We reserve the new one for you, and the first exchange "
                            "on each order is free."
                        ),
                        "fa": (
                            "تا ۱۴ روز پس از تحویل می‌توانید کالا را با همان محصول در رنگ یا اندازه دیگر "
                            "عوض کنید. کالای جدید برایتان رزرو می‌شود و اولین تعویض هر سفارش رایگان است."
                        ),
                    },
                    "tags": {
                        "en": ["exchange", "size", "colour", "swap"],
                        "fa": ["تعویض کالا", "اندازه", "رنگ"],
                    },
                    "related": ["how-to-return", "refund-timing", "change-or-cancel-an-order"],
                    "body": {
                        "en": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>Exchanges are for the same product in another colour, size or "
                                    "glaze. To swap for a different product, return the item and place a "
                                    "new order; you can do both at the same time.</p>"
                                ),
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "Requesting an exchange",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>Open <b>Account › My orders</b>, select the order, then "
                                                "<b>Return items</b>.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Choose the item, select <b>Exchange</b> and pick the "
                                                "colour or size you want. Only options in stock are "
                                                "shown.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>If the new item costs more, pay the difference now. If "
                                                "it costs less, we refund the difference to your wallet "
                                                "once the exchange is complete.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>In Tehran, our courier brings the new item and takes "
                                                "the old one in the same visit. Elsewhere, post the old "
                                                "item with the prepaid code; we send the new one as soon as "
                                                "the post office scans your parcel.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "note",
                                    "text": (
                                        "<p>We hold the new item for 7 days from your request. If the old "
                                        "item hasn't been handed over by then, the exchange is cancelled "
                                        "and we refund any difference you paid.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What an exchange costs",
                                    "body": (
                                        "<p>The first exchange on each order is free in both directions. "
                                        "Further exchanges on the same order cost 60,000 toman, the same as "
                                        "a return. Exchanging a faulty or damaged item is always free.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "If the colour you want is sold out",
                                    "body": (
                                        "<p>Select <b>Notify me</b> on the product page, and return your "
                                        "item within the 14 days so you keep your right to a refund. "
                                        "Handmade glazes are often back in stock within a few weeks, but we "
                                        "can't promise a date.</p>"
                                    ),
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>تعویض برای همان محصول در رنگ، اندازه یا لعاب دیگر است. اگر محصول "
                                    "دیگری می‌خواهید، کالا را مرجوع کنید و سفارش تازه‌ای ثبت کنید؛ هر دو "
                                    "کار را می‌توانید هم‌زمان انجام دهید.</p>"
                                ),
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "ثبت درخواست تعویض",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>به <b>حساب کاربری › سفارش‌های من</b> بروید، سفارش را "
                                                "باز کنید و روی <b>مرجوع کردن کالا</b> بزنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>کالا را انتخاب کنید، گزینه <b>تعویض</b> را بزنید و رنگ "
                                                "یا اندازه دلخواه را برگزینید. فقط گزینه‌های موجود نمایش "
                                                "داده می‌شوند.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>اگر کالای جدید گران‌تر است، همین حالا مابه‌التفاوت را "
                                                "پرداخت کنید. اگر ارزان‌تر است، پس از انجام تعویض، "
                                                "مابه‌التفاوت به کیف پولتان برمی‌گردد.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>در تهران پیک ما کالای جدید را می‌آورد و کالای قبلی را "
                                                "در همان مراجعه تحویل می‌گیرد. در شهرهای دیگر، کالای قبلی "
                                                "را با کد پیش‌پرداخت پست کنید؛ به محض اینکه اداره پست بسته "
                                                "شما را ثبت کند، کالای جدید را می‌فرستیم.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "note",
                                    "text": (
                                        "<p>کالای جدید از زمان ثبت درخواست ۷ روز برایتان نگه داشته می‌شود. "
                                        "اگر تا آن زمان کالای قبلی تحویل داده نشود، تعویض لغو می‌شود و "
                                        "مابه‌التفاوتی که پرداخته‌اید برمی‌گردد.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "هزینه تعویض",
                                    "body": (
                                        "<p>اولین تعویض هر سفارش، رفت و برگشت، رایگان است. تعویض‌های بعدی "
                                        "در همان سفارش مثل مرجوعی ۶۰ هزار تومان هزینه دارد. تعویض کالای "
                                        "معیوب یا آسیب‌دیده همیشه رایگان است.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "اگر رنگ دلخواهتان تمام شده باشد",
                                    "body": (
                                        "<p>در صفحه محصول روی <b>موجود شد خبرم کن</b> بزنید و کالای فعلی را "
                                        "در همان مهلت ۱۴ روزه مرجوع کنید تا حق بازگشت وجه را از دست ندهید. "
                                        "لعاب‌های دست‌ساز معمولاً ظرف چند هفته دوباره موجود می‌شوند، اما "
                                        "تاریخ دقیقی را نمی‌توانیم قول بدهیم.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "key": "refunds",
            "title": {"en": "Refunds", "fa": "بازگشت وجه"},
            "description": {
                "en": (
                    "How long refunds take for each payment method, and refunds to your wallet or bank "
                    "account."
                ),
                "fa": (
                    "برگشت پول برای هر روش پرداخت چقدر طول می‌کشد و واریز به کیف پول یا حساب بانکی چطور "
                    "انجام می‌شود."
                ),
            },
            "articles": [
                {
                    "key": "refund-timing",
                    "stage": "returns",
                    "title": {"en": "When will I get my refund?", "fa": "زمان بازگشت وجه"},
                    "summary": {
                        "en": (
                            "We refund within 2 working days of receiving and checking your return. Refunds "
                            "to your store wallet are instant; refunds to a bank account by Sheba take "
                            "another 1–3 working days."
                        ),
                        "fa": (
                            "ظرف ۲ روز کاری پس از رسیدن و بررسی کالای مرجوعی، مبلغ را برمی‌گردانیم. واریز "
                            "به کیف پول فوری است و واریز به حساب بانکی با شماره شبا ۱ تا ۳ روز کاری دیگر "
                            "طول می‌کشد."
                        ),
                    },
                    "tags": {
                        "en": ["refund", "Sheba", "IBAN", "wallet"],
                        "fa": ["بازگشت وجه", "شماره شبا", "کیف پول", "زمان واریز"],
                    },
                    "related": ["how-to-return", "payment-problems", "change-or-cancel-an-order"],
                    "body": {
                        "en": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>A refund has three stages: your item travelling back to us, our "
                                    "check, and the money reaching you. We text you at each stage, and you "
                                    "can follow it in <b>My orders</b>.</p>"
                                ),
                            },
                            {
                                "type": "table",
                                "value": {
                                    "data": [
                                        ["How you paid", "Where the refund goes", "Time after we approve it"],
                                        [
                                            "Bank card online",
                                            "Your store wallet, or a bank account by Sheba (IBAN)",
                                            "Wallet: immediately. Sheba: 1–3 working days",
                                        ],
                                        [
                                            "Card reader on delivery",
                                            "Your store wallet, or a bank account by Sheba",
                                            "Wallet: immediately. Sheba: 1–3 working days",
                                        ],
                                        ["Store wallet or gift card", "Your store wallet", "Immediately"],
                                        [
                                            "Bank transfer (company orders)",
                                            "The company account that paid",
                                            "2–4 working days",
                                        ],
                                        [
                                            "Payment failed but money was deducted",
                                            "Your card, returned by your bank",
                                            "Within 72 hours, automatically",
                                        ],
                                    ],
                                    "first_row_is_table_header": True,
                                    "first_col_is_header": False,
                                    "table_caption": "Refund times by payment method",
                                    "cell": [],
                                    "mergedCells": [],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "How long the whole return takes",
                                    "body": (
                                        "<p>Courier collections in Tehran reach us in 1–2 working days, and "
                                        "returns by Post in 2–5 working days. We check items within 2 "
                                        "working days of arrival. So a return from another city is usually "
                                        "refunded to your wallet about a week after you post it.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Refunds to a bank account",
                                    "body": (
                                        "<p>Enter a Sheba number when you request the return, or later in "
                                        "<b>Account › Wallet › Withdraw</b>. It must start with "
                                        "<code>IR</code> followed by 24 digits, and the account must be in "
                                        "the name of the account holder on our site. We send bank refunds "
                                        "on our working days, and interbank (Paya) transfers don't run on "
                                        "Fridays or public holidays, so a refund approved on a Wednesday "
                                        "afternoon usually arrives on Saturday or Sunday.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Money in your wallet",
                                    "body": (
                                        "<p>Wallet money never expires. Spend it on any order, or withdraw "
                                        "it to your bank account whenever you like, free of charge.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Refund later than the times above? Find the refund's reference "
                                        "number in <b>My orders</b> before you contact us or your bank: "
                                        "banks can trace a Sheba transfer with it.</p>"
                                    ),
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>بازگشت وجه سه مرحله دارد: رسیدن کالا به ما، بررسی کالا و واریز مبلغ "
                                    "به شما. در هر مرحله پیامک می‌گیرید و می‌توانید روند را در <b>سفارش‌های "
                                    "من</b> دنبال کنید.</p>"
                                ),
                            },
                            {
                                "type": "table",
                                "value": {
                                    "data": [
                                        ["روش پرداخت شما", "مقصد واریز", "زمان پس از تأیید"],
                                        [
                                            "پرداخت اینترنتی با کارت بانکی",
                                            "کیف پول فروشگاه یا حساب بانکی با شماره شبا",
                                            "کیف پول: فوری. شبا: ۱ تا ۳ روز کاری",
                                        ],
                                        [
                                            "پرداخت با کارتخوان هنگام تحویل",
                                            "کیف پول فروشگاه یا حساب بانکی با شماره شبا",
                                            "کیف پول: فوری. شبا: ۱ تا ۳ روز کاری",
                                        ],
                                        ["کیف پول یا کارت هدیه", "کیف پول فروشگاه", "فوری"],
                                        [
                                            "واریز بانکی (سفارش‌های شرکتی)",
                                            "حساب همان شرکتی که پرداخت کرده",
                                            "۲ تا ۴ روز کاری",
                                        ],
                                        [
                                            "پرداخت ناموفق با کسر وجه",
                                            "همان کارت، توسط بانک شما",
                                            "خودکار و حداکثر ظرف ۷۲ ساعت",
                                        ],
                                    ],
                                    "first_row_is_table_header": True,
                                    "first_col_is_header": False,
                                    "table_caption": "زمان بازگشت وجه برای هر روش پرداخت",
                                    "cell": [],
                                    "mergedCells": [],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "کل فرایند مرجوعی چقدر طول می‌کشد",
                                    "body": (
                                        "<p>کالایی که پیک در تهران جمع‌آوری می‌کند ۱ تا ۲ روز کاری و مرسوله "
                                        "پستی ۲ تا ۵ روز کاری بعد به ما می‌رسد. بررسی کالا هم حداکثر ۲ روز "
                                        "کاری طول می‌کشد. پس اگر از شهر دیگری کالا را پست کنید، معمولاً "
                                        "حدود یک هفته بعد مبلغ در کیف پولتان است.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "واریز به حساب بانکی",
                                    "body": (
                                        "<p>شماره شبا را هنگام ثبت مرجوعی یا بعداً در <b>حساب کاربری › کیف "
                                        "پول › برداشت</b> وارد کنید. شماره شبا با <code>IR</code> و ۲۴ رقم "
                                        "پس از آن شروع می‌شود و حساب باید به نام صاحب حساب کاربری در سایت "
                                        "باشد. واریزها را در روزهای کاری خودمان انجام می‌دهیم و انتقال پایا "
                                        "هم جمعه‌ها و روزهای تعطیل انجام نمی‌شود؛ برای همین، مبلغی که "
                                        "چهارشنبه بعدازظهر تأیید شود معمولاً شنبه یا یکشنبه به حسابتان "
                                        "می‌نشیند.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "موجودی کیف پول",
                                    "body": (
                                        "<p>موجودی کیف پول هیچ‌وقت منقضی نمی‌شود. می‌توانید آن را در هر "
                                        "سفارشی خرج کنید یا هر وقت خواستید، بدون کارمزد به حساب بانکی‌تان "
                                        "برداشت کنید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>اگر واریز از زمان‌های بالا دیرتر شده، پیش از تماس با ما یا "
                                        "بانک، شماره پیگیری واریز را از <b>سفارش‌های من</b> بردارید؛ بانک "
                                        "با همین شماره می‌تواند انتقال شبا را ردیابی کند.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
    ],
    "faq": {
        "key": "returns-faq",
        "title": {"en": "Returns and refunds FAQ", "fa": "پرسش‌های رایج درباره مرجوعی و بازگشت وجه"},
        "intro": {
            "en": "Quick answers about return deadlines, costs, gifts and late refunds.",
            "fa": (
                "پاسخ کوتاه به پرسش‌های پرتکرار درباره مهلت و هزینه مرجوعی، کالای هدیه و تأخیر در بازگشت وجه."
            ),
        },
        "questions": {
            "en": [
                (
                    "How long do I have to return an item?",
                    (
                        "<p>14 days from the day it was delivered. Made-to-order and personalised items, "
                        "washed textiles and items marked Final sale can only be returned if they're faulty "
                        "or damaged.</p>"
                    ),
                ),
                (
                    "Do I pay for the return?",
                    (
                        "<p>Not if the item is faulty, damaged or not what you ordered. For other returns "
                        "we deduct 60,000 toman from the refund; for furniture collected by Tipax, the cost "
                        "is shown before you confirm.</p>"
                    ),
                ),
                (
                    "Can I return a gift I received?",
                    (
                        "<p>Yes, within 14 days of delivery. Send us the order number from the packing slip "
                        "by chat. We refund the person who paid, or, if they agree, we give you the amount "
                        "as a gift card.</p>"
                    ),
                ),
                (
                    "Can I return sale items?",
                    "<p>Yes, like any other item, unless the product page says <b>Final sale</b>.</p>",
                ),
                (
                    "I sent my return back but haven't been refunded.",
                    (
                        "<p>We check returns within 2 working days of arrival, and Post can take up to 5 "
                        "working days to reach us. If the return shows as received in <b>My orders</b> more "
                        "than 2 working days ago, send us the return number (it starts with "
                        "<code>R-</code>) and we'll look into it.</p>"
                    ),
                ),
            ],
            "fa": [
                (
                    "تا چند روز فرصت مرجوع کردن کالا را دارم؟",
                    (
                        "<p>۱۴ روز از تاریخ تحویل. کالاهای سفارشی و شخصی‌سازی‌شده، محصولات پارچه‌ای "
                        "شسته‌شده و کالاهای «فروش نهایی» فقط در صورت ایراد یا آسیب‌دیدگی قابل مرجوع کردن "
                        "هستند.</p>"
                    ),
                ),
                (
                    "هزینه مرجوعی با من است؟",
                    (
                        "<p>اگر کالا معیوب، آسیب‌دیده یا اشتباه باشد، نه. در بقیه موارد ۶۰ هزار تومان از "
                        "مبلغ بازگشتی کم می‌شود؛ هزینه جمع‌آوری مبلمان با تیپاکس هم پیش از تأیید درخواست "
                        "نمایش داده می‌شود.</p>"
                    ),
                ),
                (
                    "کالایی را که هدیه گرفته‌ام می‌توانم مرجوع کنم؟",
                    (
                        "<p>بله، تا ۱۴ روز پس از تحویل. شماره سفارش را از برگه داخل بسته بردارید و در "
                        "گفتگوی آنلاین برایمان بفرستید. مبلغ به خریدار برمی‌گردد یا اگر خریدار موافق باشد، "
                        "معادلش را به صورت کارت هدیه به شما می‌دهیم.</p>"
                    ),
                ),
                (
                    "کالاهای حراجی را هم می‌شود مرجوع کرد؟",
                    "<p>بله، مثل بقیه کالاها؛ مگر اینکه در صفحه محصول عبارت <b>فروش نهایی</b> آمده باشد.</p>",
                ),
                (
                    "کالا را برگردانده‌ام ولی هنوز پولم برنگشته است.",
                    (
                        "<p>کالاهای مرجوعی را ظرف ۲ روز کاری پس از رسیدن بررسی می‌کنیم و ممکن است رسیدن "
                        "مرسوله پستی به ما تا ۵ روز کاری طول بکشد. اگر در <b>سفارش‌های من</b> بیش از ۲ روز "
                        "کاری از وضعیت «دریافت‌شده» گذشته است، شماره مرجوعی را که با <code>R-</code> شروع "
                        "می‌شود برایمان بفرستید تا پیگیری کنیم.</p>"
                    ),
                ),
            ],
        },
    },
}

_PAYMENT = {
    "key": "payment",
    "icon": "card",
    "title": {"en": "Payment and invoices", "fa": "پرداخت و فاکتور"},
    "description": {
        "en": (
            "Ways to pay, what the total includes, invoices and VAT receipts, and what to do about declined "
            "cards or double charges."
        ),
        "fa": (
            "روش‌های پرداخت، آنچه در مبلغ نهایی حساب می‌شود، فاکتور و مالیات بر ارزش افزوده و راه حل پرداخت "
            "ناموفق یا کسر وجه تکراری."
        ),
    },
    "sections": [
        {
            "key": "paying",
            "title": {"en": "Paying for your order", "fa": "پرداخت سفارش"},
            "description": {
                "en": "Payment methods we accept and exactly what you pay for.",
                "fa": "روش‌های پرداختی که می‌پذیریم و اینکه دقیقاً بابت چه چیزی پول می‌دهید.",
            },
            "articles": [
                {
                    "key": "payment-methods",
                    "stage": "payment",
                    "title": {"en": "Ways to pay", "fa": "روش‌های پرداخت"},
                    "summary": {
                        "en": (
                            "Pay online with any Shetab bank card, from your store wallet, by card reader "
                            "on delivery in Tehran, or by bank transfer for company orders. We never ask "
                            "for card-to-card transfers."
                        ),
                        "fa": (
                            "با هر کارت عضو شتاب به صورت اینترنتی، از کیف پول فروشگاه، با کارتخوان هنگام "
                            "تحویل در تهران یا برای سفارش‌های شرکتی با واریز بانکی پرداخت کنید. ما هیچ‌وقت "
                            "درخواست کارت‌به‌کارت نمی‌کنیم."
                        ),
                    },
                    "tags": {
                        "en": ["payment", "bank card", "wallet", "pay on delivery"],
                        "fa": ["پرداخت", "کارت بانکی", "کیف پول", "پرداخت در محل"],
                    },
                    "related": ["no-hidden-costs", "payment-problems", "invoices-and-vat"],
                    "body": {
                        "en": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>All prices are in toman and include VAT. You choose how to pay in "
                                    "the last step of checkout; the options you see depend on your address "
                                    "and your order.</p>"
                                ),
                            },
                            {
                                "type": "table",
                                "value": {
                                    "data": [
                                        ["Method", "Available for", "How it works"],
                                        [
                                            "Bank card online",
                                            "All orders",
                                            (
                                                "You pay on your bank's secure Shaparak payment page with "
                                                "any Shetab-network card, using the card's second (dynamic) "
                                                "password."
                                            ),
                                        ],
                                        [
                                            "Store wallet",
                                            "All orders",
                                            (
                                                "Refunds and gift cards are kept here. If your balance "
                                                "doesn't cover the total, you pay the rest by card."
                                            ),
                                        ],
                                        [
                                            "Card reader on delivery",
                                            "Tehran courier deliveries up to 30,000,000 toman",
                                            (
                                                "The courier brings a card reader and you pay with any bank "
                                                "card when you receive your order. No extra charge."
                                            ),
                                        ],
                                        [
                                            "Bank transfer",
                                            "Company orders with an official invoice",
                                            (
                                                "We send a pro forma invoice valid for 3 working days and "
                                                "dispatch once the transfer reaches our account."
                                            ),
                                        ],
                                    ],
                                    "first_row_is_table_header": True,
                                    "first_col_is_header": False,
                                    "table_caption": "Ways to pay",
                                    "cell": [],
                                    "mergedCells": [],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Gift cards and discount codes",
                                    "body": (
                                        "<p>Enter the code at checkout under <b>Gift card or discount "
                                        "code</b>. A gift card's value goes into your wallet and is used "
                                        "first. Gift cards are valid for one year and can't be exchanged "
                                        "for cash. Only one discount code can be used per order.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Instalments",
                                    "body": (
                                        "<p>We don't offer instalment payments at the moment. If a website "
                                        "or social media page offers our products in instalments, it isn't "
                                        "us.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>We never ask you to pay by card-to-card transfer, to a personal "
                                        "account, or through a link sent on WhatsApp, Telegram or "
                                        "Instagram. Anyone who does so in our name is a scammer; see "
                                        "<b>Recognising phishing and scams</b>.</p>"
                                    ),
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>همه قیمت‌ها به تومان و با احتساب مالیات بر ارزش افزوده است. روش "
                                    "پرداخت را در آخرین مرحله خرید انتخاب می‌کنید و گزینه‌هایی که می‌بینید "
                                    "به نشانی و سفارش شما بستگی دارد.</p>"
                                ),
                            },
                            {
                                "type": "table",
                                "value": {
                                    "data": [
                                        ["روش پرداخت", "قابل استفاده برای", "نحوه انجام"],
                                        [
                                            "پرداخت اینترنتی با کارت بانکی",
                                            "همه سفارش‌ها",
                                            (
                                                "در درگاه امن شاپرکی بانک، با هر کارت عضو شبکه شتاب و رمز "
                                                "دوم (رمز پویا) پرداخت می‌کنید."
                                            ),
                                        ],
                                        [
                                            "کیف پول فروشگاه",
                                            "همه سفارش‌ها",
                                            (
                                                "مبالغ بازگشتی و کارت‌های هدیه اینجا نگه داشته می‌شوند. اگر "
                                                "موجودی کافی نباشد، باقی مبلغ را با کارت پرداخت می‌کنید."
                                            ),
                                        ],
                                        [
                                            "کارتخوان هنگام تحویل",
                                            "ارسال با پیک در تهران، برای سفارش‌های تا ۳۰ میلیون تومان",
                                            (
                                                "پیک کارتخوان همراه دارد و هنگام تحویل سفارش با هر کارت "
                                                "بانکی پرداخت می‌کنید. هزینه اضافه‌ای ندارد."
                                            ),
                                        ],
                                        [
                                            "واریز بانکی",
                                            "سفارش‌های شرکتی با فاکتور رسمی",
                                            (
                                                "پیش‌فاکتوری با اعتبار ۳ روز کاری برایتان می‌فرستیم و پس از "
                                                "نشستن مبلغ در حساب ما، سفارش ارسال می‌شود."
                                            ),
                                        ],
                                    ],
                                    "first_row_is_table_header": True,
                                    "first_col_is_header": False,
                                    "table_caption": "روش‌های پرداخت",
                                    "cell": [],
                                    "mergedCells": [],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "کارت هدیه و کد تخفیف",
                                    "body": (
                                        "<p>کد را هنگام خرید در بخش <b>کارت هدیه یا کد تخفیف</b> وارد کنید. "
                                        "مبلغ کارت هدیه به کیف پولتان اضافه می‌شود و اول از همه از آن "
                                        "برداشت می‌شود. کارت هدیه یک سال اعتبار دارد و قابل تبدیل به وجه "
                                        "نقد نیست. در هر سفارش فقط یک کد تخفیف قابل استفاده است.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "خرید اقساطی",
                                    "body": (
                                        "<p>در حال حاضر فروش اقساطی نداریم. اگر سایت یا صفحه‌ای در شبکه‌های "
                                        "اجتماعی محصولات ما را اقساطی می‌فروشد، از طرف ما نیست.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>ما هیچ‌وقت از شما نمی‌خواهیم مبلغی را کارت‌به‌کارت کنید، به "
                                        "حساب شخصی واریز کنید یا از لینکی که در واتس‌اپ، تلگرام یا "
                                        "اینستاگرام فرستاده شده پرداخت کنید. هر کس به نام ما چنین درخواستی "
                                        "کند کلاهبردار است؛ راهنمای <b>تشخیص فیشینگ و کلاهبرداری</b> را "
                                        "بخوانید.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
                {
                    "key": "no-hidden-costs",
                    "stage": "payment",
                    "title": {
                        "en": "No hidden costs: what you pay and when",
                        "fa": "بدون هزینه پنهان: چه مبلغی و کی پرداخت می‌کنید",
                    },
                    "summary": {
                        "en": (
                            "The total you see before you press Pay is the total you pay. Prices include "
                            "VAT, delivery and any extras are listed separately, and we never add card, "
                            "service or packaging fees."
                        ),
                        "fa": (
                            "مبلغی که پیش از زدن دکمه پرداخت می‌بینید، همان مبلغی است که می‌پردازید. "
                            "قیمت‌ها با مالیات است، هزینه ارسال و خدمات اختیاری جداگانه نوشته می‌شود و هیچ "
                            "کارمزد یا هزینه بسته‌بندی اضافه‌ای نمی‌گیریم."
                        ),
                    },
                    "tags": {
                        "en": ["fees", "price", "delivery cost", "VAT"],
                        "fa": ["هزینه‌ها", "قیمت نهایی", "هزینه ارسال", "مالیات"],
                    },
                    "related": ["delivery-times-and-costs", "payment-methods", "invoices-and-vat"],
                    "body": {
                        "en": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>You should know exactly what you'll pay before you pay it. Nothing "
                                    "is added to your order after checkout, and nothing is collected at the "
                                    "door.</p>"
                                ),
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What the price includes",
                                    "body": (
                                        "<p>Every price on the site includes value added tax (currently "
                                        "10%). It also covers our standard packaging, including the extra "
                                        "protection we use for ceramics and lamps.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What the order summary shows",
                                    "body": (
                                        "<p>Before you pay, the order summary lists every amount on its own "
                                        "line: each item, any discount, delivery, and the extras you chose. "
                                        "Here's an example of an order sent by Post:</p>"
                                    ),
                                },
                            },
                            {
                                "type": "table",
                                "value": {
                                    "data": [
                                        ["Line", "Amount"],
                                        ["Stoneware dinner set for 4 (incl. VAT)", "3,400,000 toman"],
                                        ["Linen table runner (incl. VAT)", "690,000 toman"],
                                        ["Discount code WELCOME10 (10%)", "−409,000 toman"],
                                        ["Delivery by Post (order over 2,000,000 toman)", "Free"],
                                        ["Gift wrapping (optional)", "45,000 toman"],
                                        ["Total to pay", "3,726,000 toman"],
                                    ],
                                    "first_row_is_table_header": True,
                                    "first_col_is_header": False,
                                    "table_caption": "Example order summary",
                                    "cell": [],
                                    "mergedCells": [],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Optional extras",
                                    "body": (
                                        "<p>You only pay for extras you choose: gift wrapping (45,000 toman "
                                        "per parcel) and, in Tehran, furniture assembly (250,000 toman per "
                                        "item). Each appears as a separate line with its price, and you can "
                                        "remove it before paying.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Fees we never charge",
                                    "body": (
                                        "<ul><li>No card or payment fee, however you pay.</li><li>No "
                                        "surcharge for paying by card reader on delivery.</li><li>No "
                                        "service, handling or packaging fee.</li><li>Nothing to pay the "
                                        "courier or postman at the door, unless you chose to pay by card "
                                        "reader on delivery.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "If a price changes",
                                    "body": (
                                        "<p>Prices in your cart can change until you pay, and we show a "
                                        "notice in the cart when one does. Once you've paid, your price is "
                                        "fixed, even if we raise it later. If you were ever charged more "
                                        "than the total in your order summary, tell us and we'll refund the "
                                        "difference the same working day.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>If a courier asks you for money for an order you've already "
                                        "paid for, don't pay. Call us on +98 21 1234 5678 while they're "
                                        "still there.</p>"
                                    ),
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>حق دارید پیش از پرداخت بدانید دقیقاً چه مبلغی می‌پردازید. بعد از "
                                    "نهایی شدن خرید هیچ مبلغی به سفارش اضافه نمی‌شود و دم در هم پولی از شما "
                                    "گرفته نمی‌شود.</p>"
                                ),
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "قیمت شامل چه چیزهایی است",
                                    "body": (
                                        "<p>همه قیمت‌های سایت با احتساب مالیات بر ارزش افزوده (در حال حاضر "
                                        "۱۰ درصد) است. هزینه بسته‌بندی استاندارد، از جمله محافظ‌های "
                                        "اضافه‌ای که برای ظروف سفالی و چراغ‌ها به کار می‌بریم، هم در قیمت "
                                        "کالا حساب شده است.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "در خلاصه سفارش چه می‌بینید",
                                    "body": (
                                        "<p>پیش از پرداخت، همه مبالغ در خلاصه سفارش جدا از هم نوشته "
                                        "می‌شوند: قیمت هر کالا، تخفیف، هزینه ارسال و خدمات اختیاری که "
                                        "انتخاب کرده‌اید. این نمونه‌ای از یک سفارش پستی است:</p>"
                                    ),
                                },
                            },
                            {
                                "type": "table",
                                "value": {
                                    "data": [
                                        ["شرح", "مبلغ"],
                                        ["سرویس غذاخوری سنگی ۴ نفره (با مالیات)", "۳٬۴۰۰٬۰۰۰ تومان"],
                                        ["رانر رومیزی کتان (با مالیات)", "۶۹۰٬۰۰۰ تومان"],
                                        ["کد تخفیف WELCOME10 (۱۰ درصد)", "منهای ۴۰۹٬۰۰۰ تومان"],
                                        ["ارسال با پست پیشتاز (خرید بالای ۲ میلیون تومان)", "رایگان"],
                                        ["کادوپیچ (اختیاری)", "۴۵٬۰۰۰ تومان"],
                                        ["مبلغ قابل پرداخت", "۳٬۷۲۶٬۰۰۰ تومان"],
                                    ],
                                    "first_row_is_table_header": True,
                                    "first_col_is_header": False,
                                    "table_caption": "نمونه خلاصه سفارش",
                                    "cell": [],
                                    "mergedCells": [],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "خدمات اختیاری",
                                    "body": (
                                        "<p>فقط بابت خدماتی که خودتان انتخاب کنید پول می‌دهید: کادوپیچ (۴۵ "
                                        "هزار تومان برای هر بسته) و در تهران، نصب و مونتاژ مبلمان (۲۵۰ هزار "
                                        "تومان برای هر کالا). هر کدام در یک سطر جدا با قیمتش نمایش داده "
                                        "می‌شود و پیش از پرداخت می‌توانید حذفش کنید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "هزینه‌هایی که هرگز نمی‌گیریم",
                                    "body": (
                                        "<ul><li>کارمزد پرداخت، با هر روشی که پرداخت کنید.</li><li>هزینه "
                                        "اضافه برای پرداخت با کارتخوان هنگام تحویل.</li><li>هزینه خدمات، "
                                        "رسیدگی یا بسته‌بندی.</li><li>هر مبلغی که دم در به پیک یا نامه‌رسان "
                                        "بدهید، مگر اینکه خودتان پرداخت با کارتخوان را انتخاب کرده "
                                        "باشید.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "اگر قیمت تغییر کند",
                                    "body": (
                                        "<p>قیمت کالاهای داخل سبد تا لحظه پرداخت ممکن است تغییر کند و در "
                                        "این صورت پیامی در سبد خرید می‌بینید. پس از پرداخت، قیمت شما قطعی "
                                        "است، حتی اگر بعداً قیمت را بالا ببریم. اگر روزی بیشتر از مبلغ "
                                        "خلاصه سفارش از شما کسر شد، خبرمان کنید تا همان روز کاری "
                                        "مابه‌التفاوت را برگردانیم.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>اگر پیک بابت سفارشی که قبلاً پرداخت کرده‌اید از شما پول خواست، "
                                        "پرداخت نکنید و همان موقع با شماره ۰۲۱-۱۲۳۴۵۶۷۸ تماس بگیرید.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "key": "payment-problems-and-invoices",
            "title": {"en": "Payment problems and invoices", "fa": "مشکلات پرداخت و فاکتور"},
            "description": {
                "en": (
                    "Declined cards, money deducted without an order, double charges, and getting a VAT "
                    "receipt or official invoice."
                ),
                "fa": "کارت ردشده، کسر وجه بدون ثبت سفارش، پرداخت تکراری و دریافت فاکتور یا فاکتور رسمی.",
            },
            "articles": [
                {
                    "key": "payment-problems",
                    "stage": "payment",
                    "title": {
                        "en": "Payment problems: declined cards and double charges",
                        "fa": "مشکلات پرداخت: کارت ردشده و کسر وجه تکراری",
                    },
                    "summary": {
                        "en": (
                            "What to do if your card is declined, if money left your account but no order "
                            "was created, or if you were charged twice. Banks return failed payments "
                            "automatically within 72 hours."
                        ),
                        "fa": (
                            "اگر پرداختتان ناموفق بود، مبلغ کسر شد ولی سفارشی ثبت نشد یا دو بار پول پرداخت "
                            "کردید، اینجا می‌خوانید چه کنید. مبلغ پرداخت‌های ناموفق ظرف ۷۲ ساعت خودکار "
                            "برمی‌گردد."
                        ),
                    },
                    "tags": {
                        "en": ["declined card", "double charge", "payment failed", "refund"],
                        "fa": ["پرداخت ناموفق", "کسر وجه", "پرداخت تکراری", "رمز پویا"],
                    },
                    "related": ["refund-timing", "payment-methods", "phishing-warning"],
                    "body": {
                        "en": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>Card payments are handled by your bank, not by us, so most payment "
                                    "problems either fix themselves or are solved by your bank. Start here "
                                    "to work out which case you're in.</p>"
                                ),
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "Before you try to pay again",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>Check <b>Account › My orders</b>. If the order is "
                                                "there, the payment went through.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Check your bank's text messages or app to see whether "
                                                "money was deducted.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>If money was deducted but there's no order, don't pay "
                                                "again: wait for the automatic refund described below.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>If nothing was deducted, try again once. After two "
                                                "failed attempts, wait 15 minutes or use another card.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Your card was declined",
                                    "body": (
                                        "<p>The payment page shows the reason your bank gave. The most "
                                        "common are:</p><ul><li><b>Wrong or expired second password:</b> "
                                        "request a new dynamic password in your bank's app or by text "
                                        "message, and use it before it expires (usually within 1–2 "
                                        "minutes).</li><li><b>Daily online limit reached:</b> banks limit "
                                        "how much you can spend online each day. Pay from another card, "
                                        "choose the card reader on delivery in Tehran, or try again "
                                        "tomorrow.</li><li><b>Insufficient balance or expired card:</b> "
                                        "check your balance and the expiry date printed on the "
                                        "card.</li><li><b>Card blocked for online payments:</b> after "
                                        "several wrong passwords many banks block online payments until the "
                                        "next day. Only your bank can lift this.</li></ul><p>We can't see "
                                        "your card details or why your bank declined a payment, so for "
                                        "anything else, please contact your bank.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Money left your account but there's no order",
                                    "body": (
                                        "<p>This happens when the connection drops between the bank's page "
                                        "and our site. Under Shaparak rules, the bank returns the money to "
                                        "your card automatically within 72 hours, and you don't need to do "
                                        "anything.</p><p>If it hasn't come back after 72 hours, contact "
                                        "your bank with the tracking and reference numbers from its text "
                                        "message. If the bank says the payment reached us, send us the "
                                        "12-digit reference number and we'll either create your order or "
                                        "refund you the same working day.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "You were charged twice",
                                    "body": (
                                        "<p>If you paid twice for the same order, for example by retrying "
                                        "in a second tab, we find the duplicate automatically within 1 "
                                        "working day and refund it: straight away to your wallet, or within "
                                        "1–3 working days to your bank account. If you'd rather not wait, "
                                        "send us both reference numbers by chat.</p><p>Two similar amounts "
                                        "on your statement can also be two separate orders, so check <b>My "
                                        "orders</b> before you contact us.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>No one from our team will ever ask for your card's second "
                                        "password, CVV2 or a code your bank has texted you, not even to "
                                        "speed up a refund. Keep them to yourself.</p>"
                                    ),
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>پرداخت با کارت را بانک شما انجام می‌دهد، نه ما؛ برای همین بیشتر "
                                    "مشکلات پرداخت یا خودبه‌خود حل می‌شوند یا بانک حلشان می‌کند. از اینجا "
                                    "شروع کنید تا بفهمید مشکل شما کدام است.</p>"
                                ),
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "پیش از پرداخت دوباره",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>به <b>حساب کاربری › سفارش‌های من</b> سر بزنید. اگر "
                                                "سفارش آنجاست، پرداخت انجام شده است.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>پیامک‌های بانک یا اپلیکیشن بانک را ببینید تا مطمئن شوید "
                                                "مبلغی از حسابتان کم شده یا نه.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>اگر مبلغ کسر شده ولی سفارشی ثبت نشده، دوباره پرداخت "
                                                "نکنید و منتظر برگشت خودکار مبلغ بمانید؛ توضیحش در ادامه "
                                                "آمده است.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>اگر مبلغی کسر نشده، یک بار دیگر امتحان کنید. اگر دو بار "
                                                "ناموفق بود، ۱۵ دقیقه صبر کنید یا با کارت دیگری پرداخت "
                                                "کنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "پرداخت ناموفق بود",
                                    "body": (
                                        "<p>درگاه پرداخت دلیلی را که بانک اعلام کرده نشان می‌دهد. رایج‌ترین "
                                        "دلیل‌ها این‌هاست:</p><ul><li><b>رمز دوم اشتباه یا منقضی:</b> از "
                                        "اپلیکیشن بانک یا با پیامک رمز پویای تازه بگیرید و پیش از پایان "
                                        "اعتبارش (معمولاً ۱ تا ۲ دقیقه) استفاده کنید.</li><li><b>رسیدن به "
                                        "سقف خرید اینترنتی روزانه:</b> بانک‌ها برای خرید اینترنتی سقف "
                                        "روزانه دارند. با کارت دیگری پرداخت کنید، در تهران پرداخت با "
                                        "کارتخوان هنگام تحویل را انتخاب کنید یا فردا دوباره امتحان "
                                        "کنید.</li><li><b>موجودی ناکافی یا کارت منقضی:</b> موجودی حساب و "
                                        "تاریخ انقضای روی کارت را بررسی کنید.</li><li><b>مسدود شدن خرید "
                                        "اینترنتی کارت:</b> بسیاری از بانک‌ها پس از چند بار وارد کردن رمز "
                                        "اشتباه، خرید اینترنتی را تا روز بعد مسدود می‌کنند و فقط خود بانک "
                                        "می‌تواند آن را باز کند.</li></ul><p>ما به اطلاعات کارت شما و دلیل "
                                        "رد شدن پرداخت دسترسی نداریم؛ برای موارد دیگر لطفاً با بانک خود "
                                        "تماس بگیرید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "مبلغ کسر شد ولی سفارشی ثبت نشد",
                                    "body": (
                                        "<p>این اتفاق وقتی می‌افتد که ارتباط میان درگاه بانک و سایت ما قطع "
                                        "شود. طبق مقررات شاپرک، بانک مبلغ را حداکثر ظرف ۷۲ ساعت خودکار به "
                                        "کارتتان برمی‌گرداند و لازم نیست کاری انجام دهید.</p><p>اگر پس از "
                                        "۷۲ ساعت مبلغ برنگشت، با شماره پیگیری و شماره مرجعی که در پیامک "
                                        "بانک آمده با بانک تماس بگیرید. اگر بانک گفت مبلغ به حساب ما رسیده، "
                                        "شماره مرجع ۱۲ رقمی را برایمان بفرستید تا همان روز کاری یا سفارشتان "
                                        "را ثبت کنیم یا مبلغ را برگردانیم.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "دو بار پرداخت کرده‌ام",
                                    "body": (
                                        "<p>اگر برای یک سفارش دو بار پرداخت کرده باشید، مثلاً با امتحان "
                                        "دوباره در یک زبانه دیگر مرورگر، پرداخت تکراری ظرف ۱ روز کاری "
                                        "خودکار شناسایی و برگردانده می‌شود: فوری به کیف پول یا ظرف ۱ تا ۳ "
                                        "روز کاری به حساب بانکی. اگر نمی‌خواهید منتظر بمانید، هر دو شماره "
                                        "مرجع را در گفتگوی آنلاین برایمان بفرستید.</p><p>گاهی دو مبلغ مشابه "
                                        "در صورت‌حساب بانکی مربوط به دو سفارش جداست؛ پیش از تماس، "
                                        "<b>سفارش‌های من</b> را نگاه کنید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>هیچ‌کدام از همکاران ما هرگز رمز دوم، CVV2 یا کدی را که بانک "
                                        "برایتان پیامک کرده از شما نمی‌خواهد، حتی به بهانه سریع‌تر کردن "
                                        "بازگشت وجه. این اطلاعات را به هیچ‌کس ندهید.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
                {
                    "key": "invoices-and-vat",
                    "stage": "payment",
                    "title": {"en": "Invoices and VAT receipts", "fa": "فاکتور و رسید مالیات بر ارزش افزوده"},
                    "summary": {
                        "en": (
                            "Download a VAT receipt for any order from My orders. Companies and registered "
                            "taxpayers can ask for an official invoice at checkout; we issue it through the "
                            "national taxpayer system."
                        ),
                        "fa": (
                            "فاکتور هر سفارش را از «سفارش‌های من» دانلود کنید. شرکت‌ها و اشخاصی که فاکتور "
                            "رسمی لازم دارند، می‌توانند هنگام خرید درخواست دهند تا فاکتور در سامانه مودیان "
                            "صادر شود."
                        ),
                    },
                    "tags": {
                        "en": ["invoice", "VAT", "receipt", "company purchase"],
                        "fa": ["فاکتور", "فاکتور رسمی", "ارزش افزوده", "سامانه مودیان"],
                    },
                    "related": ["no-hidden-costs", "payment-methods", "personal-data"],
                    "body": {
                        "en": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>Every order comes with an electronic invoice showing the price of "
                                    "each item, the VAT included in it, delivery and the total paid.</p>"
                                ),
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "Downloading your invoice",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>Open <b>Account › My orders</b> and select the order.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Select <b>Download invoice</b>. The PDF is available as "
                                                "soon as the order has been dispatched.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>If you returned items, a credit note appears in the "
                                                "same place once your refund has been made.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Official invoices for companies and taxpayers",
                                    "body": (
                                        "<p>If you're buying for a company or need an official invoice, "
                                        "tick <b>I need an official invoice</b> at checkout and enter the "
                                        "buyer's details: for individuals, name and national ID; for "
                                        "companies, the company name, national ID and economic code. Add "
                                        "the postal code and registered address too. We issue the invoice "
                                        "through the national taxpayer system (Moadian), where you can see "
                                        "it within 7 days.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Once an invoice is registered in the taxpayer system we can't "
                                        "change the buyer on it. If you forgot to ask for an official "
                                        "invoice or entered something wrong, message us within 3 days of "
                                        "payment, before it's registered.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Pro forma invoices",
                                    "body": (
                                        "<p>Need a quote before paying by bank transfer? Add the items to "
                                        "your cart and select <b>Request a pro forma invoice</b>. It's "
                                        "valid for 3 working days, and prices and stock are held until "
                                        "then.</p>"
                                    ),
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>برای هر سفارش یک فاکتور الکترونیکی صادر می‌شود که قیمت هر کالا، "
                                    "مالیات بر ارزش افزوده آن، هزینه ارسال و مبلغ پرداخت‌شده را نشان "
                                    "می‌دهد.</p>"
                                ),
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "دانلود فاکتور",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>به <b>حساب کاربری › سفارش‌های من</b> بروید و سفارش را "
                                                "باز کنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>روی <b>دانلود فاکتور</b> بزنید. فایل PDF از زمان ارسال "
                                                "سفارش در دسترس است.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>اگر کالایی را مرجوع کرده‌اید، پس از بازگشت وجه، برگه "
                                                "اصلاحیه فاکتور هم در همین بخش نمایش داده می‌شود.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "فاکتور رسمی برای شرکت‌ها و مؤدیان",
                                    "body": (
                                        "<p>اگر برای شرکت خرید می‌کنید یا فاکتور رسمی لازم دارید، هنگام "
                                        "خرید گزینه <b>فاکتور رسمی می‌خواهم</b> را بزنید و اطلاعات خریدار "
                                        "را وارد کنید: برای اشخاص حقیقی نام و کد ملی و برای شرکت‌ها نام "
                                        "شرکت، شناسه ملی و کد اقتصادی. کد پستی و نشانی ثبتی را هم بنویسید. "
                                        "فاکتور در سامانه مودیان صادر می‌شود و ظرف ۷ روز می‌توانید آن را در "
                                        "کارپوشه خود ببینید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>پس از ثبت فاکتور در سامانه مودیان، امکان تغییر خریدار وجود "
                                        "ندارد. اگر یادتان رفت فاکتور رسمی بخواهید یا اطلاعاتی را اشتباه "
                                        "وارد کردید، تا ۳ روز پس از پرداخت و پیش از ثبت فاکتور به ما پیام "
                                        "دهید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "پیش‌فاکتور",
                                    "body": (
                                        "<p>پیش از واریز بانکی پیش‌فاکتور لازم دارید؟ کالاها را به سبد خرید "
                                        "اضافه کنید و روی <b>درخواست پیش‌فاکتور</b> بزنید. پیش‌فاکتور ۳ روز "
                                        "کاری اعتبار دارد و تا آن زمان قیمت و موجودی برایتان ثابت "
                                        "می‌ماند.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
    ],
    "faq": {
        "key": "payment-faq",
        "title": {"en": "Payment FAQ", "fa": "پرسش‌های رایج درباره پرداخت"},
        "intro": {
            "en": "Quick answers about fees, failed payments, safety and invoices.",
            "fa": "پاسخ کوتاه به پرسش‌های پرتکرار درباره هزینه‌ها، پرداخت ناموفق، امنیت پرداخت و فاکتور.",
        },
        "questions": {
            "en": [
                (
                    "Are there any extra fees when I pay?",
                    (
                        "<p>No. The total in your order summary is what you pay. We don't charge card, "
                        "service or packaging fees, and paying by card reader on delivery costs nothing "
                        "extra.</p>"
                    ),
                ),
                (
                    "Money left my account but I have no order. What now?",
                    (
                        "<p>Don't pay again. Your bank returns the money to your card automatically within "
                        "72 hours. If it hasn't arrived by then, contact your bank with the reference "
                        "number from its text message.</p>"
                    ),
                ),
                (
                    "Is it safe to pay on your site?",
                    (
                        "<p>Yes. You enter your card details only on your bank's Shaparak payment page, "
                        "never on our site. Check that the address starts with <code>https://</code> and "
                        "ends in <code>shaparak.ir</code> before you type anything.</p>"
                    ),
                ),
                (
                    "Can I pay in instalments?",
                    (
                        "<p>Not at the moment. You can pay by bank card online, from your wallet, by card "
                        "reader on delivery in Tehran, or by bank transfer for company orders.</p>"
                    ),
                ),
                (
                    "Can I get an official invoice for my company?",
                    (
                        "<p>Yes. Tick <b>I need an official invoice</b> at checkout and enter the company's "
                        "national ID and economic code. If you forgot, message us within 3 days of "
                        "payment.</p>"
                    ),
                ),
            ],
            "fa": [
                (
                    "هنگام پرداخت هزینه اضافه‌ای گرفته می‌شود؟",
                    (
                        "<p>خیر. مبلغی که در خلاصه سفارش می‌بینید همان مبلغ نهایی است. کارمزد پرداخت، هزینه "
                        "خدمات یا بسته‌بندی نمی‌گیریم و پرداخت با کارتخوان هنگام تحویل هم هزینه اضافه "
                        "ندارد.</p>"
                    ),
                ),
                (
                    "پول از حسابم کم شده ولی سفارشی ثبت نشده. چه کنم؟",
                    (
                        "<p>دوباره پرداخت نکنید. بانک مبلغ را حداکثر ظرف ۷۲ ساعت خودکار به کارتتان "
                        "برمی‌گرداند. اگر تا آن زمان برنگشت، با شماره مرجعی که در پیامک بانک آمده با بانک "
                        "خود تماس بگیرید.</p>"
                    ),
                ),
                (
                    "پرداخت در سایت شما امن است؟",
                    (
                        "<p>بله. اطلاعات کارت را فقط در درگاه شاپرکی بانک وارد می‌کنید، نه در سایت ما. پیش "
                        "از وارد کردن هر اطلاعاتی، مطمئن شوید نشانی صفحه با <code>https://</code> شروع "
                        "می‌شود و به <code>shaparak.ir</code> ختم می‌شود.</p>"
                    ),
                ),
                (
                    "امکان خرید اقساطی دارید؟",
                    (
                        "<p>در حال حاضر خیر. می‌توانید با کارت بانکی به صورت اینترنتی، از کیف پول، با "
                        "کارتخوان هنگام تحویل در تهران یا برای سفارش‌های شرکتی با واریز بانکی پرداخت "
                        "کنید.</p>"
                    ),
                ),
                (
                    "برای شرکتمان فاکتور رسمی صادر می‌کنید؟",
                    (
                        "<p>بله. هنگام خرید گزینه <b>فاکتور رسمی می‌خواهم</b> را بزنید و شناسه ملی و کد "
                        "اقتصادی شرکت را وارد کنید. اگر فراموش کردید، تا ۳ روز پس از پرداخت به ما پیام "
                        "دهید.</p>"
                    ),
                ),
            ],
        },
    },
}

_WARRANTY = {
    "key": "warranty",
    "icon": "shield",
    "title": {"en": "Warranty", "fa": "گارانتی"},
    "description": {
        "en": (
            "How long each product is guaranteed, what counts as a fault, and how to make a claim for a "
            "repair, replacement or refund."
        ),
        "fa": (
            "مدت گارانتی هر محصول، اینکه چه چیزی ایراد ساخت حساب می‌شود و چطور برای تعمیر، تعویض یا بازگشت "
            "وجه درخواست دهید."
        ),
    },
    "sections": [
        {
            "key": "warranty-cover-and-claims",
            "title": {"en": "Cover and claims", "fa": "پوشش گارانتی و ثبت درخواست"},
            "description": {
                "en": "What our warranty covers and the steps to claim.",
                "fa": "گارانتی ما چه مواردی را پوشش می‌دهد و مراحل ثبت درخواست چیست.",
            },
            "articles": [
                {
                    "key": "warranty-coverage",
                    "stage": "warranty",
                    "title": {"en": "What our warranty covers", "fa": "گارانتی ما چه چیزهایی را پوشش می‌دهد؟"},
                    "summary": {
                        "en": (
                            "Every product has a free warranty against manufacturing faults: 12 months for "
                            "ceramics, 24 months for lamps and furniture, 6 months for textiles. Accidents "
                            "and normal wear aren't covered."
                        ),
                        "fa": (
                            "همه محصولات گارانتی رایگان در برابر ایراد ساخت دارند: ظروف سفالی ۱۲ ماه، چراغ "
                            "و مبلمان ۲۴ ماه و محصولات پارچه‌ای ۶ ماه. آسیب‌های ناشی از حادثه و استهلاک "
                            "عادی شامل گارانتی نمی‌شود."
                        ),
                    },
                    "tags": {
                        "en": ["warranty", "guarantee", "faulty item"],
                        "fa": ["گارانتی", "ضمانت", "ایراد ساخت"],
                    },
                    "related": ["warranty-claim", "damaged-parcel", "how-to-return"],
                    "body": {
                        "en": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>Our warranty is our own promise, on top of your 14-day right to "
                                    "return. It starts on the day of delivery, and your order in <b>My "
                                    "orders</b> is your proof of purchase, so there's no warranty card to "
                                    "keep.</p>"
                                ),
                            },
                            {
                                "type": "table",
                                "value": {
                                    "data": [
                                        [
                                            "Product",
                                            "Warranty",
                                            "Covered, for example",
                                            "Not covered, for example",
                                        ],
                                        [
                                            "Ceramics and tableware",
                                            "12 months",
                                            "Glaze that flakes or peels, cracks from firing, vases that leak",
                                            (
                                                "Chips and breaks from knocks or drops; dishwasher damage "
                                                "to hand-wash items"
                                            ),
                                        ],
                                        [
                                            "Lamps and lighting",
                                            "24 months (bulbs 6 months)",
                                            "Wiring, switches, dimmers, sockets and LED drivers",
                                            (
                                                "Shades scorched by a stronger bulb than the label allows; "
                                                "damage from power surges"
                                            ),
                                        ],
                                        [
                                            "Textiles",
                                            "6 months",
                                            "Seams that come apart, broken zips, weaving faults",
                                            (
                                                "Pilling; fading in direct sun; shrinking after washing "
                                                "against the care label"
                                            ),
                                        ],
                                        [
                                            "Small furniture",
                                            "24 months",
                                            "Frames, joints, hinges and drawer runners",
                                            (
                                                "Scratches and water rings; damage from overloading or "
                                                "incorrect assembly"
                                            ),
                                        ],
                                    ],
                                    "first_row_is_table_header": True,
                                    "first_col_is_header": False,
                                    "table_caption": "Warranty periods and examples",
                                    "cell": [],
                                    "mergedCells": [],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Natural features of handmade pieces",
                                    "body": (
                                        "<p>Small differences in shape and colour, tiny pinholes in the "
                                        "glaze and the fine web of lines in our crackle-glaze range are "
                                        "part of how these pieces are made, not faults. If a crackle-glaze "
                                        "piece starts to leak or its glaze lifts, that is covered.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What isn't covered",
                                    "body": (
                                        "<ul><li>Accidental damage, such as drops, knocks and "
                                        "spills.</li><li>Normal wear and tear, and changes that come with "
                                        "use, such as tea stains on unglazed clay.</li><li>Damage from not "
                                        "following the care card, for example putting hand-wash pieces in "
                                        "the dishwasher or oven.</li><li>Items repaired or altered by "
                                        "anyone other than us.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What we do when something is covered",
                                    "body": (
                                        "<p>We repair the item if we can; otherwise we replace it with the "
                                        "same or a similar product. If neither is possible, we refund what "
                                        "you paid for it. Collection and return delivery are free, and a "
                                        "repaired or replacement item keeps the rest of the original "
                                        "warranty, or 3 months if that is longer.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "note",
                                    "text": (
                                        "<p>The warranty doesn't replace your other rights: you can still "
                                        "return an item within 14 days, or report damage in transit within "
                                        "48 hours of delivery.</p>"
                                    ),
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>گارانتی ما تعهد خود فروشگاه است و جدا از حق ۱۴ روزه مرجوعی شما. "
                                    "گارانتی از روز تحویل شروع می‌شود و سفارش ثبت‌شده در <b>سفارش‌های "
                                    "من</b> مدرک خرید شماست؛ پس لازم نیست کارت گارانتی نگه دارید.</p>"
                                ),
                            },
                            {
                                "type": "table",
                                "value": {
                                    "data": [
                                        [
                                            "محصول",
                                            "مدت گارانتی",
                                            "نمونه موارد تحت پوشش",
                                            "نمونه موارد خارج از پوشش",
                                        ],
                                        [
                                            "ظروف سفالی و سرامیکی",
                                            "۱۲ ماه",
                                            "پوسته شدن یا ورآمدن لعاب، ترک ناشی از پخت، نشتی گلدان",
                                            (
                                                "لب‌پریدگی و شکستگی بر اثر ضربه یا افتادن؛ آسیب ماشین "
                                                "ظرف‌شویی به ظروفی که باید با دست شسته شوند"
                                            ),
                                        ],
                                        [
                                            "چراغ و آباژور",
                                            "۲۴ ماه (لامپ ۶ ماه)",
                                            "سیم‌کشی، کلید، دیمر، سرپیچ و درایور LED",
                                            (
                                                "سوختن کلاهک به دلیل لامپ پرقدرت‌تر از حد مجاز؛ آسیب ناشی "
                                                "از نوسان برق"
                                            ),
                                        ],
                                        [
                                            "محصولات پارچه‌ای",
                                            "۶ ماه",
                                            "باز شدن درزها، خرابی زیپ، ایراد بافت",
                                            (
                                                "پرز دادن؛ رنگ‌پریدگی زیر نور مستقیم آفتاب؛ آب رفتن به دلیل "
                                                "شستشوی خلاف دستور برچسب"
                                            ),
                                        ],
                                        [
                                            "مبلمان کوچک",
                                            "۲۴ ماه",
                                            "بدنه، اتصالات، لولاها و ریل کشوها",
                                            "خط و خش و لک آب؛ آسیب ناشی از بار بیش از حد یا مونتاژ نادرست",
                                        ],
                                    ],
                                    "first_row_is_table_header": True,
                                    "first_col_is_header": False,
                                    "table_caption": "مدت گارانتی و نمونه موارد",
                                    "cell": [],
                                    "mergedCells": [],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "ویژگی‌های طبیعی کالای دست‌ساز",
                                    "body": (
                                        "<p>تفاوت‌های کوچک در فرم و رنگ، حفره‌های ریز روی لعاب و شبکه "
                                        "ترک‌های ظریف در مجموعه لعاب ترک‌دار ما بخشی از شیوه ساخت این ظروف "
                                        "است و ایراد به حساب نمی‌آید. اما اگر ظرف لعاب ترک‌دار نشتی پیدا "
                                        "کند یا لعابش ور بیاید، زیر پوشش گارانتی است.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "چه مواردی شامل گارانتی نمی‌شود",
                                    "body": (
                                        "<ul><li>آسیب‌های ناشی از حادثه، مثل افتادن، ضربه خوردن یا ریختن "
                                        "مایعات.</li><li>استهلاک عادی و تغییراتی که با استفاده پیش می‌آید، "
                                        "مثل لک چای روی سفال بدون لعاب.</li><li>آسیب ناشی از رعایت نکردن "
                                        "کارت راهنمای نگهداری، مثلاً گذاشتن ظروف دست‌شور در ماشین ظرف‌شویی "
                                        "یا فر.</li><li>کالایی که کسی جز ما تعمیر یا دستکاری‌اش کرده "
                                        "باشد.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "اگر ایراد شامل گارانتی باشد",
                                    "body": (
                                        "<p>اگر بشود، کالا را تعمیر می‌کنیم؛ در غیر این صورت آن را با همان "
                                        "محصول یا محصولی مشابه عوض می‌کنیم. اگر هیچ‌کدام ممکن نباشد، مبلغی "
                                        "را که پرداخته‌اید برمی‌گردانیم. جمع‌آوری و ارسال دوباره رایگان است "
                                        "و کالای تعمیرشده یا جایگزین، باقی‌مانده گارانتی کالای اصلی یا ۳ "
                                        "ماه، هر کدام بیشتر بود، گارانتی دارد.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "note",
                                    "text": (
                                        "<p>گارانتی جایگزین حقوق دیگر شما نیست: همچنان می‌توانید کالا را تا "
                                        "۱۴ روز مرجوع کنید یا آسیب‌دیدگی در حمل را تا ۴۸ ساعت پس از تحویل "
                                        "گزارش دهید.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
                {
                    "key": "warranty-claim",
                    "stage": "warranty",
                    "title": {"en": "How to make a warranty claim", "fa": "ثبت درخواست گارانتی"},
                    "summary": {
                        "en": (
                            "Start a claim from My orders with photos or a short video of the fault. We "
                            "reply within 3 working days and collect the item free of charge if it needs to "
                            "come back to us."
                        ),
                        "fa": (
                            "درخواست گارانتی را از «سفارش‌های من» و با عکس یا فیلم کوتاهی از ایراد ثبت "
                            "کنید. ظرف ۳ روز کاری پاسخ می‌دهیم و اگر لازم باشد کالا را رایگان از شما تحویل "
                            "می‌گیریم."
                        ),
                    },
                    "tags": {
                        "en": ["warranty claim", "repair", "replacement", "lamp fault"],
                        "fa": ["درخواست گارانتی", "تعمیر", "تعویض", "خرابی چراغ"],
                    },
                    "related": ["warranty-coverage", "damaged-parcel", "refund-timing"],
                    "body": {
                        "en": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>A claim takes about five minutes. Have the item to hand so you can "
                                    "photograph the fault.</p>"
                                ),
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "Making a claim",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>Open <b>Account › My orders</b>, select the order and "
                                                "then the item, and choose <b>Warranty claim</b>.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Describe the fault: what happens, when it started and "
                                                "how the item is used.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Add up to 8 photos, or a video of up to 30 seconds. For "
                                                "lamps, film the fault with the lamp switched on; for "
                                                "ceramics and furniture, photograph the whole item first "
                                                "and then the fault close up.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Add the batch code if there is one: it's stamped on the "
                                                "base of ceramics and printed on the label on a lamp's "
                                                "cable.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Send the claim. We reply within 3 working days by text "
                                                "message and email.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Stop using a faulty lamp and unplug it. Don't open the base or "
                                        "repair the wiring yourself: it's dangerous, and repairs by anyone "
                                        "else aren't covered by the warranty.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "After you send your claim",
                                    "body": (
                                        "<p>Many claims are approved from the photos alone. If we need to "
                                        "see the item, we arrange free collection by courier or Tipax. Lamp "
                                        "repairs take 7–10 working days in our Tehran workshop, and we'll "
                                        "tell you if a repair will take longer.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "If your claim is declined",
                                    "body": (
                                        "<p>We explain why in writing. If you disagree, reply with more "
                                        "photos or information and another member of our team will review "
                                        "the claim. You can also call us during opening hours.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "accordion",
                                "value": {
                                    "title": "Common questions about claims",
                                    "items": [
                                        {
                                            "question": "Do I need the original box?",
                                            "answer": (
                                                "<p>No. If we collect the item, the courier brings "
                                                "packaging for it.</p>"
                                            ),
                                        },
                                        {
                                            "question": "The item was a gift. Can I still claim?",
                                            "answer": (
                                                "<p>Yes. Ask the person who ordered it for the order "
                                                "number, or send us their name and mobile number and we'll "
                                                "find the order. The repaired or replacement item can be "
                                                "sent straight to you.</p>"
                                            ),
                                        },
                                        {
                                            "question": "What if the product is no longer sold?",
                                            "answer": (
                                                "<p>We offer you a similar product of at least the same "
                                                "value, or refund what was paid for it.</p>"
                                            ),
                                        },
                                    ],
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>ثبت درخواست گارانتی حدود پنج دقیقه طول می‌کشد. کالا را دم دست داشته "
                                    "باشید تا بتوانید از ایرادش عکس بگیرید.</p>"
                                ),
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "مراحل ثبت درخواست",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>به <b>حساب کاربری › سفارش‌های من</b> بروید، سفارش و سپس "
                                                "کالا را انتخاب کنید و روی <b>درخواست گارانتی</b> "
                                                "بزنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>ایراد را شرح دهید: چه اتفاقی می‌افتد، از کی شروع شده و "
                                                "کالا چطور استفاده می‌شود.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>حداکثر ۸ عکس یا یک فیلم تا ۳۰ ثانیه اضافه کنید. برای "
                                                "چراغ، از ایراد در حالت روشن فیلم بگیرید؛ برای ظروف و "
                                                "مبلمان، اول از کل کالا و بعد از نمای نزدیک ایراد عکس "
                                                "بگیرید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>اگر کالا کد سری ساخت دارد، آن را هم وارد کنید: روی کف "
                                                "ظروف سفالی مهر شده و روی برچسب سیم چراغ‌ها چاپ شده "
                                                "است.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>درخواست را ثبت کنید. ظرف ۳ روز کاری با پیامک و ایمیل "
                                                "پاسخ می‌دهیم.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>از چراغی که ایراد دارد استفاده نکنید و دوشاخه‌اش را از پریز "
                                        "بکشید. پایه را باز نکنید و سیم‌کشی را خودتان تعمیر نکنید؛ این کار "
                                        "خطرناک است و تعمیر توسط هر کسی جز ما، گارانتی را باطل می‌کند.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "پس از ثبت درخواست",
                                    "body": (
                                        "<p>بسیاری از درخواست‌ها فقط با دیدن عکس‌ها تأیید می‌شوند. اگر لازم "
                                        "باشد کالا را از نزدیک ببینیم، جمع‌آوری رایگان با پیک یا تیپاکس "
                                        "هماهنگ می‌کنیم. تعمیر چراغ در کارگاه ما در تهران ۷ تا ۱۰ روز کاری "
                                        "طول می‌کشد و اگر بیشتر شود خبرتان می‌کنیم.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "اگر درخواستتان رد شد",
                                    "body": (
                                        "<p>دلیلش را کتبی برایتان می‌نویسیم. اگر موافق نیستید، با عکس یا "
                                        "توضیح بیشتر پاسخ دهید تا همکار دیگری درخواست را دوباره بررسی کند. "
                                        "در ساعات کاری هم می‌توانید تلفنی با ما صحبت کنید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "accordion",
                                "value": {
                                    "title": "پرسش‌های رایج درباره درخواست گارانتی",
                                    "items": [
                                        {
                                            "question": "جعبه اصلی کالا لازم است؟",
                                            "answer": (
                                                "<p>خیر. اگر کالا را جمع‌آوری کنیم، پیک بسته‌بندی مناسب "
                                                "همراه خودش می‌آورد.</p>"
                                            ),
                                        },
                                        {
                                            "question": (
                                                "کالا را هدیه گرفته‌ام. باز هم می‌توانم درخواست گارانتی بدهم؟"
                                            ),
                                            "answer": (
                                                "<p>بله. شماره سفارش را از کسی که خرید کرده بگیرید، یا نام "
                                                "و شماره موبایل او را برایمان بفرستید تا سفارش را پیدا "
                                                "کنیم. کالای تعمیرشده یا جایگزین را مستقیم برای خودتان "
                                                "می‌فرستیم.</p>"
                                            ),
                                        },
                                        {
                                            "question": "اگر آن محصول دیگر تولید نشود چه می‌شود؟",
                                            "answer": (
                                                "<p>محصول مشابهی با دست‌کم همان ارزش پیشنهاد می‌کنیم یا "
                                                "مبلغ پرداخت‌شده را برمی‌گردانیم.</p>"
                                            ),
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                },
            ],
        },
    ],
    "faq": {
        "key": "warranty-faq",
        "title": {"en": "Warranty FAQ", "fa": "پرسش‌های رایج درباره گارانتی"},
        "intro": {
            "en": "Quick answers about warranty periods, proof of purchase and costs.",
            "fa": "پاسخ کوتاه به پرسش‌های پرتکرار درباره مدت گارانتی، مدرک خرید و هزینه‌ها.",
        },
        "questions": {
            "en": [
                (
                    "How long is the warranty?",
                    (
                        "<p>12 months for ceramics and tableware, 24 months for lamps and small furniture "
                        "(6 months for bulbs), and 6 months for textiles, all counted from the day of "
                        "delivery.</p>"
                    ),
                ),
                (
                    "Do I need a warranty card or a receipt?",
                    (
                        "<p>No. Your order in <b>My orders</b> is your proof of purchase. For gifts, the "
                        "order number or the buyer's mobile number is enough.</p>"
                    ),
                ),
                (
                    "Who pays to send the item to you?",
                    "<p>We do. For approved claims, collection, repair and return delivery are all free.</p>",
                ),
                (
                    "Is dishwasher damage covered?",
                    (
                        "<p>Only for pieces marked dishwasher safe on their care card. Hand-wash pieces "
                        "damaged in a dishwasher aren't covered.</p>"
                    ),
                ),
                (
                    "My lamp's bulb has stopped working. Is it covered?",
                    (
                        "<p>Bulbs supplied with our lamps are covered for 6 months. Make a warranty claim "
                        "and we'll send a new bulb; you don't need to send the old one back.</p>"
                    ),
                ),
            ],
            "fa": [
                (
                    "مدت گارانتی چقدر است؟",
                    (
                        "<p>ظروف سفالی و سرامیکی ۱۲ ماه، چراغ و مبلمان کوچک ۲۴ ماه (لامپ ۶ ماه) و محصولات "
                        "پارچه‌ای ۶ ماه؛ همه از روز تحویل حساب می‌شوند.</p>"
                    ),
                ),
                (
                    "کارت گارانتی یا فاکتور لازم است؟",
                    (
                        "<p>خیر. سفارش ثبت‌شده در <b>سفارش‌های من</b> مدرک خرید شماست. برای کالای هدیه هم "
                        "شماره سفارش یا شماره موبایل خریدار کافی است.</p>"
                    ),
                ),
                (
                    "هزینه ارسال کالا برای گارانتی با کیست؟",
                    "<p>با ما. برای درخواست‌های تأییدشده، جمع‌آوری، تعمیر و ارسال دوباره همه رایگان است.</p>",
                ),
                (
                    "آسیب ماشین ظرف‌شویی شامل گارانتی می‌شود؟",
                    (
                        "<p>فقط برای ظروفی که در کارت راهنمای نگهداری‌شان «مناسب ماشین ظرف‌شویی» نوشته شده "
                        "است. آسیب ماشین ظرف‌شویی به ظروف دست‌شور شامل گارانتی نمی‌شود.</p>"
                    ),
                ),
                (
                    "لامپ آباژورم سوخته است. گارانتی دارد؟",
                    (
                        "<p>لامپ‌هایی که همراه چراغ‌های ما ارسال می‌شوند ۶ ماه گارانتی دارند. درخواست "
                        "گارانتی ثبت کنید تا لامپ نو برایتان بفرستیم؛ لازم نیست لامپ قبلی را پس "
                        "بفرستید.</p>"
                    ),
                ),
            ],
        },
    },
}

_ACCOUNT = {
    "key": "account",
    "icon": "user",
    "title": {"en": "Account security and privacy", "fa": "امنیت حساب و حریم خصوصی"},
    "description": {
        "en": (
            "Resetting your password, two-step sign-in, spotting scams in our name, and what personal data "
            "we keep and how to delete it."
        ),
        "fa": (
            "بازیابی رمز عبور، ورود دومرحله‌ای، شناختن کلاهبرداری‌هایی که به نام ما انجام می‌شود و اینکه چه "
            "اطلاعاتی از شما نگه می‌داریم و چطور حذفشان کنید."
        ),
    },
    "sections": [
        {
            "key": "sign-in-and-security",
            "title": {"en": "Sign-in and security", "fa": "ورود و امنیت"},
            "description": {
                "en": "Getting back into your account and keeping others out of it.",
                "fa": "دوباره وارد حسابتان شوید و دیگران را از آن دور نگه دارید.",
            },
            "articles": [
                {
                    "key": "reset-password",
                    "stage": "account",
                    "title": {"en": "Reset your password", "fa": "بازیابی رمز عبور"},
                    "summary": {
                        "en": (
                            "Select “Forgot password?” on the sign-in page and we'll text a code to your "
                            "mobile or email you a link. Codes are valid for 2 minutes and links for 30 "
                            "minutes."
                        ),
                        "fa": (
                            "در صفحه ورود روی «رمز عبور را فراموش کرده‌ام» بزنید تا کدی به موبایلتان پیامک "
                            "شود یا لینکی به ایمیلتان برسد. کد ۲ دقیقه و لینک ۳۰ دقیقه اعتبار دارد."
                        ),
                    },
                    "tags": {
                        "en": ["password", "sign in", "forgot password"],
                        "fa": ["رمز عبور", "فراموشی رمز", "ورود به حساب"],
                    },
                    "related": ["two-step-sign-in", "phishing-warning", "personal-data"],
                    "body": {
                        "en": [
                            {
                                "type": "steps",
                                "value": {
                                    "title": "Resetting your password",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>On the sign-in page, select <b>Forgot password?</b></p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Enter the mobile number or email address on your "
                                                "account.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Enter the 6-digit code we text you, which is valid for "
                                                "2 minutes, or open the link in our email, which is valid "
                                                "for 30 minutes.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Choose a new password of at least 10 characters that "
                                                "you don't use on any other site.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Sign in with your new password. For your safety, you're "
                                                "signed out on all your other devices.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Prefer not to use a password at all? Choose <b>Sign in with a "
                                        "one-time code</b> and we'll text a fresh code to your mobile each "
                                        "time you sign in.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "accordion",
                                "value": {
                                    "title": "If the code or link doesn't arrive",
                                    "items": [
                                        {
                                            "question": "I didn't get the text message",
                                            "answer": (
                                                "<p>Wait 2 minutes before asking for a new code; each new "
                                                "code cancels the previous one. Check that the number is "
                                                "right and that your phone has signal. If you've recently "
                                                "changed your SIM card or number, reset with your email "
                                                "address instead.</p>"
                                            ),
                                        },
                                        {
                                            "question": "The email link says it has expired",
                                            "answer": (
                                                "<p>Each link works once, for 30 minutes. Ask for a new one "
                                                "and open only the most recent email. Check your spam "
                                                "folder if it doesn't arrive within a few minutes.</p>"
                                            ),
                                        },
                                        {
                                            "question": "I'm locked out after too many attempts",
                                            "answer": (
                                                "<p>After 5 wrong codes, password reset is paused for 30 "
                                                "minutes to protect your account. You can try again after "
                                                "that.</p>"
                                            ),
                                        },
                                        {
                                            "question": (
                                                "I no longer have the mobile number or email on my account"
                                            ),
                                            "answer": (
                                                "<p>Call us, or email us from an address you can still use. "
                                                "We'll ask for a photo of your national ID card and details "
                                                "of a recent order to confirm it's you, and update your "
                                                "details within 2 working days.</p>"
                                            ),
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>We never ask for your password or a sign-in code by phone, chat "
                                        "or text message. If someone does, don't share it, even if they say "
                                        "they're from our support team.</p>"
                                    ),
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "steps",
                                "value": {
                                    "title": "مراحل بازیابی رمز عبور",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>در صفحه ورود روی <b>رمز عبور را فراموش کرده‌ام</b> "
                                                "بزنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>شماره موبایل یا ایمیلی را که با آن ثبت‌نام کرده‌اید "
                                                "وارد کنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>کد ۶ رقمی پیامک‌شده را که ۲ دقیقه اعتبار دارد وارد "
                                                "کنید، یا لینک داخل ایمیل را که ۳۰ دقیقه معتبر است باز "
                                                "کنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>رمز عبور تازه‌ای با دست‌کم ۱۰ نویسه انتخاب کنید که در "
                                                "هیچ سایت دیگری از آن استفاده نمی‌کنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>با رمز جدید وارد شوید. برای امنیت بیشتر، از حسابتان در "
                                                "همه دستگاه‌های دیگر خارج می‌شوید.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>اصلاً نمی‌خواهید رمز عبور داشته باشید؟ گزینه <b>ورود با کد "
                                        "یکبارمصرف</b> را انتخاب کنید تا هر بار کد تازه‌ای به موبایلتان "
                                        "پیامک شود.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "accordion",
                                "value": {
                                    "title": "اگر کد یا لینک به دستتان نرسید",
                                    "items": [
                                        {
                                            "question": "پیامک کد برایم نیامد",
                                            "answer": (
                                                "<p>پیش از درخواست کد جدید ۲ دقیقه صبر کنید؛ هر کد جدید، کد "
                                                "قبلی را باطل می‌کند. درست بودن شماره و آنتن‌دهی گوشی را "
                                                "بررسی کنید. اگر به‌تازگی سیم‌کارت یا شماره‌تان را عوض "
                                                "کرده‌اید، از طریق ایمیل رمز را بازیابی کنید.</p>"
                                            ),
                                        },
                                        {
                                            "question": "لینک ایمیل منقضی شده است",
                                            "answer": (
                                                "<p>هر لینک فقط یک بار و به مدت ۳۰ دقیقه کار می‌کند. لینک "
                                                "تازه بخواهید و فقط آخرین ایمیل را باز کنید. اگر ایمیل تا "
                                                "چند دقیقه نرسید، پوشه هرزنامه (Spam) را هم ببینید.</p>"
                                            ),
                                        },
                                        {
                                            "question": "به خاطر تلاش‌های زیاد قفل شده‌ام",
                                            "answer": (
                                                "<p>پس از ۵ بار وارد کردن کد اشتباه، برای حفاظت از حسابتان "
                                                "امکان بازیابی رمز ۳۰ دقیقه متوقف می‌شود. پس از آن دوباره "
                                                "امتحان کنید.</p>"
                                            ),
                                        },
                                        {
                                            "question": "دیگر به شماره موبایل یا ایمیل حسابم دسترسی ندارم",
                                            "answer": (
                                                "<p>با ما تماس بگیرید یا از ایمیلی که به آن دسترسی دارید "
                                                "برایمان بنویسید. برای اطمینان از هویتتان، عکس کارت ملی و "
                                                "مشخصات یکی از سفارش‌های اخیر را می‌خواهیم و ظرف ۲ روز کاری "
                                                "اطلاعات حساب را به‌روز می‌کنیم.</p>"
                                            ),
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>ما هیچ‌وقت رمز عبور یا کد ورود را تلفنی، در گفتگوی آنلاین یا با "
                                        "پیامک از شما نمی‌خواهیم. اگر کسی چنین درخواستی کرد، حتی اگر خودش "
                                        "را پشتیبان فروشگاه معرفی کند، کد را به او ندهید.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
                {
                    "key": "two-step-sign-in",
                    "stage": "account",
                    "title": {"en": "Turn on two-step sign-in", "fa": "فعال کردن ورود دومرحله‌ای"},
                    "summary": {
                        "en": (
                            "Two-step sign-in asks for a code from your phone as well as your password, so "
                            "a stolen password alone isn't enough. Set it up in Account › Security in about "
                            "two minutes."
                        ),
                        "fa": (
                            "در ورود دومرحله‌ای، علاوه بر رمز عبور کدی از گوشی شما هم خواسته می‌شود؛ پس رمز "
                            "لورفته به‌تنهایی برای ورود کافی نیست. راه‌اندازی آن در «حساب کاربری › امنیت» "
                            "حدود دو دقیقه طول می‌کشد."
                        ),
                    },
                    "tags": {
                        "en": ["two-step sign-in", "2FA", "security", "authenticator"],
                        "fa": ["ورود دومرحله‌ای", "امنیت حساب", "کد یکبارمصرف"],
                    },
                    "related": ["reset-password", "phishing-warning", "personal-data"],
                    "body": {
                        "en": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>Your account holds your addresses, orders and wallet balance. With "
                                    "two-step sign-in, anyone who wants to get in needs both your password "
                                    "and a code that only your phone can produce.</p>"
                                ),
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "Setting it up",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>Open <b>Account › Security</b> and select <b>Turn on "
                                                "two-step sign-in</b>.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Choose how you'll receive codes: an authenticator app, "
                                                "such as Google Authenticator or Microsoft Authenticator, "
                                                "or text message.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>For an app, scan the QR code with it. For text "
                                                "messages, confirm your mobile number.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Enter the 6-digit code to check that everything "
                                                "works.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Save your 10 recovery codes somewhere safe, such as a "
                                                "password manager or a printout kept at home. Each code "
                                                "works once.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>An authenticator app is safer than text messages: it works "
                                        "without signal, and nobody can intercept its codes by taking over "
                                        "your SIM card.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Signing in once it's on",
                                    "body": (
                                        "<p>After your password we ask for a code. On your own phone or "
                                        "computer, tick <b>Trust this device</b> and we won't ask again "
                                        "there for 30 days. Never tick it on a shared or public "
                                        "computer.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "If you lose your phone",
                                    "body": (
                                        "<p>Sign in with one of your recovery codes, then set up your new "
                                        "phone in <b>Account › Security</b>. If you don't have your "
                                        "recovery codes, contact us: after checking your identity with your "
                                        "national ID card and a recent order, we turn off two-step sign-in "
                                        "within 2 working days so you can set it up again.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Turning it off",
                                    "body": (
                                        "<p>You can turn it off in <b>Account › Security</b> after entering "
                                        "a current code. We email you whenever two-step sign-in is turned "
                                        "on or off, so you'll know if anyone else tries.</p>"
                                    ),
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>نشانی‌ها، سفارش‌ها و موجودی کیف پولتان در حساب کاربری شما نگه داشته "
                                    "می‌شود. با ورود دومرحله‌ای، هر کس بخواهد وارد حسابتان شود، هم رمز عبور "
                                    "لازم دارد و هم کدی که فقط گوشی شما می‌سازد.</p>"
                                ),
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "مراحل فعال‌سازی",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>به <b>حساب کاربری › امنیت</b> بروید و روی <b>فعال کردن "
                                                "ورود دومرحله‌ای</b> بزنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>روش دریافت کد را انتخاب کنید: اپلیکیشن احراز هویت، مثل "
                                                "Google Authenticator یا Microsoft Authenticator، یا "
                                                "پیامک.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>اگر اپلیکیشن را انتخاب کرده‌اید، کد QR را با آن اسکن "
                                                "کنید. برای پیامک، شماره موبایلتان را تأیید کنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>کد ۶ رقمی را وارد کنید تا مطمئن شوید همه چیز درست کار "
                                                "می‌کند.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>۱۰ کد بازیابی را جای امنی نگه دارید، مثلاً در یک برنامه "
                                                "مدیریت رمز یا روی کاغذی در خانه. هر کد فقط یک بار کار "
                                                "می‌کند.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>اپلیکیشن احراز هویت از پیامک امن‌تر است: بدون آنتن هم کار "
                                        "می‌کند و اگر کسی سیم‌کارت شما را تصاحب کند، به کدهایش دسترسی پیدا "
                                        "نمی‌کند.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "ورود پس از فعال‌سازی",
                                    "body": (
                                        "<p>پس از وارد کردن رمز عبور، کد هم از شما خواسته می‌شود. روی گوشی "
                                        "یا رایانه شخصی‌تان گزینه <b>به این دستگاه اعتماد دارم</b> را بزنید؛ "
                                        "تا ۳۰ روز در آن دستگاه دوباره کد نمی‌خواهیم. این گزینه را روی "
                                        "رایانه مشترک یا عمومی هرگز انتخاب نکنید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "اگر گوشی‌تان گم شد",
                                    "body": (
                                        "<p>با یکی از کدهای بازیابی وارد شوید و در <b>حساب کاربری › "
                                        "امنیت</b> گوشی جدید را تنظیم کنید. اگر کد بازیابی ندارید، با ما "
                                        "تماس بگیرید؛ پس از احراز هویت با کارت ملی و مشخصات یکی از "
                                        "سفارش‌های اخیر، ظرف ۲ روز کاری ورود دومرحله‌ای را غیرفعال می‌کنیم "
                                        "تا دوباره راه‌اندازی‌اش کنید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "غیرفعال کردن",
                                    "body": (
                                        "<p>در <b>حساب کاربری › امنیت</b> و با وارد کردن یک کد معتبر "
                                        "می‌توانید ورود دومرحله‌ای را خاموش کنید. هر بار که این قابلیت روشن "
                                        "یا خاموش شود ایمیلی برایتان می‌فرستیم تا اگر کس دیگری چنین کاری "
                                        "کرد، باخبر شوید.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
                {
                    "key": "phishing-warning",
                    "stage": "account",
                    "title": {"en": "Recognising phishing and scams", "fa": "تشخیص فیشینگ و کلاهبرداری"},
                    "summary": {
                        "en": (
                            "Scammers send fake texts, pages and payment links in shops' names. We never "
                            "ask for your card's second password or a code, and our payment pages are "
                            "always on shaparak.ir."
                        ),
                        "fa": (
                            "کلاهبرداران به نام فروشگاه‌ها پیامک، صفحه و لینک پرداخت جعلی می‌فرستند. ما "
                            "هرگز رمز دوم کارت یا کد تأیید شما را نمی‌خواهیم و درگاه پرداخت ما همیشه روی "
                            "دامنه shaparak.ir است."
                        ),
                    },
                    "tags": {
                        "en": ["phishing", "scam", "fraud", "fake text message"],
                        "fa": ["فیشینگ", "کلاهبرداری", "پیامک جعلی", "درگاه جعلی"],
                    },
                    "related": ["two-step-sign-in", "reset-password", "payment-methods"],
                    "body": {
                        "en": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>Fake messages in shops' names are common, especially around big "
                                    "sales and Nowruz. Once you know what we do and don't do, they're easy "
                                    "to spot.</p>"
                                ),
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What we will never do",
                                    "body": (
                                        "<ul><li>Ask for your card's second password, CVV2 or PIN, or for a "
                                        "code that your bank or we have texted you.</li><li>Ask you to pay "
                                        "by card-to-card transfer or into a personal account.</li><li>Send "
                                        "payment links by WhatsApp, Telegram, Instagram or from a personal "
                                        "phone number.</li><li>Ask you to install an app from a link in a "
                                        "text message.</li><li>Tell you that you've won a prize and must "
                                        "pay a fee to claim it.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "How to check a message is really from us",
                                    "body": (
                                        "<p>Our text messages only come from the number <b>30001234</b>, "
                                        "and our emails only from addresses ending in "
                                        "<code>@example-shop.test</code>. Links in them always go to "
                                        "<code>example-shop.test</code>. When you pay, the address of the "
                                        "bank page must start with <code>https://</code> and end in "
                                        "<code>shaparak.ir</code>; if it doesn't, close the page.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Scams we've seen in our name",
                                    "body": (
                                        "<ul><li><b>“Your order is on hold”</b> texts asking you to pay a "
                                        "small delivery or customs fee through a link.</li><li><b>Fake "
                                        "Instagram pages</b> using our photos, offering big discounts and "
                                        "taking payment by card-to-card transfer.</li><li><b>Calls from "
                                        "“support”</b> offering to speed up a refund if you read out a "
                                        "code.</li><li><b>“Order tracking app”</b> links that install "
                                        "malware able to read your text messages, including bank "
                                        "codes.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "If you've clicked a link or shared details",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>If you entered card details, block the card straight "
                                                "away through your bank's app or its 24-hour phone "
                                                "line.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Change your password on our site, and on any other site "
                                                "where you use the same password.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Turn on two-step sign-in, and check <b>Account › "
                                                "Security</b> for devices you don't recognise.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>If you installed an app from a link, uninstall it, and "
                                                "don't use banking apps or enter codes on that phone until "
                                                "it has been checked.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Report it to the cyber police (FATA) at cyberpolice.ir, "
                                                "and forward the message to us at <a "
                                                'href="mailto:help@example-shop.test">help@example-shop.test</a>.</p>'
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>A genuine refund never needs a code from you. If someone asks "
                                        "for one “so they can send you money”, it's a scam, however "
                                        "convincing they sound.</p>"
                                    ),
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>پیامک‌ها و صفحه‌های جعلی به نام فروشگاه‌های اینترنتی زیاد است، "
                                    "به‌خصوص در فصل حراج‌ها و نزدیک نوروز. اگر بدانید ما چه کارهایی را هرگز "
                                    "انجام نمی‌دهیم، تشخیص این پیام‌ها ساده است.</p>"
                                ),
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "کارهایی که ما هرگز انجام نمی‌دهیم",
                                    "body": (
                                        "<ul><li>درخواست رمز دوم، CVV2 یا رمز اول کارت، یا کدی که بانک یا "
                                        "ما برایتان پیامک کرده‌ایم.</li><li>درخواست کارت‌به‌کارت یا واریز "
                                        "به حساب شخصی.</li><li>فرستادن لینک پرداخت در واتس‌اپ، تلگرام، "
                                        "اینستاگرام یا از یک شماره موبایل شخصی.</li><li>درخواست نصب "
                                        "اپلیکیشن از لینکی که در پیامک آمده است.</li><li>خبر دادن از برنده "
                                        "شدن جایزه‌ای که برای دریافتش اول باید هزینه‌ای بپردازید.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "چطور مطمئن شوید پیام از طرف ماست",
                                    "body": (
                                        "<p>پیامک‌های ما فقط از سرشماره <b>۳۰۰۰۱۲۳۴</b> و ایمیل‌هایمان فقط "
                                        "از نشانی‌هایی با پسوند <code>@example-shop.test</code> ارسال "
                                        "می‌شوند و لینک‌های داخلشان همیشه به <code>example-shop.test</code> "
                                        "می‌رود. هنگام پرداخت، نشانی صفحه بانک باید با "
                                        "<code>https://</code> شروع شود و به <code>shaparak.ir</code> ختم "
                                        "شود؛ اگر این‌طور نیست، صفحه را ببندید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "کلاهبرداری‌هایی که به نام ما دیده‌ایم",
                                    "body": (
                                        "<ul><li>پیامک <b>«سفارش شما متوقف شده است»</b> که می‌خواهد مبلغ "
                                        "کمی بابت هزینه ارسال یا گمرک از طریق لینک "
                                        "بپردازید.</li><li><b>صفحه‌های جعلی اینستاگرام</b> با عکس‌های "
                                        "محصولات ما و تخفیف‌های عجیب که پول را کارت‌به‌کارت "
                                        "می‌گیرند.</li><li><b>تماس تلفنی از طرف «پشتیبانی»</b> که می‌گوید "
                                        "اگر کد پیامک‌شده را بخوانید، پولتان زودتر برمی‌گردد.</li><li>لینک "
                                        "<b>«اپلیکیشن رهگیری سفارش»</b> که بدافزاری نصب می‌کند و می‌تواند "
                                        "پیامک‌های شما، از جمله رمزهای بانکی، را بخواند.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "اگر روی لینک زده‌اید یا اطلاعاتی داده‌اید",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>اگر اطلاعات کارت را وارد کرده‌اید، فوراً از طریق "
                                                "اپلیکیشن بانک یا تلفن بانک که شبانه‌روزی پاسخگوست، کارت را "
                                                "مسدود کنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>رمز عبورتان را در سایت ما و در هر سایت دیگری که همین "
                                                "رمز را دارد عوض کنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>ورود دومرحله‌ای را فعال کنید و در <b>حساب کاربری › "
                                                "امنیت</b> ببینید دستگاه ناشناسی وارد حسابتان نشده "
                                                "باشد.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>اگر اپلیکیشنی از لینک نصب کرده‌اید، آن را پاک کنید و تا "
                                                "وقتی گوشی بررسی نشده، با آن از اپلیکیشن بانک استفاده نکنید "
                                                "و هیچ کدی وارد نکنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>موضوع را در سایت پلیس فتا (cyberpolice.ir) گزارش کنید و "
                                                "پیام جعلی را برای ما به "
                                                '<a href="mailto:help@example-shop.test">'
                                                "help@example-shop.test</a> "
                                                "بفرستید.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>برای برگرداندن پول به شما هیچ کدی لازم نیست. اگر کسی «برای "
                                        "واریز پول» از شما کد خواست، کلاهبردار است؛ هرچقدر هم حرف‌هایش "
                                        "قانع‌کننده باشد.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "key": "privacy",
            "title": {"en": "Privacy and your data", "fa": "حریم خصوصی و اطلاعات شما"},
            "description": {
                "en": "What we keep about you, who sees it, and how to download or delete it.",
                "fa": (
                    "چه اطلاعاتی از شما نگه می‌داریم، چه کسانی آن را می‌بینند و چطور نسخه‌ای از آن بگیرید "
                    "یا حذفش کنید."
                ),
            },
            "articles": [
                {
                    "key": "personal-data",
                    "stage": "account",
                    "title": {
                        "en": "Your personal data and how to delete it",
                        "fa": "اطلاعات شخصی شما و حذف حساب کاربری",
                    },
                    "summary": {
                        "en": (
                            "What we keep about you, why and for how long; how to download a copy; and how "
                            "to delete your account. We never see or store your card number."
                        ),
                        "fa": (
                            "چه اطلاعاتی از شما نگه می‌داریم، چرا و تا کی؛ چطور نسخه‌ای از آن دریافت کنید و "
                            "چطور حسابتان را حذف کنید. شماره کارت شما هیچ‌وقت به دست ما نمی‌رسد و ذخیره "
                            "نمی‌شود."
                        ),
                    },
                    "tags": {
                        "en": ["privacy", "personal data", "delete account", "data download"],
                        "fa": ["حریم خصوصی", "اطلاعات شخصی", "حذف حساب", "دریافت اطلاعات"],
                    },
                    "related": ["two-step-sign-in", "invoices-and-vat", "reset-password"],
                    "body": {
                        "en": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What we keep",
                                    "body": (
                                        "<ul><li><b>Account details:</b> your name, mobile number, email "
                                        "and password (stored only in scrambled, hashed "
                                        "form).</li><li><b>Addresses</b> you've saved for "
                                        "delivery.</li><li><b>Orders, returns and warranty claims</b>, "
                                        "including the photos you send.</li><li><b>Messages</b> you've sent "
                                        "to our support team.</li><li><b>Your national ID or company "
                                        "details</b>, only if you ask for an official invoice.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What we don't keep",
                                    "body": (
                                        "<p>We never see or store your card number, second password or "
                                        "CVV2: you enter them on your bank's payment page. We only receive "
                                        "the result of the payment, the last 4 digits of the card and the "
                                        "bank's reference number. We don't sell or rent your data to "
                                        "anyone.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Who else sees it",
                                    "body": (
                                        "<p>Only what each partner needs for their part of the job. Our "
                                        "couriers, Post and Tipax receive your name, address and mobile "
                                        "number to deliver your order; the payment provider receives the "
                                        "amount; and the national tax system receives the invoice details "
                                        "that the law requires.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "How long we keep it",
                                    "body": (
                                        "<p>Order and invoice records are kept for as long as tax and "
                                        "accounting law requires, even after you delete your account. "
                                        "Support messages are deleted after 2 years, and a saved address as "
                                        "soon as you remove it.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "Deleting your account",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>Finish or cancel any open orders, returns and warranty "
                                                "claims, and withdraw your wallet balance to your bank "
                                                "account.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Open <b>Account › Privacy</b> and select <b>Delete my "
                                                "account</b>.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": "<p>Confirm with the code we text you.</p>",
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>Your account is closed straight away. If you change "
                                                "your mind, sign in within 14 days to restore it. After "
                                                "that your personal details are permanently deleted, and "
                                                "order records keep only what the law requires.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "accordion",
                                "value": {
                                    "title": "Other privacy questions",
                                    "items": [
                                        {
                                            "question": "How do I get a copy of my data?",
                                            "answer": (
                                                "<p>Select <b>Download my data</b> in <b>Account › "
                                                "Privacy</b>. Within 48 hours we email you a link to a ZIP "
                                                "file, and the link works for 7 days.</p>"
                                            ),
                                        },
                                        {
                                            "question": "How do I stop marketing messages?",
                                            "answer": (
                                                "<p>Turn off <b>News and offers</b> in <b>Account › "
                                                "Notifications</b>, or use the unsubscribe link in any "
                                                "marketing email. You'll still get messages about your "
                                                "orders.</p>"
                                            ),
                                        },
                                        {
                                            "question": "Can I correct my details?",
                                            "answer": (
                                                "<p>Yes. You can change most details yourself in <b>Account "
                                                "› Profile</b>. To correct the buyer on an official invoice "
                                                "that has already been issued, contact us.</p>"
                                            ),
                                        },
                                    ],
                                },
                            },
                        ],
                        "fa": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "چه اطلاعاتی نگه می‌داریم",
                                    "body": (
                                        "<ul><li><b>اطلاعات حساب:</b> نام، شماره موبایل، ایمیل و رمز عبور "
                                        "(رمز فقط به صورت درهم‌سازی‌شده و غیرقابل خواندن ذخیره "
                                        "می‌شود).</li><li><b>نشانی‌هایی</b> که برای ارسال ذخیره "
                                        "کرده‌اید.</li><li><b>سفارش‌ها، مرجوعی‌ها و درخواست‌های "
                                        "گارانتی</b>، همراه با عکس‌هایی که "
                                        "فرستاده‌اید.</li><li><b>پیام‌هایی</b> که برای پشتیبانی "
                                        "فرستاده‌اید.</li><li><b>کد ملی یا اطلاعات شرکت</b>، فقط اگر فاکتور "
                                        "رسمی خواسته باشید.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "چه اطلاعاتی نگه نمی‌داریم",
                                    "body": (
                                        "<p>شماره کارت، رمز دوم و CVV2 شما را هرگز نمی‌بینیم و ذخیره "
                                        "نمی‌کنیم، چون آن‌ها را در درگاه بانک وارد می‌کنید. فقط نتیجه "
                                        "پرداخت، ۴ رقم آخر کارت و شماره مرجع بانک به ما می‌رسد. اطلاعات شما "
                                        "را به هیچ‌کس نمی‌فروشیم و در اختیار کسی نمی‌گذاریم.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "چه کسان دیگری اطلاعات را می‌بینند",
                                    "body": (
                                        "<p>هر همکار فقط همان مقداری را می‌بیند که برای کارش لازم است. "
                                        "پیک‌ها، پست و تیپاکس نام، نشانی و شماره موبایل شما را برای تحویل "
                                        "سفارش دریافت می‌کنند؛ شرکت پرداخت فقط مبلغ را می‌بیند و سامانه "
                                        "مالیاتی کشور اطلاعاتی از فاکتور را دریافت می‌کند که قانون الزام "
                                        "کرده است.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "تا کی نگهشان می‌داریم",
                                    "body": (
                                        "<p>سوابق سفارش و فاکتور را تا زمانی که قوانین مالیاتی و حسابداری "
                                        "الزام می‌کنند نگه می‌داریم، حتی اگر حسابتان را حذف کنید. پیام‌های "
                                        "پشتیبانی پس از ۲ سال پاک می‌شوند و هر نشانی ذخیره‌شده به محض اینکه "
                                        "حذفش کنید.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "steps",
                                "value": {
                                    "title": "حذف حساب کاربری",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>سفارش‌ها، مرجوعی‌ها و درخواست‌های گارانتی باز را تمام "
                                                "یا لغو کنید و موجودی کیف پول را به حساب بانکی‌تان برداشت "
                                                "کنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>به <b>حساب کاربری › حریم خصوصی</b> بروید و روی <b>حذف "
                                                "حساب کاربری</b> بزنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>با کدی که برایتان پیامک می‌شود، حذف را تأیید کنید.</p>"
                                            ),
                                            "image": None,
                                        },
                                        {
                                            "text": (
                                                "<p>حساب شما همان لحظه بسته می‌شود. اگر پشیمان شدید، تا ۱۴ "
                                                "روز با ورود به حساب می‌توانید آن را برگردانید. پس از آن "
                                                "اطلاعات شخصی‌تان برای همیشه پاک می‌شود و از سوابق سفارش "
                                                "فقط آنچه قانون الزام کرده باقی می‌ماند.</p>"
                                            ),
                                            "image": None,
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "accordion",
                                "value": {
                                    "title": "پرسش‌های دیگر درباره حریم خصوصی",
                                    "items": [
                                        {
                                            "question": "چطور نسخه‌ای از اطلاعاتم را بگیرم؟",
                                            "answer": (
                                                "<p>در <b>حساب کاربری › حریم خصوصی</b> روی <b>دریافت "
                                                "اطلاعات من</b> بزنید. ظرف ۴۸ ساعت لینک یک فایل ZIP برایتان "
                                                "ایمیل می‌شود که ۷ روز اعتبار دارد.</p>"
                                            ),
                                        },
                                        {
                                            "question": "چطور پیامک‌ها و ایمیل‌های تبلیغاتی را قطع کنم؟",
                                            "answer": (
                                                "<p>در <b>حساب کاربری › اطلاع‌رسانی‌ها</b> گزینه <b>اخبار و "
                                                "پیشنهادها</b> را خاموش کنید یا در هر ایمیل تبلیغاتی روی "
                                                "لینک لغو اشتراک بزنید. پیام‌های مربوط به سفارش‌هایتان "
                                                "همچنان ارسال می‌شوند.</p>"
                                            ),
                                        },
                                        {
                                            "question": "می‌توانم اطلاعاتم را اصلاح کنم؟",
                                            "answer": (
                                                "<p>بله. بیشتر اطلاعات را خودتان در <b>حساب کاربری › "
                                                "مشخصات</b> تغییر می‌دهید. برای اصلاح خریدار در فاکتور "
                                                "رسمی‌ای که صادر شده، با ما تماس بگیرید.</p>"
                                            ),
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                },
            ],
        },
    ],
    "faq": {
        "key": "account-faq",
        "title": {"en": "Account and privacy FAQ", "fa": "پرسش‌های رایج درباره حساب کاربری"},
        "intro": {
            "en": (
                "Quick answers about your mobile number, unexpected codes, card details and deleting your "
                "account."
            ),
            "fa": (
                "پاسخ کوتاه به پرسش‌های پرتکرار درباره شماره موبایل، کدهای ناخواسته، اطلاعات کارت و حذف حساب."
            ),
        },
        "questions": {
            "en": [
                (
                    "How do I change the mobile number on my account?",
                    (
                        "<p>Go to <b>Account › Profile</b>, select <b>Change mobile number</b> and confirm "
                        "with codes sent to both the old and the new number. If you no longer have the old "
                        "number, contact us and we'll verify your identity with your national ID card.</p>"
                    ),
                ),
                (
                    "I got a sign-in code I didn't ask for. What should I do?",
                    (
                        "<p>Don't share it with anyone. Someone may have typed your number by mistake, or "
                        "may be trying to get into your account. Change your password and turn on two-step "
                        "sign-in to be safe.</p>"
                    ),
                ),
                (
                    "Do you store my card details?",
                    (
                        "<p>No. You enter card details only on your bank's payment page; we only receive "
                        "the last 4 digits and the bank's reference number.</p>"
                    ),
                ),
                (
                    "How do I delete my account?",
                    (
                        "<p>Open <b>Account › Privacy</b> and select <b>Delete my account</b>. Finish any "
                        "open orders and withdraw your wallet balance first. You have 14 days to change "
                        "your mind.</p>"
                    ),
                ),
                (
                    "Can someone else use my account to order for me?",
                    (
                        "<p>Please don't share your sign-in details. Anyone can order a gift for you with "
                        "their own account, using your name and address for delivery.</p>"
                    ),
                ),
            ],
            "fa": [
                (
                    "چطور شماره موبایل حسابم را عوض کنم؟",
                    (
                        "<p>به <b>حساب کاربری › مشخصات</b> بروید، روی <b>تغییر شماره موبایل</b> بزنید و با "
                        "کدهایی که به شماره قبلی و جدید پیامک می‌شود تأیید کنید. اگر به شماره قبلی دسترسی "
                        "ندارید، با ما تماس بگیرید تا با کارت ملی هویتتان را تأیید کنیم.</p>"
                    ),
                ),
                (
                    "کد ورودی برایم آمده که درخواستش نکرده بودم. چه کنم؟",
                    (
                        "<p>کد را به هیچ‌کس ندهید. ممکن است کسی شماره شما را اشتباهی وارد کرده باشد یا "
                        "بخواهد وارد حسابتان شود. برای اطمینان، رمز عبور را عوض کنید و ورود دومرحله‌ای را "
                        "فعال کنید.</p>"
                    ),
                ),
                (
                    "اطلاعات کارت بانکی‌ام را ذخیره می‌کنید؟",
                    (
                        "<p>خیر. اطلاعات کارت را فقط در درگاه بانک وارد می‌کنید و تنها ۴ رقم آخر کارت و "
                        "شماره مرجع بانک به دست ما می‌رسد.</p>"
                    ),
                ),
                (
                    "چطور حسابم را حذف کنم؟",
                    (
                        "<p>به <b>حساب کاربری › حریم خصوصی</b> بروید و روی <b>حذف حساب کاربری</b> بزنید. "
                        "پیش از آن سفارش‌های باز را تمام کنید و موجودی کیف پول را برداشت کنید. تا ۱۴ روز "
                        "فرصت دارید از تصمیمتان برگردید.</p>"
                    ),
                ),
                (
                    "کس دیگری می‌تواند با حساب من برایم خرید کند؟",
                    (
                        "<p>لطفاً اطلاعات ورود حسابتان را به کسی ندهید. هر کسی می‌تواند با حساب خودش برای "
                        "شما هدیه بخرد و نام و نشانی شما را برای تحویل وارد کند.</p>"
                    ),
                ),
            ],
        },
    },
}


CATEGORIES = [_ORDERS, _DELIVERY, _RETURNS, _PAYMENT, _WARRANTY, _ACCOUNT]


CONTACT = {
    "email": "help@example-shop.test",
    "phone": "+98 21 1234 5678",
    "chat_url": "https://example-shop.test/chat",
    "opening_hours": {
        "en": (
            "Saturday to Wednesday 9:00–18:00 and Thursday 9:00–13:00 (Tehran time). Closed on Fridays and "
            "public holidays."
        ),
        "fa": (
            "شنبه تا چهارشنبه ساعت ۹ تا ۱۸ و پنج‌شنبه ساعت ۹ تا ۱۳. جمعه‌ها و روزهای تعطیل رسمی پاسخگو نیستیم."
        ),
    },
}
