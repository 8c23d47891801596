"""Typesetting: a :class:`~composer.core.model.Letter` to PDF bytes with ReportLab. Qt-free."""
