// The ReplacementWorkflow module; see the module documentation.
public import CardModel
