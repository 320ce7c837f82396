/** The `horde-dispatch` command. */
import { readFile } from 'node:fs/promises'
import { runCheck } from './check'

const readStdin = async (): Promise<string> => {
  const chunks: Array<Buffer> = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

runCheck(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  readStdin,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`horde-dispatch: ${e instanceof Error ? e.message : String(e)}\n`)
    process.exitCode = 2
  },
)
