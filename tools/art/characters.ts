/**
 * Character frames for the sprite atlas (./atlas.ts): 16×16, every look in `ATLAS_LOOKS`, each
 * direction and pose, falling and fallen (lying) frames.
 *
 * Figures are chibi-proportioned for readability at phone size: big head (rows 1-7), torso
 * (rows 8-11), legs and shoes (rows 12-14), 1px dark outline, soft shadow on row 15.
 * Left-facing frames are drawn; right-facing frames are their mirror image.
 */
import { SPRITE_SIZE, type Facing } from '../../src/game/render/sprite-layout';
import type { AtlasLook, AtlasPose } from '../../src/game/render/atlas-layout';
import { Canvas } from './canvas';
import { PALETTE as P, withAlpha } from './palette';
import { Rng, seedOf } from '../seeded-rng';
import { bruteBody, crawlerBody, crouched, runnerLean, type Build, type View } from './builds';

const S = SPRITE_SIZE;

type HairStyle = 'short' | 'messy' | 'buzz' | 'ponytail' | 'bob' | 'long' | 'bald' | 'hood';
type TopKind = 'blazer' | 'shirt' | 'teacher' | 'hoodie';

/** A colour ramp: shade, main, highlight. */
type Ramp = readonly [number, number, number];

interface Look {
  skin: Ramp;
  /** Right half of the face, for the half-infected hunter. */
  skinRight?: Ramp;
  hair: HairStyle;
  hairColour: Ramp;
  top: TopKind;
  topColour: Ramp;
  tie: number;
  bottom: 'pants' | 'skirt';
  bottomColour: Ramp;
  shoes: Ramp;
  eyes: number;
  infected: boolean;
  /** Extra stains and tears on the clothes. */
  bloody: boolean;
  /** Angry brows (the hunter's glare). */
  glare?: boolean;
  /** Hair bobble / ribbon colour. */
  accent?: number;
  /** A zombie kind's body shape (tools/art/builds.ts); none is an ordinary figure. */
  build?: Build;
}

const BLACK_HAIR: Ramp = [P.ink, P.navyDeep, P.navy];
const BROWN_HAIR: Ramp = [P.woodDark, P.wood, P.woodMid];
const BLAZER: Ramp = [P.navyDeep, P.navy, P.navyLight];
const SHIRT: Ramp = [P.greyLight, P.white, P.white];
const PALE: Ramp = [P.pale, P.paleLight, P.paleLight];
const INDOOR_SHOES: Ramp = [P.greyLight, P.white, P.white];

export const LOOKS: Record<AtlasLook, Look> = {
  'student-boy': {
    skin: [P.skin, P.skinLight, P.skinLight],
    hair: 'short',
    hairColour: BLACK_HAIR,
    top: 'blazer',
    topColour: BLAZER,
    tie: P.blood,
    bottom: 'pants',
    bottomColour: [P.slate, P.grey, P.greyLight],
    shoes: INDOOR_SHOES,
    eyes: P.ink,
    infected: false,
    bloody: false,
  },
  'student-girl': {
    skin: [P.skin, P.skinLight, P.skinLight],
    hair: 'ponytail',
    hairColour: BLACK_HAIR,
    top: 'blazer',
    topColour: BLAZER,
    tie: P.bloodBright,
    bottom: 'skirt',
    bottomColour: [P.greenDark, P.green, P.greenLight],
    shoes: INDOOR_SHOES,
    eyes: P.ink,
    infected: false,
    bloody: false,
    accent: P.bloodBright,
  },
  'student-boy-2': {
    skin: [P.skinDark, P.skin, P.skin],
    hair: 'buzz',
    hairColour: BLACK_HAIR,
    top: 'shirt',
    topColour: SHIRT,
    tie: P.navy,
    bottom: 'pants',
    bottomColour: [P.navyDeep, P.navy, P.navyLight],
    shoes: INDOOR_SHOES,
    eyes: P.ink,
    infected: false,
    bloody: false,
  },
  'student-girl-2': {
    skin: [P.skinDark, P.skin, P.skinLight],
    hair: 'bob',
    hairColour: BROWN_HAIR,
    top: 'shirt',
    topColour: SHIRT,
    tie: P.bloodBright,
    bottom: 'skirt',
    bottomColour: [P.navyDeep, P.navy, P.navyLight],
    shoes: INDOOR_SHOES,
    eyes: P.ink,
    infected: false,
    bloody: false,
  },
  'zombie-student': {
    skin: PALE,
    hair: 'messy',
    hairColour: BLACK_HAIR,
    top: 'blazer',
    topColour: BLAZER,
    tie: P.blood,
    bottom: 'pants',
    bottomColour: [P.slate, P.grey, P.greyLight],
    shoes: [P.grey, P.greyLight, P.greyLight],
    eyes: P.bloodBright,
    infected: true,
    bloody: true,
  },
  'zombie-student-girl': {
    skin: PALE,
    hair: 'long',
    hairColour: BLACK_HAIR,
    top: 'shirt',
    topColour: SHIRT,
    tie: P.bloodBright,
    bottom: 'skirt',
    bottomColour: [P.greenDark, P.green, P.greenLight],
    shoes: [P.grey, P.greyLight, P.greyLight],
    eyes: P.bloodBright,
    infected: true,
    bloody: true,
  },
  'zombie-teacher': {
    skin: PALE,
    hair: 'bald',
    hairColour: [P.slate, P.grey, P.greyLight],
    top: 'teacher',
    topColour: [P.glass, P.glassLight, P.glassLight],
    tie: P.navy,
    bottom: 'pants',
    bottomColour: [P.woodDark, P.wood, P.woodMid],
    shoes: [P.ink, P.navyDeep, P.navy],
    eyes: P.bloodBright,
    infected: true,
    bloody: true,
  },
  'halfbie-hunter': {
    skin: [P.skin, P.skinLight, P.skinLight],
    skinRight: PALE,
    hair: 'hood',
    hairColour: [P.navyDeep, P.slate, P.grey],
    top: 'hoodie',
    topColour: [P.navyDeep, P.slate, P.grey],
    tie: P.white,
    bottom: 'pants',
    bottomColour: [P.navyDeep, P.navy, P.navyLight],
    shoes: [P.ink, P.navyDeep, P.slate],
    eyes: P.bloodBright,
    infected: false,
    bloody: false,
    glare: true,
  },
  'student-boy-3': {
    skin: [P.skinDark, P.skin, P.skin],
    hair: 'messy',
    hairColour: BROWN_HAIR,
    top: 'blazer',
    topColour: BLAZER,
    tie: P.blood,
    bottom: 'pants',
    bottomColour: [P.navyDeep, P.navy, P.navyLight],
    shoes: INDOOR_SHOES,
    eyes: P.ink,
    infected: false,
    bloody: false,
  },
  'student-girl-3': {
    skin: [P.skin, P.skinLight, P.skinLight],
    hair: 'long',
    hairColour: BROWN_HAIR,
    top: 'shirt',
    topColour: SHIRT,
    tie: P.navyLight,
    bottom: 'skirt',
    bottomColour: [P.greenDark, P.green, P.greenLight],
    shoes: INDOOR_SHOES,
    eyes: P.ink,
    infected: false,
    bloody: false,
  },
  'student-boy-4': {
    skin: [P.skin, P.skinLight, P.skinLight],
    hair: 'short',
    hairColour: [P.wood, P.woodMid, P.woodLight],
    top: 'hoodie',
    topColour: [P.greenDark, P.green, P.greenLight],
    tie: P.white,
    bottom: 'pants',
    bottomColour: [P.slate, P.grey, P.greyLight],
    shoes: INDOOR_SHOES,
    eyes: P.ink,
    infected: false,
    bloody: false,
  },
  'student-girl-4': {
    skin: [P.skinDark, P.skin, P.skin],
    hair: 'ponytail',
    hairColour: BLACK_HAIR,
    top: 'blazer',
    topColour: BLAZER,
    tie: P.yellow,
    bottom: 'skirt',
    bottomColour: [P.navyDeep, P.navy, P.navyLight],
    shoes: INDOOR_SHOES,
    eyes: P.ink,
    infected: false,
    bloody: false,
    accent: P.yellow,
  },
  'zombie-teacher-woman': {
    skin: PALE,
    hair: 'bob',
    hairColour: [P.slate, P.grey, P.greyLight],
    top: 'teacher',
    topColour: [P.dusk, P.duskRose, P.duskRose],
    tie: P.cream,
    bottom: 'skirt',
    bottomColour: [P.navyDeep, P.slate, P.grey],
    shoes: [P.ink, P.navyDeep, P.navy],
    eyes: P.bloodBright,
    infected: true,
    bloody: true,
  },
  'zombie-athlete': {
    skin: PALE,
    hair: 'buzz',
    hairColour: BLACK_HAIR,
    top: 'shirt',
    topColour: [P.blood, P.courtRed, P.courtRed],
    tie: P.white,
    bottom: 'pants',
    bottomColour: [P.navyDeep, P.navy, P.navyLight],
    shoes: [P.grey, P.white, P.white],
    eyes: P.bloodBright,
    infected: true,
    bloody: true,
  },
  'zombie-student-2': {
    skin: [P.paleDark, P.pale, P.paleLight],
    hair: 'ponytail',
    hairColour: BROWN_HAIR,
    top: 'blazer',
    topColour: BLAZER,
    tie: P.bloodBright,
    bottom: 'skirt',
    bottomColour: [P.navyDeep, P.navy, P.navyLight],
    shoes: [P.grey, P.greyLight, P.greyLight],
    eyes: P.bloodBright,
    infected: true,
    bloody: true,
    accent: P.blood,
  },
  'halfbie-student': {
    skin: [P.skin, P.skinLight, P.skinLight],
    skinRight: PALE,
    hair: 'messy',
    hairColour: BLACK_HAIR,
    top: 'blazer',
    topColour: BLAZER,
    tie: P.blood,
    bottom: 'pants',
    bottomColour: [P.slate, P.grey, P.greyLight],
    shoes: INDOOR_SHOES,
    eyes: P.ink,
    infected: false,
    bloody: true,
  },
  // one body per zombie kind that is not a walker (the walkers wear the infected looks above)
  'zombie-brute': {
    skin: [P.paleDark, P.pale, P.paleLight],
    hair: 'buzz',
    hairColour: BLACK_HAIR,
    top: 'shirt',
    topColour: [P.blood, P.courtRed, P.courtRed],
    tie: P.white,
    bottom: 'pants',
    bottomColour: [P.ink, P.navyDeep, P.navy],
    shoes: [P.grey, P.white, P.white],
    eyes: P.bloodBright,
    infected: true,
    bloody: true,
    build: 'brute',
  },
  'zombie-runner': {
    skin: PALE,
    hair: 'messy',
    hairColour: BLACK_HAIR,
    // a torn grey track top: no student wears grey, and the green hoodie read as student-boy-4 at phone size
    top: 'hoodie',
    topColour: [P.slate, P.grey, P.greyLight],
    tie: P.white,
    bottom: 'pants',
    bottomColour: [P.slate, P.grey, P.greyLight],
    shoes: [P.grey, P.greyLight, P.greyLight],
    eyes: P.bloodBright,
    infected: true,
    bloody: true,
    build: 'runner',
  },
  'zombie-crawler': {
    skin: [P.paleDark, P.pale, P.pale],
    hair: 'long',
    hairColour: BLACK_HAIR,
    top: 'shirt',
    // a shirt dragged along the floor: dirt-brown, never a student's clean white
    topColour: [P.linoDark, P.lino, P.linoLight],
    tie: P.bloodBright,
    bottom: 'skirt',
    bottomColour: [P.greenDark, P.green, P.greenLight],
    shoes: [P.grey, P.greyLight, P.greyLight],
    eyes: P.bloodBright,
    infected: true,
    bloody: true,
    build: 'crawler',
  },
};

interface Stance {
  /** Head vertical offset (hunch/lunge). */
  headDy: number;
  headDx: number;
  /** Leg phase: 0 stand, 1 one leg forward, 2 the other, 3 lunge, 4 and 5 running strides. */
  legs: 0 | 1 | 2 | 3 | 4 | 5;
  arms: 'down' | 'swingA' | 'swingB' | 'reach' | 'punch' | 'lunge';
}

function stanceFor(look: Look, pose: AtlasPose): Stance {
  const hunch = look.infected ? 1 : 0;
  // a runner never walks: head down, arms out, every step a stride
  if (look.build === 'runner' && pose !== 'hurt') {
    const legs = pose === 'walk1' || pose === 'run1' ? 4 : pose === 'walk2' || pose === 'run2' ? 5 : pose === 'attack' ? 3 : 1;
    return { headDy: pose === 'run1' || pose === 'run2' ? 2 : 1, headDx: 0, legs, arms: pose === 'stand' ? 'reach' : 'lunge' };
  }
  switch (pose) {
    case 'run1':
      return { headDy: 1, headDx: 0, legs: 4, arms: look.infected ? 'lunge' : 'swingA' };
    case 'run2':
      return { headDy: 1, headDx: 0, legs: 5, arms: look.infected ? 'lunge' : 'swingB' };
    case 'hurt':
      return { headDy: look.infected ? 2 : 1, headDx: 0, legs: 3, arms: look.infected ? 'down' : 'reach' };
    case 'stand':
      return { headDy: hunch, headDx: 0, legs: 0, arms: 'down' };
    case 'walk1':
      return { headDy: hunch, headDx: 0, legs: 1, arms: look.infected ? 'reach' : 'swingA' };
    case 'walk2':
      return { headDy: hunch, headDx: 0, legs: 2, arms: look.infected ? 'reach' : 'swingB' };
    case 'attack':
      return { headDy: 1, headDx: 0, legs: 3, arms: look.infected ? 'lunge' : 'punch' };
  }
}

// ------------------------------------------------------------------ heads

function headShape(c: Canvas, x0: number, y0: number, skin: Ramp, skinRight?: Ramp): void {
  for (let y = 0; y < 7; y++) {
    for (let x = 0; x < 8; x++) {
      if ((y === 0 || y === 6) && (x === 0 || x === 7)) continue;
      const ramp = skinRight && x >= 4 ? skinRight : skin;
      const shade = x === 7 || (y === 6 && x > 0) || (x === 6 && y >= 5);
      c.set(x0 + x, y0 + y, shade ? ramp[0] : ramp[1]);
    }
  }
}

function hairFront(c: Canvas, look: Look, x0: number, y0: number): void {
  const [hs, h, hl] = look.hairColour;
  const fill = (x: number, y: number, w: number, hgt: number, col = h): void => c.rect(x0 + x, y0 + y, w, hgt, col);
  const px = (x: number, y: number, col = h): void => c.set(x0 + x, y0 + y, col);
  switch (look.hair) {
    case 'short':
    case 'messy':
      fill(1, 0, 6, 1);
      fill(0, 1, 8, 2);
      px(0, 3);
      px(1, 3);
      px(3, 3);
      px(6, 3);
      px(7, 3);
      px(7, 4, hs);
      px(0, 4, hs);
      px(2, 0, hl);
      px(1, 1, hl);
      px(2, 1, hl);
      px(7, 1, hs);
      px(7, 2, hs);
      if (look.hair === 'messy') {
        px(2, -1);
        px(5, -1);
        px(6, 0);
        px(4, 3);
        px(7, 5, hs);
      }
      break;
    case 'buzz':
      fill(1, 0, 6, 1);
      fill(0, 1, 8, 1);
      px(0, 2);
      px(7, 2, hs);
      px(2, 0, hl);
      px(4, 1, hl);
      px(1, 1, hl);
      // ears
      px(-1, 4, look.skin[1]);
      px(8, 4, look.skin[0]);
      break;
    case 'ponytail':
      fill(1, 0, 6, 1);
      fill(0, 1, 8, 2);
      px(0, 3);
      px(1, 3);
      px(2, 3);
      px(5, 3);
      px(6, 3);
      px(7, 3);
      px(0, 4);
      px(0, 5, hs);
      px(7, 4, hs);
      px(7, 5, hs);
      px(2, 0, hl);
      px(1, 1, hl);
      px(3, 1, hl);
      // the tail peeks out behind the head
      px(8, 2, hs);
      px(8, 3, hs);
      if (look.accent !== undefined) px(8, 1, look.accent);
      break;
    case 'bob':
      fill(1, -1, 6, 1);
      fill(0, 0, 8, 4);
      fill(-1, 1, 1, 6);
      fill(8, 1, 1, 6, hs);
      px(0, 4);
      px(0, 5);
      px(7, 4, hs);
      px(7, 5, hs);
      px(-1, 6, hs);
      px(2, -1, hl);
      px(1, 0, hl);
      px(2, 0, hl);
      px(3, 1, hl);
      px(3, 3, look.skin[1]);
      break;
    case 'long':
      fill(1, 0, 6, 1);
      fill(0, 1, 8, 2);
      fill(-1, 2, 1, 7);
      fill(8, 2, 1, 7, hs);
      px(0, 3);
      px(0, 4);
      px(0, 5);
      px(1, 3);
      px(4, 3);
      px(6, 3);
      px(7, 3, hs);
      px(7, 4, hs);
      px(7, 5, hs);
      px(5, 4, hs);
      px(-1, 9, hs);
      px(8, 9);
      px(2, 0, hl);
      px(1, 1, hl);
      break;
    case 'bald':
      // receding grey hair: bare crown, thick sides
      px(0, 1);
      fill(0, 2, 2, 2);
      px(0, 4, hs);
      px(6, 1, hs);
      fill(6, 2, 2, 2, hs);
      px(7, 4, hs);
      px(1, 1, hl);
      px(3, 0, P.white);
      px(4, 0, P.white);
      px(3, 1, P.white);
      break;
    case 'hood':
      fill(0, -1, 8, 1);
      fill(-1, 0, 10, 3);
      fill(-1, 3, 2, 5);
      fill(7, 3, 2, 5, hs);
      px(-1, 7, hs);
      px(8, 7, hs);
      fill(0, -1, 3, 1, hl);
      px(-1, 1, hl);
      px(-1, 2, hl);
      px(0, 3, hl);
      // shadow of the hood over the brow
      fill(1, 3, 6, 1, P.navyDeep);
      break;
  }
}

function faceFront(c: Canvas, look: Look, x0: number, y0: number, mouthOpen: boolean): void {
  const eyeY = y0 + 4;
  if (look.glare) {
    c.set(x0 + 2, eyeY - 1, P.ink);
    c.set(x0 + 5, eyeY - 1, P.ink);
    c.set(x0 + 2, eyeY, look.eyes);
    c.set(x0 + 5, eyeY, look.eyes);
    c.set(x0 + 2, eyeY + 1, P.ink);
    c.set(x0 + 5, eyeY + 1, P.ink);
    c.set(x0 + 6, eyeY + 1, P.paleDark);
    return;
  }
  c.set(x0 + 2, eyeY, look.eyes);
  c.set(x0 + 2, eyeY + 1, look.eyes);
  c.set(x0 + 5, eyeY, look.eyes);
  c.set(x0 + 5, eyeY + 1, look.eyes);
  if (look.hair === 'bald') {
    // glasses: a dark frame with a glint
    c.hline(x0 + 1, x0 + 6, eyeY - 1, P.ink);
    c.set(x0 + 1, eyeY, P.glassLight);
    c.set(x0 + 6, eyeY, P.glass);
  }
  if (look.infected) {
    // sunken eyes and a bloody mouth
    c.set(x0 + 1, eyeY + 1, P.paleDark);
    c.set(x0 + 6, eyeY + 1, P.paleDark);
    c.set(x0 + 3, y0 + 6, P.bloodDark);
    c.set(x0 + 4, y0 + 6, P.blood);
    if (mouthOpen) {
      c.set(x0 + 3, y0 + 5, P.ink);
      c.set(x0 + 4, y0 + 5, P.bloodDark);
      c.set(x0 + 4, y0 + 7, P.blood);
    }
  } else {
    // rosy cheek hint
    c.set(x0 + 1, eyeY + 2, look.skin[0] === P.skinDark ? P.skinDark : P.skin);
    c.set(x0 + 6, eyeY + 2, look.skin[0] === P.skinDark ? P.skinDark : P.skin);
  }
}

function hairSide(c: Canvas, look: Look, x0: number, y0: number): void {
  const [hs, h, hl] = look.hairColour;
  const fill = (x: number, y: number, w: number, hgt: number, col = h): void => c.rect(x0 + x, y0 + y, w, hgt, col);
  const px = (x: number, y: number, col = h): void => c.set(x0 + x, y0 + y, col);
  switch (look.hair) {
    case 'short':
    case 'messy':
      fill(1, 0, 6, 1);
      fill(0, 1, 8, 2);
      fill(4, 3, 4, 3);
      px(0, 3);
      px(7, 6, hs);
      px(5, 4, look.skin[0]);
      px(2, 0, hl);
      px(1, 1, hl);
      px(3, 1, hl);
      fill(6, 2, 2, 4, hs);
      if (look.hair === 'messy') {
        px(3, -1);
        px(6, -1);
        px(8, 2);
        px(8, 4, hs);
      }
      break;
    case 'buzz':
      fill(1, 0, 6, 1);
      fill(1, 1, 7, 1);
      fill(5, 2, 3, 2, hs);
      px(5, 4, look.skin[0]);
      px(3, 0, hl);
      px(2, 1, hl);
      break;
    case 'ponytail':
      fill(1, 0, 6, 1);
      fill(0, 1, 8, 2);
      fill(4, 3, 4, 3);
      px(0, 3);
      px(1, 3);
      px(5, 4, look.skin[0]);
      fill(6, 2, 2, 4, hs);
      fill(8, 2, 2, 2);
      fill(9, 4, 2, 3, hs);
      px(10, 7, hs);
      if (look.accent !== undefined) px(8, 2, look.accent);
      px(2, 0, hl);
      px(1, 1, hl);
      break;
    case 'bob':
      fill(1, -1, 6, 1);
      fill(0, 0, 8, 3);
      fill(4, 3, 5, 4);
      px(0, 3);
      px(1, 3);
      fill(7, 2, 2, 5, hs);
      px(4, 4, look.skin[0]);
      px(3, 3, h);
      px(2, -1, hl);
      px(1, 0, hl);
      px(3, 0, hl);
      break;
    case 'long':
      fill(1, 0, 6, 1);
      fill(0, 1, 8, 2);
      fill(3, 3, 6, 6);
      px(0, 3);
      px(1, 4);
      px(8, 9, hs);
      fill(7, 3, 2, 6, hs);
      px(4, 5, look.skin[0]);
      px(2, 0, hl);
      break;
    case 'bald':
      fill(4, 1, 4, 4, h);
      fill(6, 1, 2, 4, hs);
      px(5, 3, look.skin[0]);
      px(4, 1, hl);
      px(2, 0, P.white);
      px(3, 0, P.white);
      // glasses arm
      px(2, 4, P.ink);
      px(3, 4, P.ink);
      break;
    case 'hood':
      fill(1, -1, 7, 1);
      fill(0, 0, 9, 3);
      fill(3, 3, 6, 5);
      fill(7, 1, 2, 7, hs);
      px(0, 3);
      fill(1, -1, 3, 1, hl);
      px(0, 1, hl);
      px(0, 2, hl);
      px(1, 3, P.navyDeep);
      px(2, 3, P.navyDeep);
      break;
  }
}

function faceSide(c: Canvas, look: Look, x0: number, y0: number, mouthOpen: boolean): void {
  // profile facing left: eye near the front, a nose pixel breaking the outline
  c.set(x0 - 1, y0 + 4, look.skin[1]);
  if (look.glare) {
    c.set(x0 + 1, y0 + 3, P.ink);
    c.set(x0 + 2, y0 + 3, P.ink);
    c.set(x0 + 1, y0 + 4, look.eyes);
    c.set(x0 + 1, y0 + 5, P.ink);
    return;
  }
  c.set(x0 + 1, y0 + 4, look.eyes);
  c.set(x0 + 1, y0 + 5, look.eyes);
  if (look.infected) {
    c.set(x0 + 2, y0 + 5, P.paleDark);
    c.set(x0, y0 + 6, P.blood);
    if (mouthOpen) {
      c.set(x0 - 1, y0 + 6, P.bloodDark);
      c.set(x0, y0 + 5, P.ink);
    }
  }
}

function hairBack(c: Canvas, look: Look, x0: number, y0: number): void {
  const [hs, h, hl] = look.hairColour;
  const fill = (x: number, y: number, w: number, hgt: number, col = h): void => c.rect(x0 + x, y0 + y, w, hgt, col);
  const px = (x: number, y: number, col = h): void => c.set(x0 + x, y0 + y, col);
  switch (look.hair) {
    case 'short':
    case 'messy':
      fill(1, 0, 6, 1);
      fill(0, 1, 8, 5);
      fill(1, 6, 6, 1, hs);
      fill(6, 1, 2, 5, hs);
      px(2, 0, hl);
      px(1, 1, hl);
      px(2, 2, hl);
      px(3, 1, hl);
      if (look.hair === 'messy') {
        px(2, -1);
        px(6, -1);
        px(5, 7, hs);
      }
      break;
    case 'buzz':
      fill(1, 0, 6, 1);
      fill(0, 1, 8, 4);
      fill(6, 1, 2, 4, hs);
      px(2, 1, hl);
      px(4, 2, hl);
      px(3, 0, hl);
      px(-1, 4, look.skin[1]);
      px(8, 4, look.skin[0]);
      break;
    case 'ponytail':
      fill(1, 0, 6, 1);
      fill(0, 1, 8, 6);
      fill(6, 1, 2, 6, hs);
      px(2, 0, hl);
      px(1, 1, hl);
      px(3, 2, hl);
      fill(3, 5, 2, 5, hs);
      px(3, 5, h);
      px(3, 6, h);
      if (look.accent !== undefined) {
        px(3, 4, look.accent);
        px(4, 4, look.accent);
      }
      break;
    case 'bob':
      fill(1, -1, 6, 1);
      fill(0, 0, 8, 7);
      fill(-1, 1, 10, 6);
      fill(6, 0, 3, 7, hs);
      px(2, -1, hl);
      px(1, 0, hl);
      px(2, 1, hl);
      break;
    case 'long':
      fill(1, 0, 6, 1);
      fill(0, 1, 8, 9);
      fill(6, 1, 2, 9, hs);
      px(3, 9, hs);
      px(2, 0, hl);
      px(1, 1, hl);
      px(1, 10, hs);
      px(5, 10);
      break;
    case 'bald':
      fill(0, 2, 8, 5);
      fill(6, 2, 2, 5, hs);
      fill(1, 1, 6, 1);
      px(2, 1, hl);
      px(7, 1, hs);
      px(3, 0, P.white);
      px(4, 0, P.white);
      break;
    case 'hood':
      fill(0, -1, 8, 1);
      fill(-1, 0, 10, 8);
      fill(6, 0, 3, 8, hs);
      fill(0, -1, 3, 1, hl);
      px(-1, 1, hl);
      px(-1, 2, hl);
      px(3, 2, hs);
      px(3, 3, hs);
      px(3, 4, hs);
      break;
  }
}

// ------------------------------------------------------------------ bodies

interface Limbs {
  top: Ramp;
  skin: Ramp;
  sleeves: 'long' | 'short';
}

function limbsOf(look: Look): Limbs {
  return { top: look.topColour, skin: look.skinRight ?? look.skin, sleeves: look.top === 'shirt' ? 'short' : 'long' };
}

/** An arm hanging from the shoulder at (x, y), `len` pixels of sleeve then a hand. */
function armDown(c: Canvas, l: Limbs, x: number, y: number, len: number, shade: boolean): void {
  for (let i = 0; i < len; i++) {
    const sleeve = l.sleeves === 'long' || i === 0;
    c.set(x, y + i, sleeve ? (shade ? l.top[0] : l.top[1]) : l.skin[shade ? 0 : 1]);
  }
  c.set(x, y + len, l.skin[shade ? 0 : 1]);
}

function torsoFront(c: Canvas, look: Look, dy: number, back: boolean): void {
  const [ts, t, tl] = look.topColour;
  const y0 = 8 + dy;
  c.rect(5, y0, 6, 4 - dy, t);
  c.vline(10, y0, 11, ts);
  c.set(5, y0, tl);
  if (back) {
    c.hline(6, 9, y0, look.top === 'hoodie' ? ts : tl);
    if (look.top === 'blazer') c.vline(8, y0 + 2, 11, ts);
    return;
  }
  switch (look.top) {
    case 'blazer':
      c.set(7, y0, P.white);
      c.set(8, y0, P.white);
      c.set(7, y0 + 1, look.tie);
      c.set(8, y0 + 1, P.white);
      c.set(7, y0 + 2, look.tie);
      c.set(6, y0 + 1, tl);
      c.set(9, y0 + 2, ts);
      break;
    case 'shirt':
    case 'teacher':
      c.set(7, y0, look.tie);
      c.set(7, y0 + 1, look.tie);
      c.set(7, y0 + 2, look.tie);
      c.set(6, y0, P.greyLight);
      c.set(8, y0, ts);
      if (look.top === 'shirt') c.hline(5, 10, 11, ts);
      break;
    case 'hoodie':
      // zipper, pocket and drawstrings
      c.vline(7, y0, 11, P.navyDeep);
      c.hline(5, 9, y0 + 3, ts);
      c.set(6, y0 + 1, P.greyLight);
      c.set(9, y0 + 1, P.greyLight);
      break;
  }
}

function legsFront(c: Canvas, look: Look, phase: Stance['legs']): void {
  const [bs, b, bl] = look.bottomColour;
  const [ss, sh] = look.shoes;
  // foot rows: left leg (screen) and right leg; a raised foot is one row shorter
  const leftLen = phase === 2 ? 1 : phase === 5 ? 0 : 2;
  const rightLen = phase === 1 || phase === 3 ? 1 : phase === 4 ? 0 : 2;
  if (look.bottom === 'pants') {
    c.rect(5, 11, 6, 1, bs);
    c.rect(6, 12, 2, leftLen, b);
    c.rect(8, 12, 2, rightLen, bs);
    c.set(6, 12, bl);
    c.hline(6, 7, 12 + leftLen, sh);
    c.set(7, 12 + leftLen, ss);
    c.hline(8, 9, 12 + rightLen, ss);
  } else {
    c.rect(5, 11, 6, 1, b);
    c.rect(4, 12, 8, 1, b);
    for (const x of [5, 7, 9, 11]) c.set(x, 12, bs);
    c.set(4, 12, bl);
    c.set(6, 11, bl);
    const legL = Math.max(0, leftLen - 1);
    const legR = Math.max(0, rightLen - 1);
    c.rect(6, 13, 1, legL, look.skin[1]);
    c.rect(9, 13, 1, legR, look.skin[0]);
    c.hline(5, 6, 13 + legL, sh);
    c.hline(9, 10, 13 + legR, ss);
  }
}

function drawFront(c: Canvas, look: Look, st: Stance, back: boolean): void {
  const l = limbsOf(look);
  const hx = 4 + st.headDx;
  const hy = 1 + st.headDy;
  let raised: (() => void) | undefined;
  legsFront(c, look, st.legs);
  torsoFront(c, look, 0, back);
  // arms: screen-left arm is lit, screen-right arm is shaded
  switch (st.arms) {
    case 'down':
      armDown(c, l, 4, 8, 3, false);
      armDown(c, l, 11, 8, 3, true);
      break;
    case 'swingA':
      armDown(c, l, 4, 8, 2, false);
      armDown(c, l, 11, 8, 3, true);
      c.set(11, 12, l.skin[0]);
      break;
    case 'swingB':
      armDown(c, l, 4, 8, 3, false);
      c.set(4, 12, l.skin[1]);
      armDown(c, l, 11, 8, 2, true);
      break;
    case 'reach':
      if (back) {
        // arms raised forward, seen from behind: hands either side of the head (drawn after the hair)
        raised = (): void => {
          c.vline(3, 5, 8, l.top[1]);
          c.vline(12, 5, 8, l.top[0]);
          c.set(4, 8, l.top[1]);
          c.set(11, 8, l.top[0]);
          c.set(3, 4, l.skin[1]);
          c.set(12, 4, l.skin[0]);
        };
      } else {
        c.set(4, 8, l.top[1]);
        c.set(11, 8, l.top[0]);
        c.rect(4, 9, 2, 1, l.top[1]);
        c.rect(10, 9, 2, 1, l.top[0]);
        c.rect(4, 10, 2, 2, l.skin[1]);
        c.rect(10, 10, 2, 2, l.skin[0]);
      }
      break;
    case 'lunge':
      if (back) {
        raised = (): void => {
          c.vline(3, 3, 8, l.top[1]);
          c.vline(12, 3, 8, l.top[0]);
          c.set(3, 2, l.skin[1]);
          c.set(12, 2, l.skin[0]);
          c.set(4, 8, l.top[1]);
          c.set(11, 8, l.top[0]);
        };
      } else {
        c.rect(3, 9, 2, 2, l.top[1]);
        c.rect(11, 9, 2, 2, l.top[0]);
        c.rect(3, 11, 2, 2, l.skin[1]);
        c.rect(11, 11, 2, 2, l.skin[0]);
        c.set(4, 8, l.top[1]);
        c.set(11, 8, l.top[0]);
      }
      break;
    case 'punch':
      armDown(c, l, 4, 8, 3, false);
      if (back) {
        c.vline(11, 4, 8, l.top[0]);
        c.vline(12, 4, 7, l.top[0]);
        c.rect(11, 2, 2, 2, l.skin[1]);
      } else {
        c.rect(11, 8, 2, 3, l.top[0]);
        c.set(11, 8, l.top[1]);
        c.rect(11, 11, 2, 2, l.skin[1]);
        c.set(12, 12, l.skin[0]);
      }
      break;
  }
  headShape(c, hx, hy, look.skin, back ? undefined : look.skinRight);
  if (back) {
    hairBack(c, look, hx, hy);
    raised?.();
  } else {
    faceFront(c, look, hx, hy, st.arms === 'lunge');
    hairFront(c, look, hx, hy);
  }
}

function drawSide(c: Canvas, look: Look, st: Stance): void {
  const l = limbsOf(look);
  const [ts, t, tl] = look.topColour;
  const [bs, b, bl] = look.bottomColour;
  const [ss, sh] = look.shoes;
  const hx = 4 - (st.arms === 'lunge' || st.arms === 'punch' ? 1 : 0);
  const hy = 1 + st.headDy;

  // far arm first (behind the body)
  if (st.arms === 'reach' || st.arms === 'lunge') {
    const reach = st.arms === 'lunge' ? 2 : 3;
    c.hline(reach + 1, 7, 8, ts);
    c.set(reach, 8, l.skin[0]);
  }

  // legs
  const strides: Record<Stance['legs'], Array<[number, number]>> = {
    0: [[7, 0]],
    1: [
      [5, 0],
      [9, 1],
    ],
    2: [
      [9, 0],
      [5, 1],
    ],
    3: [
      [4, 0],
      [9, 1],
    ],
    4: [
      [3, 0],
      [11, 1],
    ],
    5: [
      [11, 0],
      [3, 1],
    ],
  };
  const legPos = strides[st.legs];
  for (const [x, far] of [...legPos].sort((a, b2) => b2[1] - a[1])) {
    if (look.bottom === 'pants') {
      c.rect(x - (st.legs === 0 ? 1 : 0), 12, st.legs === 0 ? 3 : 2, 2, far ? bs : b);
      if (!far) c.set(x, 12, bl);
    } else {
      c.rect(x, 13, 1, 1, far ? look.skin[0] : look.skin[1]);
    }
    c.hline(x - 1, x + (st.legs === 0 ? 1 : 0), 14, far ? ss : sh);
  }
  if (look.bottom === 'skirt') {
    c.rect(5, 11, 6, 2, b);
    c.hline(4, 10, 12, b);
    c.set(6, 12, bs);
    c.set(8, 12, bs);
    c.set(10, 12, bs);
    c.set(5, 11, bl);
  } else {
    c.rect(6, 11, 4, 1, bs);
  }

  // torso (profile, 4 wide) leaning forward on attack
  const lean = hx < 4 ? -1 : 0;
  c.rect(6 + lean, 8, 4, 3, t);
  c.rect(6, 11, 4, 1, look.bottom === 'skirt' ? b : t);
  c.vline(9, 8, 11, ts);
  if (look.top === 'blazer') {
    c.set(6 + lean, 8, P.white);
    c.set(6 + lean, 9, look.tie);
  } else if (look.top === 'hoodie') {
    c.set(6 + lean, 8, P.white);
    c.set(6 + lean, 9, P.white);
  } else {
    c.set(6 + lean, 8, look.tie);
    c.set(6 + lean, 9, look.tie);
  }
  if (look.top === 'shirt' && look.bottom === 'pants') c.hline(6, 9, 11, ts);

  // near arm
  switch (st.arms) {
    case 'down':
      c.vline(7, 8, 10, tl === t ? ts : t);
      c.vline(8, 8, 10, ts);
      c.set(7, 11, l.skin[1]);
      if (l.sleeves === 'short') {
        c.vline(7, 9, 10, l.skin[1]);
        c.vline(8, 9, 10, l.skin[0]);
      }
      break;
    case 'swingA':
      c.set(7, 8, t);
      c.set(8, 8, ts);
      c.set(8, 9, t);
      c.set(9, 10, ts);
      c.set(10, 10, l.skin[0]);
      if (l.sleeves === 'short') {
        c.set(8, 9, l.skin[1]);
        c.set(9, 10, l.skin[0]);
      }
      break;
    case 'swingB':
      c.set(7, 8, t);
      c.set(7, 9, t);
      c.set(6, 10, ts);
      c.set(5, 10, l.skin[1]);
      if (l.sleeves === 'short') {
        c.set(7, 9, l.skin[1]);
        c.set(6, 10, l.skin[1]);
      }
      break;
    case 'reach':
      c.hline(3, 8, 9, t);
      c.set(8, 9, ts);
      c.set(2, 9, l.skin[1]);
      if (l.sleeves === 'short') c.hline(3, 6, 9, l.skin[1]);
      break;
    case 'lunge':
      c.hline(2, 7, 9, t);
      c.hline(1, 2, 9, l.skin[1]);
      c.set(1, 10, l.skin[0]);
      if (l.sleeves === 'short') c.hline(3, 5, 9, l.skin[1]);
      break;
    case 'punch':
      c.hline(3, 7, 9, t);
      c.set(8, 9, ts);
      c.rect(1, 9, 2, 2, l.skin[1]);
      if (l.sleeves === 'short') c.hline(3, 5, 9, l.skin[1]);
      break;
  }

  headShape(c, hx, hy, look.skinRight ?? look.skin);
  faceSide(c, look, hx, hy, st.arms === 'lunge');
  hairSide(c, look, hx, hy);
}

// ------------------------------------------------------------------ stains

/** Fixed blood and tears on infected clothes, in frame coordinates, so they stay put while animating. */
function stain(c: Canvas, look: Look, view: View): void {
  if (!look.bloody) return;
  const clothes = new Set<number>([...look.topColour, ...look.bottomColour]);
  const spots: Record<View, Array<[number, number, number]>> = {
    front: [
      [5, 9, P.blood],
      [6, 9, P.bloodDark],
      [5, 10, P.bloodDark],
      [9, 11, P.blood],
      [10, 10, P.blood],
      [9, 13, P.bloodDark],
      [4, 10, P.blood],
    ],
    side: [
      [6, 9, P.blood],
      [7, 10, P.bloodDark],
      [8, 11, P.blood],
      [7, 8, P.bloodBright],
      [8, 12, P.bloodDark],
    ],
    back: [
      [9, 9, P.blood],
      [6, 11, P.bloodDark],
      [8, 10, P.blood],
      [5, 9, P.blood],
      [7, 12, P.bloodDark],
    ],
  };
  for (const [x, y, col] of spots[view]) if (clothes.has(c.get(x, y))) c.set(x, y, col);
  // torn hem: knock a pixel out of the clothes' lower edge
  const tears: Record<View, Array<[number, number]>> = { front: [[10, 11]], side: [[9, 11]], back: [[5, 11]] };
  for (const [x, y] of tears[view]) if (clothes.has(c.get(x, y))) c.set(x, y, look.skin[0]);
}

// ------------------------------------------------------------------ frames

function finish(c: Canvas): Canvas {
  c.outline(P.ink);
  // soft contact shadow under the feet, as wide as the frame's body
  const shadow = withAlpha(P.ink, 0x55);
  const grow = (c.width - S) / 2;
  const bottom = c.height - 1;
  for (let x = 4; x <= 11 + 2 * grow; x++) c.under(x, bottom, shadow);
  c.under(3, bottom - 1, shadow);
  c.under(12 + 2 * grow, bottom - 1, shadow);
  return c;
}

const viewOf = (facing: Facing): View => (facing === 'down' ? 'front' : facing === 'up' ? 'back' : 'side');

/** The figure before its build (facing left for the side views). */
function drawFigure(look: Look, facing: Facing, pose: AtlasPose): Canvas {
  const c = new Canvas(S, S);
  const st = stanceFor(look, pose);
  if (facing === 'down' || facing === 'up') drawFront(c, look, st, facing === 'up');
  else drawSide(c, look, st);
  stain(c, look, viewOf(facing));
  return c;
}

function drawBody(look: Look, facing: Facing, pose: AtlasPose): Canvas {
  let c = drawFigure(look, facing, pose);
  const view = viewOf(facing);
  if (look.build === 'brute') c = bruteBody(c);
  else if (look.build === 'runner') c = runnerLean(c, view);
  else if (look.build === 'crawler') c = crawlerBody(c, view, stanceFor(look, pose).legs, look.skin[1], look.skin[0]);
  return facing === 'right' ? c.flipH() : c;
}

/** A student sneaking: crouched still (`step` false) or mid crouched step. */
export function crouchFrameCanvas(lookName: AtlasLook, facing: Facing, step: boolean): Canvas {
  const look = LOOKS[lookName];
  const c = crouched(drawFigure(look, facing, step ? 'walk1' : 'stand'), viewOf(facing), look.bottomColour[0], step);
  return finish(facing === 'right' ? c.flipH() : c);
}

export function characterFrameCanvas(lookName: AtlasLook, facing: Facing, pose: AtlasPose): Canvas {
  const c = finish(drawBody(LOOKS[lookName], facing, pose));
  if (pose === 'hurt') {
    // blood flung off the hit, beside the head
    const side = facing === 'left' ? 1 : -1;
    for (const [dx, dy, col] of [
      [4, 2, P.bloodBright],
      [5, 1, P.blood],
      [6, 3, P.blood],
      [5, 4, P.bloodDark],
    ] as const) {
      c.set(c.width / 2 + side * dx, dy, col);
    }
  }
  return c;
}

/** Going down: knees buckle, the body sinks by three pixels and the arms hang. */
export function fallingFrame(lookName: AtlasLook): Canvas {
  const look = LOOKS[lookName];
  const body = drawBody(look, 'down', 'stand');
  const c = new Canvas(body.width, body.height);
  const grow = (body.width - S) / 2;
  for (let y = 0; y < body.height - 4; y++) for (let x = 0; x < body.width; x++) c.set(x, y + 3, body.get(x, y));
  const [ss, sh] = look.shoes;
  c.hline(4 + grow, 6 + grow, c.height - 1, sh);
  c.hline(9 + grow, 11 + grow, c.height - 1, ss);
  c.set(3, 13, P.blood);
  c.set(12, 12, P.bloodDark);
  c.outline(P.ink);
  return c;
}

/** Lying on the floor, head to the left, in a small pool of blood. */
export function fallenFrame(lookName: AtlasLook): Canvas {
  const look = LOOKS[lookName];
  const body = drawBody(look, 'down', 'stand');
  if (!look.infected) {
    // closed eyes
    body.map((col) => (col === look.eyes ? look.skin[0] : col));
  }
  const lying = body.rotateCcw();
  const b = lying.bounds();
  const c = new Canvas(S, S);
  if (!b) return c;
  const w = b.x1 - b.x0 + 1;
  const h = b.y1 - b.y0 + 1;
  const dx = Math.round((S - w) / 2) - b.x0;
  const dy = S - 2 - h - b.y0;
  const pool = new Canvas(S, S);
  const rng = new Rng(seedOf(`fallen:${lookName}`));
  pool.ellipse(9, 12.5, 5.5, 2.6, P.blood);
  pool.ellipse(5, 13, 2.5, 1.8, P.blood);
  pool.ellipse(10, 13, 3, 1.4, P.bloodDark);
  for (let i = 0; i < 3; i++) pool.set(rng.int(2, 14), rng.int(14, 15), P.blood);
  pool.set(12, 11, P.bloodBright);
  const figure = new Canvas(S, S);
  figure.draw(lying, dx, dy);
  figure.outline(P.ink);
  c.draw(pool, 0, 0);
  c.draw(figure, 0, 0);
  return c;
}
