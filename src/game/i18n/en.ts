/**
 * English strings, the reference dictionary: every key the game shows. Korean (ko.ts) must have
 * the same keys (the type checker enforces it). `{{name}}` marks a value filled in by `t()`.
 */

export const en = {
  title: {
    name: 'HYOSAN HIGH',
    subtitle: 'L O C K D O W N',
    help: 'WASD / arrows move · Shift run · C sneak · Space attack · E pick up · Q throw phone alarm · Tab switch · 1 food · 2 water · click a tile to walk there',
    start: 'Press Enter or tap to start',
    newGame: 'New game',
    continue: 'Continue',
    levelSelect: 'Level select',
    settings: 'Settings',
    credits: 'Credits',
    noSave: 'no save yet',
    menuHint: '↑↓ choose · Enter confirm · Esc back',
  },
  hud: {
    goal: 'Reach the stairs down',
    down: '(down)',
    pause: 'Pause',
  },
  objectives: {
    reach: 'Reach the marked area',
    collect: 'Collect the marked item',
    activate: 'Switch on {{device}}',
    hold: 'Hold the marked area',
    rescue: 'Rescue {{name}}',
    rescueSomeone: 'the student',
    holdLeft: '{{text}} ({{seconds}} s)',
    exit: 'Reach the exit',
    survivors: 'Keep {{count}} students standing',
    devices: {
      'pa-console': 'the PA console',
      piano: 'the piano',
      'sos-sign': 'the SOS sign',
      fire: 'the fire',
      'fire-alarm': 'the fire alarm',
      switch: 'the switch',
    },
  },
  captions: {
    placed: '[{{sound}}, {{where}}]',
    bare: '[{{sound}}]',
    where: { left: 'left', right: 'right', above: 'above', below: 'below', close: 'close' },
    sounds: {
      groan: 'groan', scream: 'scream', bite: 'bite', swing: 'swing', hit: 'hit', alarm: 'phone alarm',
      pickedUp: 'picked up {{item}}', door: 'door', bang: 'banging', glass: 'glass breaking', splinter: 'wood splintering',
      rattle: 'rattling', fall: 'thud', piano: 'piano', growl: 'growl', thunder: 'thunder', helicopter: 'helicopter',
    },
  },
  effects: {
    hit: 'hit',
    pickedUp: '+1 {{item}}',
  },
  items: {
    food: 'food',
    water: 'water',
    phone: 'phone',
  },
  end: {
    won: 'YOU GOT OUT',
    lost: 'EVERYONE FELL',
    wonDetail: '{{survivors}} of {{total}} students reached the stairs in {{seconds}} s.',
    lostDetail: 'Nobody left standing after {{seconds}} s.',
    again: 'Play again: Enter or tap',
    toTitle: 'Title: Esc',
  },
  error: {
    heading: 'This level could not be loaded',
    more: '…and {{count}} more (run: npm run levels:check)',
    back: 'Enter or tap: back to the title',
  },
  boot: {
    loading: 'Loading',
  },
  controls: {
    hit: 'HIT',
    use: 'USE',
    run: 'RUN',
    sneak: 'SNEAK',
    swap: 'SWAP',
    alarm: 'ALARM',
    light: 'LIGHT',
    rotate: 'Turn your phone\nto play',
    paused: 'PAUSED',
    pausedHidden: 'Paused while the game was hidden',
    pausedBlur: 'Paused while the window was in the background',
    resumeTouch: 'Tap to resume',
    resumeKeys: 'Enter, Esc or click to resume',
    actions: {
      up: 'Move up',
      down: 'Move down',
      left: 'Move left',
      right: 'Move right',
      run: 'Run',
      sneak: 'Sneak',
      attack: 'Attack',
      interact: 'Pick up / use',
      switch: 'Switch student',
      lure: 'Throw phone alarm',
      food: 'Eat food',
      water: 'Drink water',
      light: 'Phone light',
      pause: 'Pause',
    },
  },
  language: {
    en: 'English',
    ko: '한국어',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language's dictionary has. */
export type Dictionary = Widen<typeof en>;
