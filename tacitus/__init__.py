"""Tacitus: news articles to event data, offline, with evidence for every field."""
from tacitus.config import Config
from tacitus.pipeline import Pipeline, extract
from tacitus.report import Report

__all__ = ["Config", "Pipeline", "Report", "extract"]
__version__ = "0.1.0"
