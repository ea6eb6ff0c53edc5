import { useEffect, useMemo, useState } from 'react';
import { listCatalog, type CatalogEntry } from '../../problems/catalog';
import { DIFFICULTIES, SKILLS, type Skill } from '../../problems/vocabulary';
import { problemHref } from '../common/use-hash-route';
import { TID } from '../common/test-ids';
import { MTID } from '../mock/mock-test-ids';
import '../mock/mock.css';
import { MARK_ICON, MARK_LABEL, type Mark } from '../../mock/marks';
import { gatherMarks } from '../progress/progress-data';
import { getStore } from '../storage/store';
import { useStoreVersion } from '../storage/use-store';


const KIND_BADGE: Partial<Record<CatalogEntry['kind'], string>> = { design: 'design', concept: 'concept', trace: 'read the code', api: 'read the API', estimate: 'estimate' };

/** The first screen: every problem, grouped by skill, with the user's own progress. */
export function CatalogPage() {
  const all = useMemo(() => listCatalog(), []);
  const entries = all.flatMap((p) => ('entry' in p ? [p.entry] : []));
  const broken = all.flatMap((p) => ('broken' in p ? [p.broken] : []));
  const [query, setQuery] = useState('');
  const [skill, setSkill] = useState<Skill | ''>('');
  const [difficulty, setDifficulty] = useState('');
  // Marks follow saves from other tabs and imports too.
  const storeVersion = useStoreVersion();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- storeVersion is the signal to read the marks again
  const marks = useMemo(() => gatherMarks(entries), [entries, storeVersion]);
  const aside = Object.fromEntries(entries.map((e) => [e.id, getStore().aside(e.id).length]));
  const withAside = entries.filter((e) => aside[e.id] > 0);

  useEffect(() => {
    document.title = 'Techscreen · practise the PM technical screen';
  }, []);

  const q = query.trim().toLowerCase();
  const visible = entries.filter(
    (e) =>
      (!skill || e.skill === skill) &&
      (!difficulty || e.difficulty === difficulty) &&
      (!q || `${e.title} ${e.summary} ${e.id}`.toLowerCase().includes(q)),
  );
  const solved = entries.filter((e) => marks[e.id] === 'solved').length;

  return (
    <section className="catalog" data-testid={TID.catalog} aria-labelledby="catalog-title">
      <div className="catalog-intro">
        <h1 id="catalog-title">Practise the technical screen</h1>
        <p>
          Simplified coding logic, complexity you can explain, and system designs you can sketch — with honest feedback,
          right here in your browser. Nothing leaves this device.
        </p>
        <p className="catalog-stats">
          {solved} of {entries.length} solved
        </p>
        <p className="catalog-actions">
          <a className="button-link primary" href="#/mock" data-testid={MTID.startMock}>
            Start a mock screen
          </a>{' '}
          <a href="#/stories" data-testid="story-bank-link">Story bank: leadership principles</a>{' '}
          <a href="#/progress">Progress and what to practise next</a>
        </p>
      </div>
      <div className="catalog-filters" role="search">
        <label>
          <span className="visually-hidden">Search problems</span>
          <input type="search" placeholder="Search problems…" value={query} data-testid={TID.catalogSearch} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label>
          <span className="visually-hidden">Skill</span>
          <select value={skill} data-testid={TID.catalogSkillFilter} onChange={(e) => setSkill(e.target.value as Skill | '')}>
            <option value="">All skills</option>
            {Object.entries(SKILLS).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">Difficulty</span>
          <select value={difficulty} data-testid={TID.catalogDifficultyFilter} onChange={(e) => setDifficulty(e.target.value)}>
            <option value="">All levels</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      </div>
      {broken.length > 0 && (
        <div className="panel error-panel" role="alert">
          <h2>Some problem files could not be read</h2>
          <ul>
            {broken.flatMap((b) => b.errors).map((e) => (
              <li key={e}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {withAside.length > 0 && (
        <p className="notice aside-notice" role="status" data-testid={TID.asideNotice}>
          Saved data for {withAside.map((e) => e.title).join(', ')} could not be read. It is kept aside, untouched, and included when you export your progress;
          the marks below count only what could be read.
        </p>
      )}
      {visible.length === 0 && <p className="empty">No problem matches those filters.</p>}
      {(Object.keys(SKILLS) as Skill[]).map((group) => {
        const items = visible.filter((e) => e.skill === group);
        if (items.length === 0) return null;
        return (
          <section key={group} className="skill-group" aria-labelledby={`skill-${group}`}>
            <h2 id={`skill-${group}`}>{SKILLS[group]}</h2>
            <ul className="problem-list">
              {items.map((e) => (
                <CatalogItem key={e.id} entry={e} mark={marks[e.id]} asideCount={aside[e.id]} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function CatalogItem({ entry, mark, asideCount }: { entry: CatalogEntry; mark: Mark; asideCount: number }) {
  return (
    <li className="problem-item" data-testid={TID.catalogItem} data-id={entry.id}>
      <a href={problemHref(entry.id)}>
        <span className={`mark mark-${mark}`} data-testid={TID.progressMark} data-mark={mark} title={MARK_LABEL[mark]} aria-label={MARK_LABEL[mark]}>
          {MARK_ICON[mark]}
        </span>
        <span className="problem-title">{entry.title}</span>
        {/* One grid cell for every badge, so a row with more badges keeps its columns. */}
        <span className="problem-badges">
          <span className={`badge difficulty-${entry.difficulty}`}>{entry.difficulty}</span>
          {KIND_BADGE[entry.kind] && <span className={`badge kind-${entry.kind}`}>{KIND_BADGE[entry.kind]}</span>}
          {asideCount > 0 && (
            <span className="badge aside-badge" data-testid={TID.asideNotice} title="Some saved data for this problem could not be read; it is kept aside and included in the export">
              ⚠ unreadable data kept aside
            </span>
          )}
        </span>
        <span className="problem-summary">{entry.summary}</span>
      </a>
    </li>
  );
}
