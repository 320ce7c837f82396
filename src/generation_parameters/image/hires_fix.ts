/**
 * The hires-fix math of the pop → parameters conversion (image-generation.md §4.9), as pure
 * functions: when the fix applies (H1–H3), the first-pass size, and the second-pass step
 * heuristic (horde_sdk `utils/image_utils.py`). They match the reference exactly, including its
 * surprises (the "or" of H3, S1; SD2-768 using the 512 rule, S4; half-even rounding, S8), with one
 * deliberate difference: the `infer` baseline never fails (S2), see `nativeResolution`.
 *
 * Inputs are assumed to be what a decoded pop holds (positive sizes, finite numbers); nothing here
 * throws for any input.
 */
import {
  DEFAULT_BASELINE_RESOLUTION,
  IMAGE_UTILS,
  KnownImageGenerationBaseline,
  NATIVE_RESOLUTIONS,
  SDXL_BUCKETS,
  knownImageGenerationBaseline,
} from './consts'

const {
  IMAGE_CHUNK_SIZE,
  DEFAULT_IMAGE_MIN_RESOLUTION,
  DEFAULT_HIGHER_RES_MAX_RESOLUTION,
  MIN_DENOISING_STRENGTH,
  MAX_DENOISING_STRENGTH,
  DECAY_RATE,
  MIN_STEPS,
  UPSCALE_ADJUSTMENT_FACTOR,
  UPSCALE_DIVISOR,
  STANDARD_RESOLUTION,
  RESOLUTION_PENALTY_MULTIPLIER,
  STEP_FLOOR_THRESHOLD,
} = IMAGE_UTILS

/**
 * Python's `round(x)` for a float: the nearest integer, exact halves to the even neighbour
 * (8.5 → 8, 7.5 → 8, −2.5 → −2). This is not `Math.round`, which rounds halves up. A non-finite
 * `x` is returned unchanged (where Python raises).
 *
 * @example
 * import { roundHalfEven } from 'horde-dispatch'
 *
 * assert.strictEqual(roundHalfEven(8.5), 8)
 * assert.strictEqual(roundHalfEven(7.5), 8)
 * assert.strictEqual(roundHalfEven(12.295), 12)
 * assert.strictEqual(roundHalfEven(-2.5), -2)
 */
export const roundHalfEven = (x: number): number => {
  if (!Number.isFinite(x)) return x
  const floor = Math.floor(x)
  // Exact for every double: the fraction of a finite double is itself a double.
  const fraction = x - floor
  const r = fraction < 0.5 ? floor : fraction > 0.5 ? floor + 1 : floor % 2 === 0 ? floor : floor + 1
  // Python's round yields an int, which has no negative zero.
  return r === 0 ? 0 : r
}

/**
 * Python's float floor division `a // b` (CPython `float_floor_div`), bit for bit: not always
 * `Math.floor(a / b)`, which rounds the quotient first.
 */
const pyFloorDiv = (a: number, b: number): number => {
  const mod = a % b
  let div = (a - mod) / b
  if (mod !== 0 && b < 0 !== mod < 0) div -= 1
  if (div === 0) return 0
  const floor = Math.floor(div)
  return div - floor > 0.5 ? floor + 1 : floor
}

/** Python's `min(a, b)` / `max(a, b)` on floats (the first argument wins unless the second is strictly better). */
const pyMin = (a: number, b: number): number => (b < a ? b : a)
const pyMax = (a: number, b: number): number => (b > a ? b : a)

/**
 * The native (one side) resolution used by the step heuristic: the model reference's value for
 * a known baseline, else 512 (`DEFAULT_BASELINE_RESOLUTION`) for `null`, unknown strings and
 * alternative names.
 *
 * **Decision (S2)**: `infer` also gives 512. The reference has no entry for it and its conversion
 * crashes with a `KeyError` on any hires-fix job of an `infer` model; we treat it like an unknown
 * baseline instead, which is what every other step of the reference already does with it.
 *
 * @example
 * import { nativeResolution } from 'horde-dispatch'
 *
 * assert.strictEqual(nativeResolution('stable_diffusion_xl'), 1024)
 * assert.strictEqual(nativeResolution('stable_diffusion_2_768'), 768)
 * assert.strictEqual(nativeResolution('infer'), 512)
 * assert.strictEqual(nativeResolution(null), 512)
 */
export const nativeResolution = (baseline: string | null): number => {
  const known = knownImageGenerationBaseline(baseline)
  return (known === null ? undefined : NATIVE_RESOLUTIONS[known]) ?? DEFAULT_BASELINE_RESOLUTION
}

/**
 * H3's test: whether a target size "fits a single pass", so that no hires fix is needed. Only
 * `stable_diffusion_1` (W ≤ 512 **or** H ≤ 512) and `stable_diffusion_xl` (W ≤ 1024 **or**
 * H ≤ 1024) ever fit; every other baseline, `infer` and `null` never do. The "or" is the
 * reference's (S1): an SD1 512×1536 job loses its hires fix.
 *
 * @example
 * import { fitsSinglePass } from 'horde-dispatch'
 *
 * assert.strictEqual(fitsSinglePass('stable_diffusion_1', 512, 768), true)
 * assert.strictEqual(fitsSinglePass('stable_diffusion_1', 768, 1024), false)
 * assert.strictEqual(fitsSinglePass(null, 512, 512), false)
 */
export const fitsSinglePass = (baseline: string | null, width: number, height: number): boolean =>
  baseline === KnownImageGenerationBaseline.stable_diffusion_1
    ? width <= DEFAULT_IMAGE_MIN_RESOLUTION || height <= DEFAULT_IMAGE_MIN_RESOLUTION
    : baseline === KnownImageGenerationBaseline.stable_diffusion_xl
      ? width <= DEFAULT_HIGHER_RES_MAX_RESOLUTION || height <= DEFAULT_HIGHER_RES_MAX_RESOLUTION
      : false

/** What `hiresFixApplies` reads, all wire values (before the source-processing fallback). */
export interface HiresFixApplicabilityInput {
  /** `payload.hires_fix`. */
  readonly hires_fix: boolean | null | undefined
  /** The pop's own `source_processing`, before any fallback (S6). */
  readonly wireSourceProcessing: string | null | undefined
  /** The looked-up baseline (`knownImageGenerationBaseline`), or `null`. */
  readonly baseline: string | null
  /** `payload.width`. */
  readonly width: number
  /** `payload.height`. */
  readonly height: number
}

/**
 * Whether the conversion adds a hires-fix component: H1 `hires_fix` is true, H2 the wire
 * `source_processing` is not `"inpainting"` (`"outpainting"` passes), and H3 the target does not
 * `fitsSinglePass`.
 *
 * @example
 * import { hiresFixApplies } from 'horde-dispatch'
 *
 * const job = { hires_fix: true, wireSourceProcessing: 'img2img', baseline: 'stable_diffusion_1', width: 768, height: 1024 }
 * assert.strictEqual(hiresFixApplies(job), true)
 * assert.strictEqual(hiresFixApplies({ ...job, width: 512 }), false)
 * assert.strictEqual(hiresFixApplies({ ...job, wireSourceProcessing: 'inpainting' }), false)
 */
export const hiresFixApplies = ({ hires_fix, wireSourceProcessing, baseline, width, height }: HiresFixApplicabilityInput): boolean =>
  hires_fix === true && wireSourceProcessing !== 'inpainting' && !fitsSinglePass(baseline, width, height)

/** A width and a height, in pixels. */
export interface ImageSize {
  readonly width: number
  readonly height: number
}

/** `resize_image_dimensions`: one side (the short one, or the long one) scaled to `target`, both rounded down to 64. */
const resize = (width: number, height: number, target: number, useShortSide: boolean): ImageSize => {
  const ratio = useShortSide ? pyMin(height / target, width / target) : pyMax(height / target, width / target)
  return {
    width: pyFloorDiv(width, ratio * IMAGE_CHUNK_SIZE) * IMAGE_CHUNK_SIZE,
    height: pyFloorDiv(height, ratio * IMAGE_CHUNK_SIZE) * IMAGE_CHUNK_SIZE,
  }
}

const IDEAL_SDXL_ASPECT_RATIOS = SDXL_BUCKETS.map(([w, h]) => w / h)

/** The SDXL bucket whose aspect ratio is closest to W/H (the first of equally close ones). */
const sdxlBucket = (width: number, height: number): ImageSize => {
  const aspect = width / height
  let best = 0
  for (let i = 1; i < IDEAL_SDXL_ASPECT_RATIOS.length; i++) {
    if (Math.abs(aspect - IDEAL_SDXL_ASPECT_RATIOS[i]) < Math.abs(aspect - IDEAL_SDXL_ASPECT_RATIOS[best])) best = i
  }
  const [w, h] = SDXL_BUCKETS[best]
  return { width: w, height: h }
}

/**
 * The first-pass size `FP(W, H, baseline)` (`get_first_pass_image_resolution_by_baseline`):
 * - `stable_cascade`: the long side scaled to 1024 when it exceeds 1024, else unchanged;
 * - `stable_diffusion_xl`: the SDXL bucket of the closest aspect ratio;
 * - anything else (`null`, SD1, SD2 — even SD2-768, S4 — flux, qwen, z_image, `infer`): the short
 *   side scaled to 512 when **both** sides exceed 512, else unchanged.
 *
 * Scaled sizes are rounded down to multiples of 64 with Python's float floor division.
 *
 * @example
 * import { firstPassSize } from 'horde-dispatch'
 *
 * assert.deepStrictEqual(firstPassSize(768, 1024, 'stable_diffusion_1'), { width: 512, height: 640 })
 * assert.deepStrictEqual(firstPassSize(1280, 1536, 'stable_diffusion_xl'), { width: 896, height: 1152 })
 * assert.deepStrictEqual(firstPassSize(1536, 1088, 'stable_cascade'), { width: 1024, height: 704 })
 * assert.deepStrictEqual(firstPassSize(512, 768, null), { width: 512, height: 768 })
 */
export const firstPassSize = (width: number, height: number, baseline: string | null): ImageSize => {
  if (baseline === KnownImageGenerationBaseline.stable_cascade) {
    return pyMax(width, height) > DEFAULT_HIGHER_RES_MAX_RESOLUTION
      ? resize(width, height, DEFAULT_HIGHER_RES_MAX_RESOLUTION, false)
      : { width, height }
  }
  if (baseline === KnownImageGenerationBaseline.stable_diffusion_xl) return sdxlBucket(width, height)
  return width > DEFAULT_IMAGE_MIN_RESOLUTION && height > DEFAULT_IMAGE_MIN_RESOLUTION
    ? resize(width, height, DEFAULT_IMAGE_MIN_RESOLUTION, true)
    : { width, height }
}

/**
 * The second-pass step count `S(N, W, H, s, D)` (`calc_upscale_sampler_steps`), computed in the
 * reference's order with IEEE doubles:
 * 1. f = (W·H)/(N·N) / (3·(512/N)), or 0 when `native` is `null`;
 * 2. s' = s clamped to [0.01, 1];
 * 3. u = roundHalfEven(3 + (D − 3)·s'²);
 * 4. u = roundHalfEven(u · (1 / 0.5^f) / 2.25);
 * 5. u += 3 when D ≤ 18; 6. u capped at D; 7. u raised to min(6, D).
 *
 * `strength` is what the conversion feeds it: `hires_fix_denoising_strength` when truthy, else
 * 0.65 (`HIRES_FIX_DENOISE_STRENGTH_DEFAULT`; S5). `native` comes from `nativeResolution`.
 *
 * @example
 * import { secondPassSteps } from 'horde-dispatch'
 *
 * assert.strictEqual(secondPassSteps(512, 768, 1024, 0.65, 25), 11)
 * assert.strictEqual(secondPassSteps(1024, 1280, 1536, 0.65, 25), 13)
 * assert.strictEqual(secondPassSteps(512, 768, 1024, 0.5, 25), 7)
 * assert.strictEqual(secondPassSteps(512, 768, 1024, 0.65, 4), 4)
 */
export const secondPassSteps = (
  native: number | null,
  width: number,
  height: number,
  strength: number,
  ddimSteps: number,
): number => {
  let factor = 0
  if (native !== null) {
    factor = (width * height) / (native * native)
    factor /= RESOLUTION_PENALTY_MULTIPLIER * (STANDARD_RESOLUTION / native)
  }
  const s = pyMax(MIN_DENOISING_STRENGTH, pyMin(MAX_DENOISING_STRENGTH, strength))
  let steps = roundHalfEven(MIN_STEPS + (ddimSteps - MIN_STEPS) * s ** DECAY_RATE)
  steps = roundHalfEven(steps * (1 / UPSCALE_ADJUSTMENT_FACTOR ** factor / UPSCALE_DIVISOR))
  if (ddimSteps <= STEP_FLOOR_THRESHOLD) steps += MIN_STEPS
  if (steps > ddimSteps) steps = ddimSteps
  const floor = pyMin(6, ddimSteps)
  if (floor > steps) steps = floor
  return steps
}
