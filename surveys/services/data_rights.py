"""A customer's right to see and to erase what we store about them."""

from typing import Any

from django.db import transaction
from django.utils import timezone

from helpcenter import page_cache
from helpcenter.models import ArticleFeedback

from ..models import Customer, CustomerVisitor, Invitation, OutgoingEmail, Response, ResponseAnswer


def customers_with_email(email: str):
    return Customer.objects.filter(email__iexact=email.strip(), erased_at__isnull=True).order_by("pk")


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def export_customer(email: str) -> dict[str, Any]:
    """Everything stored about the customer(s) with this e-mail address, as plain JSON data."""
    customers = []
    for customer in customers_with_email(email):
        invitations = customer.invitations.order_by("created_at").prefetch_related("emails")
        responses = (
            Response.objects.filter(invitation__customer=customer)
            .select_related("invitation")
            .prefetch_related("reasons", "answers")
            .order_by("submitted_at")
        )
        customers.append(
            {
                "storefront_id": customer.storefront_id,
                "email": customer.email,
                "name": customer.name,
                "first_seen": _iso(customer.created_at),
                "orders": [
                    {
                        "order_id": invitation.storefront_order_id,
                        "items": invitation.items,
                        "language": invitation.language,
                        "delivered_at": _iso(invitation.delivered_at),
                        "invited_at": _iso(invitation.created_at),
                        "survey_link_expires_at": _iso(invitation.expires_at),
                        "survey_opened_at": _iso(invitation.opened_at),
                        "emails": [
                            {
                                "subject": email.subject,
                                "to": email.recipients,
                                "status": email.status,
                                "attempts": email.attempts,
                                "sent_at": _iso(email.sent_at),
                            }
                            for email in invitation.emails.all()
                            if email.kind == OutgoingEmail.KIND_INVITATION
                        ],
                    }
                    for invitation in invitations
                ],
                "survey_responses": [
                    {
                        "order_id": response.invitation.storefront_order_id,
                        "submitted_at": _iso(response.submitted_at),
                        "language": response.language,
                        "rating": response.csat,
                        "recommendation": response.nps,
                        "reasons": [{"key": r.key, "label": r.label} for r in response.reasons.all()],
                        "answers": [
                            {"question": a.question, "answer": a.value} for a in response.answers.all()
                        ],
                        "comment": response.comment,
                        "consent_to_publish": response.consent_to_publish,
                        "questions_asked": response.questions,
                        "state": response.state,
                    }
                    for response in responses
                ],
                # The browser that opened their survey link is linked to them (README "Privacy: a
                # survey link names the browser that opens it"): its article votes are theirs.
                "help_article_votes": [
                    {
                        "article": vote.article.title,
                        "helpful": vote.helpful,
                        "comment": vote.comment,
                        "voted_at": _iso(vote.created_at),
                    }
                    for vote in ArticleFeedback.objects.filter(
                        visitor__in=CustomerVisitor.objects.filter(customer=customer).values("visitor")
                    )
                    .select_related("article")
                    .order_by("created_at")
                ],
            }
        )
    return {"email": email.strip(), "exported_at": timezone.now().isoformat(), "customers": customers}


@transaction.atomic
def erase_customer(email: str) -> int:
    """Anonymises the customer(s) with this address; returns how many.

    Ratings, reasons and dates stay for statistics; the name, e-mail, storefront ids, order
    items, free text and every e-mail addressed to them are gone.
    """
    now = timezone.now()
    customers = list(customers_with_email(email).select_for_update())
    for customer in customers:
        Invitation.objects.filter(customer=customer).update(items=[])
        for invitation in Invitation.objects.filter(customer=customer).only("pk"):
            Invitation.objects.filter(pk=invitation.pk).update(storefront_order_id=f"erased-{invitation.pk}")
        responses = Response.objects.filter(invitation__customer=customer)
        ResponseAnswer.objects.filter(response__in=responses, is_free_text=True).update(value="")
        responses.update(comment="", consent_to_publish=False, anonymised_at=now)
        OutgoingEmail.objects.filter(customer=customer, status__in=OutgoingEmail.PENDING).update(
            status=OutgoingEmail.CANCELLED
        )
        OutgoingEmail.objects.filter(customer=customer).update(
            recipients=[], subject="", body="", last_error=""
        )
        # Their help-site browser stays anonymous again: votes no longer lead back to them.
        CustomerVisitor.objects.filter(customer=customer).delete()
        customer.storefront_id = f"erased-{customer.pk}"
        customer.email = f"erased-{customer.pk}@invalid"
        customer.name = ""
        customer.erased_at = now
        customer.save()
    if customers:
        page_cache.purge()  # no cached reviews page may keep their words
    return len(customers)
