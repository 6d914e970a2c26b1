"""Issue 23: the public rankings and votes cannot be bought with a script.

Each test replays one abuse from the audit (plain ``curl``-style requests from one client address)
and shows it moves nothing; the last ones show that real visitors still count.
"""

import json
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from helpcenter.conf import helpcenter_settings
from helpcenter.models import ArticleFeedback, ArticleReadCount
from tests.factories.helpcenter import ArticlePageFactory, CategoryPageFactory

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


@pytest.fixture
def articles(home):
    topic = CategoryPageFactory(parent=home, title="Delivery", slug="delivery")
    return [ArticlePageFactory(parent=topic, title=f"Article {n}", slug=f"article-{n}") for n in range(3)]


def read(client, article):
    return client.post(f"/api/v1/help/articles/{article.pk}/read")


def vote(client, article, helpful=True):
    body = json.dumps({"helpful": helpful})
    return client.post(f"/api/v1/help/articles/{article.pk}/feedback", body, content_type="application/json")


def browser():
    return Client(HTTP_USER_AGENT=BROWSER)


def counted_reads(article) -> int:
    return sum(ArticleReadCount.objects.filter(article=article).values_list("count", flat=True))


def test_400_cookieless_reads_move_no_ranking(home, articles):
    target = articles[0]
    statuses = [read(Client(), target).status_code for _ in range(400)]
    assert set(statuses) <= {204, 429}
    assert counted_reads(target) == 0
    assert list(home.most_read()) == []


def test_a_burst_of_reads_is_refused_with_429_and_retry_after(articles):
    client = browser()
    client.get(articles[0].url)
    limit = int(helpcenter_settings.RATE_LIMITS["read"].split("/")[0])
    statuses = [read(client, articles[0]).status_code for _ in range(limit + 5)]
    assert statuses[:limit] == [204] * limit
    refused = read(client, articles[0])
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60


def test_fresh_cookies_from_one_client_cannot_reach_the_ranking(home, articles):
    """A script that fetches the page for a new cookie before each read counts a few times a day."""
    target = articles[0]
    for _ in range(40):
        client = browser()
        client.get(target.url)
        read(client, target)
    assert counted_reads(target) == helpcenter_settings.SIGNALS_PER_CLIENT_PER_DAY
    assert helpcenter_settings.SIGNALS_PER_CLIENT_PER_DAY < helpcenter_settings.RANKING_MIN_VISITORS
    assert list(home.most_read()) == []


def test_20_cookieless_votes_count_as_at_most_one(home, articles):
    target = articles[1]
    statuses = [vote(Client(), target).status_code for _ in range(20)]
    assert set(statuses) <= {201, 429}
    assert ArticleFeedback.objects.filter(article=target, counted=True).count() <= 1
    assert list(home.most_helpful()) == []


def test_a_burst_of_votes_is_refused_with_429_and_retry_after(articles):
    limit = int(helpcenter_settings.RATE_LIMITS["feedback"].split("/")[0])
    statuses = [vote(Client(), articles[0]).status_code for _ in range(limit)]
    assert 429 not in statuses
    refused = vote(Client(), articles[0])
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) >= 1


def test_a_bot_with_a_cookie_is_not_counted(home, articles):
    client = browser()
    client.get(articles[0].url)
    client.defaults["HTTP_USER_AGENT"] = "curl/8.11.1"
    read(client, articles[0])
    assert vote(client, articles[0]).status_code == 201
    assert counted_reads(articles[0]) == 0
    assert not ArticleFeedback.objects.filter(counted=True).exists()


def test_bots_get_no_visitor_cookie(articles):
    response = Client(HTTP_USER_AGENT="Googlebot/2.1 (+http://www.google.com/bot.html)").get(articles[0].url)
    assert "hc_visitor" not in response.cookies
    assert "hc_visitor" in browser().get(articles[0].url).cookies


def test_the_no_javascript_form_counts_with_the_cookie_its_page_set(articles):
    client = browser()
    page = client.get(articles[0].url)
    assert "hc_visitor" in page.cookies
    response = client.post(f"/helpcenter/articles/{articles[0].pk}/feedback/", {"helpful": "yes"})
    assert response["Location"].endswith("?feedback=thanks#feedback")
    assert ArticleFeedback.objects.get().counted


def test_distinct_visitors_put_an_article_in_the_rankings(home, articles):
    """Real readers (their own cookie, their own address) still count, once each per day."""
    target = articles[2]
    for number in range(helpcenter_settings.RANKING_MIN_VISITORS):
        client = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=f"198.51.100.{number + 1}")
        client.get(target.url)
        read(client, target)
        read(client, target)  # a reload is the same read
        assert vote(client, target).status_code == 201
    assert counted_reads(target) == helpcenter_settings.RANKING_MIN_VISITORS
    assert [article.pk for article in home.most_read()] == [target.pk]
    assert [article.pk for article in home.most_helpful()] == [target.pk]


def test_rankings_forget_signals_older_than_their_window(home, articles):
    old_day = timezone.now().date() - timedelta(days=helpcenter_settings.RANKING_DAYS + 1)
    ArticleReadCount.objects.create(article=articles[0], day=old_day, count=100)
    assert list(home.most_read()) == []


def test_a_site_without_the_visitor_middleware_or_with_it_below_the_page_cache_is_warned(settings):
    from helpcenter.checks import check_visitor_cookie_middleware

    assert check_visitor_cookie_middleware(None) == []
    visitor, page_cache = (
        "helpcenter.visitors.VisitorCookieMiddleware",
        "helpcenter.page_cache.PageCacheMiddleware",
    )
    settings.MIDDLEWARE = [name for name in settings.MIDDLEWARE if name != visitor]
    assert [warning.id for warning in check_visitor_cookie_middleware(None)] == ["helpcenter.W005"]
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, visitor]
    assert page_cache in settings.MIDDLEWARE
    assert [warning.id for warning in check_visitor_cookie_middleware(None)] == ["helpcenter.W006"]
