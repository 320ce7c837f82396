/**
 * `horde-dispatch check <kind> [FILE|-] [--strict] [--json]`, as a function of its arguments and
 * its I/O so that it can be tested without a process. Exit codes: 0 valid, 1 invalid, 2 usage
 * error, unreadable file or not JSON (one line, no stack trace).
 */
import * as E from 'fp-ts/Either'
import { pipe } from 'fp-ts/function'
import { JsonFromString } from 'io-ts-types/lib/JsonFromString'
import { formatErrors } from '../combinators/formatErrors'
import { describeThrown } from '../combinators/plainObject'
import { checkKinds, strictCodec } from './kinds'

export interface CheckIO {
  readonly readFile: (path: string) => Promise<string>
  readonly readStdin: () => Promise<string>
  readonly out: (line: string) => void
  readonly err: (line: string) => void
}

export const usage = `usage: horde-dispatch check <${Object.keys(checkKinds).join('|')}> [FILE|-] [--strict] [--json]`

type Parsed = { readonly kind: string; readonly file: string; readonly strict: boolean; readonly json: boolean }

const parseArgs = (args: ReadonlyArray<string>): E.Either<string, Parsed> => {
  const flags = args.filter((a) => a.startsWith('--'))
  const words = args.filter((a) => !a.startsWith('--') || a === '-')
  const unknownFlag = flags.find((f) => f !== '--strict' && f !== '--json')
  if (unknownFlag !== undefined) return E.left(`unknown option ${unknownFlag}`)
  const [command, kind, file, ...rest] = words
  if (command !== 'check') return E.left(command === undefined ? 'no command given' : `unknown command ${command}`)
  if (kind === undefined) return E.left('no kind given')
  if (!(kind in checkKinds)) return E.left(`unknown kind ${kind}`)
  if (rest.length > 0) return E.left(`unexpected argument ${rest[0]}`)
  return E.right({ kind, file: file ?? '-', strict: flags.includes('--strict'), json: flags.includes('--json') })
}

/** Runs the checker; resolves to the exit code. */
export const runCheck = async (args: ReadonlyArray<string>, io: CheckIO): Promise<number> => {
  const parsed = parseArgs(args)
  if (E.isLeft(parsed)) {
    io.err(`horde-dispatch: ${parsed.left}`)
    io.err(usage)
    return 2
  }
  const { kind, file, strict, json } = parsed.right
  let text: string
  try {
    text = file === '-' ? await io.readStdin() : await io.readFile(file)
  } catch (e) {
    io.err(`horde-dispatch: cannot read ${file === '-' ? 'standard input' : file}: ${describeThrown(e)}`)
    return 2
  }
  const payload = JsonFromString.decode(text)
  if (E.isLeft(payload)) {
    io.err(`horde-dispatch: ${file === '-' ? 'standard input' : file} is not JSON`)
    return 2
  }
  const checked = checkKinds[kind]
  const codec = strict ? strictCodec(checked) : checked.codec
  return pipe(
    codec.decode(payload.right),
    E.match(
      (errors) => {
        const lines = formatErrors(errors)
        io.out(`invalid ${kind}${strict ? ' (strict)' : ''}: ${lines.length} error${lines.length === 1 ? '' : 's'}`)
        for (const line of lines) io.out(`  ${line}`)
        return 1
      },
      (value) => {
        if (json) io.out(JSON.stringify(codec.encode(value), null, 2))
        else for (const line of ['valid', ...checked.summarise(value)]) io.out(line)
        return 0
      },
    ),
  )
}
