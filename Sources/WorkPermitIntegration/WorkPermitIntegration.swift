// The WorkPermitIntegration module; see the module documentation.
public import CardModel
