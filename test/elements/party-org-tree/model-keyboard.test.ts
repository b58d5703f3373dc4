import { expect } from '@open-wc/testing';
import type { Organization } from '../../../src/domain/orgs.js';
import { keyAction, parentIndex, siblingIndices } from '../../../src/elements/party-org-tree/tree-keyboard.js';
import { findByPrefix, TreeModel, type Row } from '../../../src/elements/party-org-tree/tree-model.js';

function org(id: string, childCount = 0, name = id): Organization {
  return { id, name, classification: 'branch', level: 'compound', parentId: null, childCount, memberCount: 1, head: null };
}

/** a (2 children of 3: c1, c2, more), b (leaf). */
function model(): TreeModel {
  const m = new TreeModel();
  m.setRoots([org('a', 3, '中共甲'), org('b', 0, '乙')]);
  m.setExpanded('a', true);
  m.addChildren('a', { items: [org('c1', 1, '1号楼'), org('c2', 0, '2号楼')], nextCursor: 'next', total: 3 });
  return m;
}

const facts = (m: TreeModel) => ({ expandable: (id: string) => m.isExpandable(id), expanded: (id: string) => !!m.get(id)?.expanded });

describe('party-org-tree model and keyboard (pure)', () => {
  it('flattens expanded nodes with level, position, set size and a "more" row', () => {
    const rows = model().rows;
    expect(rows.map((r) => [r.key, r.depth, r.posinset, r.setsize])).to.deep.equal([
      ['a', 1, 1, 2],
      ['c1', 2, 1, 3],
      ['c2', 2, 2, 3],
      ['more:a', 2, 3, 3],
      ['b', 1, 2, 2],
    ]);
    const m = model();
    m.setStatus('a', 'error');
    expect(m.rows[3]!.type).to.equal('error');
    m.setStatus('a', 'loading');
    expect(m.rows[3]!.type).to.equal('loading');
    m.setExpanded('a', false);
    expect(m.rows.map((r) => r.key)).to.deep.equal(['a', 'b']);
    expect(m.setExpanded('b', true)).to.equal(false);
  });

  it('needs the first page only once and ignores a repeated page', () => {
    const m = new TreeModel();
    m.setRoots([org('a', 2)]);
    expect(m.needsFirstPage('a')).to.equal(true);
    const page = { items: [org('x'), org('y')], nextCursor: null, total: 2 };
    m.addChildren('a', page);
    m.addChildren('a', page);
    expect(m.get('a')!.children).to.deep.equal(['x', 'y']);
    expect(m.needsFirstPage('a')).to.equal(false);
    expect(m.pathTo('y')).to.deep.equal(['a', 'y']);
  });

  it('maps keys to APG treeview actions', () => {
    const m = model();
    const rows = m.rows;
    const f = facts(m);
    expect(keyAction({ key: 'ArrowDown' }, rows, 0, f)).to.deep.equal({ type: 'focus', index: 1 });
    expect(keyAction({ key: 'ArrowDown' }, rows, 4, f)).to.deep.equal({ type: 'focus', index: 4 });
    expect(keyAction({ key: 'ArrowUp' }, rows, 0, f)).to.deep.equal({ type: 'focus', index: 0 });
    expect(keyAction({ key: 'Home' }, rows, 3, f)).to.deep.equal({ type: 'focus', index: 0 });
    expect(keyAction({ key: 'End' }, rows, 0, f)).to.deep.equal({ type: 'focus', index: 4 });
    expect(keyAction({ key: 'ArrowRight' }, rows, 0, f)).to.deep.equal({ type: 'focus', index: 1 });
    expect(keyAction({ key: 'ArrowRight' }, rows, 1, f)).to.deep.equal({ type: 'expand', id: 'c1' });
    expect(keyAction({ key: 'ArrowRight' }, rows, 2, f)).to.deep.equal({ type: 'none' });
    expect(keyAction({ key: 'ArrowLeft' }, rows, 0, f)).to.deep.equal({ type: 'collapse', id: 'a' });
    expect(keyAction({ key: 'ArrowLeft' }, rows, 3, f)).to.deep.equal({ type: 'focus', index: 0 });
    expect(keyAction({ key: 'ArrowLeft' }, rows, 4, f)).to.deep.equal({ type: 'none' });
    expect(keyAction({ key: 'Enter' }, rows, 3, f)).to.deep.equal({ type: 'activate', index: 3 });
    expect(keyAction({ key: ' ' }, rows, 1, f)).to.deep.equal({ type: 'activate', index: 1 });
    expect(keyAction({ key: '*' }, rows, 1, f)).to.deep.equal({ type: 'expandSiblings', index: 1 });
    expect(keyAction({ key: '2' }, rows, 1, f)).to.deep.equal({ type: 'typeahead', char: '2' });
    expect(keyAction({ key: 'Tab' }, rows, 1, f)).to.deep.equal({ type: 'none' });
    expect(keyAction({ key: 'a', ctrlKey: true }, rows, 1, f)).to.deep.equal({ type: 'none' });
    expect(keyAction({ key: 'ArrowDown', altKey: true }, rows, 1, f)).to.deep.equal({ type: 'none' });
  });

  it('finds parents, siblings and type-ahead matches (ignoring the 中共 prefix)', () => {
    const rows: Row[] = model().rows;
    expect(parentIndex(rows, 2)).to.equal(0);
    expect(siblingIndices(rows, 1)).to.deep.equal([1, 2, 3]);
    expect(siblingIndices(rows, 4)).to.deep.equal([0, 4]);
    const names: Record<string, string> = { a: '中共甲', b: '乙', c1: '1号楼', c2: '2号楼' };
    const nameOf = (r: Row) => (r.type === 'node' ? names[r.id] : undefined);
    expect(findByPrefix(rows, nameOf, 0, '2')).to.equal(2);
    expect(findByPrefix(rows, nameOf, 2, '甲')).to.equal(0);
    expect(findByPrefix(rows, nameOf, 0, '丙')).to.equal(-1);
  });
});
