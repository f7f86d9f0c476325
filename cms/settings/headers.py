"""Response headers that the portal sets itself: the Content-Security-Policy of the public site
and of the admin, and the Permissions-Policy (``security/middleware.py``)."""

# Content-Security-Policy (django-csp 4). The public site runs no inline script or style and
# loads nothing from other origins except the video players of embedded media. The admin gets
# Wagtail's needs (inline styles, data: and blob: images) through
# security.middleware.ContentSecurityPolicyMiddleware.
# https://django-csp.readthedocs.io/en/latest/configuration.html
EMBED_FRAME_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": EMBED_FRAME_SOURCES,
        "media-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
CONTENT_SECURITY_POLICY_ADMIN = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    # Wagtail 8's admin still writes a few inline scripts (page editor, history) and style
    # attributes, and previews pages in a frame of its own origin. Only signed-in staff who
    # passed two-step sign-in reach it, and what they type is escaped (tests/security).
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'", *EMBED_FRAME_SOURCES],
    "frame-ancestors": ["'self'"],
    "worker-src": ["'self'", "blob:"],
}
# Browser features the portal never uses are switched off for it and any frame it embeds.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)
