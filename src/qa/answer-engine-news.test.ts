import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../factbase/build';
import { CATALOG } from '../test/catalog';
import { createAnswerEngine } from './answer-engine';
import { newsEngine } from './test-engine';

/** An engine over a story: its headline, its dateline ("Monday, 7 August, 2023, 10:50am") and its paragraphs. */
function engineOn(headline: string, published: string, ...paragraphs: string[]) {
  const text = [headline, `PUBLISHED : ${published}`, ...paragraphs].map((p) => `${p}\n\n`).join('');
  return createAnswerEngine(buildFactBase([{ id: 'story', text }], CATALOG));
}

/**
 * Reading rules on a business story (`TEST_NEWS`) whose words are not the question's: who leads what,
 * sales for revenue, a part of a count, a fiscal half, a figure of another firm or of years gone by.
 */
describe('answering a business story', () => {
  const answers: [string, string, string][] = [
    // question, answer, the sentence it comes from (its start)
    ['Who is the boss of Cainiao?', 'Wan Lin', 'Trudy Dai leads'], // "runs" leads; the name bound to Cainiao
    ['Who runs Tmall?', 'Trudy Dai', 'Trudy Dai leads'], // "leads" answers for "runs"
    ['What were Alibaba Health’s sales in the six months to September?', '11.8 billion yuan', 'Alibaba Health said'],
    ['ali health net profit first half', '262 million yuan', 'Net profit doubled'], // a clipped name; the time before
    ['How big was the net loss for the year to March?', '283 million yuan', 'For the fiscal year'], // the opening time
    ['What was the revenue in the fiscal year that ended in March?', '20.6 billion yuan', 'For the fiscal year'],
    ['How many foreign brands took part?', '31,000', 'More than 250,000'], // the part from overseas
    ['How many brands and merchants took part?', 'More than 250,000', 'More than 250,000'], // now, not in 2009
    ['How many merchants took part in the very first festival?', '27', 'The festival began'],
    ['How much did Alibaba pay for Trendyol?', 'about US$728 million', 'In 2018'], // bought … for
    ['How far did Alibaba’s stock drop?', '9.8%', 'Alibaba’s shares'], // "drop" is "fell"
    ['When did Alibaba buy a stake in the Turkish retailer?', '2018', 'In 2018'], // Turkish is Turkey's
    ['How quickly do Cainiao parcels arrive in Spain?', 'five working days', 'Cainiao promises'],
    ['tmall spain monthly visitors', 'about 17 million', 'Spain is'], // after a colon, more of Spain
    ['What role does Michael Evans hold?', 'the group’s president', 'Michael Evans'], // what he is said to be
    ['What percentage of voting rights does Jack Ma have in Ant Group?', 'about 6.2%', 'A shareholding overhaul'], // "to", not "from"
    ['What were Jack Ma’s voting rights in Ant Group before the overhaul?', 'more than 50%', 'A shareholding overhaul'],
    ['How many employees does Trendyol have?', 'about 6,500', 'Trendyol now employs'], // "now" takes no time from before
    // The time of the event the question names: Alibaba bought in in 2018, four years before the story.
    ['How many employees did Trendyol have when Alibaba bought a stake?', 'about 1,500', 'Four years ago'],
    ['How many people did Trendyol employ when Alibaba took control?', 'about 1,500', 'Four years ago'],
    ['Who led Trendyol’s latest funding round?', 'General Atlantic and SoftBank Vision Fund 2', 'Trendyol’s latest'], // both
  ];
  it.each(answers)('%s → %s', (question, expected, sentence) => {
    const a = newsEngine.answer(question);
    expect(a.answer).toContain(expected);
    expect(a.quote?.startsWith(sentence)).toBe(true);
  });

  const abstentions: [string, string][] = [
    // question, why the story cannot answer it
    ['How much did Tencent’s shares fall on Wednesday?', 'the 9.8 per cent is Alibaba’s'],
    ['What was Alibaba Health’s gross margin?', 'the story states no margin'],
    ['How many employees does Cainiao have?', 'no figure counts employees'],
    ['What was Alibaba Health’s revenue in 2022?', 'the 11.8 billion yuan is a half year’s'],
  ];
  it.each(abstentions)('abstains on %s (%s)', (question) => {
    expect(newsEngine.answer(question).answer).toBeNull();
  });
});

describe('a story’s posts and its headline', () => {
  const engine = engineOn(
    'Ant Group hands 10.3% of Paytm to its founder',
    'Monday, 7 August, 2023, 10:50am',
    'Ant Group will transfer a 10.3% stake in Paytm to an overseas company owned by its founder, the companies said.',
    'Cheng Lin, the president of Freshippo and of Alibaba’s grocery group, said the chain would grow.',
    'Alibaba currently owns 83% of Lazada.',
    'The platform, known as Lazada in southern China, operated 20 warehouses at the end of June, president Li Wei told the Post.',
    'Alibaba said last Thursday that revenue from its digital media and entertainment segment, which includes Youku and the UCWeb mobile browser, rose 46 per cent to 5.98 billion yuan in the quarter ended June 30.',
  );

  it('takes a post of the asked unit that is also a post of another', () => {
    expect(engine.answer('Who is the president of Freshippo?').answer).toBe('Cheng Lin');
  });

  it('reads past an aside between a figure and what it measures', () => {
    const a = engine.answer(
      'How much revenue did Alibaba’s entertainment segment bring in for the three months to June?',
    );
    expect(a.answer).toBe('5.98 billion yuan');
  });

  it('takes no place for who leads ("in southern China, operated")', () => {
    expect(engine.answer('Who leads Lazada?').answer).toBe('Li Wei');
  });

  it('reads what a company holds as what it owns', () => {
    expect(engine.answer('What percentage of Lazada does Alibaba already hold?').answer).toBe('83%');
  });

  it('cites the body where it says the headline’s answer in its own words', () => {
    const a = engine.answer('What percentage of Paytm is Ant handing to its founder?');
    expect(a.answer).toBe('10.3%');
    expect(a.passage?.index).toBe(3);
    expect(a.quote).toMatch(/^Ant Group will transfer a 10\.3% stake/);
  });
});

describe('a sum given in two currencies', () => {
  const engine = engineOn(
    'Alibaba takes control of Lazada',
    'Tuesday, 12 April, 2016, 9:00am',
    'Alibaba will pay HK$7.8 billion (US$1 billion) for a controlling stake in Lazada, buying out Rocket Internet.',
    'Analysts called it a fair price.',
  );

  it('is given in the currency asked for, as the sentence converts it', () => {
    const a = engine.answer('lazada stake price usd');
    expect(a.answer).toBe('US$1 billion');
    expect(a.evidence?.text).toBe('US$1 billion'); // the converted sum is what the citation marks
    expect(engine.answer('lazada stake price').answer).toBe('HK$7.8 billion');
  });
});

describe('a price for each share', () => {
  const story = (body: string) => engineOn('Alibaba takes control of Lazada', 'Tuesday, 12 April, 2016, 9:00am', body);

  it('is a sum given for each share, never a whole stake’s price or a share of the company', () => {
    const whole = story('Alibaba paid US$1 billion for a stake of about 51% in Lazada.');
    expect(whole.answer('What price per share did Alibaba pay for its Lazada stake?').answer).toBeNull();
    const each = story('Alibaba paid US$1 billion, or US$2.15 a share, for a stake of about 51% in Lazada.');
    expect(each.answer('What price per share did Alibaba pay for its Lazada stake?').answer).toBe('US$2.15');
  });
});

describe('a count asked for', () => {
  const engine = engineOn(
    'Alipay users tune in',
    'Tuesday, 10 November, 2020, 9:00am',
    'About 30 per cent of Alipay’s monthly users watch a livestream, according to the company.',
  );

  it('is no share of what is counted', () => {
    expect(engine.answer('How many monthly users does Alipay have?').answer).toBeNull();
    expect(engine.answer('What share of Alipay’s monthly users watch a livestream?').answer).toBe('about 30%');
  });
});
