/**
 * The library as users run it: the built CommonJS bundle (`npm run bench` builds it first), not the
 * sources through tsx, whose module shims add a getter call to every cross-module reference.
 * Typed as the sources, which the bundle is built from.
 */
import { FAST } from '../src/combinators/fast'

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const built = require('../dist/index.cjs') as typeof import('../src')

/** Whether the built codec's own fast decoder accepts `u` (its `INVALID` is a symbol). */
export const fastAccepts =
  (codec: object) =>
  (u: unknown): boolean =>
    typeof (codec as { readonly [FAST]: (u: unknown) => unknown })[FAST](u) !== 'symbol'
