extension Rule {
    /// Every rule of DOMAIN.md, in its order.
    public static let catalogue: [Rule] = []
}
