"""The PhotoSeek window: Qt widgets over the core engine, which runs on one worker thread."""
