"""The SMTP password in the system keychain (keyring), only when the user asks for it.

contactbook never writes the password anywhere else: without a keychain, or unticked, it
lives only in memory for as long as the dialog that asked for it.
"""

from __future__ import annotations

from typing import Any

SERVICE = "contactbook-smtp"


def _keyring() -> Any | None:
    """The keyring module when a real keychain backs it (not the 'fail' placeholder)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # keyring is a dependency, but a packager may leave it out
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keychain setup must not stop sending mail
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def keychain_available() -> bool:
    return _keyring() is not None


def _account(host: str, user: str) -> str:
    return f"{user}@{host.strip().lower()}"


def load_password(host: str, user: str) -> str:
    """The remembered password, or "" (none, no keychain, or the keychain said no)."""
    keyring = _keyring()
    if keyring is None or not user:
        return ""
    try:
        return str(keyring.get_password(SERVICE, _account(host, user)) or "")
    except Exception:  # locked or refused keychain: ask the user instead
        return ""


def save_password(host: str, user: str, password: str) -> bool:
    """Store the password; False when there is no keychain or it refused."""
    keyring = _keyring()
    if keyring is None or not user:
        return False
    try:
        keyring.set_password(SERVICE, _account(host, user), password)
    except Exception:
        return False
    return True


def forget_password(host: str, user: str) -> None:
    """Remove a remembered password, if there is one."""
    keyring = _keyring()
    if keyring is None or not user:
        return
    try:
        keyring.delete_password(SERVICE, _account(host, user))
    except Exception:  # nothing stored, or the keychain refused: nothing to forget
        return
