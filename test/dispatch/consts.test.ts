import {
  AlchemyBackend,
  BackendConstraints,
  DispatchSource,
  InferenceBackend,
  KnownAlchemyBackend,
  KnownDispatchSource,
  KnownInferenceBackend,
  RequestedBackendConstraints,
  RequestedSourceImageFallbackChoice,
  SourceImageFallbackChoice,
  WorkerType,
} from '../../src'

// The wire values, in the reference's order (dispatch.md, "Open enums").
describe('dispatch enums', () => {
  it.each([
    [KnownDispatchSource, DispatchSource, ['UNKNOWN', 'LOCAL_CUSTOM_3RD_PARTY', 'AI_HORDE_API_OFFICIAL', 'AI_HORDE_API_FORK']],
    [KnownInferenceBackend, InferenceBackend, ['UNKNOWN', 'IN_MODEL_NAME', 'CUSTOM_UNPUBLISHED', 'COMFYUI', 'A1111', 'HORDE_ALCHEMIST', 'KOBOLD_CPP', 'APHRODITE']],
    [KnownAlchemyBackend, AlchemyBackend, ['UNKNOWN', 'CUSTOM_UNPUBLISHED', 'HORDE_ALCHEMIST']],
    [
      RequestedBackendConstraints,
      BackendConstraints,
      ['ANY', 'SPECIFIED', 'DEFAULT_IMAGE', 'DEFAULT_TEXT', 'DEFAULT_AUDIO', 'DEFAULT_VIDEO', 'DEFAULT_ALCHEMY', 'NO_CUSTOM', 'ONLY_CUSTOM'],
    ],
    [RequestedSourceImageFallbackChoice, SourceImageFallbackChoice, ['TXT2IMG_FALLBACK', 'ABANDON', 'USE_WHITE_IMAGE', 'USE_BLACK_IMAGE', 'USE_NOISE_IMAGE']],
  ])('%#: members equal their names and the codec knows them in order', (members, codec, values) => {
    expect(Object.keys(members)).toEqual(values)
    expect(Object.values(members)).toEqual(values)
    expect(codec.known).toEqual(values)
  })

  it('WORKER_TYPE has alchemist as an alias of interrogation', () => {
    expect(WorkerType).toEqual({ image: 'image', text: 'text', interrogation: 'interrogation', alchemist: 'interrogation', video: 'video', audio: 'audio' })
  })
})
