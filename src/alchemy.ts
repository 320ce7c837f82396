/** The alchemy job kind: pop models, generation parameters, conversion. Filled in by its own work. */
export const strictAlchemy = {}
export * from './generation_parameters/alchemy/consts'
export * from './generation_parameters/alchemy/object_models'
