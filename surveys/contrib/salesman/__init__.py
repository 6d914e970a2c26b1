"""Survey invitations from django-salesman orders, with no storefront code.

Add ``"surveys.contrib.salesman"`` to ``INSTALLED_APPS`` (install the ``[salesman]`` extra): an
order that reaches ``SURVEYS_SALESMAN["INVITE_STATUS"]`` is registered through the same service
as the invitation API, and one that is refunded or cancelled before its e-mail goes out has its
invitation withdrawn.
"""
