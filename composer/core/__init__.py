"""The letter's domain: data, templates and rendering to a document model.

Qt-free and ReportLab-free; `composer.pdf` typesets what this package produces.
"""
