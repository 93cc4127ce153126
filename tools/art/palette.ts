/**
 * The one palette every generated picture is drawn from. Colours are packed 0xRRGGBBAA numbers;
 * 0 means a fully transparent pixel.
 *
 * Mood: cool, desaturated school greens, greys and beiges; warm wood; dark navy shadows; sickly
 * pale infected skin; dark red blood. Light always comes from the top-left.
 */

function rgb(hex: string): number {
  return ((parseInt(hex.slice(1), 16) << 8) | 0xff) >>> 0;
}

export const PALETTE = {
  // darks and navy shadows
  ink: rgb('#151320'),
  navyDeep: rgb('#232a40'),
  navy: rgb('#33405f'),
  navyLight: rgb('#4b5d85'),
  // greys
  slate: rgb('#5a6070'),
  grey: rgb('#7e8592'),
  greyLight: rgb('#a9afb5'),
  white: rgb('#e9e7dd'),
  // linoleum / plaster beiges
  linoDark: rgb('#958c72'),
  lino: rgb('#b3a98b'),
  linoLight: rgb('#cbc2a3'),
  cream: rgb('#ddd5b9'),
  // school greens
  greenDark: rgb('#35503f'),
  green: rgb('#4d6e58'),
  greenLight: rgb('#6f8f76'),
  leaf: rgb('#5f9a4e'),
  // warm wood
  woodDark: rgb('#4e3122'),
  wood: rgb('#74492d'),
  woodMid: rgb('#98643b'),
  woodLight: rgb('#bd8b56'),
  // skin
  skinLight: rgb('#f2cda6'),
  skin: rgb('#d8a077'),
  skinDark: rgb('#9a6443'),
  // infected skin
  paleLight: rgb('#b4c0a0'),
  pale: rgb('#8a9878'),
  paleDark: rgb('#5c6852'),
  // blood
  bloodDark: rgb('#4d0f18'),
  blood: rgb('#8e1b26'),
  bloodBright: rgb('#c8323a'),
  // glass, signals, dusk
  glass: rgb('#86b3cc'),
  glassLight: rgb('#cfe7ef'),
  yellow: rgb('#ecc84a'),
  amber: rgb('#d4883a'),
  exitGreen: rgb('#41b05e'),
  dusk: rgb('#4a3552'),
  duskRose: rgb('#8a4f5e'),
  // gym maple, mats, bathroom tiles, fire (added after the first tileset; older art never uses them)
  maple: rgb('#d9b07a'),
  mapleDark: rgb('#b98c57'),
  matBlue: rgb('#3f6ea6'),
  matBlueDark: rgb('#2c4f7c'),
  tileBlue: rgb('#b7d0d6'),
  flame: rgb('#f0a23c'),
  flameCore: rgb('#fff0a8'),
  courtRed: rgb('#b8463c'),
} as const;

export type ColourName = keyof typeof PALETTE;

/** Every opaque colour a generated image may use. */
export const PALETTE_COLOURS: ReadonlySet<number> = new Set(Object.values(PALETTE));

export const TRANSPARENT = 0;

/** The same colour with a different alpha (0-255); used only for soft drop shadows. */
export function withAlpha(colour: number, alpha: number): number {
  return ((colour & 0xffffff00) | (alpha & 0xff)) >>> 0;
}

export function alphaOf(colour: number): number {
  return colour & 0xff;
}

/** Perceived brightness 0..1 of a packed colour. */
export function luminance(colour: number): number {
  const r = (colour >>> 24) & 0xff;
  const g = (colour >>> 16) & 0xff;
  const b = (colour >>> 8) & 0xff;
  return (0.299 * r + 0.587 * g + 0.114 * b) / 255;
}
