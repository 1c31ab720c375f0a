// The Build stage.
