import { describe, expect, it } from 'vitest';
import { nameListSpans, placeListSpans } from './list-spans';

describe('placeListSpans', () => {
  const cases: [string, string[]][] = [
    // sentence, the lists of places read
    [
      'It runs eHubs in Liege in Belgium and Kuala Lumpur in Malaysia, and more.',
      ['Liege in Belgium and Kuala Lumpur in Malaysia'],
    ],
    [
      'It opened centres in Liege in Belgium, Kuala Lumpur in Malaysia and Dubai in the United Arab Emirates.',
      ['Liege in Belgium, Kuala Lumpur in Malaysia and Dubai in the United Arab Emirates'],
    ],
    ['It opened centres in Liege, Kuala Lumpur and Dubai.', []], // a plain list is nameListSpans'
  ];
  it.each(cases)('%s', (sentence, expected) => {
    expect(placeListSpans(sentence).map((s) => s.text)).toEqual(expected);
  });
});

describe('nameListSpans', () => {
  it('keeps an "and" inside the last name after the list’s own ", and"', () => {
    const sentence = 'It split into Cloud Intelligence, Local Services, and Digital Media and Entertainment.';
    expect(nameListSpans(sentence).map((s) => s.text)).toEqual([
      'Cloud Intelligence, Local Services, and Digital Media and Entertainment',
    ]);
  });
});
