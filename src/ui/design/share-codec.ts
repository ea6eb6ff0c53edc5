import { z } from 'zod';

/** Deflate (zlib format, as pako.deflate writes it) with the browser's own CompressionStream. */
async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function inflate(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Response(stream).text();
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The largest shared draft we accept: a share link is not a file transfer. */
export const MAX_SHARED_CHARS = 200_000;

const sharedDraft = z.object({
  v: z.literal(1),
  diagram: z.string().max(MAX_SHARED_CHARS),
  notes: z.record(z.string().max(40), z.string().max(MAX_SHARED_CHARS)),
});
export type SharedDraft = { diagram: string; notes: Record<string, string> };

/** "pako:<base64url of zlib-deflated JSON>", the same shape of link Mermaid Live uses. */
export async function encodeDraft(draft: SharedDraft): Promise<string> {
  return `pako:${toBase64Url(await deflate(JSON.stringify({ v: 1, ...draft })))}`;
}

/** Decodes a shared draft; anything malformed gives a reason, never an exception. */
export async function decodeDraft(encoded: string): Promise<{ ok: true; draft: SharedDraft } | { ok: false; message: string }> {
  if (!encoded.startsWith('pako:')) return { ok: false, message: 'The link is not a Techscreen share link (it should contain "pako:").' };
  try {
    const text = await inflate(fromBase64Url(decodeURIComponent(encoded.slice(5))));
    if (text.length > MAX_SHARED_CHARS * 2) return { ok: false, message: 'The shared draft is too large.' };
    const parsed = sharedDraft.safeParse(JSON.parse(text));
    if (!parsed.success) return { ok: false, message: `The shared draft is not valid (${parsed.error.issues[0]?.path.join('.') || 'draft'}: ${parsed.error.issues[0]?.message}).` };
    return { ok: true, draft: { diagram: parsed.data.diagram, notes: parsed.data.notes } };
  } catch {
    return { ok: false, message: 'The share link is damaged: it could not be decompressed. Ask for the link again.' };
  }
}

/** A Mermaid Live editor link for the diagram alone (opened by the user in a new tab). */
export async function mermaidLiveUrl(diagram: string, dark: boolean): Promise<string> {
  const state = { code: diagram, mermaid: JSON.stringify({ theme: dark ? 'dark' : 'default' }, null, 2), autoSync: true, updateDiagram: true };
  return `https://mermaid.live/edit#pako:${toBase64Url(await deflate(JSON.stringify(state)))}`;
}
