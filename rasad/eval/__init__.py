"""Evaluation against gold coded as in shared/eval/ANNOTATION.md."""
