import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogFieldsOf } from '../../src/problems/catalog-entry';
import { listCatalog } from '../../src/problems/catalog';

describe('the catalog carries only its fields of each problem.json', () => {
  it('keeps the six catalog fields and drops the rest', () => {
    const read = catalogFieldsOf(JSON.stringify({ id: 'x', kind: 'coding', title: 'T', skill: 'graphs', difficulty: 'core', summary: 'S', examples: [1, 2], hints: ['h'] }));
    expect(read).toEqual({ fields: { id: 'x', kind: 'coding', title: 'T', skill: 'graphs', difficulty: 'core', summary: 'S' } });
  });

  it('says why a text is not JSON', () => {
    const read = catalogFieldsOf('{ "id": "x", ');
    expect('invalidJson' in read && read.invalidJson).toMatch(/JSON/);
  });

  it('lists every problem folder, through the build step the app uses (?catalog-entry)', () => {
    const folders = readdirSync('problems').filter((d) => existsSync(join('problems', d, 'problem.json')));
    const listed = listCatalog();
    expect(listed).toHaveLength(folders.length);
    for (const folder of folders) {
      const meta = JSON.parse(readFileSync(join('problems', folder, 'problem.json'), 'utf8'));
      const item = listed.find((p) => 'entry' in p && p.entry.id === meta.id);
      expect(item && 'entry' in item ? item.entry : undefined).toEqual({ id: meta.id, kind: meta.kind, title: meta.title, skill: meta.skill, difficulty: meta.difficulty, summary: meta.summary });
    }
  });
});
