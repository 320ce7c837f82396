/**
 * Image generation parameters (horde_sdk `generation_parameters/image`): output-only enums and
 * constants, the parameter models, the hires-fix math and the prompt helpers of the
 * pop → parameters conversion.
 */
export * from './consts'
export * from './object_models'
export * from './hires_fix'
export * from './prompt'
