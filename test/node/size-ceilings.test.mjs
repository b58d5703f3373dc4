// The size ceilings CI holds a widget to while its budget is not met yet (scripts/size-ceilings.mjs).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ceilingVerdicts, lowerCeilings, SLACK_BYTES } from '../../scripts/size-ceilings.mjs';

const figure = (key, bytes, budget = 1000) => ({ key, bytes, budget });

test('a figure within its budget passes with or without a ceiling', () => {
  const [v] = ceilingVerdicts([figure('alone <a>', 900)], {});
  assert.equal(v.ok, true);
});

test('a figure over its budget passes up to its ceiling (and the slack for renamed chunks) and fails a byte beyond', () => {
  const ceilings = { 'alone <a>': 1500 };
  assert.equal(ceilingVerdicts([figure('alone <a>', 1400)], ceilings)[0].ok, true);
  assert.equal(ceilingVerdicts([figure('alone <a>', 1500 + SLACK_BYTES)], ceilings)[0].ok, true);
  const [grown] = ceilingVerdicts([figure('alone <a>', 1501 + SLACK_BYTES)], ceilings);
  assert.equal(grown.ok, false);
  assert.match(grown.message, /exceeds its ceiling/);
});

test('a budget newly broken has no ceiling to hide behind', () => {
  const [v] = ceilingVerdicts([figure('alone <b>', 1001)], { 'alone <a>': 5000 });
  assert.equal(v.ok, false);
  assert.match(v.message, /no ceiling/);
});

test('lowering writes smaller figures, keeps larger ceilings as they were and drops met budgets', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'size-ceilings-')), 'ceilings.json');
  writeFileSync(file, JSON.stringify({ about: 'kept', ceilings: { 'alone <a>': 1500, 'alone <b>': 1200, 'alone <c>': 1100 } }));
  lowerCeilings([figure('alone <a>', 1400), figure('alone <b>', 1300), figure('alone <c>', 999)], file);
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(doc.about, 'kept');
  assert.deepEqual(doc.ceilings, { 'alone <a>': 1400, 'alone <b>': 1200 });
});
