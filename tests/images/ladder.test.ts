/** One width ladder for every component (themes/cong-truong/images/ladder.ts). */
import { describe, expect, it } from 'vitest';
import { ladderWidths, topWidth } from '../../themes/cong-truong/images/ladder.ts';

describe('the width ladder', () => {
  it('moves what each component asks for to the nearest ladder width', () => {
    expect(ladderWidths([360, 720, 1080], 4000)).toEqual([360, 720, 1080]); // cover
    expect(ladderWidths([128, 256], 4000)).toEqual([256]); // news thumbnail
    expect(ladderWidths([96, 192], 4000)).toEqual([256]); // leader portrait
    expect(ladderWidths([320, 640], 4000)).toEqual([360, 720]); // album card
    expect(ladderWidths([400, 800, 1200], 4000)).toEqual([360, 720, 1080]); // album photo
  });

  it('never asks for more pixels than the source has', () => {
    expect(ladderWidths([360, 720, 1080], 960)).toEqual([360, 720]);
    expect(ladderWidths([128, 256], 200)).toEqual([200]);
  });

  it('gives the share image the widest ladder width the source fills, so it is the page’s JPEG fallback too', () => {
    expect([topWidth(4000), topWidth(1080), topWidth(960), topWidth(300), topWidth(200)]).toEqual([
      1080, 1080, 720, 256, 200,
    ]);
  });
});
