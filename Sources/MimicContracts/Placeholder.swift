// Placeholder so SwiftPM accepts the empty target while MimicYAML is built on its own branch.
