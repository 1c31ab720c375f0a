// The Model stage.
