"""The marks an erasure leaves in the journal and in text, shared with sync (which recognises
erasures by them) without loading the erasure's own imports (the register's Excel writer)."""

#: the role of register actions (an erasure's too) in the journal: never on the undo stack
LOG_ROLE = "log"
#: the name of an erasure's action (sync tells an erasure from other changes by it)
ERASE_ACTION = "Erase a person"
#: what replaces a mention of the person in free text
ERASED_MENTION = "[erased]"
#: what an erased person's record is called from then on (sync tells the erased person of an
#: erasure's action from other records it touched by it)
ERASED_NAME = "Erased person"
