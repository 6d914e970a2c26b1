"""surveys.contrib.salesman: survey invitations from django-salesman orders."""
