/**
 * The decoders under test, each with a way to read its native result as "ok with a value" or
 * "failed". Only the native call is timed; `outcome` is used by the agreement check.
 */
import * as E from 'fp-ts/Either'
import { Either } from 'effect'
import { decodeOurs } from './peers/ours'
import { decodePlainIoTs } from './peers/iots'
import { decodeZod } from './peers/zod'
import { decodeValibot } from './peers/valibot'
import { decodeEffect } from './peers/effect'
import { decodeHand } from './peers/handwritten'
import { decodeHandAlchemyPop, decodeHandImagePop, decodeHandTextPop } from './peers/handPops'
import { plainOf } from './peers/iotsFrom'
import { valibotOf, zodOf } from './peers/schemaFrom'
import * as v from 'valibot'
import { AIHordeR2DispatchParameters, AlchemyJobPopResponse, ImageGenerateJobPopResponse, TextGenerateJobPopResponse } from '../src'
import { built, fastAccepts } from './subject'
import type * as t from 'io-ts'
import type { HandResult } from './peers/handwritten'

export type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false }

export interface Contender {
  readonly name: string
  /** `ours`, `hand` (the floor), `iots` (plain io-ts) or `peer`. */
  readonly role: 'ours' | 'hand' | 'iots' | 'peer'
  readonly decode: (u: unknown) => unknown
  readonly outcome: (r: unknown) => Outcome
  /**
   * Ours only: whether the fast decoder alone accepts `u`. The agreement check requires it on every
   * valid input, so a fast path that silently hands valid input to the slow path cannot go unseen
   * (the results would still agree; only the figures would show it).
   */
  readonly fastAccepts?: (u: unknown) => boolean
}

const either = (r: unknown): Outcome => {
  const e = r as E.Either<unknown, unknown>
  return E.isRight(e) ? { ok: true, value: e.right } : { ok: false }
}

const zodOutcome = (r: unknown): Outcome => {
  const z = r as { success: boolean; data?: unknown }
  return z.success ? { ok: true, value: z.data } : { ok: false }
}
const valibotOutcome = (r: unknown): Outcome => {
  const x = r as { success: boolean; output?: unknown }
  return x.success ? { ok: true, value: x.output } : { ok: false }
}

export const dispatchContenders: ReadonlyArray<Contender> = [
  {
    name: 'horde-dispatch',
    role: 'ours',
    decode: decodeOurs,
    outcome: either,
    fastAccepts: fastAccepts(built.AIHordeR2DispatchParameters),
  },
  { name: 'hand-written', role: 'hand', decode: decodeHand, outcome: (r) => r as Outcome },
  { name: 'plain io-ts', role: 'iots', decode: decodePlainIoTs, outcome: either },
  {
    name: 'zod 4',
    role: 'peer',
    decode: decodeZod,
    outcome: zodOutcome,
  },
  {
    name: 'valibot 1',
    role: 'peer',
    decode: decodeValibot,
    outcome: valibotOutcome,
  },
  {
    name: 'Effect Schema 3',
    role: 'peer',
    decode: decodeEffect,
    outcome: (r) => {
      const e = r as ReturnType<typeof decodeEffect>
      return Either.isRight(e) ? { ok: true, value: e.right } : { ok: false }
    },
  },
]

/** Ours, the hand-written floor, plain io-ts, zod and valibot for one pop model. */
const popContenders = (codec: t.Mixed, ours: t.Mixed, hand: (u: unknown) => HandResult): ReadonlyArray<Contender> => {
  const plain = plainOf(codec)
  const zod = zodOf(codec)
  const valibot = valibotOf(codec)
  return [
    { name: 'horde-dispatch', role: 'ours', decode: (u) => ours.decode(u), outcome: either, fastAccepts: fastAccepts(ours) },
    { name: 'hand-written', role: 'hand', decode: hand, outcome: (r) => r as Outcome },
    { name: 'plain io-ts', role: 'iots', decode: (u) => plain.decode(u), outcome: either },
    {
      name: 'zod 4',
      role: 'peer',
      decode: (u) => zod.safeParse(u),
      outcome: zodOutcome,
    },
    {
      name: 'valibot 1',
      role: 'peer',
      decode: (u) => v.safeParse(valibot, u),
      outcome: valibotOutcome,
    },
  ]
}

export const imagePopContenders = popContenders(ImageGenerateJobPopResponse, built.ImageGenerateJobPopResponse, decodeHandImagePop)
export const textPopContenders = popContenders(TextGenerateJobPopResponse, built.TextGenerateJobPopResponse, decodeHandTextPop)
export const alchemyPopContenders = popContenders(AlchemyJobPopResponse, built.AlchemyJobPopResponse, decodeHandAlchemyPop)
