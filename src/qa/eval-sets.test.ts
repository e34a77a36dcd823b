import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runQaEval } from '../cli/eval-qa';
import { DATA_DIR } from '../node/load-data';
import { summarise } from './evaluate';

/**
 * The question sets the project keeps, with the figures each must reach. `qa.json` carries the
 * targets of issue 3; the others guard what was reached on questions written apart from the engine
 * (a hold-out, a blind set, and blind sets on other articles: a City A.M. story, a Reuters
 * wire story, a blog post, and a Bloomberg, an AP, a China Daily, a trade-press, a magazine and an
 * explainer story, and the seven below), a question or so below what the engine reaches: the fact base those articles
 * are read into is still changing. Latency is printed by `npm run -s eval:qa`, not asserted here:
 * timings belong in benchmarks.
 */
const SETS: [file: string, answers: number, abstentions: number][] = [
  ['eval/qa.json', 0.95, 0.9],
  ['eval/qa-holdout.json', 0.9, 0.9],
  ['eval/blind/scmp.json', 0.95, 0.9],
  ['eval/blind/cityam.json', 0.85, 0.9],
  ['eval/blind/reuters-2020-ant-ipo.json', 0.92, 0.85],
  ['eval/blind/techblog-2019-singles-day.json', 0.85, 0.9],
  ['eval/blind/ap-2020-singles-day-record.json', 0.85, 0.9],
  ['eval/blind/bloomberg-2023-alibaba-six-way-split.json', 0.6, 0.7],
  ['eval/blind/explainer-2024-aliexpress-temu-europe.json', 0.75, 0.9],
  // 75%: its segment's sales ("the pharmacy business, whose sales grew…") now carry the half-year
  // like the total's, and "sales" asked meets them before the total's "revenue".
  ['eval/blind/tradepress-2022-alibaba-health-pharmacy.json', 0.75, 0.7],
  ['eval/blind/chinadaily-2021-cainiao-logistics.json', 0.45, 0.8],
  ['eval/blind/magazine-2019-jack-ma-retirement.json', 0.3, 0.8],
  // Seven more, each first run before any work on it (answers / abstentions then): an FT story on
  // the antitrust fine (55 / 90), Nikkei on cloud results (65 / 100), a Malaysian story on Lazada
  // and Daraz (45 / 50), a Reuters results wire (44 / 78), an SCMP story on Freshippo (50 / 78), a
  // TechCrunch story on DingTalk (63 / 78) and a WSJ story on the Hong Kong listing (44 / 78).
  ['eval/blind/ft-2021-alibaba-antitrust-fine.json', 0.45, 0.9],
  ['eval/blind/nikkei-2022-alibaba-cloud-results.json', 0.6, 0.9],
  ['eval/blind/local-2023-lazada-daraz-expansion.json', 0.4, 0.45],
  ['eval/blind/reuters-2022-alibaba-quarterly-results.json', 0.6, 0.75],
  ['eval/blind/scmp-2021-freshippo-hema-stores.json', 0.5, 0.75],
  ['eval/blind/techcrunch-2020-dingtalk-pandemic.json', 0.68, 0.75],
  ['eval/blind/wsj-2019-alibaba-hong-kong-listing.json', 0.37, 0.75],
  // Three more, first run after the work above (answers / abstentions then): a Reuters story on
  // Alibaba Cloud's price cuts (56 / 100), an SCMP story on Ele.me and Koubei (31 / 78) and a
  // trade-press story on Fliggy and Amap (56 / 89).
  ['eval/blind/reuters-2023-alibaba-cloud-price-cuts.json', 0.5, 0.9],
  ['eval/blind/scmp-2019-alibaba-eleme-koubei-local-services.json', 0.3, 0.75],
  ['eval/blind/travelweekly-2021-alibaba-fliggy-amap-may-day.json', 0.5, 0.85],
  // Three more, first run on 2026-11-30 before any work on them (answers / abstentions then, and
  // now): a Turkish business paper on Trendyol's funding (44 / 78, 50 / 89), a tech-press story on
  // Qwen's price cuts (44 / 67, 56 / 78) and a wire story on Ant Group's fine (56 / 67, 63 / 78).
  ['eval/blind/local-2021-trendyol-funding.json', 0.43, 0.77],
  ['eval/blind/techpress-2024-qwen-price-cuts.json', 0.5, 0.66],
  ['eval/blind/wire-2023-ant-group-fine.json', 0.56, 0.66],
  // Four more, first run on 2026-11-30 (second session) before any work on them (answers /
  // abstentions): a wire story on Ant's Paytm stake (50 / 33, one citation of the headline), a
  // business story on the Kaola deal (42 / 100), a markets story on Cainiao's withdrawn listing
  // (42 / 50) and a media story on Youku (17 / 83). After general fixes the same day they stand at
  // 58 / 50, 50 / 100, 58 / 50 and 33 / 83.
  ['eval/blind/wire-2023-ant-paytm-stake-sale.json', 0.5, 0.33],
  ['eval/blind/bizpress-2019-alibaba-kaola-acquisition.json', 0.41, 1],
  ['eval/blind/markets-2024-cainiao-ipo-withdrawn.json', 0.5, 0.5],
  ['eval/blind/media-2018-youku-streaming.json', 0.25, 0.83],
  // Four more, first run on 2026-11-30 (third session) before any work on them (answers /
  // abstentions then, and now): a retail story on Sun Art (12 / 100, 29 / 88), a finance story on
  // Yu'e Bao (29 / 63, 35 / 63), a wire story on AliExpress Russia (24 / 75, 29 / 75) and a feature
  // on Taobao Live (41 / 50, 53 / 50).
  ['eval/blind/retail-2020-alibaba-sun-art-control.json', 0.29, 0.87],
  ['eval/blind/finance-2019-yuebao-fund-shrinks.json', 0.35, 0.62],
  ['eval/blind/wire-2019-aliexpress-russia-venture.json', 0.29, 0.75],
  ['eval/blind/feature-2020-taobao-live-streamers.json', 0.52, 0.5],
];

describe('evaluation sets', () => {
  it.each(SETS)('%s: answers ≥ %d, every citation right, abstentions ≥ %d', (file, answers, abstentions) => {
    const summary = summarise(runQaEval(join(DATA_DIR, file)));
    expect(summary.answerAccuracy).toBeGreaterThanOrEqual(answers);
    expect(summary.citationAccuracy).toBe(1);
    expect(summary.abstentionAccuracy).toBeGreaterThanOrEqual(abstentions);
  });

  it('keeps at least 80 questions, 20 of them unanswerable, in the main set', () => {
    const summary = summarise(runQaEval(join(DATA_DIR, 'eval/qa.json')));
    expect(summary.answerable + summary.unanswerable).toBeGreaterThanOrEqual(80);
    expect(summary.unanswerable).toBeGreaterThanOrEqual(20);
  });
});
