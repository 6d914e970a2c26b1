"""The embeddable help widget: one script tag puts the help center's search, articles and contact
channels on every storefront page (app label ``helpcenter_widget``)."""
