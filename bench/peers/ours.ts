/** This library's codec, decoded through the public io-ts API (`decode`, an `Either`). */
import { AIHordeR2DispatchParameters } from '../../src'

export const decodeOurs = (u: unknown) => AIHordeR2DispatchParameters.decode(u)
