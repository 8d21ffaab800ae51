"""Time expressions: recognition (grammar), normalisation under news rules (calendar,
holidays, tense) and anchoring of quotes and events (anchor)."""
from tacitus.timex.recognize import find_times_in_text

__all__ = ["find_times_in_text"]
