import { describe, expect, it } from 'vitest';
import { tokensOf } from '../../lib/text/tokens';
import { entitiesCompatible, findEntities, parentOf } from '../../lib/text/entities';

const keys = (s: string) => findEntities(tokensOf(s)).map((h) => h.key);

describe('findEntities', () => {
  it('finds countries by name and by adjective, with clitics', () => {
    expect(keys('جنود كوريون شماليون في روسيا')).toEqual(['north-korea', 'russia']);
    expect(keys('والقوات الأوكرانية وأوكرانيا بأوكرانيا')).toEqual(['ukraine', 'ukraine', 'ukraine']);
    expect(keys('كوريا الجنوبية والولايات المتحدة')).toEqual(['south-korea', 'usa']);
    expect(keys('جندي كوري')).toEqual(['korea']);
  });

  it('finds provinces by list and by administrative pattern', () => {
    expect(keys('سجلت 10 وفيات بإقليم الحوز و3 بعمالة مراكش')).toEqual(['al-haouz', 'marrakech']);
    expect(keys('في محافظة المنيا')).toEqual(['place:منيا']);
  });

  it('knows which places belong to which country', () => {
    expect(parentOf('al-haouz')).toBe('morocco');
    expect(entitiesCompatible('korea', 'north-korea')).toBe(true);
    expect(entitiesCompatible('turkey', 'syria')).toBe(false);
  });
});
