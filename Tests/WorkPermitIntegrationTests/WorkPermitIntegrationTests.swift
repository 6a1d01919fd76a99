import Testing

@testable import WorkPermitIntegration
