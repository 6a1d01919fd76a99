import Testing

@testable import ExchangePolicy
