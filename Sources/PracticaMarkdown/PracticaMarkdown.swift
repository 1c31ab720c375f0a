// The Markdown stage.
