/**
 * Content tests: every item parses with the contract, every reference resolves, nothing the
 * sources list is missing, and the texts stay readable (B1: short sentences).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkReferences, loadKnowledge } from '../src/features/knowledge/content.ts';
import {
  elementIds,
  groupIds,
  profileIds,
  targetGroupIds,
} from '../src/features/knowledge/content-schema.ts';

const k = loadKnowledge();

/** The activities of the handreiking, chapter 3 (seed 001), by name: none may be missing. */
const handreikingNames = {
  substantiated: [
    'Allegoeds vakanties',
    'Bij Bosshardt',
    'Bridgen: denken en doen',
    'Buurtcirkel',
    'Huiskamers voor ouderen',
    'Inloophuis voor dak- en thuislozen',
    'Resto VanHarte',
    'Vier het Leven',
    'Zonnebloem vakanties',
    'Activerend huisbezoek',
    'Bezoekdienst weduwen en weduwnaars',
    'Maatjesprojecten Regenboog Groep',
    'Netwerkcoach',
    'Samen Online',
    'Vriendschappelijk huisbezoek',
    'Community Support',
    'Grip en Glans',
    'Online vriendschapscursus 50+',
    'Vrienden maken kun je leren',
    'Zin in vriendschap',
  ],
  promising: ['Beweegtuin', 'Danspaleis', 'Maatjesprojecten', 'Vriendschapscursus voor vrouwen'],
};

describe('knowledge content', () => {
  test('parses and all references resolve', () => {
    assert.deepEqual(checkReferences(k), []);
  });

  test('holds every intervention of the handreiking (about sixty)', () => {
    assert.equal(k.interventions.length, 63);
    const names = new Set(k.interventions.map((i) => i.name));
    for (const name of handreikingNames.substantiated) {
      assert.ok(names.has(name), `missing substantiated intervention: ${name}`);
      const item = k.interventions.find((i) => i.name === name);
      assert.equal(item?.evidence.level, 'substantiated', name);
    }
    for (const name of handreikingNames.promising) {
      assert.ok(names.has(name), `missing promising intervention: ${name}`);
    }
    const substantiated = k.interventions.filter((i) => i.evidence.level === 'substantiated');
    assert.equal(substantiated.length, 21);
  });

  test('every intervention has its required fields, a source and at least one link or none given', () => {
    for (const i of k.interventions) {
      assert.match(i.slug, /^[a-z0-9-]+$/);
      assert.ok(i.summary.length >= 40, `${i.slug}: summary too short`);
      assert.equal(i.source, 'handreiking-2017');
      assert.ok(i.classification.rationale.length >= 30, `${i.slug}: rationale too short`);
      if (i.evidence.level === 'substantiated') {
        assert.ok(i.evidence.foundBy.length > 1, `${i.slug}: who found the evidence`);
        assert.ok(i.evidence.finding.length > 20, `${i.slug}: what was found`);
      }
      for (const link of i.links) assert.match(link, /^https?:\/\//);
    }
    assert.ok(k.interventions.filter((i) => i.links.length > 0).length >= 55);
  });

  test('every activity type and evidence level occurs', () => {
    for (const type of ['meeting', 'one-to-one', 'course']) {
      assert.ok(
        k.interventions.some((i) => i.type === type),
        type,
      );
    }
  });

  test('the four Wegwijs groups hold every kind of activity seed 003 names', () => {
    assert.deepEqual(
      k.groups.map((g) => g.id),
      [...groupIds],
    );
    assert.deepEqual(
      k.groups.map((g) => g.activities.length),
      [5, 6, 7, 4],
    );
    const prevention = k.groups.find((g) => g.id === 'not-lonely');
    assert.ok(
      prevention?.activities.some(
        (a) => /sociale vaardigheden/i.test(a.name) && /training/i.test(a.means),
      ),
    );
  });

  test('the concept lists are complete', () => {
    assert.equal(k.elements.length, elementIds.length);
    assert.equal(k.profiles.length, profileIds.length);
    assert.equal(k.targetGroups.length, targetGroupIds.length);
    assert.equal(k.buildingBlocks.length, 6);
    assert.equal(k.steps.length, 6);
    assert.equal(k.pillars.length, 5);
    assert.equal(k.preventionLevels.length, 3);
    assert.equal(k.lonelinessTypes.length, 3);
    assert.equal(k.pilots.length, 20);
    assert.deepEqual(k.causes.map((c) => c.category).sort(), ['individual', 'social', 'societal']);
    assert.ok(k.spiral.points.length >= 4);
    assert.ok(k.profileCaution.length > 40);
    for (const b of k.buildingBlocks) {
      assert.ok(b.networkExamples.length > 0 && b.neighbourhoodExamples.length > 0, b.id);
    }
    for (const s of k.steps) assert.ok(s.asks.length >= 2, s.id);
    for (const p of k.pillars) assert.ok(p.advice.length >= 1, p.id);
  });

  test('the Machielse profiles span both dimensions', () => {
    const key = (p: (typeof k.profiles)[number]) => `${p.duration}/${p.motivation}/${p.coping}`;
    assert.equal(new Set(k.profiles.map(key)).size, 8);
  });

  test('the published figures carry over exactly', () => {
    const find = (area: string, measure: RegExp) =>
      k.figures.find((f) => f.area === area && measure.test(f.measure) && f.year === 2020);
    const four = (area: string) =>
      [
        /^eenzaam$/,
        /^ernstig\/zeer ernstig eenzaam$/,
        /^emotioneel eenzaam$/,
        /^sociaal eenzaam$/,
      ].map((m) => find(area, m)?.value);
    assert.deepEqual(four('Nederland'), [47, 11.2, 28.9, 30]);
    assert.deepEqual(four('Groningen'), [48.6, 12.4, 32, 30.3]);
  });

  test('risk groups are target groups with figures where the sources give them', () => {
    const risk = k.targetGroups.filter((t) => t.riskGroup);
    assert.ok(risk.length >= 10);
    assert.equal(k.targetGroups.find((t) => t.id === 'everyone')?.riskGroup, false);
    assert.ok(risk.filter((t) => t.figures.length > 0).length >= 5);
  });

  test('the two pages for everyone exist', () => {
    const ids = k.pages.map((p) => p.id).sort();
    assert.deepEqual(ids, ['eenzaamheid-herkennen', 'wat-kun-je-doen']);
    const whatToDo = k.pages.find((p) => p.id === 'wat-kun-je-doen');
    const covered = new Set(whatToDo?.sections.flatMap((s) => s.elements));
    for (const e of elementIds) assert.ok(covered.has(e), `"Wat kun je doen?" lacks ${e}`);
    const recognise = k.pages.find((p) => p.id === 'eenzaamheid-herkennen');
    const text = JSON.stringify(recognise).toLowerCase();
    for (const word of ['lichamelijk', 'sociale', 'omgeving', 'gesprek']) {
      assert.ok(text.includes(word), `"Eenzaamheid herkennen" lacks ${word}`);
    }
  });

  test('texts are short-sentenced Dutch (B1): on average at most 16 words a sentence', () => {
    const texts = [
      ...k.interventions.map((i) => i.summary),
      ...k.groups.map((g) => g.description),
      ...k.elements.map((e) => e.description),
      ...k.pages.flatMap((p) => [p.intro, ...p.sections.map((s) => s.body)]),
    ];
    const sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 0);
    const words = sentences.reduce((n, s) => n + s.split(/\s+/).length, 0);
    const average = words / sentences.length;
    assert.ok(average <= 16, `average sentence length ${average.toFixed(1)} words`);
  });
});
