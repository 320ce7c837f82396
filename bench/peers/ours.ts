/** This library's codec, decoded through the public io-ts API (`decode`, an `Either`). */
import { built } from '../subject'

const { AIHordeR2DispatchParameters } = built
export const decodeOurs = (u: unknown) => AIHordeR2DispatchParameters.decode(u)
