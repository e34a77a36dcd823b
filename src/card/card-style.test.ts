import { describe, expect, it } from 'vitest';
import { placeCard } from './card-style';

const viewport = { width: 1000, height: 800 };
const size = { width: 360, height: 300 };

describe('placeCard', () => {
  const cases: [string, { left: number; top: number; right: number; bottom: number }, { left: number; top: number }][] =
    [
      ['below the mention when it fits', { left: 100, top: 100, right: 160, bottom: 120 }, { left: 100, top: 126 }],
      ['above when there is no room below', { left: 100, top: 700, right: 160, bottom: 720 }, { left: 100, top: 394 }],
      [
        'pulled left to stay inside the viewport',
        { left: 900, top: 100, right: 960, bottom: 120 },
        { left: 632, top: 126 },
      ],
      [
        'kept inside when there is room neither above nor below',
        { left: 10, top: 200, right: 60, bottom: 700 },
        { left: 10, top: 492 },
      ],
    ];
  it.each(cases)('%s', (_name, anchor, expected) => {
    const place = placeCard(anchor, size, viewport);
    expect(place).toEqual(expected);
    expect(place.left + size.width).toBeLessThanOrEqual(viewport.width);
    expect(place.top + size.height).toBeLessThanOrEqual(viewport.height);
  });
});
