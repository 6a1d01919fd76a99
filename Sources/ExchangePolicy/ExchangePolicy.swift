// The ExchangePolicy module; see the module documentation.
public import CardModel
