// The Search stage.
