"""drafter: a template-driven drafting assistant for Chinese official documents (公文)."""

__version__ = "0.1.0"
