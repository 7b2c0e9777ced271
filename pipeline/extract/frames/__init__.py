"""Event frames: which sentence reports which event, with what attached to it.

In: a processed spaCy `Doc` (its `doc.spans["event_triggers"]`, `["places"]`,
`["countries"]` and `["event_markers"]` written by the `press_event_cues` component) and
the document's normalized mentions (leaders, dates, money, agreements).
Out: `Frame`s, one per event trigger (or per date, where one trigger governs several
dated occurrences such as "in New York in 2017 and Cholpon-Ata in 2018"), each with the
dates, leaders, agreements, amount, place and countries attached to it.

Attachment is by clause: a mention belongs to the trigger whose clause it stands in;
else to any trigger of the sentence when its own clause has no trigger; a frame with no
date of its own takes the date of the visit or meeting just before it (a signing right
after a visit), or the nearest preceding date of the paragraph, and records that as
inferred.

The modules, lowest layer first (each imports only from those before it):
  rules        the event types, the rules files and the `press_event_cues` component
  common       the records and parse helpers the concerns share, and their shared constants
  background   the article's own day; a frame's status (reported, planned, background)
  hosts        the visit or meeting an act was done at; the groups that name its people
  dates        the dates a trigger's clause gives it, and the date a frame takes from its context
  amounts      amounts, investment and trade figures
  signatories  lists of signed documents and who signed each
  people       the leaders and participants of a frame, and the passes adding people named elsewhere
  precision    the triggers that report no event of their own
  assemble     `frames`: sentence by sentence, trigger by trigger, then the document passes
"""

from .assemble import frames
from .dates import _adverbial
from .rules import (
    ISO_DAY,
    AbsorbRule,
    EventRules,
    EventType,
    event_types,
    load_event_rules,
    load_event_types,
    load_organisations,
    make_event_cue_finder,
)
from .signatories import DOCUMENT_REFERENCE, ITEMS_SIGNED_AFTER, _reference_fits

__all__ = [
    "DOCUMENT_REFERENCE",
    "ISO_DAY",
    "ITEMS_SIGNED_AFTER",
    "AbsorbRule",
    "EventRules",
    "EventType",
    "_adverbial",
    "_reference_fits",
    "event_types",
    "frames",
    "load_event_rules",
    "load_event_types",
    "load_organisations",
    "make_event_cue_finder",
]
