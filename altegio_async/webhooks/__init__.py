"""Receiving Altegio's webhooks: typed events, authentication, a durable inbox and an ASGI receiver.

Altegio POSTs ``{company_id, resource, resource_id, status, data}`` on every create, update and
delete of a location's objects, signs nothing and documents no retry. This package turns a
delivery into a :class:`WebhookEvent` (:func:`parse_event`), checks a secret kept in the
registered URL (:func:`verify_url_secret`, several at once for rotation), checks marketplace hooks
against the partner token and the install redirect's ``user_data_sign`` (:func:`verify_user_data`),
and :class:`WebhookReceiver` answers a delivery only after it is stored in an inbox
(:class:`SQLiteInbox`, or :class:`RedisInbox` for many web workers), from which handlers run once
per delivery with retries and a dead-letter list.
"""

from .auth import WebhookAuthError, verify_partner_token, verify_url_secret, verify_user_data
from .events import RESOURCE_MODELS, FiscalizationRequest, MarketplaceEvent, WebhookError, WebhookEvent, parse_event
from .inbox import Delivery, Inbox, SQLiteInbox
from .receiver import WebhookReceiver
from .redis_inbox import RedisInbox

__all__ = [
    "RESOURCE_MODELS",
    "Delivery",
    "FiscalizationRequest",
    "Inbox",
    "MarketplaceEvent",
    "RedisInbox",
    "SQLiteInbox",
    "WebhookAuthError",
    "WebhookError",
    "WebhookEvent",
    "WebhookReceiver",
    "parse_event",
    "verify_partner_token",
    "verify_url_secret",
    "verify_user_data",
]
