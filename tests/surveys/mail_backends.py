"""A real e-mail backend that fails like a dead SMTP server until told to recover."""

from smtplib import SMTPServerDisconnected

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend


class FlakyEmailBackend(BaseEmailBackend):
    """Raises for the first ``failures_left`` sends, then delivers to ``django.core.mail.outbox``."""

    failures_left = 0
    attempts = 0

    def send_messages(self, email_messages):
        FlakyEmailBackend.attempts += 1
        if FlakyEmailBackend.failures_left > 0:
            FlakyEmailBackend.failures_left -= 1
            raise SMTPServerDisconnected("Connection unexpectedly closed")
        if not hasattr(mail, "outbox"):
            mail.outbox = []
        mail.outbox.extend(email_messages)
        return len(email_messages)
