/**
 * Fixtures of a level, drawn over the floor where the level's `lights` and `noisemakers` objects
 * stand: a fluorescent ceiling panel (lit or dark), a red fire-alarm box, the brass school bell, a
 * PA speaker grille and the PA console. Same rules as icons.ts: 16×16, lit from the top-left, 1px
 * ink outline, so they read on a phone.
 */
import type { Canvas } from './canvas';
import { PALETTE as P } from './palette';
import type { AtlasFixture } from '../../src/game/render/atlas-layout';

type Drawer = (c: Canvas) => void;

function ceilingLamp(on: boolean): Drawer {
  // a ceiling panel seen from below: a metal frame with two tubes, lit or dark
  return (c) => {
    c.rect(2, 4, 12, 8, P.greyLight);
    c.rect(3, 5, 10, 6, on ? P.white : P.slate);
    const tube = on ? P.flameCore : P.grey;
    c.hline(3, 12, 6, tube);
    c.hline(3, 12, 9, tube);
    if (on) {
      c.set(4, 6, P.white);
      c.set(4, 9, P.white);
      c.hline(5, 10, 7, P.yellow);
    }
    c.hline(2, 13, 12, P.grey);
    c.outline(P.ink);
  };
}

function fireAlarm(c: Canvas): void {
  // a red wall box with a white pull handle and a small bell on top
  c.rect(4, 3, 8, 10, P.bloodBright);
  c.vline(4, 3, 12, P.blood);
  c.hline(4, 11, 12, P.blood);
  c.rect(6, 7, 4, 3, P.white);
  c.hline(6, 9, 10, P.greyLight);
  c.ellipse(7.5, 4.5, 2, 1.2, P.yellow);
  c.set(6, 4, P.flameCore);
  c.outline(P.ink);
}

function bell(c: Canvas): void {
  // a brass dome bell on a wall plate, clapper below
  c.rect(6, 2, 4, 2, P.grey);
  c.ellipse(7.5, 8, 5, 4.5, P.amber);
  c.ellipse(6.5, 7, 2.5, 2, P.yellow);
  c.set(5, 6, P.flameCore);
  c.hline(3, 12, 11, P.woodMid);
  c.rect(7, 12, 2, 2, P.greyLight);
  c.outline(P.ink);
}

function speaker(c: Canvas): void {
  // a square PA speaker: a grey box with a round grille
  c.rect(2, 3, 12, 10, P.greyLight);
  c.hline(2, 13, 12, P.grey);
  c.vline(13, 3, 12, P.grey);
  c.ellipse(7.5, 7.5, 4, 3.6, P.navyDeep);
  for (const y of [5, 7, 9]) c.hline(5, 10, y, P.slate);
  c.set(7, 7, P.grey);
  c.outline(P.ink);
}

function paConsole(c: Canvas): void {
  // the broadcasting desk: a panel of faders and lights with a microphone on a stalk
  c.rect(1, 8, 14, 6, P.navy);
  c.hline(1, 14, 8, P.navyLight);
  for (const x of [3, 6, 9]) c.vline(x, 10, 12, P.greyLight);
  c.set(12, 10, P.exitGreen);
  c.set(12, 12, P.bloodBright);
  c.line(8, 8, 10, 4, P.grey);
  c.ellipse(10.5, 3, 1.6, 1.6, P.slate);
  c.set(10, 2, P.greyLight);
  c.outline(P.ink);
}

export const ATLAS_FIXTURE_DRAWERS: Record<AtlasFixture, Drawer> = {
  'lamp-on': ceilingLamp(true),
  'lamp-off': ceilingLamp(false),
  fireAlarm,
  bell,
  speaker,
  paConsole,
};
