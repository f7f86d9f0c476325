"""The press app's receivers, connected in ``PressConfig.ready()``."""

from wagtail.signals import page_published

from press.alerts import on_page_published


def register_signal_handlers():
    # E-mail alerts to subscribed reporters when an item is published (press/alerts.py).
    page_published.connect(on_page_published, dispatch_uid="press_item_alerts")
