/**
 * From response body to job, one `pipe` per kind: decode the pop, convert it into generation and
 * dispatch parameters, and (alchemy) download its source image from a local server.
 * Run with `npm start`.
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import * as E from 'fp-ts/Either'
import * as TE from 'fp-ts/TaskEither'
import { pipe } from 'fp-ts/function'
import {
  decodeAndConvertAlchemyJobPop,
  decodeAndConvertImageJobPop,
  decodeAndConvertTextJobPop,
  formatJobError,
  formatSourceResolutionError,
  resolveSourceImages,
} from '../src'

const body = (file: string): unknown => JSON.parse(readFileSync(join('examples', 'payloads', file), 'utf8'))
const show = (label: string, value: unknown) => console.log(`${label}:\n${JSON.stringify(value, null, 2)}`)

// The model reference a worker would consult; here a table.
const baselines: Record<string, string> = { Deliberate: 'stable_diffusion_1' }

const image = () =>
  pipe(
    decodeAndConvertImageJobPop(body('image-job.json'), { resolveBaseline: (name) => baselines[name] ?? null }),
    E.match(
      (e) => console.log(`image job: not converted\n  ${formatJobError(e).join('\n  ')}`),
      (job) => {
        console.log('\n== image job (a batch of 2; the server labels txt2img jobs img2img with no source)')
        show('generation_parameters.base_params', job.generation_parameters.base_params)
        show('generation_parameters.alchemy_params (one post-processing result per image)', job.generation_parameters.alchemy_params)
        show('dispatch_parameters (one upload URL per image)', job.dispatch_parameters)
        show('faults', job.faults)
      },
    ),
  )

const noJob = () =>
  pipe(
    decodeAndConvertImageJobPop(body('image-no-job.json')),
    E.match(
      (e) => console.log(`\n== image pop with no job\n  ${formatJobError(e).join('\n  ')}`),
      () => console.log('unexpected: a job'),
    ),
  )

const text = () =>
  pipe(
    decodeAndConvertTextJobPop(body('text-job.json')),
    E.match(
      (e) => console.log(`text job: not converted\n  ${formatJobError(e).join('\n  ')}`),
      (job) => {
        console.log('\n== text job (top_k 150 and max_context_length 4096: the reference would reject this pop)')
        show('generation_parameters', job.generation_parameters)
        show('dispatch_parameters', job.dispatch_parameters)
      },
    ),
  )

// The alchemy job's source is a URL: it stays a URL through conversion, and becomes bytes only in
// resolveSourceImages. A local server stands in for the horde's R2 storage.
const alchemy = async () => {
  const server = createServer((_, res) => res.end(Buffer.from('<the image bytes>')))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const source = `http://127.0.0.1:${(server.address() as AddressInfo).port}/source/9d7b2c6e.webp`
  const pop = JSON.parse(JSON.stringify(body('alchemy-job.json')).replaceAll('https://r2.example/source/9d7b2c6e.webp', source))
  try {
    const result = await pipe(
      TE.fromEither(decodeAndConvertAlchemyJobPop(pop)),
      TE.mapLeft((e) => formatJobError(e).join('\n  ')),
      TE.chain((job) =>
        pipe(
          resolveSourceImages({ timeoutMs: 5_000 })(job.generation_parameters),
          TE.map((withBytes) => ({ job, withBytes })),
          TE.mapLeft(formatSourceResolutionError),
        ),
      ),
    )()
    pipe(
      result,
      E.match(
        (e) => console.log(`alchemy job: not converted\n  ${e}`),
        ({ job, withBytes }) => {
          console.log('\n== alchemy job (a caption and an upscale of one source image)')
          show('generation_parameters', job.generation_parameters)
          show('dispatch_parameters', job.dispatch_parameters)
          console.log(`source image of the caption, resolved: ${withBytes.captions?.[0].source_image?.byteLength} bytes`)
        },
      ),
    )
  } finally {
    server.close()
  }
}

const main = async () => {
  image()
  noJob()
  text()
  await alchemy()
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
