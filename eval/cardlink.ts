// `npx tsx eval/cardlink.ts [--stream N] [--probes N] [--split …] [--grid …]`: the curve of the
// card-link knobs (lib/pipeline/story/card-link.ts) — for each score floor and minimum
// specificity of the rarest keyword both reads share that a related read needs to give its
// figures to cards: the share of gold differences shown and of cards mixing topics,
// earlier reads listed, and the stream noise (story views with an unrelated figure on a card,
// unrelated articles viewed after a story that show any card). Development part (tune + corpus +
// seeds) with 1,000 unrelated reads by default. Choose the operating point here; run check once
// with `npm run eval`.
import { CARD_LINK_THRESHOLD, CLOSE_DAYS, CLOSE_MIN_SHARED, MIN_SHARED_FIGURES, MIN_SHARED_SPECIFICITY, SHARED_AMOUNTS, SHARED_COUNTRY, setCardLinkKnobs, type SharedCountry } from '../lib/pipeline/story/card-link';
import { option, runMain, sweep } from './sweep';

async function main(): Promise<void> {
  // Settings: score floor/minimum shared specificity[/shared country: off|kind|any[/close days/close
  // floor[/shared figures]]], e.g. 0.24/0.6, 0/0.54/kind, 0/0.54/kind/2/0.44 (reads at most 2 days
  // apart need 0.44), 0/0.54/kind/0/0.54/3 (three telling figures alike feed cards too; 2a: two, amounts of millions counted).
  const settings = option('--grid', '0/0,0.24/0,0.27/0,0.30/0,0.36/0,0/0.5,0/0.55,0/0.57,0.24/0.55,0.26/0.55,0.24/0.6,0.24/0.7')
    .split(',')
    .map((g) => g.split('/'))
    .map(([threshold, minShared, country, closeDays, closeMin, figures]) => ({
      threshold: Number(threshold),
      minShared: Number(minShared),
      country: (country ?? SHARED_COUNTRY) as SharedCountry,
      closeDays: closeDays === undefined ? CLOSE_DAYS : Number(closeDays),
      closeMinShared: closeMin === undefined ? CLOSE_MIN_SHARED : Number(closeMin),
      figures: figures === undefined ? MIN_SHARED_FIGURES : Number(figures.replace(/a$/, '')),
      amounts: figures === undefined ? SHARED_AMOUNTS : figures.endsWith('a'),
    }));
  const header = [
    '  card link   shown (recall)     mixed cards       earlier linked     views w/ unrelated fig.   unrelated w/ card',
    '  floor/rare/country/close days/close rare/figures: score floor / minimum specificity of the rarest keyword both reads share / …; reads published at most close days apart need close rare; figures: telling figures alike that feed cards without a rare word (0 off)',
  ].join('\n');
  await sweep(settings, setCardLinkKnobs, header, (k, row) => {
    const chosen = k.threshold === CARD_LINK_THRESHOLD && k.minShared === MIN_SHARED_SPECIFICITY && k.country === SHARED_COUNTRY && k.closeDays === CLOSE_DAYS && k.closeMinShared === CLOSE_MIN_SHARED && k.figures === MIN_SHARED_FIGURES && k.amounts === SHARED_AMOUNTS;
    console.log(`  ${`${k.threshold}/${k.minShared}/${k.country}/${k.closeDays}/${k.closeMinShared}/${k.figures}${k.amounts ? 'a' : ''}`.padStart(30)}  ${row.line}${chosen ? '   ← chosen' : ''}`);
    console.log(`              ${row.bySplit}`);
  });
  setCardLinkKnobs({ threshold: CARD_LINK_THRESHOLD, minShared: MIN_SHARED_SPECIFICITY, country: SHARED_COUNTRY, closeDays: CLOSE_DAYS, closeMinShared: CLOSE_MIN_SHARED, figures: MIN_SHARED_FIGURES, amounts: SHARED_AMOUNTS });
}

runMain(main);
