import { afterEach, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/ui/storage/backends';
import { Store, type Change } from '../../src/ui/storage/store';

const tick = () => new Promise((r) => setTimeout(r, 20));
const open: Store[] = [];
afterEach(() => open.splice(0).forEach((s) => s.close()));

async function tab() {
  const store = new Store(new MemoryBackend());
  await store.load();
  store.connectTabs();
  open.push(store);
  return store;
}

describe('tabs hear each other (BroadcastChannel)', () => {
  it('a save in one tab reaches the other as a remote change, validated', async () => {
    const a = await tab();
    const b = await tab();
    const seen: Change[] = [];
    b.subscribe((c) => seen.push(c));
    a.put('draft:dedupe-list:javascript', { code: 'from A' });
    await tick();
    expect(seen.map((c) => [c.key, c.origin, (c.envelope?.value as { code: string }).code])).toEqual([['draft:dedupe-list:javascript', 'remote', 'from A']]);
    expect(b.value('draft:dedupe-list:javascript')).toEqual({ code: 'from A' });
    expect(b.get('draft:dedupe-list:javascript')?.writer).toBe(a.writer);
  });

  it('a record another tab sends in a shape this tab cannot read is refused with a notice', async () => {
    const a = await tab();
    const b = await tab();
    const bc = new BroadcastChannel('techscreen-store');
    bc.postMessage({ from: 'someone', key: 'problem:dedupe-list', envelope: { v: 2, updatedAt: 1, writer: 'x', value: { attempts: 'nope' } } });
    await tick();
    bc.close();
    expect(b.value('problem:dedupe-list')).toBeUndefined();
    expect(b.notices().find((n) => n.kind === 'tab')?.message).toMatch(/cannot read/);
    expect(a.keys()).toEqual([]);
  });
});
