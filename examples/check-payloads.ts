/**
 * The `horde-dispatch check` command on the bundled sample payloads (server-shaped pops, a no-job
 * pop, an invalid dispatch payload). Run with `npm start`.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runCheck } from '../src/cli/check'

const samples: ReadonlyArray<ReadonlyArray<string>> = [
  ['check', 'image', 'image-job.json'],
  ['check', 'image', 'image-no-job.json'],
  ['check', 'image', 'image-no-job.json', '--strict'],
  ['check', 'text', 'text-job.json'],
  ['check', 'alchemy', 'alchemy-job.json', '--json'],
  ['check', 'r2-dispatch', 'dispatch-invalid.json'],
]

const main = async () => {
  for (const [command, kind, file, ...flags] of samples) {
    const path = join('examples', 'payloads', file)
    console.log(`\n$ horde-dispatch ${[command, kind, path, ...flags].join(' ')}`)
    const code = await runCheck([command, kind, path, ...flags], {
      readFile: (p) => readFile(p, 'utf8'),
      readStdin: async () => '',
      out: (line) => console.log(line),
      err: (line) => console.error(line),
    })
    console.log(`(exit ${code})`)
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
