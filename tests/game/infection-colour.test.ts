import { afterEach, describe, expect, it } from 'vitest';
import { infectionDanger, INFECTION, playMinutesToTurn } from '../../src/core';
import { infectionRateFor } from '../../src/core/rules/survival/infection';
import { infectionLine } from '../../src/game/camp-actions';
import { setLanguage } from '../../src/game/i18n/i18n';
import { css, infectionColour, paletteFor } from '../../src/game/settings/palette';
import { updateSettings } from '../../src/game/settings/settings';

const bitten = { infection: 10, infectionRate: infectionRateFor('bite', 1), halfbie: false };
const scratched = { infection: 5, infectionRate: infectionRateFor('scratch', 1) * 0.4, halfbie: false };

describe('an infection drawn by its danger', () => {
  afterEach(() => {
    updateSettings({ accessibility: { colourBlind: false } });
    setLanguage('en');
  });

  it('calls a bite that turns within a level deadly though its meter is low, and a slow one running', () => {
    expect(playMinutesToTurn(bitten)!).toBeLessThanOrEqual(INFECTION.levelPlayMinutes);
    expect(infectionDanger(bitten.infection, playMinutesToTurn(bitten))).toBe('deadly');
    expect(infectionDanger(scratched.infection, playMinutesToTurn(scratched))).toBe('running');
    expect(infectionDanger(INFECTION.turningAt, 60)).toBe('deadly');
    expect(infectionDanger(30, null)).toBe('held');
    expect(infectionDanger(0, null)).toBe('none');
  });

  it('draws a deadly infection line in the danger colour with a ⚠, in both palettes (it was calm green)', () => {
    for (const colourBlind of [false, true]) {
      updateSettings({ accessibility: { colourBlind } });
      const colours = paletteFor({ ...paletteSettings(), colourBlind });
      const line = infectionLine(bitten)!;
      expect(line.colour).toBe(css(colours.danger));
      expect(line.text.startsWith('⚠')).toBe(true);
      expect(infectionLine(scratched)!.colour).toBe(css(colours.warning));
      expect(infectionLine(scratched)!.text.startsWith('⚠')).toBe(false);
      expect(infectionColour('deadly', colours)).not.toBe(infectionColour('running', colours));
    }
    expect(infectionLine({ ...bitten, infectionRate: 0 })).toBeNull();
  });
});

function paletteSettings(): Parameters<typeof paletteFor>[0] {
  return { colourBlind: false, highContrast: false } as Parameters<typeof paletteFor>[0];
}
