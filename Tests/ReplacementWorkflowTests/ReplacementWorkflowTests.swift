import Testing

@testable import ReplacementWorkflow
