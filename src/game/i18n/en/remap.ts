/** English strings for the key and button remapping screen (opened from Settings › Controls). */

export const remap = {
  remap: {
    heading: 'Keys and buttons',
    entry: 'Keys and gamepad buttons',
    reset: 'Reset to defaults',
    none: '—',
    dpad: 'D-pad {{arrow}}',
    rule: 'Choose an action, then press its new key or pad button. A key already in use moves here; an action left with no key gets the old one in exchange.',
    waiting: 'Press the new key or pad button for “{{action}}”. Esc or Start cancels.',
    waitingTouch: 'Press the new key or pad button for “{{action}}”. Tap anywhere to cancel.',
    waitingValue: 'press a key…',
    bound: '“{{action}}” is now on {{key}}.',
    moved: '{{key}} was on “{{from}}”: it is on “{{action}}” now; “{{from}}” keeps its other keys.',
    swapped: '{{key}} was on “{{from}}”: it is on “{{action}}” now, and “{{from}}” gets {{old}} in exchange.',
    padLost: '{{key}} was on “{{from}}”, which now has no pad button.',
    cancelled: 'Nothing changed.',
    reserved: '{{key}} belongs to the browser and cannot be bound.',
    escFixed: 'Esc always pauses and goes back, so it cannot be bound elsewhere.',
    padFixed: 'On a pad the d-pad and the left stick always move and Start always pauses.',
    padFixedAction: 'On a pad, “{{action}}” stays on {{buttons}}.',
    refused: 'That key cannot be bound.',
    resetDone: 'Every key and pad button is back to its default.',
    problem: 'Your saved keys could not be read, so the default keys are in use.',
    touchNote: 'Keys and pad buttons apply to a keyboard or gamepad used with this device.',
  },
} as const;
