import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeDraft, encodeDraft, inflate, MAX_INFLATED_BYTES, MAX_LINK_CHARS } from '../../src/ui/storage/share-codec';

const link = (bytes: Uint8Array) => `pako:${Buffer.from(bytes).toString('base64url')}`;

describe('share links', () => {
  it('round-trips a draft', async () => {
    const draft = { diagram: 'flowchart LR\n  a[Client] --> b[API]', notes: { api: 'GET /x → 200 ✓' } };
    expect(await decodeDraft(await encodeDraft(draft))).toEqual({ ok: true, draft });
  });

  it('refuses a link bomb as "too large" after reading at most one chunk past the cap', async () => {
    // 20 MB of spaces deflates to ~20 KB (ten times the cap); a JSON prefix makes it look like a draft.
    const bomb = deflateSync(Buffer.concat([Buffer.from('{"v":1,"diagram":"'), Buffer.alloc(20_000_000, 32)]), { level: 9 });
    const encoded = link(bomb);
    expect(encoded.length).toBeLessThan(MAX_LINK_CHARS);
    const r = await decodeDraft(encoded);
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/too large to open/) });
    await expect(inflate(bomb, MAX_INFLATED_BYTES)).rejects.toThrow(/more than/);
  });

  it('refuses an over-long link before decoding it', async () => {
    expect(await decodeDraft(`pako:${'A'.repeat(MAX_LINK_CHARS)}`)).toMatchObject({ ok: false, message: expect.stringMatching(/too large to open/) });
  });

  it('says what is wrong with damaged or hostile links, never throws', async () => {
    expect(await decodeDraft('pako:not-really-compressed')).toMatchObject({ ok: false, message: expect.stringMatching(/damaged/) });
    expect(await decodeDraft('no-prefix')).toMatchObject({ ok: false, message: expect.stringMatching(/not a Techscreen share link/) });
    expect(await decodeDraft(link(deflateSync('not json')))).toMatchObject({ ok: false, message: expect.stringMatching(/not a draft/) });
    const proto = link(deflateSync('{"v":1,"diagram":"x","notes":{"__proto__":"y"}}'));
    expect(await decodeDraft(proto)).toMatchObject({ ok: false, message: expect.stringMatching(/__proto__/) });
    const many = link(deflateSync(JSON.stringify({ v: 1, diagram: 'x', notes: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`s${i}`, 'n'])) })));
    expect(await decodeDraft(many)).toMatchObject({ ok: false, message: expect.stringMatching(/not valid/) });
    expect(await decodeDraft(link(deflateSync(Buffer.from([0xff, 0xfe, 0x00]))))).toMatchObject({ ok: false });
  });
});
