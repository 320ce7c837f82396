/** The image job kind: pop models, generation parameters, conversion. Filled in by its own work. */
export const strictImage = {}
export * from './ai_horde_api/apimodels/generate/consts'
