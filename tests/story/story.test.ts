import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRelated, SAME_STORY_THRESHOLD, storyFeatures, storySimilarity } from '../../lib/story/index';
import type { AnalyzedArticle, ArticleSnapshot } from '../../lib/types';
import { seeds, STORIES, story } from '../claims/load';
import { describeShared } from '../fixtures/describe-shared';

const features = (a: ArticleSnapshot) => ({ ...storyFeatures(a.text, a.title) });
const asAnalyzed = (a: ArticleSnapshot): AnalyzedArticle => ({ ...a, ...features(a), claims: [] });

describeShared('story similarity on the seeds and the corpus', () => {
  const groups: { name: string; articles: ArticleSnapshot[] }[] = [
    { name: 'seeds', articles: seeds() },
    ...STORIES.map((name) => ({ name, articles: story(name) })),
  ];
  const all = groups.flatMap((g) => g.articles.map((a) => ({ group: g.name, a, f: features(a) })));

  it('every pair within one story is at or above the threshold', () => {
    const misses: string[] = [];
    for (const g of groups) {
      const fs_ = g.articles.map(features);
      for (let i = 0; i < fs_.length; i++)
        for (let j = i + 1; j < fs_.length; j++) {
          const s = storySimilarity(fs_[i], fs_[j]);
          if (s < SAME_STORY_THRESHOLD) misses.push(`${g.name} ${i}-${j} ${s.toFixed(3)}`);
        }
    }
    expect(misses).toEqual([]);
  });

  it('no pair from two different stories reaches the threshold', () => {
    const falseHits: string[] = [];
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) {
        if (all[i].group === all[j].group) continue;
        const s = storySimilarity(all[i].f, all[j].f);
        if (s >= SAME_STORY_THRESHOLD) falseHits.push(`${all[i].a.site} ${all[j].a.site} ${s.toFixed(3)}`);
      }
    expect(falseHits).toEqual([]);
  });

  it('the earthquakes in Morocco and in Turkey and Syria stay apart', () => {
    const m = story('morocco-earthquake-2023').map(features);
    const t = story('turkey-syria-earthquake-2023').map(features);
    for (const a of m) for (const b of t) expect(storySimilarity(a, b)).toBeLessThan(SAME_STORY_THRESHOLD);
  });

  it('the unrelated plane crash and the Moroccan ticker do not match the seeds that lack them', () => {
    const s = seeds();
    const crashAt = s[1].text.indexOf('الكرملين يحذر من');
    expect(crashAt).toBeGreaterThan(0);
    const crash = s[1].text.slice(crashAt);
    const plane = features({ ...s[1], title: crash.split('\n')[0], text: crash });
    const tickerLine = s[2].text.split('\n')[0];
    const ticker = features({ ...s[2], title: tickerLine, text: tickerLine });
    for (const k of [0, 2, 3, 4]) expect(storySimilarity(plane, features(s[k]))).toBeLessThan(SAME_STORY_THRESHOLD);
    for (const k of [0, 1, 3, 4]) expect(storySimilarity(ticker, features(s[k]))).toBeLessThan(SAME_STORY_THRESHOLD);
  });

  it('same-story articles share keywords, so the keyword index finds them', () => {
    for (const g of groups) {
      const fs_ = g.articles.map(features);
      for (let i = 1; i < fs_.length; i++) {
        const earlier = new Set(fs_.slice(0, i).flatMap((f) => f.keywords));
        expect(fs_[i].keywords.some((k) => earlier.has(k))).toBe(true);
      }
    }
  });

  it('findRelated returns the other seeds, best first, and no corpus article', () => {
    const s = seeds().map(asAnalyzed);
    const others = story('morocco-earthquake-2023').map(asAnalyzed);
    const candidates = [...s.slice(0, 4), ...others];
    const related = findRelated(s[4], candidates);
    expect(related.map((r) => r.index).sort()).toEqual([0, 1, 2, 3]);
    for (let i = 1; i < related.length; i++) expect(related[i - 1].score).toBeGreaterThanOrEqual(related[i].score);
    expect(related.every((r) => r.score >= SAME_STORY_THRESHOLD && r.score <= 1)).toBe(true);
  });
});

describe('storyFeatures', () => {
  it('returns at most ~20–30 stems plus tagged entities and events, deterministic', () => {
    const text = 'ضرب زلزال بقوة 6 درجات إقليم الحوز في المغرب وارتفعت حصيلة ضحايا الزلزال إلى 100 قتيل';
    const a = storyFeatures(text, 'زلزال في المغرب');
    expect(a).toEqual(storyFeatures(text, 'زلزال في المغرب'));
    expect(a.entities).toContain('al-haouz');
    expect(a.entities).toContain('morocco');
    expect(a.keywords).toContain('@al-haouz');
    expect(a.keywords).toContain('#quake');
    expect(a.keywords.filter((k) => !/^[@#]/.test(k)).length).toBeLessThanOrEqual(30);
  });

  it('scores identical fingerprints 1-ish and disjoint ones 0', () => {
    const a = storyFeatures('انتخابات الرئاسة في تركيا وفوز أردوغان بالجولة الثانية من الانتخابات', 'انتخابات تركيا');
    const b = storyFeatures('فيضانات درنة في ليبيا والعاصفة دانيال وفيضان السيول', 'فيضانات درنة');
    expect(storySimilarity(a, a)).toBeGreaterThan(0.9);
    expect(storySimilarity(a, b)).toBe(0);
  });
});

void fs;
void path;
