// «دون وقوع إصابات», «لم تسفر عن وقوع أي إصابات»: a report that none were hurt is a count of zero
// (quantities/read-words.ts readNone), which another report's injured contradict: invented sentences.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../../lib/pipeline/quantities';
import { cards, mk } from '../../fixtures/invented-compare';

const zeros = (text: string) => extractQuantities(text).filter((q) => q.value === 0).map((q) => [q.text, q.unit]);

describe('none hurt is a count of zero', () => {
  it('reads «دون وقوع إصابات» and «لم تسفر عن وقوع أي إصابات» as zero injuries', () => {
    expect(zeros('وانفجرت سيارة قرب المنازل دون وقوع إصابات.')).toEqual([['دون وقوع إصابات', 'إصابات']]);
    expect(zeros('ولم تسفر عن وقوع أي إصابات.')).toEqual([['لم تسفر عن وقوع أي إصابات', 'إصابات']]);
    // Not «دون» before anything else, nor «لم» before another verb.
    expect(zeros('ودخل الملعب دون تذكرة.')).toEqual([]);
    expect(zeros('ولم تعلن الوزارة عن وقوع إصابات.')).toEqual([]);
  });

  it('puts a report of none hurt on one card with another report\'s injured', () => {
    const a = mk('انفجار سيارة في حي الرمال', 'أصيب شخصان في انفجار سيارة مفخخة في حي الرمال بالمدينة صباح اليوم.', 'https://a.example/n1', '2025-03-05T12:00:00Z');
    const b = mk('انفجار سيارة في حي الرمال', 'انفجرت سيارة مفخخة في حي الرمال بالمدينة صباح اليوم دون وقوع إصابات.', 'https://b.example/n1', '2025-03-05T13:00:00Z');
    expect(cards([a, b])).toEqual([[0, 2]]);
  });
});
