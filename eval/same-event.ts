// `npx tsx eval/same-event.ts [--stream N] [--probes N] [--split …] [--grid …] [--details]`: the
// curve of the same-event knobs (lib/pipeline/compare/same-event.ts) — when a figure of another
// read may join the current figure's card: the rarest word its sentence shares with the current
// figure's (anchor), what a figure counted by a noun of no known concept needs (units: any /
// headline / root / never), whether figures in sentences naming different towns or regions are
// kept apart (places) or tolls dated on different days (days / no-days), and how many figures that cannot be one a read may give for one topic and
// scope before it counts as a round-up of incidents (incidents). For each setting: gold
// differences shown, cards mixing topics, earlier reads linked, story views with an unrelated
// figure and unrelated articles viewed after a story that show any card. Development part (tune + corpus + seeds) with 1,000 unrelated reads by default;
// choose the operating point here, run check once with `npm run eval`.
import {
  EARLIER_SEEDS,
  MAX_INCIDENTS,
  MIN_SENTENCE_ANCHOR,
  ROUND_UP_SCOPES,
  ROUND_UP_LEAD,
  ROUND_UP_VALUES,
  SEPARATE_DAYS,
  SEPARATE_PLACES,
  setSameEventKnobs,
  UNIT_CONCEPTS,
  type RoundUpLead,
  type RoundUpScopes,
  type RoundUpValues,
  type UnitRule,
} from '../lib/pipeline/compare/same-event';
import { option, runMain, sweep } from './sweep';

interface Setting {
  units: UnitRule;
  minAnchor: number;
  places: boolean;
  maxIncidents: number;
  roundUpScopes: RoundUpScopes;
  roundUpValues: RoundUpValues;
  earlierSeeds: boolean;
  days: boolean;
  roundUpLead: RoundUpLead;
}

/**
 * "any/0/0", "headline/0.5/1/3", "both/0/0/1/unscoped/bounds": units / minimum sentence anchor /
 * separate places / most incidents of a read (default none) / which scopes a round-up tells apart
 * (default same) / which values it counts as two (default conflict) / "no-earlier": a current figure
 * presented as an earlier one seeds no card. A last field "days" or "no-days" sets whether tolls
 * dated on different days are kept apart (default: SEPARATE_DAYS). After it, "lead=none|headline|first|lead"
 * sets which figure of a round-up the read still gives (default: ROUND_UP_LEAD).
 */
function parseSetting(s: string): Setting {
  const fields = s.split('/');
  const leadField = fields[fields.length - 1].startsWith('lead=') ? (fields.pop() as string).slice(5) : undefined;
  if (leadField !== undefined && !['none', 'headline', 'first', 'lead'].includes(leadField)) throw new Error(`unknown round-up lead ${leadField} in ${s}`);
  const daysField = ['days', 'no-days'].includes(fields[fields.length - 1]) ? fields.pop() : undefined;
  const [units, anchor, places, incidents, scopes, values, earlier] = fields;
  if (!['any', 'headline', 'root', 'never', 'both'].includes(units)) throw new Error(`unknown unit rule ${units} in ${s}`);
  if (scopes && !['same', 'unscoped', 'unscoped-parts'].includes(scopes)) throw new Error(`unknown round-up scopes ${scopes} in ${s}`);
  if (values && !['conflict', 'bounds'].includes(values)) throw new Error(`unknown round-up values ${values} in ${s}`);
  return {
    units: units as UnitRule,
    minAnchor: Number(anchor ?? 0),
    places: places === '1',
    maxIncidents: incidents ? Number(incidents) : Infinity,
    roundUpScopes: (scopes || 'same') as RoundUpScopes,
    roundUpValues: (values || 'conflict') as RoundUpValues,
    earlierSeeds: earlier !== 'no-earlier',
    days: daysField === undefined ? SEPARATE_DAYS : daysField === 'days',
    roundUpLead: (leadField ?? ROUND_UP_LEAD) as RoundUpLead,
  };
}

async function main(): Promise<void> {
  const details = process.argv.includes('--details');
  const settings = option('--grid', 'any/0/0,headline/0/0,never/0/0,any/0/1,any/0.4/0,any/0.5/0,any/0.6/0,headline/0.5/1').split(',').map(parseSetting);
  const header = '  units/anchor/places/incidents shown (recall)     mixed cards       earlier linked     views w/ unrelated fig.   unrelated w/ card';
  await sweep(settings, setSameEventKnobs, header, (k, row) => {
    const extra = k.roundUpScopes !== 'same' || k.roundUpValues !== 'conflict' || !k.earlierSeeds ? `/${k.roundUpScopes}/${k.roundUpValues}${k.earlierSeeds ? '' : '/no-earlier'}` : '';
    const label = `${k.units}/${k.minAnchor}/${k.places ? 1 : 0}${Number.isFinite(k.maxIncidents) ? `/${k.maxIncidents}` : ''}${extra}${k.days ? '/days' : '/no-days'}${k.roundUpLead !== 'none' ? `/lead=${k.roundUpLead}` : ''}`;
    const chosen =
      k.units === UNIT_CONCEPTS && k.minAnchor === MIN_SENTENCE_ANCHOR && k.places === SEPARATE_PLACES && k.maxIncidents === MAX_INCIDENTS && k.roundUpScopes === ROUND_UP_SCOPES && k.roundUpValues === ROUND_UP_VALUES && k.earlierSeeds === EARLIER_SEEDS && k.days === SEPARATE_DAYS && k.roundUpLead === ROUND_UP_LEAD;
    console.log(`  ${label.padStart(19)}  ${row.line}${chosen ? '   ← chosen' : ''}`);
    console.log(`                        ${row.bySplit}`);
    if (details) {
      for (const r of row.runs) for (const v of r.views) for (const m of v.missed) console.log(`      missed ${r.story.name}/${v.current.slice(0, 14)}: ${m}`);
      for (const u of row.runs.flatMap((r) => r.unrelated).filter((x) => x.cards > 0)) {
        console.log(`      card on an unrelated article: «${u.title}»`);
        for (const card of u.cardFigures ?? []) for (const [i, f] of card.entries()) console.log(`        ${i === 0 ? '•' : ' '} ${f}`);
      }
    }
  });
  setSameEventKnobs({ units: UNIT_CONCEPTS, minAnchor: MIN_SENTENCE_ANCHOR, places: SEPARATE_PLACES, maxIncidents: MAX_INCIDENTS, roundUpScopes: ROUND_UP_SCOPES, roundUpValues: ROUND_UP_VALUES, earlierSeeds: EARLIER_SEEDS, days: SEPARATE_DAYS, roundUpLead: ROUND_UP_LEAD });
}

runMain(main);
