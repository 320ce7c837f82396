import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

// The command as a user runs it: a child process, its exit code, its output.
const bin = resolve(__dirname, '..', '..', 'src', 'cli', 'bin.ts')
const run = (args: ReadonlyArray<string>, stdin?: string) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', bin, ...args], { input: stdin, encoding: 'utf8', cwd: resolve(__dirname, '..', '..') })
  return { code: r.status, out: r.stdout, err: r.stderr }
}
const dir = mkdtempSync(join(tmpdir(), 'horde-dispatch-cli-'))
const file = (name: string, content: string) => {
  const p = join(dir, name)
  writeFileSync(p, content)
  return p
}
const U1 = '11111111-1111-4111-8111-111111111111'

describe('horde-dispatch check', () => {
  it('exits 0 and summarises a valid payload from a file', () => {
    const r = run(['check', 'r2-dispatch', file('ok.json', JSON.stringify({ generation_ids: [U1.toUpperCase()], no_valid_request_found_reasons: {}, r2_upload_url_map: { [U1]: 'u' } }))])
    expect(r).toEqual({
      code: 0,
      out: `valid\nkind: AIHordeR2DispatchParameters\nids: ${U1}\nsource: LOCAL_CUSTOM_3RD_PARTY, backend: (any), constraints: ANY, ttl: (none)\nupload URLs: 1\n`,
      err: '',
    })
  })

  it.each([
    ['image', 'image-job.json', 'kind: ImageGenerateJobPopResponse (job)\nids: 5f3d8e2a-1b4c-4d6e-8f9a-0b1c2d3e4f5a, 6a4e9f3b-2c5d-4e7f-9a0b-1c2d3e4f5a6b\nmodel: Deliberate, 768x768, batch 2, ttl: 150'],
    ['image', 'image-no-job.json', 'kind: ImageGenerateJobPopResponse (no job)\nskipped: models 10, max_pixels 3, a_reason_added_later 1'],
    ['text', 'text-job.json', 'kind: TextGenerateJobPopResponse (job)\nids: 8c6a1b5d-4e7f-4a9b-9c2d-3e4f5a6b7c8d\nmodel: koboldcpp/Mistral-7B-Instruct, ttl: 300'],
    ['alchemy', 'alchemy-job.json', 'kind: AlchemyJobPopResponse (job)\nids: 9d7b2c6e-5f8a-4b0c-8d3e-4f5a6b7c8d9e, ae8c3d7f-6a9b-4c1d-9e4f-5a6b7c8d9eaf\nforms: caption, 4x_AnimeSharp'],
  ])('summarises a %s pop (%s): job or no job, and its IDs', (kind, sample, summary) => {
    const r = run(['check', kind, resolve(__dirname, '..', '..', 'examples', 'payloads', sample)])
    expect(r).toEqual({ code: 0, out: `valid\n${summary}\n`, err: '' })
  })

  it('names an unknown pop key three levels down with --strict', () => {
    const pop = { forms: [{ id: U1, form: 'caption', source_image: 'https://a.b/c.png', payload: { colour: 'red' } }], skipped: {} }
    const r = run(['check', 'alchemy', '--strict'], JSON.stringify(pop))
    expect(r.code).toBe(1)
    expect(r.out).toContain('forms[0].payload.colour: unknown key "colour"')
  })

  it('prints the decoded value as wire JSON with --json, from standard input', () => {
    const r = run(['check', 'dispatch', '-', '--json'], JSON.stringify({ generation_ids: [1], extra: true }))
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toEqual({ generation_ids: [1], dispatch_source: 'LOCAL_CUSTOM_3RD_PARTY', ttl: null, inference_backend: null, requested_backend_constraints: 'ANY' })
  })

  it('exits 1 with the full error report for an invalid payload', () => {
    const r = run(['check', 'ai-horde-dispatch'], JSON.stringify({ generation_ids: ['x'], ttl: '30', no_valid_request_found_reasons: {} }))
    expect(r).toEqual({
      code: 1,
      out: 'invalid ai-horde-dispatch: 2 errors\n  generation_ids[0]: expected GenerationID, got "x"\n  ttl: expected integer | null, got "30"\n',
      err: '',
    })
  })

  it('rejects unknown keys with --strict', () => {
    const r = run(['check', 'dispatch', '--strict'], JSON.stringify({ generation_ids: [], extra: 1 }))
    expect(r.code).toBe(1)
    expect(r.out).toContain('extra: unknown key "extra"')
  })

  it.each([
    [['check'], undefined, 'horde-dispatch: no kind given'],
    [['check', 'nope'], undefined, 'horde-dispatch: unknown kind nope'],
    [['verify', 'dispatch'], undefined, 'horde-dispatch: unknown command verify'],
    [['check', 'dispatch', '--fast'], undefined, 'horde-dispatch: unknown option --fast'],
    [['check', 'dispatch', '/no/such/file.json'], undefined, 'horde-dispatch: cannot read /no/such/file.json: Error: ENOENT'],
    [['check', 'dispatch'], '{not json', 'horde-dispatch: standard input is not JSON'],
  ])('exits 2 with a one-line reason and no stack trace: %p', (args, stdin, reason) => {
    const r = run(args, stdin)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err.split('\n')[0]).toContain(reason)
    expect(r.err).not.toMatch(/\n\s+at /)
  })
})
