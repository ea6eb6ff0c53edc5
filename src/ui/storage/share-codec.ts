import { z } from 'zod';
import { findForbiddenKey, notesSchema } from './schemas';

/** Deflate (zlib format, as pako.deflate writes it) with the browser's own CompressionStream. */
async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Thrown by `inflate` when the output passes its cap: the link is refused before it can fill memory. */
class TooLarge extends Error {}

/** Compressed bytes fed to the decompressor at a time: deflate expands at most ~1032×, so one slice adds at most ~1 MB. */
const INFLATE_SLICE = 1024;

/**
 * Streamed inflate with a hard cap on the output. The input is fed in small slices (a browser
 * decompresses each written chunk whole, so one large chunk of a bomb could expand to hundreds of MB
 * before the first read), and reading stops at the first chunk past `maxBytes`: a link that inflates
 * to gigabytes costs at most about a megabyte past the cap.
 */
export async function inflate(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<string> {
  const ds = new DecompressionStream('deflate');
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  let stopped = false;
  const feeding = (async () => {
    for (let i = 0; i < bytes.length && !stopped; i += INFLATE_SLICE) await writer.write(bytes.subarray(i, i + INFLATE_SLICE));
    if (!stopped) await writer.close();
  })();
  // A damaged stream rejects both sides; the reader's error is the one reported.
  feeding.catch(() => undefined);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let total = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw new TooLarge(`more than ${maxBytes} bytes`);
      text += decoder.decode(value, { stream: true });
    }
  } catch (e) {
    stopped = true;
    await Promise.allSettled([reader.cancel(), writer.abort()]);
    throw e;
  }
  await feeding;
  return text + decoder.decode();
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  // A plain loop: Uint8Array.from with a mapping function was ~10× slower on a 300 kB link.
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The largest shared draft we accept: a share link is not a file transfer. */
export const MAX_SHARED_CHARS = 200_000;
/** Caps on a link: its encoded length, and what it may inflate to (a whole draft at its largest, as UTF-8). */
export const MAX_LINK_CHARS = 400_000;
export const MAX_INFLATED_BYTES = 2_000_000;
const TOO_LARGE = 'This link is too large to open: a shared draft is at most a few hundred kilobytes. Nothing was changed; ask the sender to share a smaller draft or send it as an export file.';

const sharedDraft = z.object({
  v: z.literal(1),
  diagram: z.string().max(MAX_SHARED_CHARS),
  notes: notesSchema,
});
export type SharedDraft = { diagram: string; notes: Record<string, string> };

/** "pako:<base64url of zlib-deflated JSON>", the same shape of link Mermaid Live uses. */
export async function encodeDraft(draft: SharedDraft): Promise<string> {
  return `pako:${toBase64Url(await deflate(JSON.stringify({ v: 1, ...draft })))}`;
}

/** Decodes a shared draft; anything malformed or oversized gives a reason, never an exception or a freeze. */
export async function decodeDraft(encoded: string): Promise<{ ok: true; draft: SharedDraft } | { ok: false; message: string }> {
  if (!encoded.startsWith('pako:')) return { ok: false, message: 'The link is not a Techscreen share link (it should contain "pako:").' };
  if (encoded.length > MAX_LINK_CHARS) return { ok: false, message: TOO_LARGE };
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64Url(decodeURIComponent(encoded.slice(5)));
  } catch {
    return { ok: false, message: 'The share link is damaged: it is not valid base64. Ask for the link again.' };
  }
  let text: string;
  try {
    text = await inflate(bytes, MAX_INFLATED_BYTES);
  } catch (e) {
    if (e instanceof TooLarge) return { ok: false, message: TOO_LARGE };
    return { ok: false, message: 'The share link is damaged: it could not be decompressed. Ask for the link again.' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The share link is damaged: its content is not a draft. Ask for the link again.' };
  }
  const forbidden = findForbiddenKey(json);
  if (forbidden) return { ok: false, message: `The shared draft is not valid (it contains the key "${forbidden}").` };
  const parsed = sharedDraft.safeParse(json);
  if (!parsed.success) return { ok: false, message: `The shared draft is not valid (${parsed.error.issues[0]?.path.join('.') || 'draft'}: ${parsed.error.issues[0]?.message}).` };
  return { ok: true, draft: { diagram: parsed.data.diagram, notes: parsed.data.notes } };
}

/** A Mermaid Live editor link for the diagram alone (opened by the user in a new tab). */
export async function mermaidLiveUrl(diagram: string, dark: boolean): Promise<string> {
  const state = { code: diagram, mermaid: JSON.stringify({ theme: dark ? 'dark' : 'default' }, null, 2), autoSync: true, updateDiagram: true };
  return `https://mermaid.live/edit#pako:${toBase64Url(await deflate(JSON.stringify(state)))}`;
}
