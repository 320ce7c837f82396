/** The text job kind: pop models, generation parameters, conversion. Filled in by its own work. */
export const strictText = {}
