import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckEval } from '../cli/eval-check';
import { DATA_DIR } from '../node/load-data';
import { summariseClaims } from './evaluate';

// The claim sets must stay above these marks; `npm run -s eval:check [SET]` prints the figures.
// claims-blind.json was written apart from the checker; its first run scored 82.2% with one false
// "contradicted" (a claim of another quarter), which the period check now catches.
// The two blind/ sets are about other articles (a Reuters wire on Ant's IPO, a blog on Singles' Day
// 2019) and were first run at 43.3% and 23.3% (one false "contradicted"); the marks are what the
// checker reached on them (86.7%, 83.3%) less a margin. Their unverifiable class is small (7) and
// holds claims about units the article never measures, which the bundled sets call "none"
// (claims-blind.json b038, blind/techblog tc027): those cannot both be met. Nor can its rc027
// ("more than half" against "about 55 per cent", labelled unverifiable) and the Trendyol set's
// tc02 ("more than US$16 billion" against "about US$16.5 billion", labelled supported): the checker
// reads "about" as the figure written when it supports and as ±10% when it rules out, so it
// supports both.
const SETS: [file: string, overall: number, perClass: number, classSize: number][] = [
  ['claims.json', 0.9, 0.85, 9],
  ['claims-blind.json', 0.85, 0.8, 9],
  ['blind/reuters-2020-ant-ipo-claims.json', 0.8, 0.65, 5],
  ['blind/techblog-2019-singles-day-claims.json', 0.75, 0.5, 5],
  // Six more stories, 20 claims each, first run at 35–50% with 3 false "contradicted"; the checker now
  // reaches the first figure in each comment. Magazine and China Daily were held back while the
  // checker was tuned on the other four, and are its measure on stories it was not fitted to.
  ['blind/bloomberg-2023-alibaba-six-way-split-claims.json', 0.75, 0.5, 3], // 85%
  ['blind/tradepress-2022-alibaba-health-pharmacy-claims.json', 0.55, 0.3, 3], // 65%
  ['blind/ap-2020-singles-day-record-claims.json', 0.7, 0.5, 4], // 80%
  ['blind/explainer-2024-aliexpress-temu-europe-claims.json', 0.7, 0.5, 3], // 80%
  ['blind/magazine-2019-jack-ma-retirement-claims.json', 0.35, 0, 3], // 40%, held back
  ['blind/chinadaily-2021-cainiao-logistics-claims.json', 0.3, 0, 3], // 35%, held back
  // Four more, 16 claims each, first run at 25–56% with 3 false "contradicted" (a share of sales held
  // against a growth rate, a count of August against "the end of 2019", the retail tranche's demand
  // against the institutional one's). Many of their misses are sentences the fact base has no fact for.
  ['blind/reuters-2022-alibaba-quarterly-results-claims.json', 0.4, 0.15, 3], // 50%
  ['blind/scmp-2021-freshippo-hema-stores-claims.json', 0.75, 0.5, 3], // 87.5%
  ['blind/techcrunch-2020-dingtalk-pandemic-claims.json', 0.65, 0.3, 3], // 75%
  ['blind/wsj-2019-alibaba-hong-kong-listing-claims.json', 0.45, 0.15, 3], // 56.3%
  // Three more, first run at 50 / 56 / 50% with one false "contradicted" (a share of bookings held
  // against a growth rate, since fixed).
  ['blind/reuters-2023-alibaba-cloud-price-cuts-claims.json', 0.45, 0.15, 3], // 50%
  ['blind/scmp-2019-alibaba-eleme-koubei-local-services-claims.json', 0.55, 0.15, 3], // 62.5%
  ['blind/travelweekly-2021-alibaba-fliggy-amap-may-day-claims.json', 0.4, 0.15, 3], // 43.8%
  // Three more, first run on 2026-11-30 at 50 / 43.8 / 43.8% with no false "contradicted".
  ['blind/local-2021-trendyol-funding-claims.json', 0.68, 0.3, 3], // 75%
  ['blind/techpress-2024-qwen-price-cuts-claims.json', 0.62, 0.4, 3], // 68.8%
  ['blind/wire-2023-ant-group-fine-claims.json', 0.56, 0.4, 3], // 62.5%
  // Four more, first run on 2026-11-30 (second session) at 6.3 / 25 / 31.3 / 25% with three false
  // "contradicted" (a count of 2014 against a page's now, a share "of which" held as a stake, and
  // a count against a page's "a year earlier"), since fixed. Their classes are small (the Cainiao and
  // Youku stories have 3 undecidable claims, and the Paytm and Kaola stories no "none" claim until
  // two opinions each were added). Most misses are sentences about companies the catalog does not
  // know (One97, NetEase), for which the fact base has no facts.
  ['blind/wire-2023-ant-paytm-stake-sale-claims.json', 0.3, 0.16, 2], // 33.3%
  ['blind/bizpress-2019-alibaba-kaola-acquisition-claims.json', 0.33, 0, 2], // 33.3%
  ['blind/markets-2024-cainiao-ipo-withdrawn-claims.json', 0.5, 0, 2], // 56.3%
  ['blind/media-2018-youku-streaming-claims.json', 0.25, 0, 2], // 25%
  // Four more, first run on 2026-11-30 (third session) at 33.3 / 27.8 / 44.4 / 44.4% with no false
  // "contradicted"; Sun Art's then rose to 44.4% once "Sun Art" was read as "Sun Art Retail Group",
  // Taobao Live's to 50% with "three in ten".
  ['blind/retail-2020-alibaba-sun-art-control-claims.json', 0.4, 0.2, 3], // 44.4%
  ['blind/finance-2019-yuebao-fund-shrinks-claims.json', 0.25, 0, 3], // 27.8%
  ['blind/wire-2019-aliexpress-russia-venture-claims.json', 0.4, 0, 3], // 44.4%
  ['blind/feature-2020-taobao-live-streamers-claims.json', 0.5, 0.2, 3], // 50%
];

describe.each(SETS)('claim checking on %s', (file, overall, perClass, classSize) => {
  const summary = summariseClaims(runCheckEval(join(DATA_DIR, 'eval', file)));

  it('never calls a true or undecidable claim contradicted', () => {
    expect(summary.falseContradictions).toBe(0);
  });

  it('has claims of every class', () => {
    for (const { total } of Object.values(summary.byClass)) expect(total).toBeGreaterThanOrEqual(classSize);
  });

  it(`decides at least ${100 * perClass}% of each class right, ${100 * overall}% overall`, () => {
    expect(summary.accuracy).toBeGreaterThanOrEqual(overall);
    for (const [verdict, { total, correct }] of Object.entries(summary.byClass))
      expect(correct / total, verdict).toBeGreaterThanOrEqual(perClass);
  });
});
