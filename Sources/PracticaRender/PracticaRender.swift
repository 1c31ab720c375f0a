// The Render stage.
