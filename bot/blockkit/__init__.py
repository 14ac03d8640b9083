"""Pure Block Kit builders (answers, cards, the confirm card, modals, digests): no I/O, no SQL."""
