// @vitest-environment jsdom
// The panel's body in every state of a tab: what the reader is told, and what they can do.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel, type PanelActions } from '../../components/Panel';
import { translator } from '../../lib/view/i18n/messages';
import type { PanelState } from '../../lib/extension/messaging/protocol';
import type { ReportArticle, StoryReport } from '../../lib/pipeline/report/types';
import type { Difference } from '../../lib/types';

const t = translator('ar');
let host: HTMLElement;

function actions(): PanelActions & Record<string, ReturnType<typeof vi.fn>> {
  return { readTab: vi.fn(), addSite: vi.fn(), showInPage: vi.fn(), notSameStory: vi.fn(), resume: vi.fn(), deleteStory: vi.fn() } as never;
}

function show(state: PanelState | null, a = actions(), readError: string | null = null) {
  host = document.createElement('div');
  document.body.appendChild(host);
  render(<Panel state={state} lang="ar" t={t} actions={a} readError={readError} />, host);
  return a;
}

afterEach(() => {
  render(null, host);
  host.remove();
});

const article = (over: Partial<ReportArticle>): ReportArticle => ({
  readId: 1,
  url: 'https://a.test/1',
  canonicalUrl: 'https://a.test/1',
  site: 'موقع أ',
  host: 'a.test',
  title: 'عنوان',
  byline: null,
  published: '2025-03-01T08:00:00Z',
  lang: 'ar',
  readAt: 1,
  current: false,
  previousVersion: false,
  score: 0.5,
  linkedByReader: false,
  ...over,
});

// An invented story: 32 dead per a mayor, then about 40 per the ministry.
const difference: Difference = {
  topic: 'قتلى السيول',
  kind: 'count',
  unit: 'قتيلا',
  conflict: true,
  reason: 'contradiction',
  figures: [
    { article: 0, claim: 2, value: 32, min: 32, max: 32, qualifier: 'exact', text: '32 قتيلا', sentence: 'قال رئيس البلدية إن السيول خلفت 32 قتيلا.', attribution: 'رئيس البلدية' },
    { article: 1, claim: 0, value: 40, min: 36, max: 44, qualifier: 'about', text: 'نحو 40', sentence: 'أعلنت الوزارة مقتل نحو 40 شخصا.', attribution: 'الوزارة' },
  ],
};

function report(over: Partial<StoryReport> = {}): StoryReport {
  return {
    articles: [article({ readId: 7, site: 'موقع أ' }), article({ readId: 9, site: 'موقع ب', current: true, title: '<img src=x onerror=alert(1)> السيول' })],
    current: 1,
    related: [{ article: 0, score: 0.5 }],
    differences: [difference],
    agreements: [],
    highlights: [],
    claimCount: 3,
    ...over,
  };
}

describe('Panel', () => {
  it('says storage is full, and that nothing stored was lost, instead of a raw error', () => {
    show({ status: 'error', tabId: 1, reason: 'quota', message: 'QuotaExceededError' });
    const empty = host.querySelector('[data-testid="empty-state"]')!;
    expect(empty.getAttribute('data-kind')).toBe('quota');
    expect(empty.textContent).toContain(t('quotaTitle'));
    expect(empty.textContent).not.toContain('QuotaExceededError');
  });

  it('offers to resume recording on a paused site', () => {
    const a = show({ status: 'paused', tabId: 1, url: 'https://a.test/x', host: 'a.test' });
    host.querySelector('button')!.click();
    expect(a.resume).toHaveBeenCalledWith('a.test');
  });

  it('tells a page that failed to read from one that is not an article, with a retry', () => {
    const a = show({ status: 'skipped', tabId: 1, url: 'https://a.test/x', reason: 'failed' });
    expect(host.querySelector('[data-testid="empty-state"]')!.getAttribute('data-kind')).toBe('failed');
    host.querySelector('button')!.click();
    expect(a.readTab).toHaveBeenCalled();
    render(null, host);
    show({ status: 'skipped', tabId: 1, url: 'https://a.test/x', reason: 'not-readerable' });
    expect(host.querySelector('[data-testid="empty-state"]')!.getAttribute('data-kind')).toBe('not-article');
  });

  it('on an unread page offers both ways to read it and shows why a read was refused', () => {
    const a = show({ status: 'unknown', tabId: 1, canRead: true }, actions(), 'لا إذن');
    const [read, always] = host.querySelectorAll('button');
    read.click();
    always.click();
    expect(a.readTab).toHaveBeenCalled();
    expect(a.addSite).toHaveBeenCalled();
    expect(host.querySelector('[data-testid="read-error"]')!.textContent).toBe('لا إذن');
  });

  it('has an empty state for no earlier read and for no figure differing', () => {
    show({ status: 'read', tabId: 1, report: report({ articles: [article({ current: true })], current: 0, related: [], differences: [] }) });
    expect(host.querySelector('[data-testid="empty-state"]')!.getAttribute('data-kind')).toBe('no-related');
    render(null, host);
    show({ status: 'read', tabId: 1, report: report({ differences: [] }) });
    expect(host.querySelector('[data-testid="empty-state"]')!.getAttribute('data-kind')).toBe('no-difference');
  });

  it('renders a difference card with each figure, its outlet and attribution, and page text only as text', () => {
    const a = show({ status: 'read', tabId: 1, report: report() });
    const card = host.querySelector('[data-testid="difference"]')!;
    expect(card.getAttribute('data-conflict')).toBe('true');
    const figures = [...card.querySelectorAll('[data-testid="figure"]')];
    expect(figures.map((f) => f.getAttribute('data-value'))).toEqual(['32', '40']);
    expect(figures[0].textContent).toContain('موقع أ');
    expect(figures[0].textContent).toContain('رئيس البلدية');
    expect(figures[1].querySelector('mark')!.textContent).toBe('نحو 40');
    // The headline carries markup from the page: shown as text, no element made of it.
    expect(host.querySelector('.tb-headline')!.textContent).toContain('<img src=x');
    expect(host.querySelector('img')).toBeNull();
    // The current figure scrolls the page; earlier ones link to their source sentence.
    (figures[1].querySelector('button') as HTMLButtonElement).click();
    expect(a.showInPage).toHaveBeenCalledWith('c0');
    expect(figures[0].querySelector('a')!.getAttribute('href')).toContain('#:~:text=');
  });

  it('says why figures differ: a contradiction, different sources, or an update over time', () => {
    const cases = [
      ['contradiction', 'contradiction', 'contradictionWhy'],
      ['different-sources', 'differentSources', 'differentSourcesWhy'],
      ['updated', 'reasonUpdated', 'updatedWhy'],
    ] as const;
    for (const [reason, badge, why] of cases) {
      show({ status: 'read', tabId: 1, report: report({ differences: [{ ...difference, reason }] }) });
      const card = host.querySelector('[data-testid="difference"]')!;
      expect(card.getAttribute('data-reason')).toBe(reason);
      expect(card.querySelector('.tb-badge')!.textContent).toBe(t(badge));
      expect(card.querySelector('.tb-why')!.textContent).toBe(t(why));
      render(null, host);
      host.remove();
    }
    host = document.createElement('div');
  });

  it('links only to web addresses, whatever address a stored read carries', () => {
    const hrefs = () => [...host.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    show({ status: 'read', tabId: 1, report: report() });
    const safeLinks = hrefs().length;
    expect(safeLinks).toBeGreaterThan(0);
    render(null, host);
    const hostile = article({ readId: 7, site: 'موقع أ', title: 'عنوان سابق', url: 'javascript:alert(1)', canonicalUrl: 'javascript:alert(1)' });
    show({ status: 'read', tabId: 1, report: report({ articles: [hostile, report().articles[1]] }) });
    expect(hrefs().length).toBeLessThan(safeLinks);
    for (const href of hrefs()) expect(href).toMatch(/^https?:/);
    // The earlier read is still listed, its headline as text.
    expect(host.textContent).toContain('عنوان سابق');
  });

  it('marks a figure that changed on the same page since the reader read it', () => {
    const earlier = article({ readId: 9, previousVersion: true, site: 'موقع ب' });
    show({ status: 'read', tabId: 1, report: report({ articles: [earlier, article({ readId: 9, current: true, site: 'موقع ب' })], differences: [{ ...difference, update: true }] }) });
    expect(host.querySelector('.tb-badge-update')!.textContent).toBe(t('changed'));
    expect(host.querySelector('[data-testid="figure"]')!.textContent).toContain(t('previousVersion'));
  });

  it('lets the reader say an earlier read is another story, or delete the story', () => {
    const a = show({ status: 'read', tabId: 1, report: report() });
    (host.querySelector('[data-testid="not-same-story"]') as HTMLButtonElement).click();
    expect(a.notSameStory).toHaveBeenCalledWith(7);
    (host.querySelector('[data-testid="delete-story"]') as HTMLButtonElement).click();
    expect(a.deleteStory).toHaveBeenCalledWith([7, 9]);
  });
});
