// The Source stage.
