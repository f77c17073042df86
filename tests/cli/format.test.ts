import { describe, expect, it } from 'vitest';
import { shortDate, shortenAround, table } from '../../cli/format';
import { formatQuantitiesTable, inputLines, quantitiesOfLines } from '../../cli/quantities';
import { formatFigure } from '../../lib/view/format/figure';
import { translator } from '../../lib/view/i18n/messages';
import { paragraphsOf } from '../../cli/load';

// The command line says figures in Arabic, as the panel does.
const figureInArabic = (f: Parameters<typeof formatFigure>[0]) => formatFigure(f, translator('ar'), 'ar');

describe('CLI formatting', () => {
  it('says figures the way a reader would', () => {
    expect(figureInArabic({ value: 10000, min: 9000, max: 11000, qualifier: 'about' })).toBe('نحو 10,000');
    expect(figureInArabic({ value: 8000, min: 8000, max: null, qualifier: 'more-than' })).toBe('أكثر من 8,000');
    expect(figureInArabic({ value: 3000, min: 3000, max: 3000, qualifier: 'exact' })).toBe('3,000');
    expect(figureInArabic({ value: 3000, min: 3000, max: 5000, qualifier: 'range' })).toBe('بين 3,000 و5,000');
    expect(figureInArabic({ value: 20, min: 20, max: null, qualifier: 'at-least' })).toBe('20 على الأقل');
    expect(figureInArabic({ value: 50, min: null, max: 50, qualifier: 'at-most' })).toBe('50 على الأكثر');
  });

  it('shows the interval a quantity allows, open ends as ∞, with every decimal read', () => {
    const out = formatQuantitiesTable(quantitiesOfLines('قتل أكثر من 8 آلاف شخص وارتفعت الأسعار 3.125 بالمئة'));
    expect(out).toContain('8,000…∞');
    expect(out).toContain('3.125');
  });

  it('shortens a sentence around the figure, at word boundaries', () => {
    const sentence = 'وقال مسؤول محلي في تصريح للصحفيين مساء أمس إن عدد المتضررين من العاصفة بلغ نحو 300 عائلة في القرى الجبلية البعيدة عن الطرق الرئيسية';
    const short = shortenAround(sentence, 'نحو 300', 50);
    expect(short).toContain('نحو 300');
    expect(short.startsWith('…')).toBe(true);
    expect(short.replace(/…/g, '').length).toBeLessThanOrEqual(50);
    expect(shortenAround('جملة قصيرة فيها 5', '5')).toBe('جملة قصيرة فيها 5');
  });

  it('aligns table columns and formats dates', () => {
    expect(table([['a', 'bb', 'c'], ['ccc', 'd', 'e']])).toBe('a    bb  c\nccc  d   e');
    expect(shortDate('2024-11-10T08:15:00.000Z')).toBe('2024-11-10 08:15');
    expect(shortDate('2024-11-10')).toBe('2024-11-10');
    expect(shortDate(null)).toBe('—');
  });

  it('splits input lines and article paragraphs', () => {
    expect(inputLines('a\nb\n')).toEqual(['a', 'b']);
    expect(inputLines('a\n\nb')).toEqual(['a', '', 'b']);
    expect(paragraphsOf('سطر  أول\n\n  سطر ثان\nسطر ثالث\n')).toBe('سطر أول\n\nسطر ثان\n\nسطر ثالث');
  });
});
