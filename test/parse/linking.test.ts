// Linking narrative projects to tables: the sample's six pairs, name normalisation, one-to-one greedy assignment.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NarrativePart, ProjectTable } from '../../src/model/document.js';
import dice from 'natural/lib/natural/distance/dice_coefficient.js';
import { LINK_THRESHOLD, linkProjects, nameSimilarity, normaliseFundName, parseText } from '../../src/parse/index.js';
import { sampleDoc } from './sample.js';

const CORPUS = join(import.meta.dirname, '../../corpus');
const span = { line: 1, column: 1, endLine: 1, endColumn: 2 };
const text = (t: string) => ({ text: t, span });
const money = (value: number) => ({ value, raw: String(value), span });

function narrative(name: string, amount: number | null): NarrativePart {
  return {
    heading: text(name), name: text(name), amount: amount === null ? null : money(amount),
    schedule: null, purpose: null, structureClaim: null, indicators: [], span,
  };
}

function table(name: string, budget: number | null): ProjectTable {
  return {
    title: null, unitLine: null, moneyUnit: '元', code: null, name: text(name),
    budget: budget === null ? null : money(budget), fiscalFunds: null, otherFunds: null,
    purpose: null, schedule: null, goals: [], header: [], indicators: [], span,
  };
}

describe('the sample', () => {
  it('links every narrative project to the table of the same fund', () => {
    const links = sampleDoc.projects
      .filter((p) => p.kind === 'project')
      .map((p) => [p.narrative?.name.text ?? null, p.table?.name?.text ?? null]);
    expect(links).toEqual([
      ['信访维稳（保险）', '信访维稳（保险）'],
      ['安保环保、安全生产、食药监管', '安保、环保、安全生产、应急、食药监管'],
      ['乡镇人大工作站经费', '乡镇人大工作站'],
      ['人武、党团妇建设、纪检、宣传经费', '人武、党团妇建设、纪检、宣传经费'],
      ['预算残疾人保障金', '残疾人保障金'],
      ['河渠清理及河长制项目', '河渠清理及河长制项目'],
    ]);
  });

  it('leaves no table unlinked and records the scores', () => {
    expect(sampleDoc.projects).toHaveLength(8);
    for (const p of sampleDoc.projects.filter((x) => x.kind === 'project')) {
      expect(p.linkScore).toBeGreaterThanOrEqual(LINK_THRESHOLD);
      expect(p.linkScore).toBeLessThanOrEqual(1);
    }
  });

  it('names linked projects by the table and basic funds by the narrative', () => {
    expect(sampleDoc.projects.map((p) => p.name)).toEqual([
      '人员经费', '日常公用经费', '信访维稳（保险）', '安保、环保、安全生产、应急、食药监管',
      '乡镇人大工作站', '人武、党团妇建设、纪检、宣传经费', '残疾人保障金', '河渠清理及河长制项目',
    ]);
    expect(sampleDoc.projects.slice(0, 2).every((p) => p.kind === 'basic' && p.table === null && p.linkScore === null)).toBe(true);
  });
});

describe('name normalisation and similarity', () => {
  it('drops punctuation, a leading 预算 and trailing generic fund words', () => {
    expect(normaliseFundName('预算残疾人保障金')).toBe('残疾人保障金');
    expect(normaliseFundName('乡镇人大工作站经费')).toBe('乡镇人大工作站');
    expect(normaliseFundName('河渠清理及河长制项目')).toBe('河渠清理及河长制');
    expect(normaliseFundName('信访维稳（保险）')).toBe('信访维稳保险');
    expect(normaliseFundName('人武、党团妇建设、纪检、宣传经费')).toBe('人武党团妇建设纪检宣传');
  });

  it('scores equal names 1 and unrelated names low', () => {
    expect(nameSimilarity('乡镇人大工作站经费', '乡镇人大工作站')).toBe(1);
    expect(nameSimilarity('信访维稳（保险）', '河渠清理及河长制项目')).toBe(0);
    expect(nameSimilarity('安保环保、安全生产、食药监管', '安保、环保、安全生产、应急、食药监管')).toBeGreaterThan(0.8);
  });

  it('is natural\'s dice coefficient of the normalised names, also where it skips dice for names without a common character', () => {
    const names = [
      ...['real', 'clean'].flatMap((folder) =>
        readdirSync(join(CORPUS, folder))
          .filter((f) => f.endsWith('.txt'))
          .flatMap((f) => parseText(readFileSync(join(CORPUS, folder, f), 'utf8'), f).projects.map((p) => p.name)),
      ),
      'PPP项目', 'ppp工程', 'Ab', 'aB', 'a', 'A', '甲', '甲乙', '乙甲',
    ];
    expect(names.length).toBeGreaterThan(30);
    let zeros = 0;
    for (const a of names) {
      for (const b of names) {
        const x = normaliseFundName(a);
        const y = normaliseFundName(b);
        const expected = x === '' || y === '' ? 0 : x === y ? 1 : dice(x, y);
        expect(nameSimilarity(a, b), `${a} / ${b}`).toBe(expected);
        if (expected === 0) zeros += 1;
      }
    }
    expect(zeros).toBeGreaterThan(100);
    expect(nameSimilarity('PPP项目建设', 'ppp工程')).toBeGreaterThan(0);
  });
});

describe('linkProjects', () => {
  it('assigns one-to-one, best pair first, and keeps the rest unlinked', () => {
    const parts = [
      { kind: 'project' as const, part: narrative('道路维修', 100) },
      { kind: 'project' as const, part: narrative('道路维修养护', 500) },
      { kind: 'project' as const, part: narrative('图书采购', 80) },
    ];
    const projects = linkProjects(parts, [table('道路维修养护', 500), table('网络运维', 80)]);
    expect(projects.map((p) => [p.narrative?.name.text ?? null, p.table?.name?.text ?? null])).toEqual([
      ['道路维修', null],
      ['道路维修养护', '道路维修养护'],
      ['图书采购', null],
      [null, '网络运维'],
    ]);
    expect(projects[1]!.linkScore).toBe(1);
    expect(projects[0]!.linkScore).toBeNull();
    expect(projects[3]!.name).toBe('网络运维');
  });

  it('does not link on equal amounts alone', () => {
    const projects = linkProjects([{ kind: 'project', part: narrative('图书采购', 80) }], [table('网络运维', 80)]);
    expect(projects.map((p) => [p.narrative?.name.text ?? null, p.table?.name?.text ?? null])).toEqual([
      ['图书采购', null],
      [null, '网络运维'],
    ]);
  });

  it('lets equal amounts decide between two similar tables', () => {
    const projects = linkProjects(
      [{ kind: 'project', part: narrative('村级道路维护', 300) }],
      [table('村级道路维修', 100), table('村级道路维护费', 300)],
    );
    expect(projects[0]!.table?.name?.text).toBe('村级道路维护费');
  });
});
