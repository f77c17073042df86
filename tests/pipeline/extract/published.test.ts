import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseVisibleDate } from '../../../lib/pipeline/extract/dates';
import { choosePublished, visibleDateline } from '../../../lib/pipeline/extract/published';

describe('parseVisibleDate', () => {
  it.each([
    ['الإثنين، 3 فبراير 2025 09:15 ص', '2025-02-03', '09:15'],
    ['2025/02/03 - 9:15 مساءً', '2025-02-03', '21:15'],
    ['تم نشره الجمعة 24 نيسان / أبريل 2020', '2020-04-24', null],
    ['Published April 24, 2020 8:05 PM', '2020-04-24', '20:05'],
    ['12:40 ٠٣ / ٠٢ / ٢٠٢٥', '2025-02-03', '12:40'],
    ['الأربعاء 5 مارس 2025، آخر تحديث 14:00', '2025-03-05', null],
  ])('%s', (raw, date, time) => {
    expect(parseVisibleDate(raw)).toEqual({ date, time });
  });
});

describe('choosePublished: the printed dateline first, machine dates after', () => {
  it('keeps the machine time when it falls on the printed day', () => {
    expect(choosePublished({ date: '2025-02-03', time: null }, '2025-02-03T07:15:00Z')).toBe('2025-02-03T07:15:00.000Z');
  });
  it('writes the time in the page zone that the printed clock implies', () => {
    expect(choosePublished({ date: '2025-02-04', time: '01:30' }, '2025-02-03T23:30:20Z')).toBe('2025-02-04T01:30:20+02:00');
  });
  it('uses the zone the machine date states when it puts it on the printed day', () => {
    expect(choosePublished({ date: '2025-02-04', time: null }, '2025-02-04T01:30:00+0400')).toBe('2025-02-04T01:30:00+04:00');
  });
  it('trusts the printed day over a machine date of another day', () => {
    expect(choosePublished({ date: '2021-03-05', time: null }, '2022-01-10T08:00:00+00:00')).toBe('2021-03-05');
    expect(choosePublished({ date: '2021-03-05', time: '10:00' }, '2022-01-10')).toBe('2021-03-05');
  });
  it('falls back to the machine date, or null', () => {
    expect(choosePublished(null, '2025-02-03T07:15:00+03:00')).toBe('2025-02-03T04:15:00.000Z');
    expect(choosePublished(null, null)).toBeNull();
  });
});

describe('visibleDateline', () => {
  const doc = (body: string): Document => new JSDOM(`<body>${body}</body>`).window.document;
  it('reads the dateline under the headline, not the dates of the related list', () => {
    const d = doc('<div class="top">السبت 1 مارس 2025</div><h1>عنوان الخبر هنا</h1><span>كتب: فلان</span><span>الأحد، 2 مارس 2025 10:05 ص</span><p>' + 'نص الخبر '.repeat(40) + '</p><ul><li>خبر آخر <span>3 مارس 2025</span></li></ul>');
    expect(visibleDateline(d, d.querySelector('h1'))).toEqual({ date: '2025-03-02', time: '10:05' });
  });
  it('finds a labelled dateline after the text when none is under the headline', () => {
    const d = doc('<article><h1>عنوان الخبر هنا</h1><p>' + 'نص الخبر '.repeat(40) + '</p><p>نشر في 4 مارس 2025</p></article>');
    expect(visibleDateline(d, d.querySelector('h1'))).toEqual({ date: '2025-03-04', time: null });
  });
  it('skips the text of scripts', () => {
    const d = doc('<h1>عنوان الخبر هنا</h1><script>var d = "5 مارس 2025";</script><p>' + 'نص الخبر '.repeat(40) + '</p>');
    expect(visibleDateline(d, d.querySelector('h1'))).toBeNull();
  });
});
